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

test('a reload resumes the tab\'s session with one token refresh, never the login page; a new tab signs in', async ({ page, context }) => {
  await signIn(page, 'xikou.staff');
  const loginPages: string[] = [];
  const refreshes: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.url().includes('/protocol/openid-connect/auth')) loginPages.push(request.url());
    if (request.url().endsWith('/protocol/openid-connect/token') && request.postData()?.includes('grant_type=refresh_token')) refreshes.push(request.url());
  });
  await page.reload();
  await expect(page.getByTestId('shell-user')).toHaveText('刘洋');
  await page.goto(`${APP_URL}/villages`);
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  expect(loginPages).toEqual([]);
  expect(refreshes.length).toBeGreaterThanOrEqual(2);
  // The tokens are the tab's (sessionStorage): another tab of the same browser goes through the
  // login server, which still knows the user (its own cookie), and comes back signed in.
  const other = await context.newPage();
  const otherLogin: string[] = [];
  other.on('request', (request) => {
    if (request.isNavigationRequest() && request.url().includes('/protocol/openid-connect/auth')) otherLogin.push(request.url());
  });
  await other.goto(APP_URL);
  await expect(other.getByTestId('shell-user')).toHaveText('刘洋');
  expect(otherLogin.length).toBe(1);
});

test('a reload starts with the tab\'s valid token, but a session ended elsewhere still ends in the login page', async ({ page, context }) => {
  await signIn(page, 'xikou.staff');
  // The reload does not wait for the token refresh: the first API call goes out beside it. The login
  // server here answers in milliseconds, so its refresh is held back 3 s to make the order visible.
  await page.route('**/protocol/openid-connect/token', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  const order: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/protocol/openid-connect/token')) order.push('refresh');
    else if (request.url().includes('/trpc/') && request.method() !== 'OPTIONS' && request.url().includes('me.get')) order.push('me.get');
  });
  page.on('response', (response) => {
    if (response.url().endsWith('/protocol/openid-connect/token')) order.push('refreshed');
  });
  await page.reload();
  await expect(page.getByTestId('shell-user')).toHaveText('刘洋');
  expect(order.indexOf('me.get')).toBeGreaterThanOrEqual(0);
  await expect.poll(() => order.includes('refreshed')).toBe(true);
  expect(order.indexOf('me.get')).toBeLessThan(order.indexOf('refreshed'));
  await page.unroute('**/protocol/openid-connect/token');

  // Signing out in another tab ends the login server's session: the first tab's stored access token
  // is still unexpired, but its refresh fails on the next load, and the app asks for a login.
  const other = await context.newPage();
  await other.goto(APP_URL);
  await expect(other.getByTestId('shell-user')).toHaveText('刘洋');
  await other.getByTestId('shell-logout').click();
  await expect(other.locator('#username')).toBeVisible();
  await page.reload();
  await expect(page.locator('#username')).toBeVisible();
  await expect(page.getByTestId('shell-user')).toHaveCount(0);
});
