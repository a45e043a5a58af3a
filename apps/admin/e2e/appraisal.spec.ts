import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';
import { signIn as signInTownship } from '../../township/e2e/sign-in';

const TITLE = 'E2E 乡镇人大工作考评';

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shot(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2200 });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

async function openCampaign(page: Page) {
  await page.reload();
  await page.getByTestId('campaign-table').getByRole('button', { name: TITLE }).click();
}

/** The number field of an item's entry (antd puts the test id on the input or around it). */
const entry = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input').first();

test('the county appraises the townships from a template; a township self-scores with evidence; the county scores, publishes, and the ranking shows', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The county sets the campaign up from the starting template and opens it (the rules freeze).
  await signIn(page, 'county', '/appraisal');
  await expect(page.getByTestId('campaign-table')).toBeVisible();
  await page.getByRole('tab', { name: '考核模板' }).click();
  await expect(page.getByTestId('template-table')).toContainText('乡镇人大工作考评（县对乡镇）');
  await page.getByRole('tab', { name: '考核活动' }).click();
  await page.getByTestId('campaign-create').click();
  await chooseOption(page, page.getByTestId('campaign-template'), '乡镇人大工作考评（县对乡镇）');
  await page.getByTestId('campaign-title').fill(TITLE);
  await page.getByTestId('campaign-subjects').click();
  await page.getByTestId('campaign-subjects-all').click();
  await page.locator('.ant-modal-title').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/appraisal-create.png' });
  await page.getByTestId('campaign-create-ok').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('草稿');
  await page.getByTestId('step-open').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('自评中');
  await shot(page, 'appraisal-county-opened');

  // 溪口镇 self-scores an item and attaches its evidence, then hands the self-score in.
  const township = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  await signInTownship(township, 'xikou.staff', '/my-appraisal');
  await township.getByTestId('my-appraisals').getByRole('button', { name: TITLE }).click();
  await entry(township, 'self-A4').fill('1');
  await township.getByTestId('self-A4-save').click();
  await expect(township.getByTestId('self-points-A4')).toHaveText('1');
  await township.locator('input[type=file]').first().setInputFiles({ name: '台账.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  await expect(township.getByTestId('attachment-item').getByText('台账.pdf')).toBeVisible();
  await shot(township, 'appraisal-township-self-score');
  await township.getByTestId('submit-self').click();
  await expect(township.getByTestId('submit-self')).toHaveCount(0);

  // The county scores 溪口镇 (an entry above the maximum is refused), then publishes with the ranking.
  await openCampaign(page);
  await page.getByTestId('step-start_scoring').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('考核评分中');
  await page.getByTestId('sheet-溪口镇').click();
  await entry(page, 'official-B4').fill('3');
  await page.getByTestId('official-B4-save').click();
  await expect(page.getByText('超过该项分值')).toBeVisible();
  await entry(page, 'official-B4').fill('1');
  await page.getByTestId('official-B4-save').click();
  await expect(page.getByTestId('official-points-B4')).toHaveText('1');
  await entry(page, 'official-A4').fill('0.5');
  await page.getByTestId('official-A4-save').click();
  await expect(page.getByTestId('official-points-A4')).toHaveText('0.5');
  await expect(page.getByText('台账.pdf')).toBeVisible();
  await shot(page, 'appraisal-county-scoring');
  await page.locator('.ant-drawer-close').last().click();
  await page.getByTestId('step-submit_review').click();
  await page.getByTestId('step-publish').click();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('已公布');
  await page.getByRole('tab', { name: '排名' }).click();
  await expect(page.getByTestId('ranking-table')).toContainText('溪口镇');
  await expect(page.getByTestId('grade-distribution')).toBeVisible();
  await shot(page, 'appraisal-county-ranking');

  // 溪口镇 now sees its result and the published ranking.
  await township.reload();
  await township.getByTestId('my-appraisals').getByRole('button', { name: TITLE }).click();
  await expect(township.getByTestId('my-result')).toBeVisible();
  await expect(township.getByTestId('published-ranking')).toContainText('溪口镇');
  await shot(township, 'appraisal-township-result');
});
