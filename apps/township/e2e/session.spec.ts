import { expect, test } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

// The e2e login server issues 45-second access tokens; keycloak-js refreshes a token that
// has less than 30 seconds left before each API call.
test('the session refreshes its token silently and keeps working', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'xikou.staff');
  const refreshes: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/protocol/openid-connect/token') && request.postData()?.includes('grant_type=refresh_token')) refreshes.push(request.url());
  });
  await page.waitForTimeout(20_000);
  await page.getByTestId('shell-menu').getByText('村（社区）与网格').click();
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  expect(refreshes.length).toBeGreaterThan(0);
  await expect(page.getByTestId('shell-user')).toHaveText('刘洋');
});

test('signing out ends the session: the app asks for a login again', async ({ page }) => {
  await signIn(page, 'xikou.staff');
  await page.getByTestId('shell-logout').click();
  // Back from the login server's logout, the app needs a login again: the form shows.
  await expect(page.locator('#username')).toBeVisible();
  await page.goto(APP_URL);
  await expect(page.locator('#username')).toBeVisible();
  await expect(page.getByTestId('shell-user')).toHaveCount(0);
});
