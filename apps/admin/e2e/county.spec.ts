import { expect, test } from '@playwright/test';
import { signIn, submitLogin } from './sign-in';

test('the county viewer sees every township and the villages chart', async ({ page }) => {
  // An office screen's width: the screenshots show the desktop frame as most users see it.
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'county');
  await expect(page.getByTestId('shell-user')).toHaveText('李明');
  await expect(page.getByTestId('shell-tenant')).toHaveText('清江县');
  await expect(page.getByTestId('home-townships-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/admin-home.png', fullPage: true });

  await page.getByTestId('shell-menu').getByText('乡镇概览').click();
  const table = page.getByTestId('townships-table');
  await expect(table.getByTestId('table-row')).toHaveCount(8);
  await expect(table.getByTestId('township-status-active').first()).toHaveText('正常');
  await page.screenshot({ path: 'test-results/screens/admin-townships.png', fullPage: true });
});

test('the township list sorts, searches and exports', async ({ page }) => {
  await signIn(page, 'county', '/townships');
  const table = page.getByTestId('townships-table');
  await table.getByTestId('sort-villageCount').click();
  await expect(table.locator('th[aria-sort=ascending]')).toContainText('村（社区）数');
  await table.getByTestId('table-search').locator('input').fill('xikou');
  await table.getByTestId('table-search').locator('input').press('Enter');
  await expect(table.getByTestId('table-row')).toHaveCount(1);
  await expect(table.getByTestId('table-row')).toContainText('溪口镇');
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toBe('乡镇概览.xlsx');
});

test('the rule catalogue lists the county defaults with their quotes', async ({ page }) => {
  await signIn(page, 'county', '/rules');
  const row = page.getByTestId('rules-table').getByTestId('table-row').filter({ hasText: '一般建议答复期限' });
  await expect(row).toContainText('3 个月');
  await expect(row).toContainText('自交办之日起三个月内答复');
  await expect(page.getByTestId('rule-status-suggestion.reply_due_standard_months')).toHaveText('生效中');
  // A rule nothing reads yet: found by searching the catalogue (it grew past the first page).
  const search = page.getByTestId('rules-table').getByTestId('table-search').locator('input');
  await search.fill('归档');
  await search.press('Enter');
  await expect(page.getByTestId('rule-status-archive.filing_deadline')).toHaveText('未生效');
});

test('a township-only account is told to use the township app', async ({ page }) => {
  await submitLogin(page, 'xikou.staff');
  await expect(page.getByTestId('no-county-role')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/admin-no-county-role.png' });
});
