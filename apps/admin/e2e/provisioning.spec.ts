import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { APP_URL, signIn } from './sign-in';

/** The township app of the e2e stack (scripts/lib/ports.ts). */
const TOWNSHIP_URL = process.env.E2E_TOWNSHIP_URL ?? 'http://localhost:15174';
const CODE = 'e2etown';
const NAME = '测试镇';
const ADMIN_USERNAME = `${CODE}.admin`;
const ADMIN_NAME = '测试管理员';
const NEW_PASSWORD = 'E2e-new-password-1';

/** A full-page screenshot from the top (the menu sticks to where the page was scrolled); `viewport` for an open dialog. */
async function screen(page: Page, name: string, { viewport = false } = {}): Promise<void> {
  if (!viewport) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: !viewport });
}

/** Fills the login server's form (the app redirects there) with any password. */
async function submitLogin(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

/** An import sheet with the template's header row (Chinese and English), as an upload. */
async function importSheet(rows: Array<Array<string | null>>) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('users');
  sheet.addRow(['用户名 username', '姓名 displayName', '邮箱 email', '电话 phone', '角色 role', '乡镇代码 tenantCode']);
  for (const row of rows) sheet.addRow(row);
  return { name: 'users.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

// One story: later steps use the township the first one provisions. Each step walks through
// two apps and several sign-ins, so it gets more time than a single-screen spec.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

test('a platform admin provisions a township whose first admin signs in to an empty, working workspace', async ({ page }) => {
  await signIn(page, 'admin', '/admin/townships');
  await expect(page.getByTestId('tenants-table').getByTestId('table-row').first()).toBeVisible();
  await screen(page, 'admin-township-admin');

  await page.getByTestId('tenant-create').click();
  // The form checks with the API's schema before sending.
  await page.getByTestId('tenant-form-submit').click();
  await expect(page.getByTestId('form-field-code')).toContainText('必填');
  await page.locator('#field-code').fill(CODE);
  await page.locator('#field-name').fill(NAME);
  await page.locator('#field-contactName').fill('联系人甲');
  await page.getByTestId('first-admin-switch').click();
  await expect(page.getByTestId('form-field-firstAdmin.username').locator('input')).toHaveValue(ADMIN_USERNAME);
  await page.getByTestId('form-field-firstAdmin.displayName').locator('input').fill(ADMIN_NAME);
  await screen(page, 'admin-township-create');
  await page.getByTestId('tenant-form-submit').click();

  // The first admin's one-time password, shown once, with where to sign in.
  const modal = page.getByTestId('one-time-password-modal');
  await expect(modal.getByTestId('one-time-username')).toHaveText(ADMIN_USERNAME);
  await expect(modal.getByTestId('one-time-app-url')).toHaveText(TOWNSHIP_URL);
  const password = ((await modal.getByTestId('one-time-password').textContent()) ?? '').trim();
  expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
  await screen(page, 'admin-township-password');
  await modal.getByTestId('one-time-password-done').click();
  await expect(modal).toBeHidden();
  const row = page.getByTestId('tenants-table').getByTestId('table-row').filter({ hasText: CODE });
  await expect(row).toContainText(NAME);
  await expect(row.getByTestId('township-status-active')).toBeVisible();

  await page.getByTestId('shell-logout').click();
  await expect(page.locator('#username')).toBeVisible();

  // The new admin signs in to the township app and must replace the one-time password.
  await submitLogin(page, TOWNSHIP_URL, ADMIN_USERNAME, password);
  await expect(page.locator('#password-new')).toBeVisible();
  await screen(page, 'township-set-password');
  await page.locator('#password-new').fill(NEW_PASSWORD);
  await page.locator('#password-confirm').fill(NEW_PASSWORD);
  await page.locator('button[type=submit]').click();

  await expect(page.getByTestId('shell-user')).toHaveText(ADMIN_NAME);
  await expect(page.getByTestId('shell-tenant')).toContainText(NAME);
  await expect(page.getByTestId('home-tenant-name')).toHaveText(NAME);
  await screen(page, 'township-new-home');
  await page.getByTestId('shell-menu').getByText('村（社区）与网格').click();
  await expect(page.getByTestId('villages-table').getByTestId('table-empty')).toBeVisible();
  await screen(page, 'township-new-villages');

  // Its users: the admin alone, synced to the identity provider.
  await page.getByTestId('shell-menu').getByText('用户', { exact: true }).click();
  const users = page.getByTestId('users-table');
  await expect(users.getByTestId('table-row')).toHaveCount(1);
  await expect(users.getByTestId('table-row')).toContainText(ADMIN_USERNAME);
  await expect(users.getByTestId('sync-status-synced')).toBeVisible();
  await screen(page, 'township-new-users');
  // The role list offers township roles only.
  await page.getByTestId('user-create').click();
  await page.getByTestId('membership-0-role').click();
  await expect(page.locator('.ant-select-dropdown')).toContainText('网格监管员');
  await expect(page.locator('.ant-select-dropdown')).not.toContainText('平台管理员');
  await expect(page.locator('.ant-select-dropdown')).not.toContainText('县人大常委会');
  await screen(page, 'township-user-create');
  await page.keyboard.press('Escape');
  await page.getByTestId('user-form').getByRole('button', { name: /取\s*消/ }).click();

  // Its first handling unit.
  await page.getByTestId('shell-menu').getByText('承办单位', { exact: true }).click();
  await expect(page.getByTestId('units-table').getByTestId('table-empty')).toBeVisible();
  await page.getByTestId('unit-create').click();
  await page.locator('#field-name').fill('测试镇党政办');
  await page.locator('#field-leaderName').fill('负责人乙');
  await page.getByTestId('unit-form-submit').click();
  await expect(page.getByTestId('units-table').getByTestId('table-row')).toContainText('测试镇党政办');
  await screen(page, 'township-units');
});

test("suspending a township marks it in the county views and keeps its users out; reactivating lets them in", async ({ page, browser }) => {
  await signIn(page, 'admin', '/admin/townships');
  const row = page.getByTestId('tenants-table').getByTestId('table-row').filter({ hasText: CODE });
  await row.getByTestId(`tenant-suspend-${CODE}`).click();
  await page.getByTestId('tenant-status-confirm').click();
  await expect(row.getByTestId('township-status-suspended')).toHaveText('已停用');
  await screen(page, 'admin-township-suspended');

  await page.getByTestId('shell-menu').getByText('乡镇概览').click();
  await expect(page.getByTestId('townships-suspended')).toContainText(NAME);
  await expect(page.getByTestId('townships-table').getByTestId('table-row').filter({ hasText: NAME }).getByTestId('township-status-suspended')).toBeVisible();
  await screen(page, 'county-townships-suspended');

  // Its admin can no longer sign in.
  const other = await browser.newContext();
  const township = await other.newPage();
  await submitLogin(township, TOWNSHIP_URL, ADMIN_USERNAME, NEW_PASSWORD);
  await expect(township.locator('#login-error')).toContainText('账户已停用');
  await other.close();

  await page.getByTestId('shell-menu').getByText('乡镇管理').click();
  await row.getByTestId(`tenant-reactivate-${CODE}`).click();
  await page.getByTestId('tenant-status-confirm').click();
  await expect(row.getByTestId('township-status-active')).toBeVisible();
});

test('a users import shows every bad row with its problem, and imports only a clean sheet', async ({ page }) => {
  await signIn(page, 'admin', '/admin/users');
  await expect(page.getByTestId('users-table').getByTestId('table-row').first()).toBeVisible();
  await screen(page, 'admin-users');

  await page.getByTestId('user-import-open').click();
  const drawer = page.getByTestId('user-import');
  const [template] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('user-import-template').click()]);
  expect(template.suggestedFilename()).toBe('用户导入模板.xlsx');

  const upload = drawer.getByTestId('user-import-upload').locator('input[type=file]');
  await upload.setInputFiles(
    await importSheet([
      ['e2etown.clerk', '文员丙', null, null, 'township_staff', CODE],
      ['Bad Name', '', null, null, 'boss', CODE],
    ]),
  );
  await expect(drawer.getByTestId('user-import-summary')).toContainText('1 行有问题');
  const problems = drawer.getByTestId('user-import-problems').getByTestId('table-row');
  await expect(problems.filter({ hasText: '用户名' })).toContainText('3');
  await expect(problems.filter({ hasText: '用户名' })).toContainText('须为3–40位小写字母');
  await expect(problems.filter({ hasText: '角色' })).toBeVisible();
  await expect(drawer.getByTestId('user-import-commit')).toBeDisabled();
  await screen(page, 'admin-users-import-problems');

  await upload.setInputFiles(await importSheet([['e2etown.clerk', '文员丙', null, null, '人大办工作人员', CODE]]));
  await expect(drawer.getByTestId('user-import-summary')).toContainText('全部通过检查');
  await drawer.getByTestId('user-import-commit').click();
  const created = drawer.getByTestId('user-import-created').getByTestId('table-row');
  await expect(created).toContainText('e2etown.clerk');
  await screen(page, 'admin-users-import-done');
  const [passwords] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('table-export').click()]);
  expect(passwords.suggestedFilename()).toBe('新用户一次性密码.xlsx');
  await drawer.getByRole('button', { name: /关\s*闭/ }).first().click();

  const table = page.getByTestId('users-table');
  await table.getByTestId('table-search').locator('input').fill('e2etown');
  await table.getByTestId('table-search').locator('input').press('Enter');
  await expect(table.getByTestId('table-row')).toHaveCount(2);
  const clerk = table.getByTestId('table-row').filter({ hasText: 'e2etown.clerk' });
  await expect(clerk).toContainText('人大办工作人员 · 测试镇');

  // A second role, in the same township.
  await clerk.getByTestId('user-edit-e2etown.clerk').click();
  await page.getByTestId('membership-add').click();
  await chooseOption(page, page.getByTestId('membership-1-role'), '网格监管员');
  await chooseOption(page, page.getByTestId('membership-1-tenant'), NAME);
  await page.getByTestId('user-form-submit').click();
  await expect(page.getByTestId('user-form')).toBeHidden();
  await expect(clerk).toContainText('网格监管员 · 测试镇');
  await expect(clerk.getByTestId('sync-status-synced')).toBeVisible();

  // A new one-time password, and the account disabled.
  await clerk.getByTestId('user-reset-e2etown.clerk').click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByTestId('one-time-password-modal').getByTestId('one-time-username')).toHaveText('e2etown.clerk');
  await page.getByTestId('one-time-password-done').click();
  await clerk.getByTestId('user-toggle-e2etown.clerk').click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(clerk.getByTestId('user-disabled')).toBeVisible();
});

test('the audit log lists the provisioning with before and after, and says the chain is intact', async ({ page }) => {
  await signIn(page, 'admin', '/admin/audit');
  await expect(page.getByTestId('audit-chain')).toHaveAttribute('data-state', 'intact');
  await expect(page.getByTestId('audit-chain')).toContainText('日志链完整');
  const table = page.getByTestId('audit-table');
  await page.getByTestId('audit-entity-filter').locator('input').fill('Tenant');
  await expect(table.getByTestId('table-row').first()).toContainText('乡镇');
  await expect(table.getByTestId('table-row').filter({ hasText: '停用乡镇' })).toHaveCount(1);
  await table.getByTestId('table-row').filter({ hasText: '停用乡镇' }).getByTestId('row-expand').click();
  await expect(table.getByTestId('row-details').getByTestId('audit-after')).toContainText('"suspended"');
  await screen(page, 'admin-audit');
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toBe('操作日志.xlsx');
  await page.getByTestId('audit-chain-recheck').click();
  await expect(page.getByTestId('audit-chain')).toHaveAttribute('data-state', 'intact');
  // One chain per township written to, and the county/platform chain, each with its head hash to publish.
  await page.getByTestId('audit-chain-details').getByRole('button').first().click();
  const chains = page.getByTestId('audit-chain-table');
  await expect(chains.getByTestId('audit-chain-state-e2etown')).toHaveText('完整');
  await expect(chains.getByTestId('table-row').filter({ hasText: NAME })).toContainText(/[0-9a-f]{64}/);
  await screen(page, 'admin-audit-chains');
});

test('county settings: weights are checked, and a rule default can be set from a date; the county viewer only reads', async ({ page }) => {
  await signIn(page, 'admin', '/settings');
  const weight = page.getByRole('spinbutton', { name: '代表小组活动次数 权重' });
  await weight.fill('150');
  await page.getByTestId('indicator-settings-save').click();
  await expect(page.getByTestId('indicator-table')).toContainText('数值过大');
  await expect(page.getByTestId('weight-total')).toContainText('245');
  await weight.fill('5');
  await page.getByTestId('indicator-settings-save').click();
  await expect(page.getByTestId('weight-total')).toHaveText('权重合计：100');
  await screen(page, 'admin-settings');
  await page.getByTestId('rule-default-suggestion.reply_due_standard_months').click();
  await expect(page.getByTestId('rule-default-form')).toBeVisible();
  await screen(page, 'admin-settings-rule-default', { viewport: true });
  await page.keyboard.press('Escape');
  // A rule nothing reads yet, or of an area not built, says so and offers no change.
  await expect(page.getByTestId('rule-status-suggestion.followup_on_not_satisfied')).toHaveText('未生效');
  await expect(page.getByTestId('rule-default-suggestion.followup_on_not_satisfied')).toHaveCount(0);
  await expect(page.getByTestId('rule-locked-suggestion.followup_on_not_satisfied')).toBeVisible();
  await page.getByTestId('rule-status-suggestion.followup_on_not_satisfied').scrollIntoViewIfNeeded();
  await screen(page, 'admin-settings-rule-status', { viewport: true });

  await page.getByTestId('shell-menu').getByText('权限说明').click();
  await expect(page.getByTestId('permission-matrix').getByTestId('grant-platform_admin-tenant.manage')).toBeVisible();
  await screen(page, 'admin-permissions');
});

test('the county viewer reads the settings and the permission matrix but administers nothing', async ({ page }) => {
  await signIn(page, 'county', '/settings');
  await expect(page.getByTestId('settings-read-only')).toBeVisible();
  await expect(page.getByTestId('indicator-settings-save')).toHaveCount(0);
  await expect(page.getByTestId('shell-menu')).toContainText('权限说明');
  await expect(page.getByTestId('shell-menu')).not.toContainText('乡镇管理');
  // Every text of these pages exists in English too.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('indicator-settings')).toContainText('Dashboard indicator weights and targets');
  await screen(page, 'admin-settings-en');
  await page.getByTestId('shell-menu').getByText('Permissions').click();
  await expect(page.getByTestId('permission-matrix')).toContainText('Provision, suspend and archive townships');
  await screen(page, 'admin-permissions-en');
  await page.goto(`${APP_URL}/admin/users`);
  await expect(page.getByTestId('forbidden')).toBeVisible();
});
