// The browser tests' fixture: a fresh demo store, the real server on a free
// loopback port, and headless Debian Chromium driven by playwright-core.
//
//   const site = await startSite();          // gongkai init --demo … ; gongkai serve …
//   const page = await site.newPage();
//   const staff = await (await site.newContext()).newPage();   // separate cookies
//   await signIn(page, site, 'xinxiyuan');    // demo account, demo mode (no forced change)
//   …
//   await site.close();                      // browser, server and temporary files
//
// GONGKAI_BIN names the gongkai binary and GONGKAI_SOURCE_DIR the source tree
// (templates/, static/, data/); CTest sets both (tests/e2e/CMakeLists.txt).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

// The demo staff accounts (data/demo/README.md).
export const DEMO_PASSWORDS = {
  xinxiyuan: 'Xinxi@2017',     // 信息员
  baomi: 'Baomi@2017',         // 保密审查员
  fenguan: 'Fenguan@2017',     // 分管领导
  zhuyao: 'Zhuyao@2017',       // 主要领导
  bangongshi: 'Bangong@2017',  // 办公室
  admin: 'Admin@2017',         // 系统管理员
};

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through ctest)`);
  return value;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, server) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`gongkai serve exited with ${server.exitCode}`);
    try {
      const reply = await fetch(`${base}/healthz`);
      if (reply.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('gongkai serve did not answer /healthz within 30 s');
}

export async function startSite() {
  const bin = required('GONGKAI_BIN');
  const sourceDir = required('GONGKAI_SOURCE_DIR');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-'));
  const db = path.join(dir, 'e2e.db');
  const env = { ...process.env, GONGKAI_DATA_DIR: sourceDir };
  execFileSync(bin, ['init', '--db', db, '--data-dir', sourceDir, '--demo', '--demo-accounts-ready'], { env, stdio: 'inherit' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ['serve', '--db', db, '--data-dir', sourceDir, '--listen', `127.0.0.1:${port}`,
    '--threads', '2', '--no-access-log'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForHealth(base, server);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
  const context = await browser.newContext(contextOptions);
  return {
    base,
    newPage: () => context.newPage(),
    // A second browser with its own cookies (e.g. staff beside a visitor).
    newContext: () => browser.newContext(contextOptions),
    async close() {
      await browser.close().catch(() => {});
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Signs in through the login form and lands on the dashboard.
export async function signIn(page, site, username) {
  await page.goto(`${site.base}/admin/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORDS[username]);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${site.base}/admin/`);
}

export async function signOut(page) {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/admin\/login/);
}

// Today in China, YYYY-MM-DD (the server judges dates in China time).
export function chinaToday(offsetDays = 0) {
  const t = new Date(Date.now() + 8 * 3600 * 1000 + offsetDays * 86400 * 1000);
  return t.toISOString().slice(0, 10);
}

// Runs a scenario; prints its steps and exits non-zero on failure.
export async function scenario(name, body) {
  const site = await startSite();
  try {
    await body(site);
    console.log(`PASS ${name}`);
  } catch (error) {
    console.error(`FAIL ${name}: ${error.stack || error}`);
    process.exitCode = 1;
  } finally {
    await site.close();
  }
}
