import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { submitLogin as submitAdminLogin } from '../../admin/e2e/sign-in';
import { submitLogin as submitTownshipLogin } from './sign-in';

/**
 * Handlers attach their reply letter and rectification evidence to the items they handle (issue 17
 * part 7): a unit's handler on a phone, a county department in the admin app; the township office
 * sees and downloads the files from its timeline, the county standing committee sees them by name.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 800 };

// Small but real files, made here: a one-pixel PNG and a minimal PDF (the API sniffs the bytes).
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shotDrawer(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2400 });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

/** Each person in their own browser context, at their screen's size, in the township or the admin app. */
async function as(browser: Browser, username: string, app: 'township' | 'admin', path: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await (app === 'township' ? submitTownshipLogin : submitAdminLogin)(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
  return page;
}

/** The item's number, from its drawer's title (建议详情 / 整改事项 <number>). */
async function numberOf(detail: Locator): Promise<string> {
  const title = await detail.locator('.ant-drawer-title').innerText();
  return title.trim().split(/\s+/).pop()!;
}

/** Nothing of the page sticks out sideways (a phone would scroll it, or hide a button). */
async function expectNoSidewaysOverflow(scope: Locator) {
  const overflow = await scope.evaluate((root) => {
    const limit = document.documentElement.clientWidth;
    return [...root.querySelectorAll<HTMLElement>('button, input, .ant-list-item, .ant-timeline-item, .ant-card')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: `${el.tagName}.${el.className}`.slice(0, 80), right: el.getBoundingClientRect().right }))
      .filter((r) => r.right > limit + 1);
  });
  expect(overflow).toEqual([]);
}

/** Uploads a file through the panel's picker and waits until it is listed. */
async function attach(panel: Locator, name: string, mimeType: string, buffer: Buffer) {
  await panel.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await expect(panel.getByTestId('attachment-item').filter({ hasText: name })).toBeVisible();
}

/** Opens a row of a list after searching it for `text` (a number: numbers repeat across townships, so the county names one). */
async function openRow(table: Locator, text: string, openTestId: string, township?: string) {
  await table.getByTestId('table-search').locator('input').fill(text);
  await table.getByTestId('table-search').locator('input').press('Enter');
  const rows = table.getByTestId('table-row').filter({ hasText: text });
  await (township ? rows.filter({ hasText: township }) : rows).first().getByTestId(openTestId).click();
}

/** The timeline's upload entry for a file: who attached it, for which unit. */
const uploadEntry = (detail: Locator, fileName: string) => detail.getByTestId('timeline-entry').and(detail.locator('[data-action="attach_file"]')).filter({ hasText: fileName });

test('a unit handler attaches its reply letter and evidence on a phone; the office sees and downloads them', async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now() % 100000;
  const letter = `答复函-${stamp}.pdf`;
  const photo = `整改照片-${stamp}.png`;

  // The handler of 村镇建设办公室, on a phone: its first assigned suggestion.
  const unit = await as(browser, 'xikou.handler', 'township', '/assigned', PHONE);
  const mine = unit.getByTestId('suggestions-table');
  await mine.getByTestId('table-row').first().getByTestId('suggestion-open').click();
  const handling = unit.getByTestId('suggestion-detail');
  const number = await numberOf(handling);
  const panel = handling.getByTestId('attachments-suggestion');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByTestId('attachment-upload')).toBeInViewport();
  await attach(panel, letter, 'application/pdf', PDF);
  const listed = panel.getByTestId('attachment-item').filter({ hasText: letter });
  await expect(listed).toContainText('村镇建设办公室');
  // Its own upload: it may remove it (and download it).
  await expect(listed.getByRole('button', { name: '删除' })).toBeVisible();
  await expect(uploadEntry(handling, letter)).toContainText('村镇建设办公室');
  await expectNoSidewaysOverflow(handling);
  // What the phone shows around the files, at its own size; then the whole drawer.
  await listed.scrollIntoViewIfNeeded();
  await unit.screenshot({ path: 'test-results/screens/handler-attach-panel-phone.png' });
  await shotDrawer(unit, 'handler-attach-suggestion-phone');

  // Rectification evidence, on a task of its unit.
  await handling.locator('.ant-drawer-close').click();
  await unit.getByRole('tab', { name: '整改督办' }).click();
  const tasks = unit.getByTestId('rectifications-table');
  await tasks.getByTestId('table-row').first().getByTestId('rectification-open').click();
  const task = unit.getByTestId('rectification-detail');
  const taskNumber = await numberOf(task);
  const evidence = task.getByTestId('attachments-rectification');
  await evidence.scrollIntoViewIfNeeded();
  await attach(evidence, photo, 'image/png', PNG);
  await expect(uploadEntry(task, photo)).toBeVisible();
  await expectNoSidewaysOverflow(task);
  await shotDrawer(unit, 'handler-attach-rectification-phone');
  await unit.context().close();

  // The office, at its desk: the letter in the suggestion's timeline, by the handler's unit; it downloads it.
  const office = await as(browser, 'xikou.staff', 'township', '/suggestions', DESKTOP);
  await openRow(office.getByTestId('suggestions-table'), number, 'suggestion-open');
  const detail = office.getByTestId('suggestion-detail');
  const entry = uploadEntry(detail, letter);
  await expect(entry).toContainText('上传附件');
  await expect(entry).toContainText('赵敏（村镇建设办公室）');
  const officeFile = detail.getByTestId('attachments-suggestion').getByTestId('attachment-item').filter({ hasText: letter });
  const [download] = await Promise.all([office.waitForEvent('download'), officeFile.getByRole('button', { name: '下载' }).click()]);
  expect(download.suggestedFilename()).toBe(letter);
  expect(readFileSync(await download.path()).equals(PDF)).toBe(true);
  await shotDrawer(office, 'office-sees-handler-attachment');

  await detail.locator('.ant-drawer-close').click();
  await office.getByTestId('shell-menu').getByText('整改督办').click();
  await openRow(office.getByTestId('rectifications-table'), taskNumber, 'rectification-open');
  const officeTask = office.getByTestId('rectification-detail');
  await expect(uploadEntry(officeTask, photo)).toContainText('村镇建设办公室');
  await shotDrawer(office, 'office-sees-handler-evidence');
  await office.context().close();

  // The county standing committee: the same files by name in the county's detail.
  const county = await as(browser, 'county', 'admin', '/supervision', DESKTOP);
  await openRow(county.getByTestId('suggestions-table'), number, 'suggestion-open', '溪口镇');
  const countyDetail = county.getByTestId('suggestion-detail');
  await expect(uploadEntry(countyDetail, letter)).toContainText('赵敏（村镇建设办公室）');
  // Listed by name: the files are kept with the township.
  await expect(countyDetail.getByTestId('attachments-suggestion').getByRole('button', { name: '下载' })).toHaveCount(0);
  await shotDrawer(county, 'county-sees-handler-attachment');
  await county.context().close();
});

test('a county department attaches its reply letter to its item; the township office and the county see it', async ({ browser }) => {
  test.setTimeout(300_000);
  const letter = `交通局答复函-${Date.now() % 100000}.pdf`;
  const department = await as(browser, 'transport', 'admin', '/work', DESKTOP);
  const table = department.getByTestId('suggestions-table');
  const row = table.getByTestId('table-row').filter({ hasText: '溪口镇' }).first();
  await row.getByTestId('suggestion-open').click();
  const detail = department.getByTestId('suggestion-detail');
  const number = await numberOf(detail);
  const panel = detail.getByTestId('attachments-suggestion');
  await attach(panel, letter, 'application/pdf', PDF);
  const listed = panel.getByTestId('attachment-item').filter({ hasText: letter });
  await expect(listed).toContainText('县交通运输局');
  const [download] = await Promise.all([department.waitForEvent('download'), listed.getByRole('button', { name: '下载' }).click()]);
  expect(download.suggestedFilename()).toBe(letter);
  await expect(uploadEntry(detail, letter)).toBeVisible();
  await shotDrawer(department, 'department-attach-suggestion');

  // Its own upload goes again; then it attaches the letter for good.
  await listed.getByRole('button', { name: '删除' }).click();
  await department.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定|OK/ }).click();
  await expect(panel.getByTestId('attachment-item').filter({ hasText: letter })).toHaveCount(0);
  await attach(panel, letter, 'application/pdf', PDF);
  await department.context().close();

  const office = await as(browser, 'xikou.staff', 'township', '/suggestions', DESKTOP);
  await openRow(office.getByTestId('suggestions-table'), number, 'suggestion-open');
  await expect(uploadEntry(office.getByTestId('suggestion-detail'), letter)).toContainText('县交通运输局');
  await office.context().close();

  const county = await as(browser, 'county', 'admin', '/supervision', DESKTOP);
  await openRow(county.getByTestId('suggestions-table'), number, 'suggestion-open', '溪口镇');
  await expect(uploadEntry(county.getByTestId('suggestion-detail'), letter)).toContainText('县交通运输局');
  await county.context().close();
});
