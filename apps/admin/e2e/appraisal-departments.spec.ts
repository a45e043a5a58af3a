import { expect, test } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { copyCongressTemplate, createCampaign, handIn, officialScore, openCampaign, openForSelfScoring, openMySheet, PDF, publish, selfScore, shot, signInAppraised, startScoring } from './appraisal-steps';
import { APP_URL, signIn } from './sign-in';

const TEMPLATE = 'E2E 县直部门支持人大工作考评';
const TITLE = 'E2E 县直部门考评';

test('the county appraises its departments (县直部门): the department self-scores, the county scores and publishes, the department reads its result', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The county copies the congress-work template as one over departments.
  await signIn(page, 'county', '/appraisal');
  await copyCongressTemplate(page, TEMPLATE, '部门（站所）');

  // A campaign over the county's departments: the form offers them.
  await page.getByRole('tab', { name: '考核活动' }).click();
  await createCampaign(page, { template: TEMPLATE, title: TITLE, offers: '县交通运输局', subjects: 'all', screenshot: 'appraisal-departments-create' });
  await openForSelfScoring(page);
  await shot(page, 'appraisal-departments-opened');

  // 县交通运输局's own user self-scores: the sheet names the item still lacking its evidence, as a township's does.
  const department = await signInAppraised(browser, 'admin', 'transport');
  await expect(department.getByTestId('my-appraisals')).toContainText('县交通运输局');
  await expect(department.getByTestId('my-appraisals')).not.toContainText('县生态环境局');
  await openMySheet(department, TITLE);
  await selfScore(department, 'A4', '1');
  await expect(department.getByTestId('lacking-evidence')).toContainText('A4');
  await expect(department.getByTestId('submit-self')).toBeDisabled();
  // Its evidence for the item, through the same attachment panel and routes as a township's (kept in the county home).
  await department.getByTestId('evidence-upload-A4').locator('input[type=file]').setInputFiles({ name: '部门台账.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(department.getByTestId('evidence-upload-A4').getByTestId('attachment-item').getByText('部门台账.pdf')).toBeVisible();
  await department.getByTestId('evidence-upload-A4').locator('input[type=file]').setInputFiles({ name: '多余.pdf', mimeType: 'application/pdf', buffer: PDF });
  const extra = department.getByTestId('evidence-upload-A4').getByTestId('attachment-item').filter({ hasText: '多余.pdf' });
  await expect(extra).toBeVisible();
  await extra.getByRole('button', { name: '删除' }).click();
  await department.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK|删\s*除/ }).click();
  await expect(extra).toHaveCount(0);
  await expect(department.getByTestId('lacking-evidence')).toHaveCount(0);
  await shot(department, 'appraisal-departments-self-score');
  await handIn(department);

  // The county scores the department, then publishes with the ranking.
  await openCampaign(page, TITLE);
  await startScoring(page);
  await page.getByTestId('sheet-县交通运输局').click();
  await expect(page.getByTestId('self-points-A4')).toHaveText('1');
  // The county sees the department's evidence beside its self-score and downloads it.
  const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evidence-A4').getByText('部门台账.pdf').click()]);
  expect(evidence.suggestedFilename()).toBe('部门台账.pdf');
  await officialScore(page, 'A4', '0.5');
  await shot(page, 'appraisal-departments-county-scoring');
  await page.locator('.ant-drawer-close').last().click();
  await publish(page);
  await page.getByRole('tab', { name: '排名' }).click();
  await expect(page.getByTestId('ranking-table')).toContainText('县交通运输局');
  await shot(page, 'appraisal-departments-ranking');

  // The department now sees its result and the published ranking.
  await department.reload();
  await openMySheet(department, TITLE);
  await expect(department.getByTestId('my-result')).toBeVisible();
  await expect(department.getByTestId('published-ranking')).toContainText('县交通运输局');
  await shot(department, 'appraisal-departments-result');

  // The county's dashboard: the departments' published ranking, the latest campaign first, each opening its score sheet.
  await page.goto(APP_URL + '/dashboard');
  const board = page.getByTestId('department-results');
  await expect(board.getByTestId('department-results-campaign')).toContainText(TITLE);
  await expect(board.getByTestId('department-results-table')).toContainText('县交通运输局');
  await expect(board.getByTestId('department-results-table')).toContainText('县生态环境局');
  await board.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/appraisal-departments-dashboard.png', fullPage: true });
  await board.getByTestId('department-sheet-县交通运输局').click();
  const sheet = page.getByTestId('department-sheet');
  await expect(sheet.getByTestId('official-points-A4')).toHaveText('0.5');
  await expect(sheet.getByTestId('evidence-A4')).toContainText('部门台账.pdf');
  await shot(page, 'appraisal-departments-dashboard-sheet');
});

test("the county appraises a department's cadres (县直部门干部): the form takes a department and a name per cadre, the department self-scores them", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const template = 'E2E 县直部门干部考评模板';
  const title = 'E2E 县直部门干部考评';
  await signIn(page, 'county', '/appraisal');
  await copyCongressTemplate(page, template, '干部');

  await page.getByRole('tab', { name: '考核活动' }).click();
  // Without the choice the cadres are the townships'; with it, a department and a name each.
  await createCampaign(page, {
    template,
    title,
    fill: async (p) => {
      await p.getByTestId('campaign-of-county-departments').check();
      for (const [i, name] of ['张伟', '李娜'].entries()) {
        await p.getByTestId('campaign-cadre-add').click();
        await chooseOption(p, p.getByTestId(`campaign-cadre-department-${i}`), '县交通运输局');
        await p.getByTestId(`campaign-cadre-name-${i}`).fill(name);
      }
    },
    screenshot: 'appraisal-department-cadres-create',
  });
  await expect(page.getByTestId('sheet-张伟（县交通运输局）')).toBeVisible();
  await expect(page.getByTestId('sheet-李娜（县交通运输局）')).toBeVisible();

  // The draft's cadres change in the same form drawer: a third, of another department, is added.
  await page.getByTestId('edit-subjects').click();
  const editor = page.getByTestId('subjects-form');
  await expect(editor.locator('input[data-testid^="campaign-cadre-name-"]')).toHaveCount(2);
  await editor.getByTestId('campaign-cadre-add').click();
  await chooseOption(page, editor.getByTestId('campaign-cadre-department-2'), '县生态环境局');
  await editor.getByTestId('campaign-cadre-name-2').fill('王芳');
  await shot(page, 'appraisal-department-cadres-edit', 1000);
  await page.getByTestId('subjects-form-submit').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('sheet-王芳（县生态环境局）')).toBeVisible();
  await expect(page.getByTestId('sheet-张伟（县交通运输局）')).toBeVisible();
  await openForSelfScoring(page);
  await shot(page, 'appraisal-department-cadres-opened');

  // 县交通运输局's own user finds both of its cadres (not ecology's) and self-scores one.
  const department = await signInAppraised(browser, 'admin', 'transport');
  const mine = department.getByTestId('my-appraisals');
  await expect(mine).toContainText('张伟（县交通运输局）');
  await expect(mine).toContainText('李娜（县交通运输局）');
  await expect(mine).not.toContainText('王芳');
  await openMySheet(department, title, '张伟（县交通运输局）');
  await selfScore(department, 'A4', '1');
  await shot(department, 'appraisal-department-cadres-self-score');
});
