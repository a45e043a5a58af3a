import { expect, test } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';

test('rules show where their value comes from, and a township admin overrides one', async ({ page }) => {
  await signIn(page, 'xikou.admin', '/rules');
  const key = 'deputy.reception_frequency';
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

test('rules not in effect and of areas not built say so and cannot be changed', async ({ page }) => {
  await signIn(page, 'xikou.admin', '/rules');
  await expect(page.getByTestId('rules-table').getByTestId('table-row').first()).toBeVisible();
  await expect(page.getByTestId('rule-status-deputy.reception_frequency')).toHaveAttribute('data-status', 'in_effect');
  await expect(page.getByTestId('rule-override-deputy.reception_frequency')).toBeVisible();
  await expect(page.getByTestId('rule-status-suggestion.satisfaction_scale')).toHaveText('未生效');
  await expect(page.getByTestId('rule-override-suggestion.satisfaction_scale')).toHaveCount(0);
  await expect(page.getByTestId('rule-locked-suggestion.satisfaction_scale')).toHaveText('不可修改');
  await chooseOption(page, page.getByTestId('rule-area-filter'), '考核');
  await expect(page.getByTestId('rule-status-appraisal.grade_set')).toHaveText('该模块尚未上线');
  await expect(page.getByTestId('rule-override-appraisal.grade_set')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/township-rules-status.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/township-rules-status-phone.png', fullPage: true });
});
