import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { APP_URL } from './sign-in';

/** The public's report page at phone size, without sign-in: report with a photo, get a tracking code, follow the handling. */
const PHONE = { width: 390, height: 844 };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082', 'hex');

async function screen(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

test.describe.configure({ timeout: 120_000 });

test('a member of the public reports a problem with a photo from a phone and follows it by tracking code', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${APP_URL}/report/xikou`);
  await expect(page.getByTestId('public-report')).toContainText('溪口镇');
  await chooseOption(page, page.getByTestId('report-category'), '垃圾焚烧');
  await page.getByTestId('report-place').fill('溪口村村口垃圾池旁');
  await page.getByTestId('report-description').fill('有人在垃圾池旁焚烧垃圾，烟很大。');
  await page.getByTestId('public-report').locator('input[type=file]').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
  await screen(page, 'public-report-form');
  await page.getByTestId('report-submit').click();
  const code = page.getByTestId('report-tracking-code');
  await expect(code).toHaveText(/^[2-9A-Za-z]{10}/, { timeout: 60_000 });
  await expect(page.getByTestId('report-sent')).not.toContainText('未能上传');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await screen(page, 'public-report-sent');

  await page.getByTestId('report-track').click();
  await expect(page.getByTestId('tracking-status')).toHaveText('已收到，待受理');
  await expect(page.getByTestId('public-tracking')).not.toContainText('孙强');
  await screen(page, 'public-report-tracking');
  // Another township's page does not know the code.
  const tracking = page.url().split('/').pop()!;
  await page.goto(`${APP_URL}/report/longtan/${tracking}`);
  await expect(page.getByTestId('public-tracking')).toContainText('没有找到');
  await context.close();
});
