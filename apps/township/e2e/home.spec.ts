import { expect, test } from '@playwright/test';
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

test('the desktop menu is a list of links for the keyboard, and folds into a drawer in a narrow window', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'xikou.admin');
  const menu = page.getByTestId('shell-menu');
  await expect(menu.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('home-villages-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/township-home-1440.png', fullPage: true });
  // Tab to an entry and press Enter: the router opens the page, the entry is marked as the current one.
  const villages = menu.getByRole('link', { name: '村（社区）与网格' });
  await expect(villages).toHaveAttribute('href', '/villages');
  await villages.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/villages$/);
  await expect(villages).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('villages-table').getByTestId('table-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/township-villages-1440.png', fullPage: true });
  // A narrow office window: the menu folds away behind the header's button, and Escape closes it again.
  await page.setViewportSize({ width: 900, height: 800 });
  await expect(menu).toBeHidden();
  const toggle = page.getByTestId('shell-menu-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(menu).toBeVisible();
  // The keyboard is taken into the menu, at the current entry, and brought back to the button by Escape.
  await expect(villages).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/township-menu-folded.png' });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await menu.getByRole('link', { name: '首页' }).click();
  await expect(page.getByTestId('home-tenant-name')).toHaveText('溪口镇');
  await expect(menu).toBeHidden();
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
  await page.getByTestId('tenant-switcher').selectOption({ label: '龙潭镇' });
  await expect(page.getByTestId('home-tenant-name')).toHaveText('龙潭镇');
  // The choice is kept for the next visit.
  await page.reload();
  await expect(page.getByTestId('home-tenant-name')).toHaveText('龙潭镇');
});
