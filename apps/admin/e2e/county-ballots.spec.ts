import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { createCampaign } from './appraisal-steps';
import { signIn } from './sign-in';
import { signIn as signInTownship } from '../../township/e2e/sign-in';

const TITLE = 'E2E 县对乡镇领导班子履职尽责考核';
const PHONE = { width: 390, height: 844 };

/** antd's InputNumber puts the test id on the input itself, or on its wrapper (with an addon). */
const numberInput = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shot(page: Page, name: string, height = 1400) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

/** A staff representative on a phone: the township app's public page, no sign-in, the code, a grade. */
async function castOnPhone(browser: Browser, link: string, code: string, grade: string, shots?: string): Promise<void> {
  const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await phone.goto(link);
  await phone.getByTestId('ballot-code-input').fill(code);
  await phone.getByTestId('ballot-open').click();
  const question = phone.getByTestId('question-overall').first();
  await expect(question).toBeVisible();
  await question.getByText(grade, { exact: true }).click();
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}.png`, fullPage: true });
  await phone.getByTestId('ballot-submit').click();
  await phone.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(phone.getByTestId('ballot-thanks')).toBeVisible();
  await phone.close();
}

test('the county’s check team holds the democratic evaluation of its own campaign in a township: set up, codes, a lost code replaced, live turnout, tally, close', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // A county campaign with evaluator groups (the leadership-duty template) over 溪口镇, opened.
  await signIn(page, 'county', '/appraisal');
  await createCampaign(page, { template: '领导班子履职尽责考核', title: TITLE, subjects: ['溪口镇'] });
  await page.getByTestId('step-open').click();
  await expect(page.getByTestId('campaign-state')).not.toHaveText('草稿');

  // The ballots screen: the campaign, then the township's evaluation with its groups' sizes (staff representatives 8–10 by rule).
  await page.goto(page.url().replace(/\/appraisal.*$/, '/ballots'));
  await chooseOption(page, page.getByTestId('county-ballots-campaign'), TITLE);
  const setup = page.getByTestId('ballot-setup');
  await chooseOption(page, setup.getByTestId('ballot-campaign'), '溪口镇');
  await expect(numberInput(page, 'ballot-size-staff_reps')).toHaveValue('10');
  // Groups without a rule range have no default size: creating waits for them.
  await expect(page.getByTestId('ballot-create')).toBeDisabled();
  await numberInput(page, 'ballot-size-cadres').fill('6');
  await numberInput(page, 'ballot-size-branch_secretaries').fill('5');
  await expect(setup).toContainText('规定 8–10 人');
  for (const [i, points] of [100, 80, 60, 0].entries()) await numberInput(page, `ballot-points-${i}`).fill(String(points));
  await shot(page, 'county-ballots-setup', 1000);
  await page.getByTestId('ballot-create').click();

  // The evaluation opens in a drawer: issue the staff representatives' codes (what is left of the size by default).
  const drawer = page.getByTestId('county-ballots-drawer');
  const card = drawer.getByTestId('evaluation-card');
  await expect(card).toContainText('溪口镇');
  await card.getByTestId('issue-staff_reps').click();
  await expect(numberInput(page, 'issue-count-staff_reps')).toHaveValue('10');
  await page.getByTestId('issue-confirm-staff_reps').click();
  const modal = page.getByTestId('codes-modal');
  await expect(modal.getByTestId('ballot-slip')).toHaveCount(10);
  const codes = await modal.getByTestId('ballot-code').allTextContents();
  const link = /https?:\/\/\S+\/ballot\/[0-9a-f-]{36}\/[0-9a-f-]{36}/.exec((await modal.getByTestId('ballot-slip').first().textContent()) ?? '')![0];
  // The link is the township app's public page, not the admin app's.
  expect(link.startsWith(process.env.E2E_TOWNSHIP_URL ?? 'http://localhost:15174')).toBe(true);
  await shot(page, 'county-ballots-code-sheet', 1600);
  await modal.locator('.ant-modal-close').click();

  // Five staff representatives vote on their phones (the threshold is 5).
  for (const [n, code] of codes.slice(0, 5).entries()) await castOnPhone(browser, link, code, n < 2 ? '优秀' : '合格', n === 0 ? 'county-ballots-phone' : undefined);

  // A cadre with an account of the township is listed instead of getting a code, and votes signed in
  // on a phone in the township app's "my ballots" (the same derived-code path as the township's lists).
  const members = drawer.getByTestId('members-' + /\/ballot\/[0-9a-f-]{36}\/([0-9a-f-]{36})/.exec(link)![1]);
  await chooseOption(page, members.getByTestId('members-group'), '中层干部');
  await chooseOption(page, members.getByTestId('members-accounts'), 'xikou.handler', { exact: false, search: 'xikou.handler' });
  await members.getByTestId('members-add').click();
  await expect(members.getByTestId('member-xikou.handler')).toBeVisible();
  await members.scrollIntoViewIfNeeded();
  await shot(page, 'county-ballots-members', 1400);
  const cadre = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await signInTownship(cadre, 'xikou.handler', '/my-ballots');
  const mine = cadre.getByTestId('my-ballots');
  await expect(mine).toContainText(TITLE);
  await mine.getByRole('listitem').filter({ hasText: TITLE }).getByRole('button').click();
  const ballot = cadre.getByTestId('my-ballot');
  await expect(ballot).toContainText('中层干部');
  await ballot.getByTestId('question-overall').first().getByText('合格', { exact: true }).click();
  await ballot.getByTestId('ballot-submit').click();
  await cadre.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(ballot.getByTestId('my-ballot-thanks')).toBeVisible();
  await cadre.screenshot({ path: 'test-results/screens/county-ballots-member-phone.png', fullPage: true });
  await cadre.close();
  const cadreRow = card.getByTestId('turnout-table').locator('tr', { hasText: '中层干部' });
  await expect(cadreRow.getByTestId('turnout-cast')).toHaveText('1');

  // Live turnout in the drawer and in the county's table.
  const staffRow = card.getByTestId('turnout-table').locator('tr', { hasText: '职工代表' });
  await expect(staffRow.getByTestId('turnout-cast')).toHaveText('5');

  // No. 10 is lost: cancelled and replaced by No. 11 (a sheet with the one new code).
  await card.getByTestId('cancel-staff_reps').click();
  await chooseOption(page, page.getByTestId('cancel-serial-staff_reps'), '第 10 号', { search: '10' });
  await page.getByTestId('cancel-confirm-staff_reps').click();
  await expect(modal.getByTestId('ballot-slip')).toHaveCount(1);
  await expect(modal.getByTestId('ballot-slip')).toContainText('第 11 号');
  await modal.locator('.ant-modal-close').click();
  await expect(staffRow).toContainText('1'); // one cancelled
  await shot(page, 'county-ballots-card', 1000);

  // The tally: staff representatives shown (5 ballots), the other groups hidden below the threshold.
  await card.getByTestId('tally-open').click();
  const tally = page.getByTestId('tally-drawer');
  await expect(tally.getByTestId('tally-shown')).toHaveCount(1);
  await expect(tally.getByTestId('tally-shown')).toContainText('优秀 2');
  await expect(tally.getByTestId('tally-hidden').first()).toContainText('不足 5 票');
  await shot(page, 'county-ballots-tally', 1000);
  await tally.locator('.ant-drawer-close').click();

  // Closing: the unused codes become void; the status changes everywhere.
  await card.getByTestId('evaluation-close').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(card).toContainText('已结束');
  await drawer.locator('.ant-drawer-close').click();
  const table = page.getByTestId('county-ballots-table');
  await expect(table.locator('tr', { hasText: '职工代表' }).getByTestId('county-turnout-cast')).toHaveText('5');
  await expect(table).toContainText('已结束');
  await shot(page, 'county-ballots-table', 900);
});

test('the standing committee evaluates a county department in the county home; the department’s account votes in 我的测评 at phone width', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The demo's running county-home campaign: 县交通运输局's evaluation under way (6 staff representatives and 5 cadres voted).
  await signIn(page, 'county', '/ballots');
  await chooseOption(page, page.getByTestId('county-ballots-campaign'), '县直部门领导班子履职尽责考核', { exact: false });
  const table = page.getByTestId('county-home-ballots-table');
  const staffRow = table.locator('tr', { hasText: '职工代表' }).filter({ hasText: '县交通运输局' });
  await expect(staffRow.getByTestId('county-home-turnout-cast')).toHaveText('6');
  await shot(page, 'county-home-ballots-table', 900);

  // The department's account is listed in 职工代表 and votes signed in instead of a code.
  await staffRow.getByTestId('county-home-ballots-manage').click();
  const drawer = page.getByTestId('county-home-ballots-drawer');
  const card = drawer.getByTestId('evaluation-card');
  await expect(card).toContainText('县交通运输局');
  const members = drawer.locator('[data-testid^="members-"]').first();
  await chooseOption(page, members.getByTestId('members-group'), '职工代表');
  await chooseOption(page, members.getByTestId('members-accounts'), 'transport', { exact: false, search: 'transport' });
  await members.getByTestId('members-add').click();
  await expect(members.getByTestId('member-transport')).toBeVisible();
  await shot(page, 'county-home-ballots-members', 1400);

  const voter = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await signIn(voter, 'transport', '/my-ballots');
  const mine = voter.getByTestId('my-ballots');
  await expect(mine).toContainText('县直部门领导班子履职尽责考核');
  await voter.screenshot({ path: 'test-results/screens/county-home-ballots-phone-list.png', fullPage: true });
  await mine.getByRole('listitem').filter({ hasText: '县直部门领导班子履职尽责考核' }).getByRole('button').click();
  const ballot = voter.getByTestId('my-ballot');
  await expect(ballot).toContainText('职工代表');
  await ballot.getByTestId('question-overall').first().getByText('优秀', { exact: true }).click();
  await voter.screenshot({ path: 'test-results/screens/county-home-ballots-phone-form.png', fullPage: true });
  await ballot.getByTestId('ballot-submit').click();
  await voter.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(ballot.getByTestId('my-ballot-thanks')).toBeVisible();
  await voter.screenshot({ path: 'test-results/screens/county-home-ballots-phone-cast.png', fullPage: true });
  await voter.close();

  // Live turnout: 7 cast in 职工代表.
  await expect(card.getByTestId('turnout-table').locator('tr', { hasText: '职工代表' }).getByTestId('turnout-cast')).toHaveText('7');
  await shot(page, 'county-home-ballots-card', 1000);
});
