import { expect, test, type Page } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

/**
 * A unit handler and a grid worker walk the app: no deputies area in the menu, a no-access page
 * for its URLs (the books above all: they list every petitioner and suggestion), and what they
 * may use works. Desktop and phone screenshots of each step.
 */
const DEPUTIES_MENU = ['代表名册', '代表小组与联络站', '人代会与主席团会议', '履职活动', '履职档案', '联系与接待', '六簿一册', '文件与先进事迹'];
const DEPUTIES_URLS = ['/congress-books', '/congress-books/letters_visits', '/deputies', '/duty-profiles', '/deputy-contacts'];
const PHONE = { width: 390, height: 844 };

// Each direct URL is a full page load with a silent sign-in: a walk takes longer than one screen.
test.describe.configure({ timeout: 180_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

/** Phone width: the header fits one line (sign-out as an icon) and nothing widens the page. */
async function phoneShot(page: Page, name: string) {
  await expect(page.getByTestId('shell-logout')).toHaveText('');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, name);
}

/** Collects every API answer that refused the page: the screens must not ask for what the user may not read. */
function watchRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/trpc/')) return;
    const body = await response.text().catch(() => '');
    if (/"(FORBIDDEN|UNAUTHORIZED)"/.test(body)) refused.push(response.url());
  });
  return refused;
}

async function expectNoDeputiesArea(page: Page, who: string) {
  const menu = page.getByTestId('shell-menu');
  await expect(menu).toBeVisible();
  for (const label of DEPUTIES_MENU) await expect(menu).not.toContainText(label);
  await expect(page.getByTestId('liaison-home')).toHaveCount(0);
  await shot(page, `${who}-home`);
  for (const path of DEPUTIES_URLS) {
    await page.goto(APP_URL + path);
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByTestId('book-sheet')).toHaveCount(0);
  }
  await page.goto(`${APP_URL}/congress-books/letters_visits`);
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await shot(page, `${who}-books-forbidden`);
  await page.setViewportSize(PHONE);
  await phoneShot(page, `${who}-books-forbidden-phone`);
  await page.setViewportSize({ width: 1366, height: 800 });
}

test('a unit handler has no deputies area and works on the items assigned to its unit', async ({ page }) => {
  const refused = watchRefusals(page);
  await signIn(page, 'xikou.handler');
  await expect(page.getByTestId('shell-menu')).toContainText('交办事项');
  await expect(page.getByTestId('shell-menu')).not.toContainText('代表建议');
  await expectNoDeputiesArea(page, 'handler');

  // The unit's suggestions: the detail names the deputies to contact, which is all a handler needs of them.
  await page.goto(`${APP_URL}/assigned`);
  const table = page.getByTestId('suggestions-table');
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  await shot(page, 'handler-assigned');
  await table.getByTestId('table-row').first().getByTestId('suggestion-open').click();
  const detail = page.getByTestId('suggestion-detail');
  await expect(detail.getByTestId('suggestion-detail-title')).toBeVisible();
  await expect(detail).toContainText('代表');
  await shot(page, 'handler-suggestion-detail');
  await detail.locator('.ant-drawer-close').click();
  await page.getByRole('tab', { name: '整改督办' }).click();
  await expect(page.getByTestId('rectifications-table').getByTestId('table-row').first()).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto(`${APP_URL}/assigned`);
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  await phoneShot(page, 'handler-assigned-phone');
  expect(refused).toEqual([]);
});

test('a grid worker has no deputies area and reads villages and grids', async ({ page }) => {
  const refused = watchRefusals(page);
  await signIn(page, 'xikou.grid');
  await expect(page.getByTestId('shell-menu')).toContainText('村（社区）与网格');
  await expect(page.getByTestId('home-villages-chart')).toBeVisible();
  await expectNoDeputiesArea(page, 'grid');

  await page.goto(`${APP_URL}/villages`);
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  await expect(page.getByTestId('village-create')).toHaveCount(0);
  await shot(page, 'grid-villages');
  await page.setViewportSize(PHONE);
  await page.goto(APP_URL + '/');
  await expect(page.getByTestId('home-welcome')).toBeVisible();
  // The phone shell's home draws the villages by kind as bars without a chart library (decision 78).
  await expect(page.getByTestId('home-villages-chart').getByTestId('home-village-kind').first()).toBeVisible();
  await phoneShot(page, 'grid-home-phone');
  await page.goto(`${APP_URL}/villages`);
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  await phoneShot(page, 'grid-villages-phone');
  expect(refused).toEqual([]);
});
