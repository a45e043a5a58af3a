import { expect, test } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';

test('rules show where their value comes from, and a township admin overrides one', async ({ page }) => {
  await signIn(page, 'xikou.admin', '/rules');
  const key = 'grid.patrol_frequency';
  const source = page.getByTestId(`rule-source-${key}`);
  await expect(page.getByTestId('rules-table').getByTestId('table-row').first()).toBeVisible();

  await page.getByTestId(`rule-override-${key}`).click();
  await chooseOption(page, page.getByTestId('form-field-value').locator('.ant-select'), '每月');
  await page.screenshot({ path: 'test-results/screens/township-rule-override.png' });
  await page.getByTestId('rule-override-submit').click();
  await expect(source).toHaveAttribute('data-source', 'township');
  await expect(page.getByTestId('rules-table').getByTestId('table-row').filter({ has: source })).toContainText('每月');
});

test("a township's own seeded override is marked as such", async ({ page }) => {
  await signIn(page, 'longtan.admin', '/rules');
  await expect(page.getByTestId('rule-source-congress.sessions_per_year_min')).toHaveAttribute('data-source', 'township');
  await expect(page.getByTestId('rule-source-deputy.fixed_contacts_min')).not.toHaveAttribute('data-source', 'township');
});
