import { expect, type Page } from '@playwright/test';

/** The township app of the e2e stack (scripts/lib/ports.ts); E2E_TOWNSHIP_URL points the specs elsewhere. */
export const APP_URL = process.env.E2E_TOWNSHIP_URL ?? 'http://localhost:15174';
export const DEMO_PASSWORD = 'demo1234';

/** Opens the app and submits the login server's form. */
export async function submitLogin(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(APP_URL + path);
  await page.locator('#username').waitFor();
  await page.screenshot({ path: 'test-results/screens/login-page.png' });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
}

/** Signs in and waits for the app shell. */
export async function signIn(page: Page, username: string, path = '/'): Promise<void> {
  await submitLogin(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible();
}
