import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { submitLogin as submitAdminLogin } from '../../admin/e2e/sign-in';
import { submitLogin as submitTownshipLogin } from './sign-in';

/**
 * A grid event at phone size, from the village to the county: the grid worker reports with a
 * photo, the office accepts and dispatches, the unit takes, handles and feeds back, the office
 * verifies and closes; another event is escalated and reaches the county department.
 */
const PHONE = { width: 390, height: 844 };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082', 'hex');

async function as(browser: Browser, username: string, app: 'township' | 'admin', path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await (app === 'township' ? submitTownshipLogin : submitAdminLogin)(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
  return page;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/grid-${name}.png`, fullPage: true });
}

async function choose(page: Page, select: Locator, option?: string) {
  await select.click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await (option ? options.filter({ hasText: option }).first() : options.first()).click();
}

/** The report form's choices are the phone's own (native selects, decision 78): picks the first option whose text holds `option`. */
async function chooseNative(select: Locator, option?: string) {
  await expect.poll(() => select.locator('option:not([value=""])').count()).toBeGreaterThan(0);
  const value = await select.evaluate((el, text) => [...(el as HTMLSelectElement).options].find((o) => o.value && (!text || o.text.includes(text)))?.value ?? '', option);
  await select.selectOption(value);
}

async function openEvent(page: Page, number: string) {
  const table = page.getByTestId('grid-events-table');
  await table.getByTestId('table-search').locator('input').fill(number);
  await table.getByTestId('table-search').locator('input').press('Enter');
  await table.getByTestId('table-row').filter({ hasText: number }).first().getByTestId('grid-event-open').click();
  const detail = page.getByTestId('grid-event-detail');
  await expect(detail).toBeVisible();
  return detail;
}

async function step(page: Page, detail: Locator, action: string, fill: (modal: Locator) => Promise<void> = async () => {}) {
  await detail.getByTestId(`action-${action}`).click();
  const modal = page.locator('.ant-modal:visible');
  await fill(modal);
  await modal.getByTestId('action-submit').click();
  await expect(modal).toBeHidden();
}

test('report with a photo, accept, dispatch, handle, verify, close; an escalation reaches the county department', async ({ browser }) => {
  test.setTimeout(300_000);
  // The grid worker reports from the phone, with a photo.
  const worker = await as(browser, 'xikou.grid', 'township', '/grid-worker');
  await chooseNative(worker.getByTestId('grid-report-grid'));
  await chooseNative(worker.getByTestId('grid-report-category'), '秸秆焚烧');
  await worker.getByTestId('grid-report-address').fill('东村三组田边');
  await worker.getByTestId('grid-report-description').fill('田间有人焚烧秸秆，烟雾较大。');
  await worker.getByTestId('grid-report-photo').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
  await shot(worker, '1-worker-report');
  await worker.getByTestId('grid-report-submit').click();
  const sent = worker.getByTestId('phone-toast').filter({ hasText: /已上报，编号/ });
  await expect(sent).toBeVisible();
  const number = (await sent.innerText()).split('编号').pop()!.trim();
  await expect(worker.getByTestId('grid-report-pending')).toHaveCount(0);
  await shot(worker, '2-worker-sent');

  // The office accepts and dispatches to the handler's unit.
  const office = await as(browser, 'xikou.admin', 'township', '/grid-events');
  let detail = await openEvent(office, number);
  await expect(detail.getByTestId('attachment-item')).toHaveCount(1);
  await step(office, detail, 'accept');
  await step(office, detail, 'dispatch', async (modal) => choose(office, modal.getByTestId('action-target-id'), '村镇建设办公室'));
  await shot(office, '3-office-dispatched');

  // The unit takes it, handles it and feeds back.
  const handler = await as(browser, 'xikou.handler', 'township', '/grid-tasks');
  detail = await openEvent(handler, number);
  await step(handler, detail, 'take');
  await step(handler, detail, 'handle', async (modal) => modal.getByTestId('action-result').fill('已扑灭明火，清理现场。'));
  await step(handler, detail, 'feedback', async (modal) => modal.getByTestId('action-feedback').fill('处置完毕。'));
  await shot(handler, '4-handler-fed-back');

  // The office verifies: closed, the timeline holds every step.
  await office.reload();
  detail = await openEvent(office, number);
  await step(office, detail, 'verify_pass');
  await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'closed');
  await shot(office, '5-office-closed');

  // Another event, at the township's own grid: the office escalates it to a county department, whose handler sees it.
  await office.goto(office.url().replace(/\/grid-events.*$/, '/grid-worker'));
  await chooseNative(office.getByTestId('grid-report-grid'), '三级网格');
  await chooseNative(office.getByTestId('grid-report-category'), '非法排污');
  await office.getByTestId('grid-report-address').fill('工业园区东侧排水沟');
  await office.getByTestId('grid-report-description').fill('排水沟有黑色污水流出，疑似企业偷排。');
  await office.getByTestId('grid-report-submit').click();
  const second = office.getByTestId('phone-toast').filter({ hasText: /已上报，编号/ });
  await expect(second).toBeVisible();
  const escalated = (await second.innerText()).split('编号').pop()!.trim();
  await office.goto(office.url().replace(/\/grid-worker.*$/, '/grid-events'));
  detail = await openEvent(office, escalated);
  await step(office, detail, 'accept');
  await step(office, detail, 'escalate', async (modal) => {
    await choose(office, modal.getByTestId('action-departmentId'), '县交通运输局');
    await modal.getByTestId('action-opinion').fill('涉及企业偷排，需县级部门查处');
  });
  await expect(detail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'dispatched');
  await shot(office, '6-office-escalated');

  const department = await as(browser, 'transport', 'admin', '/work?tab=grid-events');
  detail = await openEvent(department, escalated);
  await expect(detail.getByTestId('action-take')).toBeVisible();
  await shot(department, '7-department-work');
});
