import { expect, test, type Browser, type Page } from '@playwright/test';
import { STARTING_TEMPLATES } from '@pcs/domain';
import { createDb } from '../../../packages/db/src/client';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { submitLogin } from './sign-in';

/**
 * Issue 14's last screens (decision 65, decision 67): the township admin links a
 * staff account to a deputy on the roster; the office prints the invitation sheet; a deputy drafts
 * and submits the annual duty report on a phone and the office reads it; a deputy votes in a
 * democratic evaluation on a phone without a code, as does a staff representative the office listed.
 */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const PHONE = { width: 390, height: 844 };

async function as(browser: Browser, username: string, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  await submitLogin(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
  return page;
}

/** The phone has no horizontal scroll: nothing is wider than the screen. */
async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test('the township admin links a staff account to a deputy on the roster, and unlinks it', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await as(browser, 'xikou.admin', '/deputies');
  const table = admin.getByTestId('deputies-table');
  const link = table.locator('[data-testid^="deputy-link-account-"]').first();
  await expect(link).toBeVisible();
  const name = ((await link.getAttribute('data-testid')) ?? '').replace('deputy-link-account-', '');
  await link.click();
  await expect(admin.getByRole('dialog')).toContainText(name);
  await chooseOption(admin, admin.getByTestId('link-account-user'), '孙强', { search: '孙强', exact: false });
  await shot(admin, 'office-link-account');
  await admin.locator('#link-account-ok').click();
  await expect(table.getByTestId(`deputy-unlink-account-${name}`)).toBeVisible();
  await expect(table.getByTestId('table-row').filter({ hasText: name })).toContainText('xikou.grid');
  await shot(admin, 'office-roster-linked');

  // The grid worker now finds their deputy workspace in the menu, beside their own work.
  const grid = await as(browser, 'xikou.grid', '/me');
  await expect(grid.getByTestId('deputy-name')).toContainText(name);
  await shot(grid, 'linked-account-deputy-home');

  await table.getByTestId(`deputy-unlink-account-${name}`).click();
  await admin.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(table.getByTestId(`deputy-link-account-${name}`)).toBeVisible();
});

test('the office invites the serving deputies and prints the sheet', async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await as(browser, 'xikou.staff', '/deputies');
  await office.getByTestId('deputy-invite').click();
  await expect(office.getByTestId('invite-send')).toBeEnabled();
  await shot(office, 'office-invite-choose');
  await office.getByTestId('invite-send').click();
  const sheet = office.getByTestId('invite-sheet');
  await expect(sheet.getByTestId('invite-block').first()).toBeVisible();
  await expect(sheet.getByTestId('invite-password').first()).not.toBeEmpty();
  await shot(office, 'office-invite-sheet');
  // The sign-in address wraps inside its block instead of running over the cut line.
  expect(await sheet.getByTestId('invite-block').first().evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
  await office.emulateMedia({ media: 'print' });
  await shot(office, 'office-invite-sheet-print');
});

test('a deputy drafts and submits the duty report on a phone; the office reads it', async ({ browser }) => {
  test.setTimeout(180_000);
  const text = `本年度参加代表小组活动六次，接待选民二十余人次，提出建议三件。${Date.now() % 10000}`;
  const deputy = await as(browser, 'xikou.deputy2', '/me?tab=reviews', PHONE);
  const report = deputy.getByTestId('deputy-report');
  await report.getByTestId('deputy-report-text').fill(text);
  await report.getByTestId('deputy-report-save').click();
  await expect(report.getByTestId('deputy-report-submit')).toBeEnabled();
  await shot(deputy, 'deputy-phone-report-draft');
  await fitsThePhone(deputy);
  await report.getByTestId('deputy-report-submit').click();
  await deputy.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(report.getByTestId('deputy-report-submitted')).toBeVisible();
  await shot(deputy, 'deputy-phone-report-submitted');
  await fitsThePhone(deputy);
  const name = (await deputy.getByTestId('deputy-name').innerText()).replace(/代表$/, '');

  const office = await as(browser, 'xikou.staff', '/duty-profiles');
  await office.getByRole('tab', { name: '述职报告' }).click();
  const reports = office.getByTestId('duty-reports-table');
  // The deputy's name links to the text (an antd Typography.Link: an <a> without href).
  await reports.getByTestId('table-row').filter({ hasText: name }).locator('a').first().click();
  await expect(office.locator('.ant-drawer')).toContainText(text);
  await shot(office, 'office-duty-report');
});

test('the office lists a staff representative and a deputy; each votes on a phone without a code', async ({ browser }) => {
  test.setTimeout(420_000);
  // Arranged behind the API, as the integration test does: a campaign with a staff representatives
  // and a deputies group, and its evaluation (no members yet).
  const db = createDb(`postgresql://postgres@127.0.0.1:5432/pcs_e2e_${process.env.PCS_E2E_SLOT ?? 0}`, { max: 1 });
  const title = `2026年度领导班子民主测评${Date.now() % 10000}`;
  let evaluationId = '';
  try {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { code: 'xikou' } });
    const ruleSet = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;
    const campaign = await db.appraisalCampaign.create({
      data: {
        // The township's own campaign: a county campaign's evaluation is run by the county's check team (decision 79).
        countyId: tenant.countyId, ownerTenantId: tenant.id, title, subjectKind: 'leadership_team', periodKind: 'year', year: 2026, state: 'open', ruleSet: ruleSet as object,
        evaluatorGroups: { create: [{ kind: 'staff_reps', name: '职工代表', weight: 60, position: 0 }, { kind: 'deputies', name: '人大代表', weight: 40, position: 1 }] },
      },
      include: { evaluatorGroups: true },
    });
    const subject = await db.appraisalSubject.create({ data: { tenantId: tenant.id, campaignId: campaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
    const evaluation = await db.democraticEvaluation.create({
      data: {
        tenantId: tenant.id,
        campaignId: campaign.id,
        title,
        heldOn: new Date(),
        grades: ['优秀', '合格', '基本合格', '不合格'],
        gradePoints: [],
        subjects: [{ id: subject.id, name: subject.name }],
        items: [{ id: 'duty', name: '履职尽责' }],
      },
    });
    evaluationId = evaluation.id;
    await db.evaluationGroup.createMany({ data: campaign.evaluatorGroups.map((g) => ({ tenantId: tenant.id, evaluationId: evaluation.id, evaluatorGroupId: g.id, size: 10 })) });
  } finally {
    await db.$disconnect();
  }

  // The office lists the township's handler (a staff representative with an account, not a deputy) and a deputy.
  const office = await as(browser, 'xikou.staff', '/ballots');
  const members = office.getByTestId(`members-${evaluationId}`);
  await expect(members).toBeVisible({ timeout: 60_000 });
  for (const [group, account] of [['职工代表', 'xikou.handler'], ['人大代表', 'xikou.deputy']] as const) {
    await chooseOption(office, members.getByTestId('members-group'), group);
    await chooseOption(office, members.getByTestId('members-accounts'), account, { exact: false, search: account });
    await members.getByTestId('members-add').click();
    await expect(members.getByTestId(`member-${account}`)).toBeVisible();
  }
  await members.scrollIntoViewIfNeeded();
  await shot(office, 'office-ballot-members');

  // The staff representative signs in on a phone: 我的测评 is in the menu, the ballot has no code field.
  const rep = await as(browser, 'xikou.handler', '/', PHONE);
  await rep.getByTestId('shell-menu-toggle').click();
  await shot(rep, 'staff-rep-phone-menu');
  await rep.getByTestId('shell-menu').getByText('我的测评').click();
  const list = rep.getByTestId('my-ballots');
  await expect(list).toContainText(title);
  // The folded menu closes itself after a choice.
  await expect(rep.getByTestId('shell-menu')).toBeHidden();
  await expect.poll(() => rep.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(rep, 'staff-rep-phone-ballot-list');
  await fitsThePhone(rep);
  await list.getByRole('listitem').filter({ hasText: title }).getByRole('button').click();
  const ballot = rep.getByTestId('my-ballot');
  await expect(ballot).toContainText('职工代表');
  await ballot.getByTestId('question-overall').getByText('优秀').click();
  await ballot.getByTestId('question-duty').getByText('合格', { exact: true }).click();
  await shot(rep, 'staff-rep-phone-ballot-form');
  await fitsThePhone(rep);
  await ballot.getByTestId('ballot-submit').click();
  await rep.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(ballot.getByTestId('my-ballot-thanks')).toBeVisible();
  await shot(rep, 'staff-rep-phone-ballot-cast');
  await ballot.getByRole('button', { name: /返\s*回/ }).click();
  await expect(rep.getByTestId('my-ballots').getByRole('listitem').filter({ hasText: title })).toContainText('已投票');

  // The deputy votes from their home's card.
  const deputy = await as(browser, 'xikou.deputy', '/me', PHONE);
  const card = deputy.getByTestId('my-ballots');
  await expect(card).toContainText(title);
  await shot(deputy, 'deputy-phone-ballot-list');
  await card.getByRole('listitem').filter({ hasText: title }).getByRole('button').click();
  const page = deputy.getByTestId('my-ballot');
  await page.getByTestId('question-overall').getByText('合格', { exact: true }).click();
  await page.getByTestId('question-duty').getByText('合格', { exact: true }).click();
  await page.getByTestId('ballot-submit').click();
  await deputy.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(page.getByTestId('my-ballot-thanks')).toBeVisible();
  await shot(deputy, 'deputy-phone-ballot-cast');

  // Turnout, live, on the office's screen: both groups have one ballot of one member.
  await office.reload();
  await expect(office.getByTestId(`members-${evaluationId}`)).toBeVisible({ timeout: 60_000 });
  await shot(office, 'office-ballot-turnout-after-members');
});
