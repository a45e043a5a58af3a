import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { closeDropdown, openCampaign, openForSelfScoring, openMySheet, PDF, selfScore, shot, signInAppraised, startScoring } from './appraisal-steps';
import { signIn } from './sign-in';

const TEMPLATE = '网格半年考核';
const TITLE = 'E2E 网格半年考核（跨乡镇）';

/** Narrows the grid list to one township and picks its level-3 grid and its first level-4 grid. */
async function chooseGridsOf(page: Page, township: string): Promise<string[]> {
  const form = page.getByTestId('campaign-form');
  await chooseOption(page, form.getByTestId('filter-township'), township);
  const select = form.getByTestId('subject-select');
  const level3 = `${township}三级网格（3级）`;
  await chooseOption(page, select, level3, { search: '三级网格' });
  // A multiple select stays open after a pick; opened again only if it closed.
  const dropdown = page.locator('.ant-select-dropdown:visible');
  if (!(await dropdown.isVisible())) await select.click();
  await expect(dropdown.locator('.ant-select-item-group').first()).toHaveText(township);
  const level4 = (await dropdown.locator('.ant-select-item-option').filter({ hasText: '（4级）' }).first().innerText()).trim();
  await chooseOption(page, select, level4);
  await closeDropdown(page, 'campaign-form');
  return [level3, level4];
}

test('the county appraises the level-3 and level-4 grids of two townships: the form offers them by township, the sheet links the evidence', async ({ page, browser }) => {
  test.setTimeout(300_000);
  // Tall enough for the drawer's grid list to open below its filters.
  await page.setViewportSize({ width: 1366, height: 1100 });
  await signIn(page, 'county', '/appraisal');
  await expect(page.getByTestId('campaign-table')).toBeVisible();
  await page.getByTestId('campaign-create').click();
  await chooseOption(page, page.getByTestId('campaign-template'), TEMPLATE);
  await page.getByTestId('campaign-title').fill(TITLE);
  await page.getByTestId('form-field-periodIndex').locator('input').fill('1');

  // The grid picker: levels 3 and 4 by default (seed 000), grouped by township; a name search spans townships.
  const form = page.getByTestId('campaign-form');
  await expect(form.getByTestId('subject-filters')).toBeVisible();
  await expect(form.getByTestId('subject-filter-levels').locator('.ant-checkbox-wrapper-checked')).toHaveText(['3级网格', '4级网格']);
  // antd puts the test id on the search's input itself, or around it.
  const search = form.getByTestId('subject-filter-search').locator('xpath=descendant-or-self::input').first();
  await search.fill('三级网格');
  await search.press('Enter');
  await form.getByTestId('subject-select').click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(dropdown).toContainText('龙潭镇三级网格（3级）');
  await expect(dropdown.locator('.ant-select-item-group').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/appraisal-grids-picker-search.png' });
  await closeDropdown(page, 'campaign-form');
  await search.fill('');
  await search.press('Enter');

  // One level-3 and one level-4 grid of 溪口镇 and of 龙潭镇.
  const xikou = await chooseGridsOf(page, '溪口镇');
  const longtan = await chooseGridsOf(page, '龙潭镇');
  for (const name of [...xikou, ...longtan]) await expect(form.getByTestId('subject-select')).toContainText(name);
  await form.getByTestId('subject-select').click();
  // 龙潭镇's grids as filtered; the chosen grids of 溪口镇 keep their township and level (their tags above).
  await expect(dropdown.locator('.ant-select-item-group').first()).toHaveText('龙潭镇');
  await page.screenshot({ path: 'test-results/screens/appraisal-grids-create.png' });
  await closeDropdown(page, 'campaign-form');
  await page.getByTestId('campaign-form-submit').click();
  await expect(page.getByTestId('campaign-state')).toHaveText('草稿');
  const subjects = page.getByTestId('campaign-subjects');
  await expect(subjects).toContainText('溪口镇三级网格');
  await expect(subjects).toContainText('龙潭镇三级网格');
  await expect(subjects).toContainText('所属乡镇（街道）');
  await openForSelfScoring(page);
  await shot(page, 'appraisal-grids-opened');

  // 溪口镇 self-scores its level-3 grid with the evidence L1 asks for (台账).
  const township = await signInAppraised(browser, 'township', 'xikou.staff');
  await openMySheet(township, TITLE, '溪口镇三级网格');
  await selfScore(township, 'L1', '15');
  await township.locator('input[type=file]').first().setInputFiles({ name: '污染源台账.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(township.getByTestId('attachment-item').getByText('污染源台账.pdf')).toBeVisible();

  // The county's scoring sheet links the file: a download through the one attachment store.
  await openCampaign(page, TITLE);
  await startScoring(page);
  await page.getByTestId('sheet-溪口镇三级网格').click();
  const link = page.getByTestId('evidence-L1');
  await expect(link).toHaveText('污染源台账.pdf');
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toBe('污染源台账.pdf');
  await shot(page, 'appraisal-grids-county-sheet-evidence');
});
