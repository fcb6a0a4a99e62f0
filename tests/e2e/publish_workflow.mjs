// Browser test: an item goes from draft to the public portal through every
// hand the source document names — the 信息员 drafts it (with the Markdown
// live preview), the 保密审查员 passes the secrecy review, the 分管领导
// approves it as an ordinary item (一般事项), the 办公室 publishes it — and a
// visitor then reads it on /xxgk/item/<id>.
import assert from 'node:assert/strict';
import { scenario, signIn, signOut, chinaToday } from './site_fixture.mjs';

const TITLE = '吴忠市民政局关于做好冬季困难群众基本生活保障工作的通知（浏览器测试）';

await scenario('draft → 保密审查 → 审批 → 发布 → portal', async (site) => {
  const page = await site.newPage();

  // 信息员: draft with a Markdown body; the preview renders it while typing.
  await signIn(page, site, 'xinxiyuan');
  await page.goto(`${site.base}/admin/items/new`);
  await page.getByLabel('栏目').selectOption('zcwj');
  await page.getByLabel('标题').fill(TITLE);
  await page.getByLabel('成文日期').fill(chinaToday());
  await page.getByLabel('正文格式').selectOption('markdown');
  await page.getByLabel('正文（原文）').fill('各县（市、区）民政局：\n\n做好**城乡低保**和特困供养人员的冬季生活保障。');
  await page.locator('#preview strong').filter({ hasText: '城乡低保' }).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/\/admin\/items\/\d+$/);
  const itemPath = new URL(page.url()).pathname;
  const id = itemPath.split('/').pop();
  assert.ok((await page.textContent('h1')).includes(TITLE), 'the item page shows the new title');
  await page.getByRole('button', { name: '提交保密审查' }).click();
  await page.waitForURL(`${site.base}${itemPath}`);
  assert.ok((await page.content()).includes('待保密审查'), 'the submitted item waits for the secrecy review');
  await signOut(page);

  // The draft is not public yet.
  const before = await page.goto(`${site.base}/xxgk/item/${id}`);
  assert.equal(before.status(), 404, `a draft is not public (got ${before.status()})`);

  // 保密审查员: the item waits on the dashboard; pass the review.
  await signIn(page, site, 'baomi');
  assert.ok((await page.content()).includes(TITLE), 'the review waits on the reviewer\'s dashboard');
  await page.goto(`${site.base}${itemPath}`);
  await page.getByRole('button', { name: '保密审查通过' }).click();
  await page.waitForURL(`${site.base}${itemPath}`);
  assert.ok((await page.content()).includes('待审批'), 'after the review the item waits for approval');
  await signOut(page);

  // 分管领导: approve the ordinary item.
  await signIn(page, site, 'fenguan');
  assert.ok((await page.content()).includes(TITLE), 'the approval waits on the deputy leader\'s dashboard');
  await page.goto(`${site.base}${itemPath}`);
  await page.getByRole('button', { name: '审批通过' }).click();
  await page.waitForURL(`${site.base}${itemPath}`);
  await signOut(page);

  // 办公室: publish now.
  await signIn(page, site, 'bangongshi');
  await page.goto(`${site.base}${itemPath}`);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.waitForURL(`${site.base}${itemPath}`);
  assert.ok((await page.content()).includes('已发布'), 'the item is published');
  await signOut(page);

  // The public reads it, with its Markdown body rendered.
  const reply = await page.goto(`${site.base}/xxgk/item/${id}`);
  assert.equal(reply.status(), 200, `the published item is public (got ${reply.status()})`);
  assert.ok((await page.textContent('h1')).includes(TITLE), 'the portal shows the title');
  assert.equal(await page.locator('main strong', { hasText: '城乡低保' }).count(), 1, 'the Markdown body is rendered');
});
