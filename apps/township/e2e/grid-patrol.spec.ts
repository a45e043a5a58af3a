import { expect, test, type Browser, type Page } from '@playwright/test';
import { submitLogin as submitAdminLogin } from '../../admin/e2e/sign-in';
import { submitLogin as submitTownshipLogin } from './sign-in';

/**
 * Grid management (issue 10): a grid worker on a phone records a patrol of their grid, ticking a
 * ledger object with a problem, and takes a photo; the office sees it in the patrols, the grid
 * overview (coverage, chart), the grids' five fixes and the ledger; the county sees which
 * department guarantees which township.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 800 };

// A real phone photo, small: a JPEG with its EXIF time (2026-11-20 09:15) and GPS position.
const PHOTO = Buffer.from('/9j/4QFgRXhpZgAASUkqAAgAAAAIAA8BAgAGAAAAfgAAABIBAwABAAAAAQAAABoBBQABAAAAbgAAABsBBQABAAAAdgAAACgBAwABAAAAAgAAABMCAwABAAAAAQAAAGmHBAABAAAAhAAAACWIBAABAAAA8gAAAAAAAAA4YwAA6AMAADhjAADoAwAAUGhvbmUABwAAkAcABAAAADAyMTADkAIAFAAAAN4AAAABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAAKAAAAADoAQAAQAAAHgAAAAAAAAAMjAyNjoxMToyMCAwOToxNTowMAAEAAEAAgACAAAATgAAAAIABQADAAAAQAEAAAMAAgACAAAARQAAAAQABQADAAAAKAEAAAAAAAB2AAAAAQAAAB0AAAABAAAAGAAAAAEAAAAfAAAAAQAAACEAAAABAAAAJAAAAAEAAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAB4AKADASIAAhEBAxEB/8QAGgABAAMBAQEAAAAAAAAAAAAAAAIDBgQHAf/EACcQAQABAwIEBwEBAAAAAAAAAAACAQMEBRETIVKhIjFCUYGRweEy/8QAGgEBAQADAQEAAAAAAAAAAAAAAAUBAwYCBP/EACcRAQACAgADBwUAAAAAAAAAAAACAwERBBITBRQzUoGRsRUxMlFx/9oADAMBAAIRAxEAPwDjAR0kAAAAAAAAAAAAAAAAAAAAHyU4x867bo8WHV2GyNVksbxHOfRMQ4sOrscWHV2Gehb5c+2UxDiw6uxxYdXYOhb5c+2UxDiw6uxxYdXYOhb5c+2UwBqAa3Q9Dt41qOTkwpK/Km9Iyp/j+tN10ao7y30USulyxZ6xpGoZEaSt4s6xr5Vl4d/sv6RqGPGsrmLOkaedY+Lb6bwTu/z39sKn02vX5Z283Gt1zQ7eTalk40KRvxpvWNKcp/1klGm6Nsd4S76JUy5ZADc0AAKb/p+VS2/6flUw6HgvAj6/IAw+sAAAB1gPTk3ZpFiORquPblTeNZ71p77c/wAbxg9Ivxx9Vx7kq7RpPatfbfl+t4k8fvnx/Fvs3XTl+9gCepjB6vYpj6rkW402pSe9Ke2/P9bxg9XvxyNVyLsa7xrPalffbl+KHAb58/xM7S104/vbjAVkQABTf9PyqW3/AE/Kph0PBeBH1+QBh9YAAADrAenJjW6HrlvJtRxsmdI3402pKVeU/wCskNN1MbY6y30XyplzRekDB2NX1DHjSNvKnSlPKkvFt9l/V9QyI1jdyp1jXzpHw7/Sf3Ce/vhU+pV6/HO2h1zXLeNaljY06SvyptKUa8of1kgUKaY1R1hLvvldLmkANzQAApv+n5VLb/p+VTDoeC8CPr8gDD6wAAAHWA9OTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAf/Z', 'base64');

async function as(browser: Browser, username: string, app: 'township' | 'admin', path: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await (app === 'township' ? submitTownshipLogin : submitAdminLogin)(page, username, path);
  await expect(page.getByTestId('shell-user')).toBeVisible({ timeout: 60_000 });
  return page;
}

/** A drawer scrolls inside a fixed frame: a tall window shows all of it. */
async function shotTall(page: Page, name: string, height = 2000) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}

test('a grid worker records a patrol with a photo on the phone; the office and the county see the grids', async ({ browser }) => {
  test.setTimeout(240_000);
  const worker = await as(browser, 'xikou.grid', 'township', '/my-grids', PHONE);
  await expect(worker.getByTestId('my-grids-page')).toBeVisible();
  // The page is built from the phone kit (decision 78): each grid is a card section.
  const card = worker.locator('section[data-testid^="my-grid-"]').filter({ hasText: '监管员' }).first();
  await expect(card).toBeVisible();
  await worker.screenshot({ path: 'test-results/screens/grid-my-grids-phone.png', fullPage: true });

  await card.locator('[data-testid^="my-grid-record-"]').click();
  const form = worker.getByTestId('patrol-form');
  await expect(form).toBeVisible();
  await form.getByTestId('patrol-findings').fill('巡查狮岭片区，养殖场废水外溢一处');
  const visit = form.locator('[data-testid^="patrol-visit-"]').first();
  await visit.click();
  await form.locator('[data-testid^="patrol-problem-"]').first().click();
  await shotTall(worker, 'grid-patrol-form-phone');
  await worker.getByTestId('patrol-form-submit').click();

  const photos = worker.getByTestId('patrol-photos');
  await expect(photos).toBeVisible();
  const panel = photos.getByTestId('attachments-patrol');
  await expect(panel.locator('input[type=file]')).toHaveAttribute('capture', 'environment');
  await expect(panel.locator('input[type=file]')).toHaveAttribute('accept', /image\/jpeg/);
  await panel.locator('input[type=file]').setInputFiles({ name: 'IMG_2001.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
  const item = panel.getByTestId('attachment-item').filter({ hasText: 'IMG_2001.jpg' });
  await expect(item).toBeVisible();
  await expect(item.getByTestId('attachment-thumbnail')).toBeVisible();
  await expect(item).toContainText('拍摄于');
  await shotTall(worker, 'grid-patrol-photo-phone', 1200);
  await worker.getByTestId('patrol-photos-done').click();
  await expect(worker.getByTestId('my-patrol').first()).toContainText('巡查狮岭片区');
  await expect(worker.getByTestId('my-patrol').first().locator('[data-testid^="my-patrol-photos-"]')).toHaveText('1');
  await worker.screenshot({ path: 'test-results/screens/grid-my-grids-after-phone.png', fullPage: true });
  // Nothing sticks out sideways on the phone.
  const overflow = await worker.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="my-grids-page"] button, [data-testid="my-grids-page"] section')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
  expect(overflow).toBe(0);

  const office = await as(browser, 'xikou.staff', 'township', '/patrols', DESKTOP);
  const row = office.getByTestId('patrols-table').getByTestId('table-row').filter({ hasText: '巡查狮岭片区' }).first();
  await expect(row).toBeVisible();
  await row.getByRole('button').first().click();
  await expect(office.getByTestId('patrol-detail').getByTestId('attachment-thumbnail')).toBeVisible();
  await office.screenshot({ path: 'test-results/screens/grid-patrol-detail.png' });
  await office.keyboard.press('Escape');

  await office.goto(office.url().replace(/\/patrols.*/, '/grid-overview'));
  await expect(office.getByTestId('overview-chart')).toBeVisible();
  await expect(office.getByTestId('overview-guarantee')).toContainText('包保');
  await office.screenshot({ path: 'test-results/screens/grid-overview.png', fullPage: true });

  await office.goto(office.url().replace(/\/grid-overview.*/, '/grids'));
  await office.locator('[data-testid^="grid-open-"]').nth(1).click();
  await expect(office.getByTestId('grid-detail')).toContainText('定职责');
  await shotTall(office, 'grid-detail', 1800);
  await office.keyboard.press('Escape');

  await office.goto(office.url().replace(/\/grids.*/, '/ledgers'));
  await expect(office.getByTestId('ledgers-table').getByTestId('table-row').first()).toBeVisible();
  await office.screenshot({ path: 'test-results/screens/grid-ledgers.png', fullPage: true });
  await office.getByTestId('ledger-create').click();
  const ledgerForm = office.getByTestId('ledger-form');
  await ledgerForm.locator('#field-name').fill('测试新建养殖场');
  await ledgerForm.locator('#field-address').fill('中兴村九组');
  await office.screenshot({ path: 'test-results/screens/grid-ledger-form.png' });
  await office.getByTestId('ledger-form-submit').click();
  await expect(ledgerForm).toBeHidden();
  await office.getByTestId('ledgers-table').getByRole('searchbox').or(office.getByPlaceholder('名称、地址、责任人')).first().fill('测试新建');
  await office.keyboard.press('Enter');
  await expect(office.getByTestId('ledgers-table').getByTestId('table-row').filter({ hasText: '测试新建养殖场' })).toBeVisible();
  await office.getByTestId('ledger-import-open').click();
  await expect(office.getByTestId('ledger-import')).toBeVisible();
  await office.screenshot({ path: 'test-results/screens/grid-ledger-import.png' });

  const county = await as(browser, 'admin', 'admin', '/grid-guarantees', DESKTOP);
  await expect(county.getByTestId('grid-guarantees-table').getByTestId('table-row').first()).toBeVisible();
  await county.screenshot({ path: 'test-results/screens/grid-guarantees.png', fullPage: true });
});
