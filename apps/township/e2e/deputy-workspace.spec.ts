import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { submitLogin } from './sign-in';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const PHONE = { width: 390, height: 844 };
/** The admin app of the e2e stack, where the county reads its figures. */
const ADMIN_URL = process.env.E2E_ADMIN_URL ?? 'http://localhost:15173';

async function as(browser: Browser, username: string, path: string, viewport?: { width: number; height: number }, baseUrl?: string): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  if (baseUrl) {
    await page.goto(baseUrl + path);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill('demo1234');
    await page.locator('button[type=submit]').click();
  } else {
    await submitLogin(page, username, path);
  }
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
  return page;
}

test('a deputy on a phone submits a suggestion, the office assigns it, the unit replies, the deputy evaluates and the county figure counts it', async ({ browser }) => {
  test.setTimeout(400_000);
  const title = `关于整修溪口村排水沟的建议${Date.now() % 100000}`;

  // The deputy signs in on a phone and lands in their own workspace.
  const deputy = await as(browser, 'xikou.deputy', '/', PHONE);
  await expect(deputy.getByTestId('deputy-home')).toBeVisible();
  await expect(deputy.getByTestId('deputy-name')).toBeVisible();
  await shot(deputy, 'deputy-phone-home');
  await deputy.getByTestId('deputy-new-suggestion').click();
  const form = deputy.getByTestId('deputy-draft-edit');
  await chooseOption(deputy, form.getByTestId('deputy-submit-topic'), '城镇规划建设');
  await form.getByTestId('deputy-submit-title').fill(title);
  await form.getByTestId('deputy-submit-content').fill('溪口村主街排水沟堵塞，雨天积水进屋，建议清淤并加盖板。');
  await shot(deputy, 'deputy-phone-submit');
  // Saved as a draft first; without co-signers it goes to the office at once.
  await form.getByTestId('deputy-draft-save').click();
  await deputy.getByTestId('deputy-draft-submit').click();
  const detail = deputy.getByTestId('deputy-suggestion-detail');
  await expect(detail.getByTestId('deputy-suggestion-state')).toHaveText('待审查');
  const number = ((await detail.innerText()).match(/\d{4}-\d{3}/) ?? [''])[0];
  expect(number).not.toBe('');
  await shot(deputy, 'deputy-phone-submitted');

  // The liaison office accepts it and assigns it to 村镇建设办公室.
  const office = await as(browser, 'xikou.staff', '/suggestions');
  const table = office.getByTestId('suggestions-table');
  await table.getByTestId('table-search').locator('input').fill(title);
  await table.getByTestId('table-search').locator('input').press('Enter');
  await table.getByTestId('table-row').filter({ hasText: title }).getByTestId('suggestion-open').click();
  const officeDetail = office.getByTestId('suggestion-detail');
  await officeDetail.getByTestId('action-accept').click();
  await office.getByTestId('action-submit').click();
  await expect(officeDetail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'accepted');
  await officeDetail.getByTestId('action-assign').click();
  const assign = office.getByTestId('batch-assign-modal');
  await chooseOption(office, assign.locator('#assign-lead'), '村镇建设办公室', { search: '村镇建设办公室', exact: false });
  await office.getByTestId('assign-submit').click();
  await expect(officeDetail.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'assigned');

  // The handling unit replies.
  const unit = await as(browser, 'xikou.handler', '/assigned');
  const mine = unit.getByTestId('suggestions-table');
  await mine.getByTestId('table-search').locator('input').fill(title);
  await mine.getByTestId('table-search').locator('input').press('Enter');
  await mine.getByTestId('table-row').filter({ hasText: title }).getByTestId('suggestion-open').click();
  const handling = unit.getByTestId('suggestion-detail');
  await handling.getByTestId('action-reply').click();
  const reply = unit.getByTestId('suggestion-action-modal');
  await reply.getByTestId('action-content').fill('已组织清淤并加装盖板，本周内完工，已电话告知代表。');
  await unit.getByTestId('action-submit').click();
  await expect(handling.getByTestId('state-tag').first()).toHaveAttribute('data-state', 'replied');

  // The deputy hears of the reply and evaluates it on the phone.
  await deputy.reload();
  await expect(detail.getByTestId('deputy-suggestion-reply')).toContainText('清淤');
  const evaluate = deputy.getByTestId('deputy-evaluate');
  await evaluate.getByText('满意', { exact: true }).click();
  await shot(deputy, 'deputy-phone-evaluate');
  await evaluate.getByTestId('deputy-evaluate-send').click();
  await expect(detail.getByTestId('deputy-suggestion-state')).toHaveText('已办结');
  await expect(detail.getByTestId('deputy-suggestion-result')).toHaveText('满意');
  await expect(detail.getByTestId('deputy-suggestion-timeline')).toContainText('代表评价');
  await shot(deputy, 'deputy-phone-evaluated');
  await deputy.goto(`${new URL(deputy.url()).origin}/notifications`);
  await shot(deputy, 'deputy-phone-notifications');

  // The county's satisfaction figure for 溪口镇 counts it: the records behind the figure list it.
  const county = await as(browser, 'county', '/', undefined, ADMIN_URL);
  await county.getByTestId('shell-menu').getByText('指标总览').click();
  await chooseOption(county, county.getByTestId('period-kind'), '年度');
  const figure = county.getByTestId('dashboard-table').getByTestId('figure-xikou-suggestion_satisfaction_rate');
  await figure.click();
  const drawer = county.getByTestId('record-drawer');
  await expect(drawer).toContainText('溪口镇');
  const numerator = drawer.getByTestId('records-numerator');
  await expect(numerator.getByTestId('record-row').first()).toBeVisible();
  for (let i = 0; i < 5 && !(await numerator.innerText()).includes(number); i++) {
    if ((await numerator.getByTestId('records-more').count()) === 0) break;
    await numerator.getByTestId('records-more').click();
  }
  await expect(numerator).toContainText(number);
  await county.screenshot({ path: 'test-results/screens/deputy-county-satisfaction.png' });
});

test('a deputy drafts with a co-signer who confirms on their own phone, then submits; deputies sign up for an activity the office opens', async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `关于增设溪口集镇公交站台的建议${Date.now() % 100000}`;

  // The co-signer's name as the roster has it (their own home page says it).
  const coSigner = await as(browser, 'xikou.deputy2', '/me', PHONE);
  const coName = ((await coSigner.getByTestId('deputy-name').innerText()).replace(/代表$/, '')).trim();

  // The author drafts, names the co-signer, saves and asks.
  const author = await as(browser, 'xikou.deputy', '/me', PHONE);
  await author.getByTestId('deputy-new-suggestion').click();
  const form = author.getByTestId('deputy-draft-edit');
  await chooseOption(author, form.getByTestId('deputy-submit-topic'), '道路交通');
  await form.getByTestId('deputy-submit-title').fill(title);
  await form.getByTestId('deputy-submit-content').fill('集镇赶集日候车群众多，无站台遮雨，建议在农贸市场旁增设公交站台。');
  await chooseOption(author, form.getByTestId('deputy-draft-cosigners'), coName, { search: coName, exact: false });
  await author.keyboard.press('Escape');
  await shot(author, 'deputy-phone-draft-form');
  await form.getByTestId('deputy-draft-save').click();
  const draft = author.getByTestId('deputy-draft');
  await expect(draft.getByTestId('deputy-draft-state')).toHaveText('草稿');
  await draft.getByTestId('deputy-draft-ask').click();
  await expect(draft.getByTestId('deputy-draft-state')).toHaveText('等待附议确认');
  await expect(draft.getByTestId('deputy-draft-cosigner')).toContainText('待确认');
  await expect(draft.getByTestId('deputy-draft-submit')).toHaveCount(0);
  await shot(author, 'deputy-phone-draft-asked');

  // The co-signer sees it among their drafts and confirms.
  await coSigner.reload();
  const item = coSigner.getByTestId('deputy-drafts').getByTestId('deputy-draft-item').filter({ hasText: title });
  await expect(item).toContainText('待您确认');
  await shot(coSigner, 'deputy-phone-cosign-home');
  await item.click();
  await coSigner.getByTestId('deputy-draft-confirm').click();
  await expect(coSigner.getByTestId('deputy-draft-cosigner')).toContainText('已确认附议');
  await shot(coSigner, 'deputy-phone-cosign-confirmed');

  // The author submits: the office's suggestion, signed by both.
  await author.reload();
  await author.getByTestId('deputy-draft-submit').click();
  const detail = author.getByTestId('deputy-suggestion-detail');
  await expect(detail.getByTestId('deputy-suggestion-state')).toHaveText('待审查');
  await expect(detail).toContainText(coName);
  await shot(author, 'deputy-phone-draft-submitted');

  // The office plans an activity and opens it to every serving deputy.
  const office = await as(browser, 'xikou.staff', '/duty-activities');
  const activity = `调研集镇公共交通${Date.now() % 100000}`;
  const later = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  await office.getByTestId('activity-create').click();
  await office.locator('#field-title').fill(activity);
  await office.locator('#field-date').fill(later);
  // Enter confirms the day and sends the drawer's form (a planned activity: no deputies yet).
  await office.locator('#field-date').press('Enter');
  await expect(office.getByTestId('activity-detail')).toContainText(activity);
  await expect(office.getByTestId('activity-detail')).toContainText(later);
  await office.getByTestId('activity-open-to-all').click();
  await expect(office.getByTestId('activity-open-to-all')).toHaveAttribute('aria-checked', 'true');

  // The deputy signs up on the phone; their duty record and points are beside it.
  await author.goto(`${new URL(author.url()).origin}/me?tab=activities`);
  const open = author.getByTestId('deputy-open-activity').filter({ hasText: activity });
  await open.getByTestId('deputy-activity-sign-up').click();
  await expect(open.getByTestId('deputy-activity-sign-up')).toHaveText('已报名');
  await expect(author.getByTestId('deputy-duty-record')).toBeVisible();
  await shot(author, 'deputy-phone-sign-up');

  // The office sees who signed up.
  await office.reload();
  await expect(office.getByTestId('activity-sign-ups')).toContainText('已报名 1');
  await shot(office, 'office-activity-sign-ups');
});
