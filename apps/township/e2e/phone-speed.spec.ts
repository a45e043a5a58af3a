import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';
import { recordWaterfall, type Waterfall } from './waterfall';

/**
 * How fast a grid worker's phone shows something useful on a village network (issue 13): the
 * production build (the e2e stack serves it as `npm start` does), a phone-sized window, the CPU
 * slowed 4x and Chrome's "Slow 4G" network (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up)
 * through the DevTools protocol. Each screen is timed from the navigation to its first useful
 * element: once with an empty browser cache (the first visit after a release: code downloaded once;
 * signing in goes through the login server and back), once with the cache filled (every visit
 * after it: hashed files are immutable, so only index.html is asked again). Target: under 3 s.
 * The figures are printed and written to test-results/phone-speed.json; each load's requests in
 * order (the round trips behind the figure) and main-thread time to test-results/phone-speed-waterfall.json.
 */
const PHONE = { width: 390, height: 844 };
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1_000_000 / 8) * 0.9, uploadThroughput: (750 * 1_000 / 8) * 0.9 };
const TARGET_MS = 3_000;
/** Far above the target, so a busy shared machine does not fail the suite; the figure is what counts. */
const CEILING_MS = 20_000;
// Add a line to time another phone screen.
const SCREENS: { name: string; path: string; user: string; useful: (page: Page) => Locator }[] = [
  { name: 'grid worker home', path: '/', user: 'xikou.grid', useful: (page) => page.getByTestId('home-tenant-name') },
  { name: 'grid worker patrols', path: '/my-grids', user: 'xikou.grid', useful: (page) => page.getByTestId('my-grids-page').locator('section[data-testid^="my-grid-"]').first() },
  { name: 'grid worker reports', path: '/grid-worker', user: 'xikou.grid', useful: (page) => page.getByTestId('grid-report-grid') },
  { name: 'deputy home', path: '/me', user: 'xikou.deputy', useful: (page) => page.getByTestId('deputy-name') },
];

/** When the last of the entry's JavaScript files (index.html's module scripts, vendor and shell) had arrived. */
function entryArrivedMs(load: Waterfall): number {
  const scripts = load.requests.filter((r) => r.type === 'Script' && /\/assets\/(index|vendor|shell)-/.test(r.url));
  return Math.max(...scripts.map((r) => r.endMs ?? r.startMs));
}

async function slowPhone(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function timeToUseful(page: Page, cdp: CDPSession, path: string, useful: (page: Page) => Locator): Promise<{ ms: number; waterfall: Waterfall }> {
  const recording = await recordWaterfall(cdp);
  const started = Date.now();
  await page.goto(APP_URL + path, { waitUntil: 'commit' });
  await expect(useful(page)).toBeVisible({ timeout: CEILING_MS });
  const ms = Date.now() - started;
  return { ms, waterfall: await recording.stop() };
}

async function signedInPhone(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test('a grid worker on a slow phone sees their screens within the target', async ({ browser }) => {
  test.setTimeout(240_000);
  const figures: { screen: string; path: string; emptyCacheMs: number; filledCacheMs: number }[] = [];
  const waterfalls: { screen: string; emptyCache: Waterfall; filledCache: Waterfall }[] = [];
  for (const screen of SCREENS) {
    // Signed in unthrottled (the login server keeps its session), then the cache emptied.
    const page = await signedInPhone(browser, screen.user);
    const cdp = await slowPhone(page);
    await cdp.send('Network.clearBrowserCache');
    const empty = await timeToUseful(page, cdp, screen.path, screen.useful);
    await page.screenshot({ path: `test-results/screens/phone-speed-${screen.path === '/' ? 'home' : screen.path.slice(1)}.png`, fullPage: true });
    const filled = await timeToUseful(page, cdp, screen.path, screen.useful);
    figures.push({ screen: screen.name, path: screen.path, emptyCacheMs: empty.ms, filledCacheMs: filled.ms });
    waterfalls.push({ screen: screen.name, emptyCache: empty.waterfall, filledCache: filled.waterfall });
    await page.context().close();
  }

  console.log('\nTime to first useful content, phone (390x844), CPU 4x slower, Slow 4G; production build:');
  for (const f of figures) {
    const verdict = (ms: number) => `${(ms / 1000).toFixed(2)} s${ms <= TARGET_MS ? '' : ' (over the 3 s target)'}`;
    console.log(`  ${f.screen.padEnd(22)} ${f.path.padEnd(10)} empty cache ${verdict(f.emptyCacheMs)}, filled cache ${verdict(f.filledCacheMs)}`);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/phone-speed.json', JSON.stringify({ measuredAt: new Date().toISOString(), targetMs: TARGET_MS, figures }, null, 2));
  writeFileSync('test-results/phone-speed-waterfall.json', JSON.stringify(waterfalls, null, 2));
  for (const f of figures) expect(f.filledCacheMs, `${f.screen} with a filled cache`).toBeLessThan(CEILING_MS);
  // The first API request is index.html's script's (me.get with the page's first queries), and the
  // app takes its answer instead of asking again: one request for me.get per load.
  for (const w of waterfalls) {
    for (const [cache, load] of [['empty', w.emptyCache], ['filled', w.filledCache]] as const) {
      const sessionRequests = load.requests.filter((r) => r.method === 'GET' && /\/trpc\/[^?]*\bme\.get\b/.test(r.url));
      expect(sessionRequests.map((r) => r.url), `${w.screen}, ${cache} cache: me.get asked once`).toHaveLength(1);
    }
    // With an empty cache it is answered while the entry's code still downloads.
    const sent = w.emptyCache.requests.find((r) => r.method === 'GET' && r.url.includes('me.get'))!;
    expect(sent.startMs, `${w.screen}: me.get sent before the entry's code arrived`).toBeLessThan(entryArrivedMs(w.emptyCache));
  }
});
