// Browser test: 依申请公开 end to end. A person finds the application form
// from /xxgk/ysq/, applies as a natural person (paper, by post) and keeps the
// tracking code and query password from the receipt; the 办公室, in a second
// browser, finds the case by its code, sees the due date with how it was
// worked out and the ID number masked, and replies 予以公开 with a disclosed
// file; the applicant then looks the case up (a wrong password first, which
// opens nothing), reads the reply letter and downloads it as PDF together
// with the disclosed file. The forms are filled through their labels, so the
// test also proves they are labelled.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scenario, signIn, chinaToday } from './site_fixture.mjs';

const AGENCY = '吴忠市民政局';
const APPLICANT = '马建国';
// GB 11643 check digit worked out by hand: the weighted sum of the first 17
// digits is 167, 167 mod 11 = 2, and 2 maps to X.
const ID_NUMBER = '11010519491231002X';
const ID_MASKED = '11*************02X';
const PHONE = '13995310428';
const ADDRESS = '宁夏回族自治区吴忠市利通区明珠路128号';
const POSTCODE = '751100';
const DESCRIPTION = '请公开2023年度吴忠市城乡最低生活保障资金的分配和使用情况（按县区列明）。';
const PARTICULARS = '现将2023年度城乡低保资金分县区发放汇总表提供给您，请查收附件。';
const DISCLOSED_NAME = '2023年度城乡低保资金发放汇总表.pdf';
// A small but well-formed one-page PDF, built here so its bytes are known.
const DISCLOSED_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

// "2025年3月7日" (portal) or "2025-03-07" (back office) -> "2025-03-07".
function isoDate(text) {
  const chinese = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  if (chinese) return `${chinese[1]}-${chinese[2].padStart(2, '0')}-${chinese[3].padStart(2, '0')}`;
  const iso = text.match(/\d{4}-\d{2}-\d{2}/);
  if (!iso) throw new Error(`no date in "${text}"`);
  return iso[0];
}

// The <dd> after the <dt> with exactly this text.
function termValue(page, term) {
  return page.locator(`dt:text-is("${term}") + dd`).first();
}

async function downloadBytes(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

async function lookUp(page, site, code, password) {
  await page.goto(`${site.base}/xxgk/ysq/cx`);
  await page.getByLabel('查询码').fill(code);
  await page.getByLabel('查询密码').fill(password);
  await page.getByLabel('查询密码').press('Enter');
  await page.waitForLoadState();
}

await scenario('依申请公开: apply → 办公室 replies with a file → applicant looks up and downloads', async (site) => {
  const applicant = await site.newPage();

  // The explanation page leads to the form.
  await applicant.goto(`${site.base}/xxgk/ysq/`);
  assert.equal((await applicant.textContent('h1')).trim(), '依申请公开');
  await applicant.getByRole('link', { name: '在线填写申请表' }).click();
  await applicant.waitForURL(`${site.base}/xxgk/ysq/sq`);

  // The form, through its labels.
  await applicant.getByLabel('受理机关（必填）').selectOption({ label: AGENCY });
  await applicant.getByLabel('申请人类型（必填）').selectOption({ label: '自然人' });
  await applicant.getByLabel('姓名或名称（必填）').fill(APPLICANT);
  await applicant.getByLabel('证件类型（必填）').selectOption({ label: '居民身份证' });
  await applicant.getByLabel('证件号码（必填）').fill(ID_NUMBER);
  await applicant.getByLabel('联系电话').fill(PHONE);
  await applicant.getByLabel('通讯地址').fill(ADDRESS);
  await applicant.getByLabel('邮政编码').fill(POSTCODE);
  await applicant.getByLabel('所需信息的名称、文号或者描述（必填）').fill(DESCRIPTION);
  await applicant.getByRole('radio', { name: '纸质' }).check();
  await applicant.getByRole('radio', { name: '邮寄' }).check();
  await applicant.getByRole('button', { name: '提交申请' }).click();
  await applicant.waitForLoadState();

  // The receipt: code, password, the day received and the due date.
  assert.equal((await applicant.textContent('h1')).trim(), '申请已提交', 'the application is accepted');
  const code = (await termValue(applicant, '查询码').textContent()).trim();
  const password = (await termValue(applicant, '查询密码').textContent()).trim();
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/, `a tracking code like ABCD-EFGH-JKMN (got ${code})`);
  assert.equal(password.length, 10, `a 10-character query password (got ${password})`);
  assert.equal(isoDate(await termValue(applicant, '收到申请日期').textContent()), chinaToday(), 'received today');
  const dueOn = isoDate(await termValue(applicant, '答复期限').textContent());
  assert.ok(dueOn > chinaToday(), `the due date ${dueOn} lies after today`);

  // The 办公室, in a browser of its own, finds the case by its code.
  const staff = await (await site.newContext()).newPage();
  await signIn(staff, site, 'bangongshi');
  await staff.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '依申请公开' }).click();
  await staff.waitForURL(/\/admin\/requests/);
  await staff.getByRole('link', { name: code }).click();
  await staff.waitForURL(/\/admin\/requests\/\d+$/);
  const casePath = new URL(staff.url()).pathname;
  assert.ok((await staff.textContent('h1')).includes(code), 'the case page names the code');
  assert.equal(isoDate(await staff.locator('#due-on').textContent()), dueOn, 'the case shows the receipt\'s due date');
  const explanation = staff.locator('#explanation');
  assert.equal((await explanation.locator('summary').textContent()).trim(), '期限如何计算');
  const steps = await explanation.locator('li').allTextContents();
  assert.ok(steps.length >= 3, `the due date is explained step by step (got ${steps.length} steps)`);
  assert.ok(steps[0].startsWith('收到申请之日') && isoDate(steps[0]) === chinaToday(), `it starts from the day received: ${steps[0]}`);
  assert.ok(steps.some((s) => s.includes('20个工作日')), 'it names the 20 working days of the 2019 regulation');
  const conclusion = steps[steps.length - 1];
  assert.ok(conclusion.startsWith('答复期限') && isoDate(conclusion) === dueOn, `it ends with the due date: ${conclusion}`);
  assert.equal((await staff.locator('#id-number-masked').textContent()).trim(), ID_MASKED, 'the ID number is masked');
  assert.ok(!(await staff.content()).includes(ID_NUMBER), 'the full ID number is not on the case page');

  // The reply: 予以公开, with particulars and the disclosed file.
  assert.equal(await staff.getByLabel('答复日期').inputValue(), chinaToday(), 'the reply is dated today by default');
  const outcome = staff.getByLabel('办理结果');
  const disclosedLabel = (await outcome.locator('option', { hasText: /^予以公开（/ }).textContent()).trim();
  await outcome.selectOption({ label: disclosedLabel });
  await staff.getByLabel('答复的具体内容').fill(PARTICULARS);
  await staff.getByLabel('提供的政府信息（文件）').setInputFiles({
    name: DISCLOSED_NAME, mimeType: 'application/pdf', buffer: DISCLOSED_BYTES,
  });
  await staff.getByRole('button', { name: '作出答复' }).click();
  await staff.waitForURL(`${site.base}${casePath}`);
  const state = (await staff.locator('p.state').textContent()).trim();
  assert.ok(state.startsWith('已办结'), `the case is closed (got "${state}")`);
  const year = chinaToday().slice(0, 4);
  const number = (await staff.getByRole('link', { name: /查看答复书/ }).textContent()).replace('查看答复书', '').trim();
  assert.ok(number.endsWith(`〔${year}〕1号`), `the year's first reply number (got "${number}")`);

  // A wrong password opens nothing and says so.
  await lookUp(applicant, site, code, 'WRONGPASS1');
  assert.equal((await applicant.getByRole('alert').textContent()).trim(), '查询码或查询密码不正确');
  const refused = await applicant.content();
  assert.ok(!refused.includes(DESCRIPTION) && !refused.includes(PARTICULARS), 'a wrong password shows nothing of the case');

  // The right one shows the closed case, its due date and the reply letter.
  await lookUp(applicant, site, code, password);
  assert.equal((await applicant.textContent('h1')).trim(), '申请办理情况');
  assert.equal((await termValue(applicant, '办理状态').textContent()).trim(), '已办结');
  assert.equal(isoDate(await termValue(applicant, '答复期限').textContent()), dueOn, 'the look-up shows the same due date');
  assert.equal((await termValue(applicant, '申请人').textContent()).trim(), '马*国', 'the applicant\'s name is masked');
  await applicant.getByText('期限如何计算').click();
  const publicSteps = await applicant.locator('details.explanation li').allTextContents();
  assert.ok(publicSteps.includes(steps[0]) && publicSteps.includes(conclusion), 'the look-up explains the due date as the case page does');
  const letter = applicant.locator('article.reply-letter');
  assert.equal((await letter.locator('.letter-number').textContent()).trim(), number, 'the letter carries its number');
  const letterText = await letter.textContent();
  assert.ok(letterText.includes(PARTICULARS), 'the letter has the particulars');
  assert.ok(letterText.includes('60日') && letterText.includes('6个月'), 'the letter names the remedies\' periods');
  assert.ok(letterText.includes(DISCLOSED_NAME), 'the letter lists the disclosed file');
  const page = await applicant.content();
  assert.ok(!page.includes(ID_NUMBER) && !page.includes(PHONE) && !page.includes(ADDRESS), 'no personal data on the look-up');

  // The letter as PDF, and the disclosed file byte for byte.
  const pdf = await downloadBytes(applicant, applicant.getByRole('button', { name: '下载答复书（PDF）' }));
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the reply letter downloads as a PDF');
  const file = await downloadBytes(applicant, applicant.getByRole('button', { name: `下载 ${DISCLOSED_NAME}` }));
  assert.equal(file.name, DISCLOSED_NAME, 'the disclosed file keeps its name');
  assert.ok(file.bytes.equals(DISCLOSED_BYTES), 'the disclosed file downloads unchanged');
});
