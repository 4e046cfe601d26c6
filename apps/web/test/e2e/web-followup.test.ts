/**
 * The follow-up screens in a real browser against the real server, on the seed announcement
 * (imported through the API, one task of Sở Giáo dục và Đào tạo reported and accepted): the
 * reports screen and its downloads, the dashboard's leader filter, announcements' publication,
 * versions and corrections, the notification bell after a reminder run, the agency's
 * calendar feed and the bulk progress update with an error row. Runs beside web-app.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgencyReport, CommitResult, LeaderReport } from '@ketluan/contracts';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../src/i18n/format.ts';
import { ApiSession } from './helpers/api.ts';
import { hasChromium, launchBrowser, screenshot, signIn, signOut } from './helpers/browser.ts';
import { ADMIN_PASSWORD, ROOT, type RunningServer, startServer } from './helpers/server.ts';

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
const AGENCY = 'Sở Giáo dục và Đào tạo';
const CHAIR = 'Hồ Tiến Thiệu';
const OFFICE = { username: 'vp.theodoi', name: 'Lê Thu Hà', password: 'office-pass-456' };
const CLERK = { username: 'sgddt.vanthu', name: 'Phạm Minh Đức', password: 'sgddt-pass-456' };
const SOON_TITLE = 'Báo cáo kết quả tuyển sinh vào lớp 10 năm học mới';
const LATER_TITLE = 'Xây dựng kế hoạch bồi dưỡng giáo viên';
const COORDINATED_TITLE = 'Rà soát kinh phí chương trình sữa học đường';

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)(
  hasChromium ? 'web follow-up screens (Chromium)' : 'web follow-up (Chromium) SKIPPED',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let office: ApiSession;
    let clerk: ApiSession;
    let commit: CommitResult;
    let orgId: string;
    const tasks: Record<'soon' | 'later', string> = { soon: '', later: '' };

    beforeAll(async () => {
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      const context = await browser.newContext({
        viewport: { width: 1366, height: 860 },
        locale: 'vi-VN',
      });
      page = await context.newPage();
      // The seed announcement, imported by the Office; one task reported on time and accepted.
      const admin = await ApiSession.signIn(server.url, 'admin', ADMIN_PASSWORD);
      const orgs = await admin.call<{ items: { id: string; name: string }[] }>(
        'GET',
        `/api/orgs?q=${encodeURIComponent('giao duc')}`,
      );
      orgId = orgs.items.find((o) => o.name === AGENCY)?.id ?? '';
      await admin.call('POST', '/api/users', { ...OFFICE, role: 'office' });
      await admin.call('POST', '/api/users', { ...CLERK, role: 'agency', orgId });
      office = await ApiSession.signIn(server.url, OFFICE.username, OFFICE.password);
      clerk = await ApiSession.signIn(server.url, CLERK.username, CLERK.password);
      const imp = await office.call<{ id: string; version: number }>('POST', '/api/imports', {
        text: readFileSync(SEED, 'utf8'),
      });
      commit = await office.call('POST', `/api/imports/${imp.id}/commit`, {
        version: imp.version,
      });
      const mine = await clerk.call<{ items: { id: string; version: number }[] }>(
        'GET',
        `/api/tasks?owner=${orgId}`,
      );
      const task = mine.items[0]!;
      await clerk.call('POST', `/api/tasks/${task.id}/events`, {
        type: 'report',
        version: task.version,
        completedDate: '2021-06-25',
        documentNumber: '123/BC-SGDĐT',
      });
      const reported = await office.call<{ version: number }>('GET', `/api/tasks/${task.id}`);
      await office.call('POST', `/api/tasks/${task.id}/events`, {
        type: 'accept',
        version: reported.version,
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('the reports screen shows the server’s figures for the seed, and downloads them', async () => {
      await signIn(page, server.url, OFFICE.username, OFFICE.password);
      await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
      await page.getByRole('heading', { name: 'Báo cáo tình hình thực hiện kết luận' }).waitFor();
      const table = page.getByTestId('report-table');
      await table.locator('.ant-table-row').first().waitFor();
      const api = await office.call<AgencyReport>('GET', '/api/reports/agencies');
      expect(api.total.doneOnTime).toBe(1);
      expect(await table.locator('.ant-table-row').count()).toBe(api.rows.length);
      for (const key of [
        'assigned',
        'doneOnTime',
        'doneLate',
        'openInTime',
        'openOverdue',
      ] as const)
        expect(await page.getByTestId(`total-${key}`).textContent(), key).toBe(
          String(api.total[key]),
        );
      const row = table.locator('.ant-table-row').filter({ hasText: AGENCY });
      const mine = api.rows.find((r) => r.orgName === AGENCY)!;
      expect(await row.locator('td').nth(1).textContent()).toBe(String(mine.assigned));
      expect(
        await page
          .getByTestId('stat-doneOnTime')
          .locator('.ant-statistic-content-value')
          .textContent(),
      ).toBe('1');
      await page.locator('.recharts-surface').first().waitFor();
      await screenshot(page, 'reports');

      // The downloads are the routes of the reports module, for the same period.
      for (const [id, media] of [
        ['export-xlsx', 'spreadsheetml'],
        ['export-docx', 'wordprocessingml'],
      ] as const) {
        const href = await page.getByTestId(id).getAttribute('href');
        expect(href).toMatch(/^\/api\/reports\/export\.(xlsx|docx)/);
        const file = await office.download(href!);
        expect(file.status, id).toBe(200);
        expect(file.type).toContain(media);
        expect(String.fromCharCode(file.bytes[0]!, file.bytes[1]!)).toBe('PK');
      }

      // By chairing leader: the seed's meeting was chaired by the Vice-Chairman.
      await page.getByRole('tab', { name: 'Theo lãnh đạo chủ trì họp' }).click();
      await page.getByTestId('report-table').getByText(CHAIR).waitFor();
      const leaders = await office.call<LeaderReport>('GET', '/api/reports/leaders');
      expect(await page.getByTestId('total-assigned').textContent()).toBe(
        String(leaders.total.assigned),
      );
      expect(new URL(page.url()).searchParams.get('view')).toBe('leaders');
    });

    it('the dashboard narrows to the meetings a leader chaired', async () => {
      await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
      await page.getByTestId('stat-doneOnTime').waitFor();
      await page.getByTestId('leader-filter').click();
      await page.locator('.ant-select-item-option').filter({ hasText: CHAIR }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('leader')).toBe(CHAIR);
      await page.getByText(`Cuộc họp do ${CHAIR} chủ trì`).first().waitFor();
      await page.getByText(/Các cuộc họp \(1\)/).waitFor();
      expect(
        await page
          .getByTestId('stat-doneOnTime')
          .locator('.ant-statistic-content-value')
          .textContent(),
      ).toBe('1');
    });

    it('an issued announcement is made public, its versions listed, and corrected', async () => {
      await page.goto(`${server.url}/meetings/${commit.meetingId}`);
      const record = page.getByTestId('meeting-record');
      await record.waitFor();
      const pdf = await office.download((await record.getAttribute('href'))!);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toContain('application/pdf');

      await page.goto(`${server.url}/announcements/${commit.announcementId}`);
      await page.getByRole('heading', { name: 'Thông báo số 346/TB-UBND' }).waitFor();
      await page.getByTestId('publication-switch').click();
      const link = page.getByTestId('public-link');
      await link.waitFor();
      const publicPage = await fetch(`${server.url}${await link.getAttribute('href')}`);
      expect(publicPage.status).toBe(200);
      expect(await publicPage.text()).toContain('346/TB-UBND');

      await page.getByTestId('correct').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Đính chính' }).click();
      await page.waitForURL((u) => !u.pathname.endsWith(commit.announcementId));
      await page.getByText('Đây là văn bản đính chính của').waitFor();
      await page.getByRole('heading', { name: 'Dự thảo thông báo kết luận' }).waitFor();
      // The correction's first saved version.
      await page.getByRole('button', { name: 'Các phiên bản' }).click();
      const versions = page.getByTestId('announcement-versions');
      await versions.getByText('Phiên bản 1').waitFor();
      await page.keyboard.press('Escape');
      await versions.waitFor({ state: 'hidden' });
    });

    it('the agency hears of a task due soon through the bell', async () => {
      // Two new tasks for the agency; today made a working day so that the reminders run.
      const today = todayIso();
      const admin = await ApiSession.signIn(server.url, 'admin', ADMIN_PASSWORD);
      await admin.call('PUT', `/api/holidays/${today.slice(0, 4)}`, {
        replace: false,
        offDays: [],
        workDays: [{ date: today, name: 'Ngày làm việc (kiểm thử)' }],
      });
      for (const [key, title, due] of [
        ['soon', SOON_TITLE, addDays(today, 1)],
        ['later', LATER_TITLE, addDays(today, 40)],
      ] as const) {
        const t = await office.call<{ id: string }>('POST', '/api/tasks', {
          title,
          ownerOrgId: orgId,
          dueDate: due,
        });
        tasks[key] = t.id;
      }
      // And one of Sở Y tế that the agency coordinates, its input asked within three days.
      const health = await office.call<{ items: { id: string; name: string }[] }>(
        'GET',
        `/api/orgs?q=${encodeURIComponent('so y te')}`,
      );
      await office.call('POST', '/api/tasks', {
        title: COORDINATED_TITLE,
        ownerOrgId: health.items.find((o) => o.name === 'Sở Y tế')?.id,
        dueDate: addDays(today, 20),
        coordinators: [{ orgId, inputDueDate: addDays(today, 2) }],
      });
      const run = JSON.parse(server.cli(['remind', '--json'])) as {
        skipped: string | null;
        claimed: number;
      };
      expect(run.skipped).toBeNull();
      expect(run.claimed).toBeGreaterThan(0);

      await signOut(page);
      await signIn(page, server.url, CLERK.username, CLERK.password);
      const bell = page.getByTestId('notification-bell');
      await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/chưa đọc/);
      const unread = Number((await bell.getAttribute('aria-label'))!.match(/(\d+) chưa đọc/)![1]);
      expect(unread).toBeGreaterThan(0);
      await bell.click();
      const panel = page.getByTestId('notification-panel');
      const notice = panel.getByTestId('notification').filter({ hasText: SOON_TITLE });
      await notice.getByText(/^Sắp đến hạn · chưa đọc$/).waitFor();
      await screenshot(page, 'notifications');
      await notice.getByRole('button').first().click();
      await page.waitForURL(`**/tasks/${tasks.soon}`);
      await page.getByRole('heading', { name: SOON_TITLE }).waitFor();
      await expect
        .poll(() => bell.getAttribute('aria-label'))
        .toBe(unread - 1 ? `Thông báo, ${unread - 1} chưa đọc` : 'Thông báo');
    });

    it('the agency subscribes to its calendar and updates progress from a spreadsheet', async () => {
      await page.getByRole('menuitem', { name: 'Việc của đơn vị' }).click();
      const feed = page.getByTestId('calendar-feed');
      await feed.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
      const url = (await feed.getByTestId('calendar-url').locator('code').textContent()) ?? '';
      expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
      const ics = await fetch(url);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      expect(await ics.text()).toContain('BEGIN:VCALENDAR');
      await page.getByTestId('agency-coordinated').getByText(COORDINATED_TITLE).waitFor();
      await feed.getByText('Cách thêm vào lịch').click();
      await feed.getByText(/^Google Calendar/).waitFor();
      await page.waitForTimeout(400); // the panel opens
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, document.body.scrollHeight);
      });
      await screenshot(page, 'agency-calendar');

      // The sheet of the agency's open tasks, filled in: one good row, one out of range.
      const sheet = await clerk.download('/api/bulk/tasks.xlsx');
      expect(sheet.status).toBe(200);
      const fill = async (later: number | null) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(sheet.bytes.buffer as ArrayBuffer);
        const ws = wb.getWorksheet('Cập nhật tiến độ')!;
        ws.eachRow((row) => {
          const id = String(row.getCell(1).value ?? '');
          if (id === tasks.soon) {
            row.getCell(7).value = 60;
            row.getCell(8).value = 'Đã tổng hợp số liệu tuyển sinh của các trường';
          } else if (id === tasks.later) row.getCell(7).value = later;
        });
        const file = join(mkdtempSync(join(tmpdir(), 'ketluan-bulk-')), 'cap-nhat-tien-do.xlsx');
        writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
        return file;
      };
      await page.getByRole('button', { name: 'Cập nhật tiến độ hàng loạt' }).click();
      await page.getByRole('heading', { name: 'Cập nhật tiến độ hàng loạt' }).waitFor();
      await page.locator('input[type=file]').setInputFiles(await fill(150));
      const preview = page.getByTestId('bulk-preview');
      await preview
        .getByTestId('bulk-error')
        .filter({ hasText: 'Tiến độ phải là số nguyên từ 0 đến 100' })
        .waitFor();
      expect(await page.getByTestId('bulk-apply').isDisabled()).toBe(true);
      await page.getByText('Đọc được 2 dòng: 1 dòng sẽ cập nhật, 1 dòng lỗi').waitFor();
      await page.getByText('Tất cả (2)', { exact: true }).click();
      await preview.getByText('Hợp lệ').waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300); // the segmented control's thumb slides
      await screenshot(page, 'bulk-preview');

      await page.locator('input[type=file]').setInputFiles(await fill(null));
      const apply = page.getByTestId('bulk-apply');
      await expect.poll(() => apply.isDisabled()).toBe(false);
      await apply.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Cập nhật' }).click();
      await page.getByTestId('bulk-applied').getByText('Đã cập nhật 1 nhiệm vụ').waitFor();
      const updated = await clerk.call<{ status: string }>('GET', `/api/tasks/${tasks.soon}`);
      expect(updated.status).toBe('in_progress');
    });
  },
);
