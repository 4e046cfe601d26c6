/**
 * Debian's Chromium driven by playwright-core (no browser download), headless.
 * @module
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './server.ts';

export const CHROMIUM = process.env.KETLUAN_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Screenshots refresh the documentation only when asked (KETLUAN_UPDATE_SCREENSHOTS=1), so a
 * test run leaves the work tree as it found it. */
const SHOTS = process.env.KETLUAN_UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(tmpdir(), 'ketluan-screenshots');

/**
 * Saves web-NAME.png (in docs/screenshots with KETLUAN_UPDATE_SCREENSHOTS=1): the mouse moved off the content (no hover state), the
 * passing toasts hidden.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const height = page.viewportSize()?.height ?? 800;
  await page.mouse.move(4, height - 4);
  await page.screenshot({
    path: join(SHOTS, `web-${name}.png`),
    fullPage: false,
    style: '.ant-message { display: none !important; }',
  });
}

/** Signs in through the login form and waits for the first screen. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /Đăng xuất|Sign out/ }).click();
  await page.waitForURL((u) => u.pathname.startsWith('/login'));
}
