import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shotDrawer(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2000 });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

test('a county department sees what townships assigned to it, answers one, and is told of its work', async ({ page }) => {
  test.setTimeout(120_000);
  // Its home is its work: suggestions from several townships, each row naming its township.
  await signIn(page, 'transport');
  await expect(page).toHaveURL(/\/work$/);
  await expect(page.getByTestId('notification-bell')).toBeVisible();
  const table = page.getByTestId('suggestions-table');
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  const townships = await table.getByTestId('table-row').locator('td:first-child').allInnerTexts();
  // The demo data assigns the transport bureau items in three townships and the sub-district.
  expect([...new Set(townships)].sort()).toEqual(['城南街道', '溪口镇', '白云乡', '龙潭镇'].sort());
  await page.screenshot({ path: 'test-results/screens/admin-department-work.png', fullPage: true });

  // An overdue one, still waiting for its reply: the department replies (A: being solved).
  await page.getByTestId('filter-overdue').click();
  await expect(table.getByTestId('table-row').first().getByTestId('tag-overdue')).toBeVisible();
  await expect(table.getByTestId('table-row').filter({ hasNot: page.getByTestId('tag-overdue') })).toHaveCount(0);
  const township = await table.getByTestId('table-row').first().locator('td:first-child').innerText();
  await table.getByTestId('table-row').first().getByTestId('suggestion-open').click();
  const detail = page.getByTestId('suggestion-detail');
  await expect(detail.getByTestId('detail-township')).toHaveText(township);
  await expect(detail.getByTestId('action-evaluate')).toHaveCount(0);
  await detail.getByTestId('action-reply').click();
  const reply = page.getByTestId('suggestion-action-modal');
  await reply.getByTestId('action-content').fill('已将该桥梁列入今年灾后重建项目，计划年底前完工。');
  await page.getByTestId('action-submit').click();
  await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'replied');
  await expect(detail.getByTestId('suggestion-reply')).toBeVisible();
  await shotDrawer(page, 'admin-department-reply');
  await detail.locator('.ant-drawer-close').click();

  // Its rectification tasks are the other tab; its notifications lead back here.
  await page.getByRole('tab', { name: '整改督办' }).click();
  await expect(page.getByTestId('rectifications-table')).toBeVisible();
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notifications-table')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/admin-department-notifications.png', fullPage: true });
});

test('the county standing committee reads every township overdue first, key-supervises and urges', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'county', '/supervision');
  const table = page.getByTestId('suggestions-table');
  await expect(table.getByTestId('table-row').first().getByTestId('tag-overdue')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/admin-county-supervision.png', fullPage: true });

  // One township's overdue items.
  await chooseOption(page, page.getByTestId('filter-township'), '溪口镇');
  await page.getByTestId('filter-overdue').click();
  await expect(table.getByTestId('table-row').first()).toContainText('溪口镇');
  await expect(table.getByTestId('table-row').filter({ hasNotText: '溪口镇' })).toHaveCount(0);
  // Kept as a named filter (per county user), and applied again after clearing.
  await page.getByTestId('saved-filter-open').click();
  await page.getByTestId('saved-filter-name').fill('溪口镇逾期');
  await page.getByTestId('saved-filter-save').click();
  await page.getByTestId('filter-overdue').click();
  await expect(page.getByRole('checkbox', { name: '仅看逾期' })).not.toBeChecked();
  await chooseOption(page, page.getByTestId('saved-filter-select'), '溪口镇逾期');
  await expect(page.getByRole('checkbox', { name: '仅看逾期' })).toBeChecked();
  await expect(page.getByTestId('filter-township')).toContainText('溪口镇');
  await table.getByTestId('table-row').first().getByTestId('suggestion-open').click();

  // The county's only two writes: key supervision and urging; none of the township's steps.
  const detail = page.getByTestId('suggestion-detail');
  await expect(detail.getByTestId('detail-township')).toHaveText('溪口镇');
  await expect(detail.getByTestId('action-reply')).toHaveCount(0);
  await expect(detail.getByTestId('action-evaluate')).toHaveCount(0);
  const marked = detail.getByTestId('action-mark_key');
  if ((await marked.count()) > 0) {
    await marked.click();
    await page.getByTestId('suggestion-action-modal').getByTestId('action-note').fill('县人大常委会列为重点督办');
    await page.getByTestId('action-submit').click();
    await expect(detail.getByTestId('action-unmark_key')).toBeVisible();
  }
  await detail.getByTestId('action-urge').click();
  await page.getByTestId('suggestion-action-modal').getByTestId('action-note').fill('请于本月底前报告办理进展');
  await page.getByTestId('action-submit').click();
  const last = detail.getByTestId('timeline-entry').last();
  await expect(last).toHaveAttribute('data-action', 'urge');
  await expect(last).toContainText('请于本月底前报告办理进展');
  await shotDrawer(page, 'admin-county-urge');
  await detail.locator('.ant-drawer-close').click();

  // Rectification tasks across townships, with their township.
  await page.getByRole('tab', { name: '整改督办' }).click();
  const tasks = page.getByTestId('rectifications-table');
  await expect(tasks.getByTestId('table-row').first()).toBeVisible();
  const taskRow = await tasks.getByTestId('table-row').first().innerText();
  await tasks.getByTestId('table-row').first().getByTestId('rectification-open').click();
  // The detail names the township its row shows (of those with demo rectification tasks).
  const taskTownship = (await page.getByTestId('rectification-detail').getByTestId('detail-township').innerText()).trim();
  expect(['溪口镇', '龙潭镇', '白云乡']).toContain(taskTownship);
  expect(taskRow).toContain(taskTownship);
  await expect(page.getByTestId('rectification-detail').getByTestId('action-urge')).toBeVisible();
  await shotDrawer(page, 'admin-county-rectification');
  await page.getByTestId('rectification-detail').locator('.ant-drawer-close').click();

  // The same screens in English.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('shell-menu')).toContainText('County supervision');
  await expect(tasks.locator('thead')).toContainText('Township');
  await page.getByRole('tab', { name: 'Deputy suggestions' }).click();
  await expect(table.locator('thead')).toContainText('Lead deputy');
  await page.screenshot({ path: 'test-results/screens/admin-county-supervision-en.png', fullPage: true });
});
