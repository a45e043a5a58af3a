import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { APP_URL, signIn } from './sign-in';

const TEMPLATE = 'E2E 县直部门支持人大工作考评';
const TITLE = 'E2E 县直部门考评';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

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


/** The county copies the congress-work template (county over townships) as one over another kind of appraised unit. */
async function copyCongressTemplate(page: Page, name: string, subjectKind: string): Promise<void> {
  await page.getByRole('tab', { name: '考核模板' }).click();
  await page.getByTestId('template-table').getByRole('row', { name: /乡镇人大工作考评（县对乡镇）/ }).getByRole('button', { name: '复制为新模板' }).click();
  await page.getByTestId('template-name').fill(name);
  await chooseOption(page, page.getByTestId('template-subject-kind'), subjectKind);
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-table')).toContainText(name);
}

test('the county appraises its departments (县直部门): the department self-scores, the county scores and publishes, the department reads its result', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The county copies the congress-work template as one over departments.
  await signIn(page, 'county', '/appraisal');
  await copyCongressTemplate(page, TEMPLATE, '部门（站所）');

  // A campaign over the county's departments: the form offers them.
  await page.getByRole('tab', { name: '考核活动' }).click();
  await page.getByTestId('campaign-create').click();
  await chooseOption(page, page.getByTestId('campaign-template'), TEMPLATE);
  await page.getByTestId('campaign-title').fill(TITLE);
  await page.getByTestId('campaign-subjects').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText('县交通运输局');
  await page.getByTestId('campaign-subjects-all').click();
  await page.locator('.ant-modal-title').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/appraisal-departments-create.png' });
  await page.getByTestId('campaign-create-ok').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('草稿');
  await page.getByTestId('step-open').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('自评中');
  await shot(page, 'appraisal-departments-opened');

  // 县交通运输局's own user self-scores and hands it in.
  const department = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  await signIn(department, 'transport', '/my-appraisal');
  await expect(department.getByTestId('my-appraisals')).toContainText('县交通运输局');
  await expect(department.getByTestId('my-appraisals')).not.toContainText('县生态环境局');
  await department.getByTestId('my-appraisals').getByRole('button', { name: TITLE }).click();
  await entry(department, 'self-A4').fill('1');
  await department.getByTestId('self-A4-save').click();
  await expect(department.getByTestId('self-points-A4')).toHaveText('1');
  // Its evidence for the item, through the same attachment panel and routes as a township's (kept in the county home).
  await department.getByTestId('evidence-upload-A4').locator('input[type=file]').setInputFiles({ name: '部门台账.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(department.getByTestId('evidence-upload-A4').getByTestId('attachment-item').getByText('部门台账.pdf')).toBeVisible();
  await department.getByTestId('evidence-upload-A4').locator('input[type=file]').setInputFiles({ name: '多余.pdf', mimeType: 'application/pdf', buffer: PDF });
  const extra = department.getByTestId('evidence-upload-A4').getByTestId('attachment-item').filter({ hasText: '多余.pdf' });
  await expect(extra).toBeVisible();
  await extra.getByRole('button', { name: '删除' }).click();
  await department.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK|删\s*除/ }).click();
  await expect(extra).toHaveCount(0);
  await shot(department, 'appraisal-departments-self-score');
  await department.getByTestId('submit-self').click();
  await expect(department.getByTestId('submit-self')).toHaveCount(0);

  // The county scores the department, then publishes with the ranking.
  await openCampaign(page);
  await page.getByTestId('step-start_scoring').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('考核评分中');
  await page.getByTestId('sheet-县交通运输局').click();
  await expect(page.getByTestId('self-points-A4')).toHaveText('1');
  // The county sees the department's evidence beside its self-score and downloads it.
  const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evidence-A4').getByText('部门台账.pdf').click()]);
  expect(evidence.suggestedFilename()).toBe('部门台账.pdf');
  await entry(page, 'official-A4').fill('0.5');
  await page.getByTestId('official-A4-save').click();
  await expect(page.getByTestId('official-points-A4')).toHaveText('0.5');
  await shot(page, 'appraisal-departments-county-scoring');
  await page.locator('.ant-drawer-close').last().click();
  await page.getByTestId('step-submit_review').click();
  await page.getByTestId('step-publish').click();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('已公布');
  await page.getByRole('tab', { name: '排名' }).click();
  await expect(page.getByTestId('ranking-table')).toContainText('县交通运输局');
  await shot(page, 'appraisal-departments-ranking');

  // The department now sees its result and the published ranking.
  await department.reload();
  await department.getByTestId('my-appraisals').getByRole('button', { name: TITLE }).click();
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
  await page.getByTestId('campaign-create').click();
  await chooseOption(page, page.getByTestId('campaign-template'), template);
  await page.getByTestId('campaign-title').fill(title);
  // Without the choice the cadres are the townships'; with it, a department and a name each.
  await page.getByTestId('campaign-of-county-departments').check();
  for (const [i, name] of ['张伟', '李娜'].entries()) {
    await page.getByTestId('campaign-cadre-add').click();
    await chooseOption(page, page.getByTestId(`campaign-cadre-department-${i}`), '县交通运输局');
    await page.getByTestId(`campaign-cadre-name-${i}`).fill(name);
  }
  await page.screenshot({ path: 'test-results/screens/appraisal-department-cadres-create.png' });
  await page.getByTestId('campaign-create-ok').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('草稿');
  await expect(page.getByTestId('sheet-张伟（县交通运输局）')).toBeVisible();
  await expect(page.getByTestId('sheet-李娜（县交通运输局）')).toBeVisible();
  await page.getByTestId('step-open').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('自评中');
  await shot(page, 'appraisal-department-cadres-opened');

  // 县交通运输局's own user finds both of its cadres and self-scores one.
  const department = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  await signIn(department, 'transport', '/my-appraisal');
  const mine = department.getByTestId('my-appraisals');
  await expect(mine).toContainText('张伟（县交通运输局）');
  await expect(mine).toContainText('李娜（县交通运输局）');
  await mine.getByRole('row', { name: /张伟（县交通运输局）/ }).getByRole('button', { name: title }).click();
  await entry(department, 'self-A4').fill('1');
  await department.getByTestId('self-A4-save').click();
  await expect(department.getByTestId('self-points-A4')).toHaveText('1');
  await shot(department, 'appraisal-department-cadres-self-score');
});
