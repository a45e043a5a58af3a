import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { APP_URL, signIn } from './sign-in';

const PHONE = { width: 390, height: 844 };

/** antd's InputNumber puts the test id on the input itself, or on its wrapper (with an addon). */
const numberInput = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** One evaluator on a phone: the public page, no sign-in, the code, a grade for each team. */
async function castOnPhone(browser: Browser, link: string, code: string, grades: [string, string], shots?: string): Promise<Page> {
  const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await phone.goto(link);
  await phone.getByTestId('ballot-code-input').fill(code);
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-code.png`, fullPage: true });
  await phone.getByTestId('ballot-open').click();
  const questions = phone.getByTestId('question-overall');
  await expect(questions).toHaveCount(2);
  for (const [i, grade] of grades.entries()) await questions.nth(i).getByText(grade, { exact: true }).click();
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-form.png`, fullPage: true });
  await phone.getByTestId('ballot-submit').click();
  await phone.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(phone.getByTestId('ballot-thanks')).toBeVisible();
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-thanks.png`, fullPage: true });
  return phone;
}

test('township staff issue ballot codes, staff representatives vote on phones, a code works once, turnout and the tally', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, 'xikou.staff', '/ballots');
  await expect(page.getByTestId('ballot-setup')).toBeVisible();

  // Set up the evaluation of the running campaign (demo data): sizes per group, points per grade.
  await chooseOption(page, page.getByTestId('ballot-campaign'), '溪口镇2026年度站所领导班子履职尽责考核');
  await expect(numberInput(page, 'ballot-size-staff_reps')).toHaveValue('10');
  await numberInput(page, 'ballot-size-cadres').fill('6');
  await numberInput(page, 'ballot-size-branch_secretaries').fill('4');
  for (const [i, points] of ['100', '80', '60', '0'].entries()) await numberInput(page, `ballot-points-${i}`).fill(points);
  await page.screenshot({ path: 'test-results/screens/ballots-setup.png', fullPage: true });
  await page.getByTestId('ballot-create').click();
  const card = page.getByTestId('evaluation-card').filter({ hasText: '溪口镇2026年度站所领导班子履职尽责考核' });
  await expect(card).toBeVisible();

  // Ten codes for the staff representatives: shown once, as slips to cut out.
  await card.getByTestId('issue-staff_reps').click();
  await expect(numberInput(page, 'issue-count-staff_reps')).toHaveValue('10');
  await page.getByTestId('issue-confirm-staff_reps').click();
  const modal = page.getByTestId('codes-modal');
  await expect(modal.getByTestId('ballot-slip')).toHaveCount(10);
  await page.screenshot({ path: 'test-results/screens/ballots-codes.png', fullPage: true });
  const staffCodes = await modal.getByTestId('ballot-code').allTextContents();
  const link = /https?:\/\/\S+\/ballot\/[0-9a-f-]{36}\/[0-9a-f-]{36}/.exec((await modal.getByTestId('ballot-slip').first().textContent()) ?? '')![0];
  expect(link.startsWith(APP_URL)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();

  // Two codes for the cadres: below the threshold of 5, their figures stay hidden.
  await card.getByTestId('issue-cadres').click();
  await numberInput(page, 'issue-count-cadres').fill('2');
  await page.getByTestId('issue-confirm-cadres').click();
  await expect(page.getByTestId('codes-modal').getByTestId('ballot-slip')).toHaveCount(2);
  const cadreCodes = await page.getByTestId('codes-modal').getByTestId('ballot-code').allTextContents();
  expect(cadreCodes).toHaveLength(2);
  await page.keyboard.press('Escape');

  // Six staff representatives vote at phone size; the first one's screens are kept.
  const votes: Array<[string, string]> = [
    ['优秀', '合格'],
    ['优秀', '优秀'],
    ['合格', '合格'],
    ['合格', '基本合格'],
    ['不合格', '合格'],
    ['优秀', '合格'],
  ];
  for (const [i, grades] of votes.entries()) await (await castOnPhone(browser, link, staffCodes[i]!, grades, i === 0 ? 'ballot-phone' : undefined)).close();
  for (const code of cadreCodes) await (await castOnPhone(browser, link, code, ['优秀', '优秀'])).close();

  // The same code again: refused, nothing stored.
  const again = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await again.goto(link);
  await again.getByTestId('ballot-code-input').fill(staffCodes[0]!);
  await again.getByTestId('ballot-open').click();
  await expect(again.getByTestId('ballot-error')).toContainText('投票码无效、已使用');
  await again.screenshot({ path: 'test-results/screens/ballot-phone-reused.png', fullPage: true });
  await again.close();

  // Live turnout: counts only.
  await page.reload();
  const turnout = page.getByTestId('evaluation-card').filter({ hasText: '溪口镇2026年度站所领导班子履职尽责考核' }).getByTestId('turnout-table');
  await expect(turnout.locator('tr', { hasText: '职工代表' })).toContainText('60%');
  await expect(turnout.locator('tr', { hasText: '中层干部' }).getByTestId('turnout-cast')).toHaveText('2');
  await page.screenshot({ path: 'test-results/screens/ballots-turnout.png', fullPage: true });

  // The tally: staff representatives shown, cadres (2 ballots) hidden below the threshold.
  await page.getByTestId('evaluation-card').filter({ hasText: '溪口镇2026年度站所领导班子履职尽责考核' }).getByTestId('tally-open').click();
  const drawer = page.getByTestId('tally-drawer');
  await expect(drawer.getByTestId('tally-subject')).toHaveCount(2);
  const first = drawer.getByTestId('tally-subject').first();
  await expect(first.getByTestId('tally-shown')).toHaveCount(1);
  await expect(first.getByTestId('tally-hidden').first()).toContainText('不足 5 票');
  await expect(first.getByTestId('tally-score')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ballots-tally.png', fullPage: true });
});
