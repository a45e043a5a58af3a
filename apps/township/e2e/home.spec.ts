import { expect, test } from '@playwright/test';
import { chooseOption } from '../../../packages/ui/e2e/select';
import { signIn } from './sign-in';

test('a township admin sees their township, its congress body and villages by kind', async ({ page }) => {
  await signIn(page, 'xikou.admin');
  await expect(page.getByTestId('shell-user')).toHaveText('陈静');
  await expect(page.getByTestId('shell-tenant')).toContainText('溪口镇');
  await expect(page.getByTestId('home-tenant-name')).toHaveText('溪口镇');
  await expect(page.getByTestId('home-congress-body')).toHaveText('乡镇人大主席团');
  await expect(page.getByTestId('home-villages-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/township-home.png', fullPage: true });
});

test('a sub-district shows a working committee instead of a presidium', async ({ page }) => {
  await signIn(page, 'chengnan.admin');
  await expect(page.getByTestId('home-tenant-kind')).toHaveText('街道');
  await expect(page.getByTestId('home-congress-body')).toHaveText('街道人大工委');
});

test('the language switch changes every text and is remembered', async ({ page }) => {
  await signIn(page, 'xikou.staff');
  await expect(page.getByTestId('shell-menu')).toContainText('村（社区）与网格');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('shell-menu')).toContainText('Villages & grids');
  await expect(page.getByTestId('shell-title')).toHaveText('Township Congress Workbench');
  await page.reload();
  await expect(page.getByTestId('shell-title')).toHaveText('Township Congress Workbench');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The deputies area's catalogue and the books' own words (enumerated values) follow it too.
  await page.getByTestId('shell-menu').getByText('Six books and a roster').click();
  await page.getByTestId('book-open-roster').click();
  await expect(page.getByTestId('book-sheet').getByTestId('book-row').first()).toBeVisible();
  await expect(page.getByTestId('book-sheet')).toContainText('Serving');
  await expect(page.getByTestId('book-sheet')).not.toContainText('在任');
  // The deputies area's texts came with its chunk (decision 75): no keys on screen.
  await page.screenshot({ path: 'test-results/screens/township-books-en.png', fullPage: true });
});

test('a user of two townships switches between them', async ({ page }) => {
  await signIn(page, 'xikou.admin');
  await chooseOption(page, page.getByTestId('tenant-switcher'), '龙潭镇');
  await expect(page.getByTestId('home-tenant-name')).toHaveText('龙潭镇');
  // The choice is kept for the next visit.
  await page.reload();
  await expect(page.getByTestId('home-tenant-name')).toHaveText('龙潭镇');
});
