import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { createDb } from '../../../packages/db/src/client';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { DEMO_PASSWORD, signIn } from './sign-in';

/** The township app of the same e2e stack. */
const TOWNSHIP_URL = process.env.E2E_TOWNSHIP_URL ?? 'http://localhost:15174';

/** A full-page screenshot from the top; `viewport` for an open drawer. */
async function screen(page: Page, name: string, { viewport = false } = {}): Promise<void> {
  if (!viewport) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: !viewport });
}

test.describe.configure({ timeout: 120_000 });

/** A suggestion submitted on a past day, written straight into the e2e database (the owner, past RLS). */
async function addLateSuggestion(townshipCode: string, day: string): Promise<void> {
  const db = createDb(`postgresql://postgres@127.0.0.1:5432/pcs_e2e_${process.env.PCS_E2E_SLOT ?? 0}`, { max: 1 });
  try {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { code: townshipCode } });
    const deputy = await db.deputy.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { name: 'asc' } });
    await db.suggestion.create({
      data: { tenantId: tenant.id, number: `补录-${Date.now() % 100_000}`, kind: 'suggestion', source: 'between_sessions', title: '补录：村道路灯维修', content: '补录的闭会期间建议。', topic: '交通', leadDeputyId: deputy.id, submittedOn: new Date(`${day}T00:00:00Z`) },
    });
  } finally {
    await db.$disconnect();
  }
}

test('the county reads the indicator overview, drills into a figure, opens a township and the print report', async ({ page }) => {
  await signIn(page, 'county');
  await page.getByTestId('shell-menu').getByText('指标总览').click();
  const table = page.getByTestId('dashboard-table');
  // Every township but archived ones (the demo county has eight). Right after start the job may
  // still be filling the value table, and the first overview counts from the sources: give it time.
  await expect(table.getByTestId('table-row')).toHaveCount(8, { timeout: 60_000 });
  await expect(page.getByTestId('dashboard-freshness')).toContainText(/数据更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}|尚无计算结果/);
  await expect(page.getByTestId('kpi-deputy_attendance_rate')).toBeVisible();
  await expect(page.getByTestId('alert-overdue-unset')).toContainText('逾期件预警阈值未配置');
  await expect(page.getByTestId('ranking-status')).toBeVisible();

  // The whole year: the demo's suggestions fall in it.
  await chooseOption(page, page.getByTestId('period-kind'), '年度');
  await expect(page.getByTestId('dashboard-overview')).toContainText(/\d{4}年/);
  await expect(page.getByTestId('dashboard-ranking-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(table.getByTestId('township-rank').first()).toHaveText('1');
  await expect(page.getByTestId('dashboard-trends').locator('.recharts-line').first()).toBeVisible();
  await screen(page, 'admin-dashboard');

  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^乡镇指标-\d{4}年\.xlsx$/);
  // The file holds what the table shows: a header row, then every township with its rank and figures.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header.slice(0, 3)).toEqual(['排名', '乡镇（街道）', '综合指数']);
  expect(header).toContain('代表参会率');
  expect(sheet.actualRowCount).toBe(1 + 8);
  const townshipNames = Array.from({ length: 8 }, (_, i) => String(sheet.getRow(i + 2).getCell(2).value));
  expect(townshipNames).toContain('溪口镇');
  const attendance = String(sheet.getRow(townshipNames.indexOf('溪口镇') + 2).getCell(header.indexOf('代表参会率') + 1).value);
  expect(attendance).toBe((await table.getByTestId('figure-xikou-deputy_attendance_rate').innerText()).trim());

  // A figure opens the records its numerator and denominator count, with how it is computed.
  const figure = table.getByTestId('figure-xikou-deputy_attendance_rate');
  await figure.click();
  const drawer = page.getByTestId('record-drawer');
  await expect(drawer).toContainText('溪口镇 · 代表参会率');
  await expect(drawer.getByTestId('indicator-explanation')).toContainText('分子：');
  await expect(drawer.getByTestId('indicator-explanation')).toContainText('分母：');
  await expect(drawer.getByTestId('records-numerator').getByTestId('records-shown')).toContainText(/已显示 \d+ \/ \d+ 条/);
  await drawer.getByRole('tab', { name: /分母记录/ }).click();
  const denominator = drawer.getByTestId('records-denominator');
  await expect(denominator.getByTestId('records-shown')).toContainText(/已显示 \d+ \/ \d+ 条/);
  // More records than a page: the next page follows the last one shown, up to the total.
  const shown = (await denominator.getByTestId('records-shown').innerText()).match(/已显示 (\d+) \/ (\d+) 条/)!;
  if (Number(shown[2]) > Number(shown[1])) {
    await denominator.getByTestId('records-more').click();
    await expect(denominator.getByTestId('record-row')).toHaveCount(Math.min(Number(shown[2]), 100));
  }
  await expect(denominator.getByTestId('record-row').first()).toBeVisible();
  await screen(page, 'admin-dashboard-drill', { viewport: true });
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // A township's own page: every indicator with its monthly trend, the same period.
  await table.getByTestId('township-link-xikou').click();
  await expect(page.getByTestId('township-title')).toContainText('溪口镇');
  await expect(page).toHaveURL(/kind=year/);
  // Attendance exists only in meeting months: its points may stand apart (no segment between gaps), so look for the points.
  await expect(page.getByTestId('trend-deputy_attendance_rate').locator('.recharts-line-dot').first()).toBeVisible();
  await screen(page, 'admin-dashboard-township');

  // An indicator across the county: definition, distribution, the county's months, every township.
  await page.getByTestId('back-to-overview').click();
  await page.getByTestId('indicator-link-suggestion_on_time_reply_rate').click();
  await expect(page.getByTestId('indicator-title')).toContainText('建议按期答复率');
  await expect(page.getByTestId('indicator-definition')).toContainText('分母：');
  await expect(page.getByTestId('indicator-table').getByTestId('table-row')).toHaveCount(8);
  await expect(page.getByTestId('indicator-trend').locator('.recharts-line').first()).toBeVisible();
  await screen(page, 'admin-dashboard-indicator');
  // At phone width the page stacks: the charts one above the other, the table scrolls inside its card.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('indicator-distribution')).toBeVisible();
  // Polled: read once right after the resize, the width was the layout's before it settled (818, 540).
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screen(page, 'admin-dashboard-indicator-phone');
  await page.setViewportSize({ width: 1366, height: 900 });

  // The print report: cover, summary, ranking and definitions.
  await page.getByTestId('back-to-overview').click();
  await page.getByTestId('dashboard-print').click();
  const report = page.getByTestId('print-report');
  await expect(report.getByTestId('print-cover')).toContainText('清江县乡镇人大工作指标报告');
  await expect(report.getByTestId('print-ranking').locator('tbody tr')).toHaveCount(8);
  await expect(report.getByTestId('print-definitions')).toContainText('代表参会率');
  await screen(page, 'admin-dashboard-print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('shell-menu')).toBeHidden();
  await expect(page.getByTestId('print-now')).toBeHidden();
  await screen(page, 'admin-dashboard-print-media');
  await page.emulateMedia({ media: 'screen' });

  // Every text of the overview exists in English too.
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('shell-menu').getByText('Indicator overview').click();
  await expect(page.getByTestId('dashboard-overview')).toContainText('Composite index');
  await expect(page.getByTestId('dashboard-freshness')).toContainText(/Data as of|Not computed yet/);
  await screen(page, 'admin-dashboard-en');
});

/** The county's last month (Asia/Shanghai): a closed period whose ranking the job freezes. */
function lastMonth(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

test('the county publishes a closed month’s frozen ranking, lists a late correction, and a township then sees its own rank', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const { year, month } = lastMonth();
  await signIn(page, 'county', `/dashboard?kind=month&year=${year}&month=${month}`);
  await expect(page.getByTestId('dashboard-overview')).toContainText(`${year}年${month}月`);
  // The job freezes a closed period once the value table is current (it runs at start, then every minute).
  const status = page.getByTestId('ranking-status');
  await expect(async () => {
    await expect(status).toBeVisible({ timeout: 30_000 });
    if (!(await status.innerText()).includes('排名已于')) {
      await page.reload();
      throw new Error('the ranking is not frozen yet');
    }
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await screen(page, 'admin-dashboard-frozen');
  if (await status.getByTestId('ranking-publish').isVisible()) {
    await status.getByTestId('ranking-publish').click();
    await expect(page.getByText('公布后，各乡镇可看到本乡镇的名次')).toBeVisible();
    await screen(page, 'admin-dashboard-publish-confirm', { viewport: true });
    await page.getByTestId('publish-confirm').click();
  }
  await expect(status.getByTestId('ranking-published')).toContainText('向各乡镇公布');
  await screen(page, 'admin-dashboard-published');
  // A late entry into the closed month (a suggestion of 白云乡, written behind the API as an office
  // catching up would): the job counts it again and lists the correction beside the frozen ranking,
  // with the counts before and after; the frozen ranks stay.
  await addLateSuggestion('baiyun', `${year}-${String(month).padStart(2, '0')}-15`);
  await expect(async () => {
    await page.reload();
    await expect(status.getByTestId('ranking-corrections')).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await status.getByTestId('ranking-corrections').click();
  const corrections = page.getByTestId('corrections-table');
  const late = corrections.getByTestId('table-row').filter({ hasText: '白云乡' }).filter({ hasText: '收到代表建议数' });
  await expect(late).toHaveCount(1);
  const [before, after] = (await late.locator('td').allInnerTexts()).slice(2, 4).map(Number);
  expect(after).toBe(before! + 1);
  await expect(status).toContainText('排名已于');
  await screen(page, 'admin-dashboard-corrections', { viewport: true });
  await page.keyboard.press('Escape');

  // The township: its own composite rank of that month, and its rank on each indicator; nothing of the others.
  const township = await browser.newPage();
  await township.goto(TOWNSHIP_URL);
  await township.locator('#username').fill('xikou.admin');
  await township.locator('#password').fill(DEMO_PASSWORD);
  await township.locator('button[type=submit]').click();
  await township.getByTestId('shell-menu').getByText('本乡镇指标').click();
  await expect(township.getByTestId('indicator-card-deputy_attendance_rate')).toBeVisible({ timeout: 30_000 });
  await chooseOption(township, township.getByTestId('period-kind'), '月度');
  await chooseOption(township, township.getByTestId('period-year'), `${year}年`);
  await chooseOption(township, township.getByTestId('period-month'), `${month}月`);
  await expect(township.getByTestId('published-rank')).toContainText(/全县综合排名第 \d+ 名 \/ 共 \d+ 个|本周期综合指数未参与排名/);
  await township.screenshot({ path: 'test-results/screens/township-indicators-published-rank.png', fullPage: true });
  await township.close();
});
