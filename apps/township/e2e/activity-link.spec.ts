import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';

/**
 * One activity, one record: the demo's canteen inspection is a supervision activity and the
 * deputies' duty activity at once. Its detail links to the ledger entry, and the entry back.
 */
const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/activity-link-${name}.png`, fullPage: true });
const TITLE = '中小学校食堂食品安全视察';

for (const [device, viewport] of [['desktop', { width: 1366, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`the supervision activity links to its duty activity and back (${device})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await signIn(page, 'xikou.staff', '/supervision');
    await page.getByTestId('activity-open').filter({ hasText: TITLE }).first().click();
    const drawer = page.getByTestId('activity-detail');
    const toDuty = drawer.getByTestId('activity-duty-link');
    await expect(toDuty).toContainText('在履职活动台账中查看');
    await shot(page, `${device}-supervision`);

    await toDuty.click();
    await expect(page).toHaveURL(/\/duty-activities\/[0-9a-f-]{36}$/);
    const dutyId = page.url().split('/').pop();
    const back = page.getByTestId('activity-supervision-link');
    await expect(back).toContainText(`视察：${TITLE}（已完成）`);
    await expect(page.getByTestId('activity-participants-card').locator('.ant-tag').first()).toBeVisible();
    // Kept by the supervision activity: the ledger offers no edit or delete.
    await expect(page.getByRole('button', { name: /编辑|删除/ })).toHaveCount(0);
    await shot(page, `${device}-duty`);

    await back.click();
    await expect(page).toHaveURL(/\/supervision\?aid=/);
    await expect(page.getByTestId('activity-detail')).toContainText(TITLE);
    await expect(page.getByTestId('activity-duty-link')).toHaveAttribute('href', `/duty-activities/${dutyId}`);
  });
}

test('the ledger marks the supervision activity once, among the duty activities', async ({ page }) => {
  await signIn(page, 'xikou.staff', '/duty-activities');
  const search = page.getByTestId('activities-table').getByTestId('table-search');
  const input = (await search.evaluate((e) => e.tagName)) === 'INPUT' ? search : search.locator('input');
  await input.fill(TITLE);
  await input.press('Enter');
  const rows = page.getByTestId('activities-table').getByTestId('table-row').filter({ hasText: TITLE });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('监督活动');
  await shot(page, 'ledger');
});

test('a new inspection with a deputy is recorded in the ledger at once, planned and not yet counted', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `视察测试${Date.now() % 100000}`;
  await signIn(page, 'xikou.staff', '/supervision');
  await page.getByTestId('activity-create').click();
  await page.getByTestId('activity-title').fill(title);
  await chooseOption(page, page.getByTestId('activity-deputies'), '唐丽', { search: '唐丽', exact: false });
  await page.keyboard.press('Escape');
  // The same event may already be in the ledger: the form offers today's unlinked entries.
  await expect(page.getByTestId('form-field-dutyActivityId')).toContainText('履职活动台账中的同一活动');
  await shot(page, 'form');
  await page.getByTestId('activity-form-submit').click();
  await page.getByTestId('activity-open').filter({ hasText: title }).first().click();
  await expect(page.getByTestId('activity-duty-link')).toContainText('（1名代表）');
  await page.getByTestId('activity-duty-link').click();
  await expect(page.getByTestId('activity-supervision-link')).toContainText(`视察：${title}（计划中）`);
  await expect(page.getByTestId('activity-participants-card')).toContainText('唐丽');
  await shot(page, 'new-duty');
});
