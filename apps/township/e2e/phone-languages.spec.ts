import { expect, test, type Page } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

/**
 * The four phone screens in both languages (decision 82: only zh-CN is bundled, English is loaded
 * when chosen): after switching, a reload and each screen show English with no catalogue keys, and
 * switching back shows Chinese again. Screenshots: test-results/screens/phone-lang-<screen>-<language>.png.
 */
const PHONE = { width: 390, height: 844 };
const SCREENS = [
  { name: 'home', path: '/', user: 'xikou.grid', ready: 'home-tenant-name', zh: '首页', en: 'Home' },
  { name: 'my-grids', path: '/my-grids', user: 'xikou.grid', ready: 'my-grids-page', zh: '我的网格', en: 'My grids' },
  { name: 'grid-worker', path: '/grid-worker', user: 'xikou.grid', ready: 'grid-report-grid', zh: '上报事件', en: 'Report an event' },
  { name: 'me', path: '/me', user: 'xikou.deputy', ready: 'deputy-name', zh: '我的建议', en: 'My suggestions' },
] as const;

// A key rendered instead of its text looks like `report.title` or `menu.mine`.
const KEY = /\b(menu|report|tasks|mine|coverage|home|phone|shell|app|suggestions|records)\.[a-zA-Z]+\b/;

async function show(page: Page, path: string, ready: string, shot: string): Promise<string> {
  await page.goto(APP_URL + path);
  await expect(page.getByTestId(ready)).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `test-results/screens/${shot}.png`, fullPage: true });
  return page.locator('body').innerText();
}

for (const screen of SCREENS) {
  test(`${screen.name} on a phone in Chinese, then English, then Chinese`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, screen.user, screen.path);

    const zh = await show(page, screen.path, screen.ready, `phone-lang-${screen.name}-zh`);
    expect(zh).toContain(screen.zh);
    expect(zh).not.toMatch(KEY);

    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The stored choice after a reload: English is loaded before the first render.
    const en = await show(page, screen.path, screen.ready, `phone-lang-${screen.name}-en`);
    expect(en).toContain(screen.en);
    expect(en).not.toMatch(KEY);

    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByText(screen.zh).first()).toBeVisible();
    await context.close();
  });
}
