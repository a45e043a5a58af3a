import { expect, test, type Browser, type Page } from '@playwright/test';
import { STARTING_TEMPLATES } from '@pcs/domain';
import { createDb } from '../../../packages/db/src/client';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { submitLogin } from './sign-in';

/**
 * Issue 14's last screens (decision 65, docs/decisions-deputies4.md): the township admin links a
 * staff account to a deputy on the roster; the office prints the invitation sheet; a deputy drafts
 * and submits the annual duty report on a phone and the office reads it; a deputy votes in a
 * democratic evaluation on a phone without a code.
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

test('a deputy votes in a democratic evaluation on a phone without a code', async ({ browser }) => {
  test.setTimeout(180_000);
  // Arranged behind the API, as the integration test does: a campaign with a deputies group and its evaluation.
  const db = createDb(`postgresql://postgres@127.0.0.1:5432/pcs_e2e_${process.env.PCS_E2E_SLOT ?? 0}`, { max: 1 });
  const title = `2026年度领导班子民主测评${Date.now() % 10000}`;
  try {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { code: 'xikou' } });
    const ruleSet = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;
    const campaign = await db.appraisalCampaign.create({
      data: { countyId: tenant.countyId, title, subjectKind: 'leadership_team', periodKind: 'year', year: 2026, state: 'open', ruleSet: ruleSet as object, evaluatorGroups: { create: [{ kind: 'deputies', name: '人大代表', weight: 100, position: 0 }] } },
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
    await db.evaluationGroup.create({ data: { tenantId: tenant.id, evaluationId: evaluation.id, evaluatorGroupId: campaign.evaluatorGroups[0]!.id, size: 20 } });
  } finally {
    await db.$disconnect();
  }

  const deputy = await as(browser, 'xikou.deputy', '/me', PHONE);
  const card = deputy.getByTestId('deputy-ballots');
  await expect(card).toContainText(title);
  await shot(deputy, 'deputy-phone-ballot-list');
  await fitsThePhone(deputy);
  await card.getByRole('listitem').filter({ hasText: title }).getByRole('button').click();
  const page = deputy.getByTestId('deputy-ballot');
  await page.getByTestId('question-overall').getByText('优秀').click();
  await page.getByTestId('question-duty').getByText('合格', { exact: true }).click();
  await shot(deputy, 'deputy-phone-ballot-form');
  await fitsThePhone(deputy);
  await page.getByTestId('ballot-submit').click();
  await deputy.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(page.getByTestId('deputy-ballot-thanks')).toBeVisible();
  await shot(deputy, 'deputy-phone-ballot-cast');
  await deputy.goto(deputy.url().replace(/\/me\/ballots\/.*/, '/me'));
  await expect(deputy.getByTestId('deputy-ballots').getByRole('listitem').filter({ hasText: title })).toContainText('已投票');
});
