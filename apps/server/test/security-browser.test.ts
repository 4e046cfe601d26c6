/**
 * The Content Security Policy in a real browser: the web app (its existing build; this test
 * does not build it), Swagger UI and the public pages load and work in headless Chromium
 * without a single blocked script, style, image, font or request — except zod's probe for
 * `new Function`, which it catches and which the policy is meant to refuse.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type ServerProcess, startServer } from './helpers/server-process.ts';

const CHROMIUM = process.env.KETLUAN_CHROMIUM ?? '/usr/bin/chromium';
const BUILT = existsSync(join(ROOT, 'apps/web/dist/index.html'));
const PASSWORD = 'browser-admin-1';
const ready = existsSync(CHROMIUM) && BUILT;

describe.skipIf(!ready)(
  ready ? 'CSP in Chromium' : 'CSP in Chromium SKIPPED: needs /usr/bin/chromium and a web build',
  () => {
    let server: ServerProcess;
    let browser: Browser;
    let page: Page;
    let dir: string;
    const violations: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ketluan-csp-'));
      [server, browser] = await Promise.all([
        startServer({
          KETLUAN_DATA_DIR: dir,
          KETLUAN_ADMIN_PASSWORD: PASSWORD,
          KETLUAN_DEMO_DATA: 'true',
        }),
        chromium.launch({
          executablePath: CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu'],
        }),
      ]);
      page = await browser.newPage();
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
        );
      });
      page.on('console', (m) => {
        if (m.text().startsWith('CSP-VIOLATION')) violations.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => violations.push(`${page.url()}: page error ${e.message}`));
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Violations other than zod's caught `new Function('')` probe (script-src 'eval'). */
    const unexpected = () => violations.filter((v) => !/script-src\S* eval /.test(v));

    it('the web app signs in and shows its screens', async () => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { name: 'Tổng quan thực hiện nhiệm vụ' }).waitFor();
      for (const path of ['/tasks', '/meetings', '/announcements', '/admin/users']) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
      }
      const styled = await page.evaluate(() => document.querySelectorAll('style').length);
      expect(styled).toBeGreaterThan(0);
      expect(unexpected()).toEqual([]);
    }, 60_000);

    it('Swagger UI renders the API', async () => {
      await page.goto(`${server.url}/api/docs`);
      await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
      await page.locator('.opblock').first().waitFor();
      expect(unexpected()).toEqual([]);
    }, 60_000);

    it('the public pages render', async () => {
      await page.goto(`${server.url}/public/announcements`);
      await page.getByRole('heading', { name: 'Thông báo kết luận đã ban hành' }).waitFor();
      expect(unexpected()).toEqual([]);
    });
  },
);
