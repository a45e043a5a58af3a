import { expect, type Browser, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn as signInTownship } from '../../township/e2e/sign-in';
import { signIn } from './sign-in';

/**
 * The steps the appraisal walks share (the county's campaign screens, the appraised's own sheet),
 * written once: the specs say what they check, these how a user gets there.
 */

/** A small valid PDF, the evidence every walk attaches. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
export async function shot(page: Page, name: string, height = 2200): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

/** The number field of an item's entry (antd puts the test id on the input or around it). */
export const entry = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input').first();

/** Reads the campaign list again and opens one campaign's drawer. */
export async function openCampaign(page: Page, title: string): Promise<void> {
  await page.reload();
  await page.getByTestId('campaign-table').getByRole('button', { name: title }).click();
}

/** Closes an open select's dropdown by clicking the form drawer's title, and waits until it is gone. */
export async function closeDropdown(page: Page, drawerTestId: string): Promise<void> {
  await page.getByTestId(drawerTestId).locator('.ant-drawer-title').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** The county copies the congress-work template (county over townships) as one over another kind of appraised unit. */
export async function copyCongressTemplate(page: Page, name: string, subjectKind: string): Promise<void> {
  await page.getByRole('tab', { name: '考核模板' }).click();
  await page.getByTestId('template-table').getByRole('row', { name: /乡镇人大工作考评（县对乡镇）/ }).getByRole('button', { name: '复制为新模板' }).click();
  await page.getByTestId('template-name').fill(name);
  await chooseOption(page, page.getByTestId('template-subject-kind'), subjectKind);
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-table')).toContainText(name);
}

interface NewCampaign {
  template: string;
  title: string;
  /** Every subject offered, or these by name; none when `fill` chooses them. */
  subjects?: 'all' | string[];
  /** Checks the offered subjects (e.g. that a department is among them) before they are chosen. */
  offers?: string;
  /** Fills what the form asks beyond the subjects list (cadre rows). */
  fill?: (page: Page) => Promise<void>;
  /** A screenshot of the filled form. */
  screenshot?: string;
}

/** Creates a campaign in the create drawer and lands on its draft. */
export async function createCampaign(page: Page, campaign: NewCampaign): Promise<void> {
  await page.getByTestId('campaign-create').click();
  await chooseOption(page, page.getByTestId('campaign-template'), campaign.template);
  await page.getByTestId('campaign-title').fill(campaign.title);
  if (campaign.subjects === 'all' || campaign.offers) {
    await page.getByTestId('campaign-form').getByTestId('subject-select').click();
    if (campaign.offers) await expect(page.locator('.ant-select-dropdown:visible')).toContainText(campaign.offers);
    if (campaign.subjects === 'all') await page.getByTestId('campaign-subjects-all').click();
  }
  if (Array.isArray(campaign.subjects)) for (const name of campaign.subjects) await chooseOption(page, page.getByTestId('campaign-form').getByTestId('subject-select'), name);
  if (campaign.fill) await campaign.fill(page);
  if (campaign.subjects) await closeDropdown(page, 'campaign-form');
  if (campaign.screenshot) await page.screenshot({ path: `test-results/screens/${campaign.screenshot}.png` });
  await page.getByTestId('campaign-form-submit').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('草稿');
}

/** Opens the draft (its rules freeze): self-scoring starts. */
export async function openForSelfScoring(page: Page): Promise<void> {
  await page.getByTestId('step-open').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('自评中');
}

/** Starts the appraisers' scoring of an open campaign (its drawer open). */
export async function startScoring(page: Page): Promise<void> {
  await page.getByTestId('step-start_scoring').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('考核评分中');
}

/** Sends the scored campaign to review and publishes it with the ranking. */
export async function publish(page: Page): Promise<void> {
  await page.getByTestId('step-submit_review').click();
  await page.getByTestId('step-publish').click();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('已公布');
}

/**
 * The appraised in its own window: a township's staff in the township app, a county department's
 * user in the admin app; signed in on "my appraisals".
 */
export async function signInAppraised(browser: Browser, app: 'township' | 'admin', username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  await (app === 'township' ? signInTownship : signIn)(page, username, '/my-appraisal');
  await expect(page.getByTestId('my-appraisals')).toBeVisible();
  return page;
}

/** Opens the appraised's sheet of a campaign (of one subject's row, when it has several). */
export async function openMySheet(page: Page, title: string, subject?: string): Promise<void> {
  const mine = page.getByTestId('my-appraisals');
  await (subject ? mine.getByRole('row', { name: new RegExp(subject) }) : mine).getByRole('button', { name: title }).click();
}

/** A self-score entry of one item, saved and shown. */
export async function selfScore(page: Page, itemKey: string, points: string): Promise<void> {
  await entry(page, `self-${itemKey}`).fill(points);
  await page.getByTestId(`self-${itemKey}-save`).click();
  await expect(page.getByTestId(`self-points-${itemKey}`)).toHaveText(points);
}

/** An appraiser's entry of one item, saved and shown. */
export async function officialScore(page: Page, itemKey: string, points: string): Promise<void> {
  await entry(page, `official-${itemKey}`).fill(points);
  await page.getByTestId(`official-${itemKey}-save`).click();
  await expect(page.getByTestId(`official-points-${itemKey}`)).toHaveText(points);
}

/** Hands the self-score in; the button goes. */
export async function handIn(page: Page): Promise<void> {
  await page.getByTestId('submit-self').click();
  await expect(page.getByTestId('submit-self')).toHaveCount(0);
}
