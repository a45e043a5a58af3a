import { expect, test, type Browser, type Page } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

const PHONE = { width: 390, height: 844 };

/** antd's InputNumber puts the test id on the input itself, or on its wrapper (with an addon). */
const numberInput = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** One evaluator on a phone: the public page, no sign-in, the code, a grade (or do-not-know) for each team. */
async function castOnPhone(browser: Browser, link: string, code: string, grade: (team: number) => string, shots?: string): Promise<void> {
  const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await phone.goto(link);
  await phone.getByTestId('ballot-code-input').fill(code);
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-code.png`, fullPage: true });
  await phone.getByTestId('ballot-open').click();
  const questions = phone.getByTestId('question-overall');
  await expect(questions.first()).toBeVisible();
  const teams = await questions.count();
  for (let i = 0; i < teams; i++) await questions.nth(i).getByText(grade(i), { exact: true }).click();
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-form.png`, fullPage: true });
  await phone.getByTestId('ballot-submit').click();
  await phone.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(phone.getByTestId('ballot-thanks')).toBeVisible();
  if (shots) await phone.screenshot({ path: `test-results/screens/${shots}-thanks.png`, fullPage: true });
  await phone.close();
}

test('township staff issue ballot codes, staff representatives vote on phones, a code works once, turnout and the tally', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, 'xikou.staff', '/ballots');
  // The demo's running leadership-duty appraisal: its evaluation is under way (6 staff representatives and 5 cadres voted).
  const card = page.getByTestId('evaluation-card').filter({ hasText: '领导班子履职尽责考核' }).first();
  await expect(card).toBeVisible();
  const staffRow = card.getByTestId('turnout-table').locator('tr', { hasText: '职工代表' });
  await expect(staffRow.getByTestId('turnout-cast')).toHaveText('6');
  await page.screenshot({ path: 'test-results/screens/ballots-page.png', fullPage: true });

  // The four codes left for the staff representatives: shown once, as slips to cut out.
  await card.getByTestId('issue-staff_reps').click();
  await expect(numberInput(page, 'issue-count-staff_reps')).toHaveValue('4');
  await page.getByTestId('issue-confirm-staff_reps').click();
  const modal = page.getByTestId('codes-modal');
  await expect(modal.getByTestId('ballot-slip')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screens/ballots-codes.png', fullPage: true });
  const codes = await modal.getByTestId('ballot-code').allTextContents();
  const link = /https?:\/\/\S+\/ballot\/[0-9a-f-]{36}\/[0-9a-f-]{36}/.exec((await modal.getByTestId('ballot-slip').first().textContent()) ?? '')![0];
  expect(link.startsWith(APP_URL)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();

  // Three staff representatives vote at phone size; the first one's screens are kept.
  const grades = ['优秀', '合格', '基本合格', '不了解'];
  for (const [n, code] of codes.slice(0, 3).entries()) await castOnPhone(browser, link, code, (team) => grades[(team + n) % grades.length]!, n === 0 ? 'ballot-phone' : undefined);

  // The same code again: refused, nothing stored.
  const again = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await again.goto(link);
  await again.getByTestId('ballot-code-input').fill(codes[0]!);
  await again.getByTestId('ballot-open').click();
  await expect(again.getByTestId('ballot-error')).toContainText('投票码无效、已使用');
  await again.screenshot({ path: 'test-results/screens/ballot-phone-reused.png', fullPage: true });
  await again.close();

  // Live turnout: counts only; 9 of 10 staff representatives.
  await page.reload();
  await expect(staffRow.getByTestId('turnout-cast')).toHaveText('9');
  await expect(staffRow).toContainText('90%');
  await page.screenshot({ path: 'test-results/screens/ballots-turnout.png', fullPage: true });

  // The tally: staff representatives and cadres shown; branch secretaries (no ballot yet) hidden below the threshold.
  await card.getByTestId('tally-open').click();
  const drawer = page.getByTestId('tally-drawer');
  const first = drawer.getByTestId('tally-subject').first();
  await expect(first.getByTestId('tally-shown')).toHaveCount(2);
  await expect(first.getByTestId('tally-hidden')).toHaveCount(1);
  await expect(first.getByTestId('tally-hidden')).toContainText('不足 5 票');
  await expect(first.getByTestId('tally-score')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ballots-tally.png', fullPage: true });
});
