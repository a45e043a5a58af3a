import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('a township admin creates, finds, edits and deletes a village', async ({ page }) => {
  const name = `测试村${Date.now() % 100000}`;
  await signIn(page, 'xikou.admin', '/villages');
  const table = page.getByTestId('villages-table');
  await expect(table.getByTestId('table-row').first()).toBeVisible();

  await page.getByTestId('village-create').click();
  // The form checks with the API's own schema before sending.
  await page.getByTestId('village-form-submit').click();
  await expect(page.getByTestId('form-field-name')).toContainText('必填');
  await page.locator('#field-name').fill(name);
  await page.locator('#field-population').fill('1234');
  await page.getByTestId('village-form-submit').click();
  await expect(page.getByTestId('village-form')).toBeHidden();

  await table.getByTestId('table-search').locator('input').fill(name);
  await table.getByTestId('table-search').locator('input').press('Enter');
  const row = table.getByTestId('table-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1,234');

  await row.getByRole('button', { name: '编辑' }).click();
  await page.locator('#field-households').fill('400');
  await page.getByTestId('village-form-submit').click();
  await expect(row).toContainText('400');

  await row.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(table.getByTestId('table-empty')).toBeVisible();
});

test('the village list sorts on the server and exports to Excel', async ({ page }) => {
  await signIn(page, 'xikou.staff', '/villages');
  const table = page.getByTestId('villages-table');
  await table.getByTestId('sort-population').click();
  await table.getByTestId('sort-population').click();
  await expect(table.locator('th[aria-sort=descending]')).toContainText('人口');
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});

test('a grid worker reads villages but cannot change them or open the rules', async ({ page }) => {
  await signIn(page, 'xikou.grid', '/villages');
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  await expect(page.getByTestId('village-create')).toHaveCount(0);
  await expect(page.getByTestId('shell-menu')).not.toContainText('规则配置');
  await page.goto(page.url().replace(/\/villages.*/, '/rules'));
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

test('text a user typed is shown as text, never run as script', async ({ page }) => {
  const name = `<img src=x onerror="window.__pcsXss=1">${Date.now() % 100000}`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, 'xikou.admin', '/villages');
  await page.getByTestId('village-create').click();
  await page.locator('#field-name').fill(name);
  await page.getByTestId('village-form-submit').click();
  await expect(page.getByTestId('village-form')).toBeHidden();
  const table = page.getByTestId('villages-table');
  await table.getByTestId('table-search').locator('input').fill(name);
  await table.getByTestId('table-search').locator('input').press('Enter');
  const row = table.getByTestId('table-row').filter({ hasText: name });
  // The markup is on screen as the characters typed, and no element was made of it.
  await expect(row).toHaveCount(1);
  await expect(row.locator('img')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/village-name-as-text.png' });
  expect(await page.evaluate(() => (window as unknown as { __pcsXss?: number }).__pcsXss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await row.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
});
