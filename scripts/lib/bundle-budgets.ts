/**
 * What a browser must load before the first screen, per app and route, and how much it may be
 * (gzip, kilobytes of 1,000 bytes). `scripts/bundle-budget.ts` checks these in `npm test`.
 *
 * A line names the page module a route loads lazily (its path in the app's Vite manifest,
 * relative to the app folder); the check adds it, with its static imports, to the entry chunk
 * and its static imports. A line without `modules` is the app's entry alone (the shell before
 * any page). To add a route (a deputy's home, say), add one line here.
 *
 * `targetKb` is issue 13's goal (250 kB for a first screen, 150 kB on a grid worker's or a
 * deputy's phone); `maxKb` is what the check enforces today: the size reached, with a little room,
 * so that a change that makes a first screen heavier fails. Lower `maxKb` as screens get lighter,
 * down to `targetKb` (docs/decisions.md, 59 says what is left).
 */
export interface BundleBudget {
  app: 'admin' | 'township';
  /** The route as a user types it (for the report only). */
  route: string;
  /** Who opens it, in a few words (for the report only). */
  who: string;
  /** The lazily loaded page modules of the route, as keys of the Vite manifest. */
  modules?: readonly string[];
  /** Enforced: kilobytes (1,000 bytes) of gzip. */
  maxKb: number;
  /** The goal (issue 13), printed beside the figure. */
  targetKb: number;
}

/** Phone views: grid workers (and deputies) in a village on a slow network. */
const PHONE_KB = 150;
/** Every other first screen, and each app's shell. */
const APP_KB = 250;

export const BUNDLE_BUDGETS: readonly BundleBudget[] = [
  // 281.8 and 309.3 before the desktop frame and the home left antd (decision 81): antd now comes with the other pages.
  { app: 'admin', route: '(entry)', who: 'the shell before any page (no antd)', maxKb: 152, targetKb: APP_KB },
  { app: 'admin', route: '/', who: 'county and platform home', modules: ['src/pages/HomePage.tsx'], maxKb: 157, targetKb: APP_KB },
  // The entry carries no antd since the phone shell (decision 78): it is the phone shell's first download.
  // 148.8 before only zh-CN was bundled and the antd screens' texts came with antd (decision 82); 144.5 before the office pages'
  // preload lists left it (decision 85).
  { app: 'township', route: '(entry)', who: 'the shell before any page (phone shell; no antd)', maxKb: 142, targetKb: PHONE_KB },
  // The desktop shell (side menu, header, bell) is a chunk of its own, loaded for office users and wide screens; without antd
  // since decision 81 (308.5 before).
  { app: 'township', route: '(entry, desktop)', who: 'the desktop shell before any page (no antd)', modules: ['src/shell/DesktopShell.tsx'], maxKb: 166, targetKb: APP_KB },
  // 408.7 before zod and the other areas' texts left the first download (decision 75), 348.9 before the phone shell (decision 78),
  // 340.3 before the desktop frame and the home left antd (decision 81).
  { app: 'township', route: '/', who: 'township home on the desktop (office)', modules: ['src/shell/DesktopShell.tsx', 'src/pages/HomePage.tsx'], maxKb: 170, targetKb: APP_KB },
  // The phone routes before decision 82 (English out, per-screen catalogues): / 152.5, /my-grids 158.3, /me 162.6, /grid-worker 162.0;
  // before decision 85 (the office pages' preload lists, the deputy's home's texts, smaller domain term modules): / 148.3,
  // /my-grids 150.6, /me 153.7, /grid-worker 151.6.
  { app: 'township', route: '/ (phone)', who: 'grid worker on the phone: home', modules: ['src/pages/PhoneHomePage.tsx'], maxKb: 145.5, targetKb: PHONE_KB },
  { app: 'township', route: '/my-grids', who: 'grid worker on the phone: patrols', modules: ['src/pages/grid/MyGridsPage.tsx'], maxKb: 148, targetKb: PHONE_KB },
  // DeputySection's chunk holds the deputy's home (decision 83).
  { app: 'township', route: '/me', who: "deputy on the phone: the deputy's workspace", modules: ['src/pages/deputy/DeputySection.tsx'], maxKb: 149, targetKb: PHONE_KB },
  { app: 'township', route: '/grid-worker', who: 'grid worker on the phone: report an event', modules: ['src/pages/grid-events/GridWorkerPage.tsx'], maxKb: 148.5, targetKb: PHONE_KB },
];
