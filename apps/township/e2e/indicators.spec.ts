import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test.describe.configure({ timeout: 120_000 });

test("a township admin reads the township's own indicators and the records behind one", async ({ page }) => {
  await signIn(page, 'xikou.admin');
  await page.getByTestId('shell-menu').getByText('本乡镇指标').click();
  const view = page.getByTestId('township-indicators');
  await expect(view.getByTestId('indicator-card-deputy_attendance_rate')).toBeVisible();
  await expect(page.getByTestId('dashboard-freshness')).toBeVisible();
  // Attendance exists only in meeting months: its points may stand apart, so look for the points.
  await expect(view.getByTestId('trend-deputy_attendance_rate').locator('.recharts-line-dot').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/township-indicators.png', fullPage: true });

  await view.getByTestId('figure-deputy_attendance_rate').click();
  const drawer = page.getByTestId('record-drawer');
  await expect(drawer).toContainText('溪口镇 · 代表参会率');
  await expect(drawer.getByTestId('records-numerator').getByTestId('records-shown')).toContainText(/已显示 \d+ \/ \d+ 条/);
  await page.screenshot({ path: 'test-results/screens/township-indicators-drill.png' });
});
