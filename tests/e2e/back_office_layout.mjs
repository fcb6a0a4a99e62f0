// Browser test: the back office fits the screens its users have — a
// 1366×768 office laptop and a 360 px wide phone — with no page wider than
// the window (nothing to scroll sideways) on the pages staff use most.
import assert from 'node:assert/strict';
import { scenario, signIn } from './site_fixture.mjs';

const PAGES = ['/admin/', '/admin/items', '/admin/items/new', '/admin/items/1', '/admin/consultations', '/admin/letters',
  '/admin/opinion'];

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

await scenario('back office at 1366×768 and on a phone', async (site) => {
  const page = await site.newPage();
  await signIn(page, site, 'bangongshi');
  for (const size of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
    await page.setViewportSize(size);
    for (const path of PAGES) {
      const reply = await page.goto(`${site.base}${path}`);
      assert.equal(reply.status(), 200, `${path} answers 200 (got ${reply.status()})`);
      const extra = await overflow(page);
      assert.ok(extra <= 0, `${path} at ${size.width}px is ${extra}px wider than the window`);
    }
  }
  // The navigation stays reachable on the phone.
  assert.ok(await page.getByRole('link', { name: '信息发布' }).first().isVisible(), 'the navigation is visible on a phone');
});
