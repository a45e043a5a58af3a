import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseFirstOption, chooseOption } from '../../../packages/ui/e2e/select';
import { submitLogin } from './sign-in';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shotDrawer(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2400 });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

/** Each person in their own browser context: the office, then the handling unit, then the office again. */
async function as(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

/** Signs in and waits for the shell; generous, as several stacks may share a small machine. */
async function signIn(page: Page, username: string, path: string) {
  await submitLogin(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
}

test('a suggestion goes from registration through assignment, reply and evaluation to closure', async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `关于修缮狮岭村便民桥的建议${Date.now() % 100000}`;

  // The liaison office registers it on behalf of the deputies.
  const office = await as(browser, 'xikou.staff', '/suggestions');
  const table = office.getByTestId('suggestions-table');
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  // Seeded overdue items come first.
  await expect(table.getByTestId('table-row').first().getByTestId('tag-overdue')).toBeVisible();
  await shot(office, 'suggestions-list');

  await office.getByTestId('suggestion-create').click();
  const form = office.getByTestId('suggestion-form');
  // Raised at a congress session: the form names which one.
  const session = await chooseFirstOption(office, form.getByTestId('suggestion-meeting'));
  await form.locator('#field-title').fill(title);
  await form.locator('#field-content').fill('狮岭村便民桥桥面破损，雨季存在安全隐患，建议尽快修缮。');
  await chooseFirstOption(office, form.locator('#field-leadDeputyId'));
  // A co-signer other than the lead (the first option): the third, by keyboard.
  await form.locator('#field-coSignerIds').click();
  await office.keyboard.press('ArrowDown');
  await office.keyboard.press('ArrowDown');
  await office.keyboard.press('Enter');
  await office.keyboard.press('Escape');
  await expect(form.getByTestId('form-field-coSignerIds').locator('.ant-select-selection-item')).toHaveCount(1);
  await shot(office, 'suggestion-form');
  await office.getByTestId('suggestion-form-submit').click();

  // The detail opens: accept, then assign to 村镇建设办公室.
  const detail = office.getByTestId('suggestion-detail');
  await expect(detail.getByTestId('suggestion-detail-title')).toHaveText(title);
  await expect(detail.getByTestId('suggestion-meeting')).toHaveText(session);
  await detail.getByTestId('action-accept').click();
  await office.getByTestId('action-submit').click();
  await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'accepted');
  await detail.getByTestId('action-assign').click();
  const assign = office.getByTestId('batch-assign-modal');
  await chooseOption(office, assign.locator('#assign-lead'), '村镇建设办公室', { search: '村镇建设办公室', exact: false });
  await shot(office, 'suggestion-assign');
  await office.getByTestId('assign-submit').click();
  await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'assigned');
  await shotDrawer(office, 'suggestion-assigned-detail');

  // The handling unit sees it under its assigned items, with a notification, and replies.
  const unit = await as(browser, 'xikou.handler', '/assigned');
  await expect(unit.getByTestId('notification-badge')).not.toHaveAttribute('data-count', '0', { timeout: 45_000 });
  const mine = unit.getByTestId('suggestions-table');
  await mine.getByTestId('table-search').locator('input').fill(title);
  await mine.getByTestId('table-search').locator('input').press('Enter');
  await mine.getByTestId('table-row').filter({ hasText: title }).getByTestId('suggestion-open').click();
  const handling = unit.getByTestId('suggestion-detail');
  await expect(handling.getByTestId('action-reply')).toBeVisible();
  await expect(handling.getByTestId('action-evaluate')).toHaveCount(0);
  await handling.getByTestId('action-reply').click();
  const reply = unit.getByTestId('suggestion-action-modal');
  // A reply needs its content: the form says so on the field and sends nothing.
  await unit.getByTestId('action-submit').click();
  await expect(reply.locator('.ant-form-item-has-error')).toHaveCount(1);
  await expect(reply.locator('.ant-form-item-has-error')).toContainText('答复内容');
  await reply.getByTestId('action-content').fill('已安排资金对便民桥桥面进行修缮，预计本月底完工，已当面向代表说明。');
  await reply.getByText('书面并当面答复').click();
  await shot(unit, 'suggestion-reply');
  await unit.getByTestId('action-submit').click();
  await expect(handling.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'replied');
  await expect(handling.getByTestId('suggestion-reply')).toContainText('按期');
  await handling.locator('.ant-drawer-close').click();
  await unit.getByTestId('notification-bell').click();
  await expect(unit.getByTestId('notifications-table').getByTestId('table-row').first()).toBeVisible({ timeout: 45_000 });
  await shot(unit, 'notifications');

  // The office records each signer's evaluation (lead, then co-signer): once both have, it is closed.
  await office.getByTestId('suggestion-detail').locator('.ant-drawer-close').click();
  await office.getByTestId('notification-bell').click();
  await expect(office.getByTestId('notifications-table').getByTestId('table-row').filter({ hasText: title }).first()).toBeVisible({ timeout: 45_000 });
  await office.getByTestId('notifications-table').getByTestId('table-row').filter({ hasText: title }).first().getByTestId('notification-open').click();
  const evaluate = office.getByTestId('suggestion-action-modal');
  const steps = detail.getByTestId('timeline-entry');
  for (const [n, state] of [[5, 'replied'], [6, 'closed']] as const) {
    await detail.getByTestId('action-evaluate').click();
    await evaluate.getByText('满意', { exact: true }).click();
    await office.getByTestId('action-submit').click();
    await expect(steps).toHaveCount(n);
    await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', state);
  }
  await expect(steps.nth(5)).toHaveAttribute('data-action', 'evaluate');
  await shotDrawer(office, 'suggestion-closed-timeline');

  // The list exports to Excel.
  await detail.locator('.ant-drawer-close').click();
  const [download] = await Promise.all([office.waitForEvent('download'), table.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});

test('the office sees supervision work, rectifications and petitions', async ({ page }) => {
  test.setTimeout(180_000);
  const menu = page.getByTestId('shell-menu');
  await signIn(page, 'xikou.staff', '/supervision');
  await expect(page.getByTestId('plan-card')).toContainText('执法检查');
  await page.getByTestId('activities-table').getByTestId('activity-open').first().click();
  await expect(page.getByTestId('activity-detail')).toContainText('发现问题与整改');
  await shotDrawer(page, 'supervision-activity');
  await page.getByTestId('activity-detail').locator('.ant-drawer-close').click();
  await expect(page.getByTestId('activity-detail')).toBeHidden();
  await shot(page, 'supervision');
  await menu.getByText('整改督办').click();
  await page.getByTestId('rectifications-table').getByTestId('rectification-open').first().click();
  await expect(page.getByTestId('rectification-detail').getByTestId('workflow-timeline')).toBeVisible();
  await shotDrawer(page, 'rectification-detail');
  await page.getByTestId('rectification-detail').locator('.ant-drawer-close').click();
  await expect(page.getByTestId('rectification-detail')).toBeHidden();
  await shot(page, 'rectifications');
  await menu.getByText('信访', { exact: true }).click();
  await expect(page.getByTestId('petitions-table').getByTestId('table-row')).toHaveCount(3);
  await page.getByTestId('petition-open').first().click();
  await expect(page.getByTestId('petition-detail')).toBeVisible();
  await shotDrawer(page, 'petitions');
});
