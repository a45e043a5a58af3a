import { expect, test, type Page } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

// Several people may run Playwright in one checkout; SCREENS_DIR keeps these out of the shared folder.
const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/subdistrict-${name}.png`, fullPage: true });
const year = new Date().getFullYear();

/** Words of a congress a sub-district does not have (no sessions, no presidium). */
const CONGRESS_WORDS = /人代会|人民代表大会|主席团/;

async function expectNoCongressWords(page: Page) {
  await expect(page.locator('main')).not.toContainText(CONGRESS_WORDS);
}

/**
 * 城南街道 is a sub-district: its working committee (人大工委) does the congress work, so its
 * screens speak of 工委会议 and joint deputy meetings, never of sessions or a presidium, and it
 * is never told it held too few sessions.
 */
async function walk(page: Page, size: 'desktop' | 'phone') {
  await signIn(page, 'chengnan.admin');
  await expect(page.getByTestId('home-congress-body')).toHaveText('街道人大工委');
  await expect(page.getByTestId('liaison-home')).toBeVisible();
  await expect(page.getByTestId('liaison-home')).toContainText('工委会议');
  await expect(page.getByTestId('home-activities-by-month').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expectNoCongressWords(page);
  await shot(page, `${size}-home`);

  await page.goto(`${APP_URL}/congress-meetings`);
  await expect(page.getByRole('heading', { name: '工委会议与联组会议' })).toBeVisible();
  await expect(page.getByTestId('meeting-rhythm').getByTestId('rhythm-working_committee').first()).toBeVisible();
  await expect(page.getByTestId('meeting-rhythm').getByTestId('rhythm-joint_deputies').first()).toBeVisible();
  await expect(page.getByTestId('meeting-rhythm')).toContainText('工委会议每季度最少次数未配置');
  await expect(page.getByTestId('rhythm-flags')).toHaveCount(0);
  await expect(page.getByTestId('rhythm-not-assessed')).toBeVisible();
  await expect(page.getByTestId('meetings-table').getByTestId('table-row').first()).toBeVisible();
  await expectNoCongressWords(page);
  // Nothing widens the page beyond the screen (the year scrolls inside its card).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await shot(page, `${size}-meetings`);

  await page.goto(`${APP_URL}/deputies`);
  await expect(page.getByTestId('deputies-table').getByTestId('table-row').first()).toBeVisible();
  await expect(page.getByTestId('deputies-table')).toContainText('工委职务');
  await expect(page.getByTestId('deputies-table')).toContainText('工委主任');
  await expectNoCongressWords(page);
  await shot(page, `${size}-roster`);

  await page.goto(`${APP_URL}/congress-books`);
  await expect(page.getByTestId('book-presidium_meetings')).toContainText('工委会议簿');
  await expectNoCongressWords(page);
  await shot(page, `${size}-books`);
  await page.getByTestId('book-open-presidium_meetings').click();
  await expect(page.getByTestId('book-sheet')).toContainText(`城南街道人大工委 ${year}年 工委会议簿`);
  await expect(page.getByTestId('book-sheet').getByTestId('book-row').first()).toBeVisible();
  await expectNoCongressWords(page);
  await shot(page, `${size}-book`);

  await page.goto(`${APP_URL}/rules`);
  await expect(page.getByTestId('rules-table').getByTestId('table-row').first()).toBeVisible();
  await shot(page, `${size}-rules`);
}

test('a sub-district user sees the working committee on home, meetings, books and rules (desktop)', async ({ page }) => {
  test.setTimeout(120_000);
  await walk(page, 'desktop');
  // The menu names the meetings the sub-district holds.
  await expect(page.getByTestId('shell-menu')).toContainText('工委会议与联组会议');
  await expect(page.getByTestId('shell-menu')).not.toContainText(CONGRESS_WORDS);
  // Session and presidium rules are not applicable here, and offer no override.
  await page.getByTestId('rules-table').getByTestId('table-search').locator('input').fill('人代会每年');
  await page.getByTestId('rules-table').getByTestId('table-search').locator('input').press('Enter');
  await expect(page.getByTestId('rule-not-applicable-congress.sessions_per_year_min')).toHaveText('不适用');
  await expect(page.getByTestId('rule-override-congress.sessions_per_year_min')).toHaveCount(0);
  await shot(page, 'desktop-rules-not-applicable');
});

test('a sub-district user sees the same on a phone (390x844)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await walk(page, 'phone');
});
