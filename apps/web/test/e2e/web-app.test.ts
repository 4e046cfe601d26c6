/**
 * The web app in a real browser against the real server: sign-in in Vietnamese, the language
 * switch, creating an agency user, the agency's home, and a task reported by the agency and
 * accepted by the Office. Screenshots of the main screens go to docs/screenshots/web-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiSession } from './helpers/api.ts';
import { hasChromium, launchBrowser, screenshot, signIn, signOut } from './helpers/browser.ts';
import { ADMIN_PASSWORD, ROOT, type RunningServer, startServer } from './helpers/server.ts';

const AGENCY = 'Sở Giáo dục và Đào tạo';
vi.setConfig({ testTimeout: 60_000 });

// The repository's copy of the seed (the server's demo data), so the test needs no ../shared.
const SEED = join(
  ROOT,
  'apps',
  'server',
  'src',
  'modules',
  'imports',
  'demo',
  '346-TB-UBND-2021-06-27.txt',
);
const OFFICE_USER = {
  username: 'vp.chuyenvien',
  name: 'Trần Văn Minh',
  password: 'office-pass-123',
};
const AGENCY_USER = {
  username: 'sgddt.chuyenvien',
  name: 'Nguyễn Thị Lan',
  password: 'sgddt-pass-123',
};

describe.skipIf(!hasChromium)(
  hasChromium ? 'web app (Chromium)' : 'web app (Chromium) SKIPPED: no /usr/bin/chromium',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      context = await browser.newContext({
        viewport: { width: 1366, height: 860 },
        locale: 'vi-VN',
      });
      page = await context.newPage();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('serves the app on the API port without hiding the API’s JSON 404', async () => {
      const html = { accept: 'text/html' };
      const deep = await fetch(`${server.url}/tasks/some-id`, { headers: html });
      expect(deep.status).toBe(200);
      expect(await deep.text()).toContain('<div id="root">');
      const api = await fetch(`${server.url}/api/no-such-route`, { headers: html });
      expect(api.status).toBe(404);
      expect((await api.json()).error.code).toBe('route_not_found');
      expect((await fetch(`${server.url}/assets/gone-1234.js`, { headers: html })).status).toBe(
        404,
      );
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it('signs the admin in, in Vietnamese, and switches to English and back', async () => {
      await page.goto(server.url);
      await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      await screenshot(page, 'login');

      // A wrong password shows the server's Vietnamese message.
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill('wrong-password');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();

      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await page.getByRole('heading', { name: 'Tổng quan thực hiện nhiệm vụ' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');

      await page.getByTestId('lang-switch').getByText('English').click();
      await page.getByRole('heading', { name: 'Task follow-up overview' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Task follow-up overview' }).waitFor(); // remembered
      await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
      await page.getByRole('heading', { name: 'Tổng quan thực hiện nhiệm vụ' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    });

    it('creates an agency user for Sở Giáo dục và Đào tạo in Admin → Users', async () => {
      await page.getByRole('menuitem', { name: 'Quản trị' }).click();
      await page.getByRole('menuitem', { name: 'Người dùng' }).click();
      await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Họ và tên').fill(AGENCY_USER.name);
      await dialog.getByLabel('Tên đăng nhập').fill(AGENCY_USER.username);
      await dialog.getByLabel('Mật khẩu ban đầu').fill(AGENCY_USER.password);
      // Accent-insensitive search in the org picker.
      await dialog.getByLabel('Cơ quan, đơn vị').click();
      await page.keyboard.type('so giao duc');
      await page.locator('.ant-select-item-option').filter({ hasText: AGENCY }).first().click();
      await screenshot(page, 'user-form');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: new RegExp(AGENCY_USER.name) }).waitFor();
      await screenshot(page, 'users');
    });

    it('an Office user imports the seed announcement, reviews it and commits it', async () => {
      const admin = await ApiSession.signIn(server.url, 'admin', ADMIN_PASSWORD);
      await admin.call('POST', '/api/users', { ...OFFICE_USER, role: 'office' });
      await signOut(page);
      await signIn(page, server.url, OFFICE_USER.username, OFFICE_USER.password);
      await page.getByRole('menuitem', { name: 'Nhập thông báo' }).click();
      await page.getByRole('tab', { name: 'Dán văn bản' }).click();
      await page.getByTestId('import-text').fill(readFileSync(SEED, 'utf8'));
      await page.getByRole('button', { name: 'Đọc văn bản' }).click();
      await page.getByRole('heading', { name: 'Kiểm tra thông báo số 346/TB-UBND' }).waitFor();
      // Selecting a task lights up where it was read in the original text.
      await page.getByRole('button', { name: 'Xem nguồn của nhiệm vụ 1 trong văn bản' }).click();
      const active = page.getByTestId('source-text').locator('mark.active').first();
      await active.waitFor();
      expect(await active.textContent()).toBeTruthy();
      await screenshot(page, 'import-review');
      await page.getByTestId('commit-import').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ghi vào hệ thống' }).click();
      await page.waitForURL(/\/meetings\/[^/]+$/);
      await page.getByText('Sở Giáo dục và Đào tạo').first().waitFor();
      await page
        .locator('.ant-modal-wrap')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'meeting');

      // The imported announcement, laid out as the printed page.
      await page.getByRole('link', { name: 'Thông báo kết luận' }).last().click();
      await page
        .getByTestId('announcement-preview')
        .getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
        .waitFor();
      await page
        .getByTestId('announcement-preview')
        .getByText('Độc lập - Tự do - Hạnh phúc')
        .waitFor();
      await screenshot(page, 'announcement');
    });

    it('the agency sees only its tasks and reports one complete', async () => {
      await signOut(page);
      await signIn(page, server.url, AGENCY_USER.username, AGENCY_USER.password);
      await expect.poll(() => new URL(page.url()).pathname).toBe('/agency');
      await page.getByRole('heading', { name: 'Nhiệm vụ của đơn vị' }).waitFor();
      await page.getByText(AGENCY).first().waitFor();
      expect(await page.getByRole('menuitem', { name: 'Quản trị' }).count()).toBe(0);
      const overdue = page.getByTestId('agency-overdue');
      await overdue.getByRole('link').first().waitFor();
      await screenshot(page, 'agency-home');

      // The list shows this agency's tasks only (the seed assigns tasks to seven agencies).
      const agency = await ApiSession.signIn(
        server.url,
        AGENCY_USER.username,
        AGENCY_USER.password,
      );
      const mine = await agency.call<{ items: { ownerName: string }[] }>(
        'GET',
        '/api/tasks?limit=200',
      );
      expect(mine.items.length).toBeGreaterThan(0);
      expect(new Set(mine.items.map((t) => t.ownerName))).toEqual(new Set([AGENCY]));

      await overdue.getByRole('link').first().click();
      await page.getByTestId('action-report').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Số văn bản báo cáo').fill('123/BC-SGDĐT');
      // Completed before the deadline (28/06/2021): the report is on time.
      const date = dialog.getByLabel('Ngày hoàn thành');
      await date.click();
      await date.fill('25/06/2021');
      await date.press('Enter');
      await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Văn bản báo cáo số 123/BC-SGDĐT').waitFor();
      await screenshot(page, 'task-reported');
    });

    it('the Office accepts it and the dashboard counts it done on time', async () => {
      await signOut(page);
      await signIn(page, server.url, OFFICE_USER.username, OFFICE_USER.password);
      await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
      await page.getByTestId('task-search').locator('input').fill('so giao duc nghi quyet');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('q'))
        .toBe('so giao duc nghi quyet');
      await page.getByRole('cell', { name: 'Đã báo cáo' }).first().waitFor();
      await screenshot(page, 'tasks');
      await page
        .getByRole('row')
        .filter({ hasText: 'Đã báo cáo' })
        .getByRole('link')
        .first()
        .click();
      await page.getByTestId('action-accept').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByText('Hoàn thành đúng hạn').first().waitFor();
      await screenshot(page, 'task');

      await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
      await page.getByRole('heading', { name: 'Tổng quan thực hiện nhiệm vụ' }).waitFor();
      await expect
        .poll(() =>
          page.getByTestId('stat-doneOnTime').locator('.ant-statistic-content-value').textContent(),
        )
        .toBe('1');
      await page.locator('.recharts-surface').first().waitFor();
      await screenshot(page, 'dashboard');

      // A tablet in portrait: the sidebar becomes an icon rail, tables scroll sideways.
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.getByRole('heading', { name: 'Tổng quan thực hiện nhiệm vụ' }).waitFor();
      await screenshot(page, 'tablet-dashboard');
    });
  },
);
