// Browser test: the 办公室 opens a consultation (意见征集) on a draft, a
// visitor comments through the public form, the 办公室 approves the comment
// and the portal then shows it — with the commenter's name masked and the
// contact nowhere on the page.
import assert from 'node:assert/strict';
import { scenario, signIn, signOut, chinaToday } from './site_fixture.mjs';

const TITLE = '《吴忠市最低生活保障审核确认办法（征求意见稿）》公开征求意见（浏览器测试）';
const COMMENT = '建议将入户调查的结果在社区公示栏公示七天，接受群众监督。';

await scenario('意见征集: open → public comment → moderation → shown', async (site) => {
  const page = await site.newPage();

  await signIn(page, site, 'bangongshi');
  await page.goto(`${site.base}/admin/consultations/new`);
  await page.getByLabel('标题').fill(TITLE);
  await page.getByLabel('征集开始日期').fill(chinaToday());
  await page.getByLabel('征集截止日期').fill(chinaToday(10));
  await page.getByLabel('征求意见稿').fill('第一条　为规范最低生活保障审核确认工作，制定本办法。');
  await page.getByLabel('起草背景').fill('根据自治区民政厅关于进一步加强城乡低保规范管理的要求起草。');
  await page.getByLabel('决策依据').fill('《社会救助暂行办法》《最低生活保障审核审批办法（试行）》。');
  await page.getByRole('button', { name: '发起' }).click();
  await page.waitForURL(/\/admin\/consultations\/\d+$/);
  const adminPath = new URL(page.url()).pathname;
  const id = adminPath.split('/').pop();
  await signOut(page);

  // A visitor comments.
  await page.goto(`${site.base}/hdjl/yjzj/${id}`);
  assert.ok((await page.textContent('h1')).includes('最低生活保障审核确认办法'), 'the consultation is public');
  await page.getByLabel('姓名（可不填）').fill('张建华');
  await page.getByLabel('联系方式（可不填）').fill('13909531234');
  await page.getByLabel('意见内容（必填）').fill(COMMENT);
  await page.getByRole('button', { name: '提交意见' }).click();
  await page.waitForLoadState();
  assert.ok((await page.content()).includes('感谢'), 'the visitor is thanked');
  await page.goto(`${site.base}/hdjl/yjzj/${id}`);
  assert.ok(!(await page.content()).includes(COMMENT), 'a comment is not public before it is approved');

  // The 办公室 approves it.
  await signIn(page, site, 'bangongshi');
  await page.goto(`${site.base}${adminPath}`);
  const comment = page.locator('article', { hasText: COMMENT });
  await comment.getByLabel('公开', { exact: true }).check();
  await comment.getByRole('button', { name: '保存审核结果' }).click();
  await page.waitForURL(new RegExp(`${adminPath}`));
  await signOut(page);

  // The portal shows it, name masked, contact absent.
  await page.goto(`${site.base}/hdjl/yjzj/${id}`);
  const html = await page.content();
  assert.ok(html.includes(COMMENT), 'the approved comment is public');
  assert.ok(!html.includes('张建华'), 'the commenter\'s full name is not shown');
  assert.ok(!html.includes('13909531234'), 'the contact is never shown');
});
