import { describe, expect, it } from 'vitest';
import { STORED_TOKENS } from '../../packages/ui/src/auth/accessToken';
import { NARROW_SCREEN_QUERY } from '../../packages/ui/src/shell/narrowScreenQuery';
import { FIRST_REQUEST_GLOBAL, type FirstRequest } from '../../packages/work-ui/src/firstRequest';
import { firstScreenScript } from './first-screen';

const TENANT_KEY = 'pcs.township.tenantId';
const URL_MY_GRIDS = 'https://api.example.cn/trpc/grids.mine,me.get?batch=1&input=%7B%7D';

/** An unsigned JWT whose `exp` is `expiresIn` seconds from now by the browser's clock. */
function jwt(expiresIn: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ exp: Math.floor(Date.now() / 1000) + expiresIn, name: '张三' })}.sig`;
}

interface Page {
  preloads: string[];
  request?: FirstRequest;
  fetched: { url: string; init: RequestInit }[];
}

/** Runs the script as a page at `pathname` would, with this tab's storage. */
function open(pathname: string, narrow: boolean, stored: { tokens?: unknown; tenant?: string } = {}): Page {
  const preloads: string[] = [];
  const fetched: Page['fetched'] = [];
  const window: Record<string, unknown> = {};
  const document = { createElement: () => ({ rel: '', href: '' }), head: { appendChild: (link: { rel: string; href: string }) => preloads.push(`${link.rel} ${link.href}`) } };
  const sessionStorage = { getItem: (key: string) => (key === STORED_TOKENS && stored.tokens !== undefined ? JSON.stringify(stored.tokens) : null) };
  const localStorage = { getItem: (key: string) => (key === TENANT_KEY ? (stored.tenant ?? null) : null) };
  const fetch = (url: string, init: RequestInit) => (fetched.push({ url, init }), Promise.resolve(new Response('[]')));
  const script = firstScreenScript(
    [
      { p: '/', n: 1, f: ['assets/PhoneHome-1.js', 'assets/PhoneCard-2.js'], u: 'https://api.example.cn/trpc/me.get?batch=1&input=%7B%7D' },
      { p: '/my-grids', f: ['assets/MyGrids-3.js'], u: URL_MY_GRIDS },
      { p: '/plain', f: ['assets/Plain-4.js'] },
    ],
    TENANT_KEY,
  );
  new Function('location', 'document', 'matchMedia', 'window', 'sessionStorage', 'localStorage', 'fetch', 'atob', script)(
    { pathname },
    document,
    (query: string) => ({ matches: query === NARROW_SCREEN_QUERY && narrow }),
    window,
    sessionStorage,
    localStorage,
    fetch,
    atob,
  );
  return { preloads, request: window[FIRST_REQUEST_GLOBAL] as FirstRequest | undefined, fetched };
}

const signedIn = (expiresIn = 300, timeSkew: unknown = 2) => ({ tokens: { token: jwt(expiresIn), refreshToken: 'r', timeSkew }, tenant: 'tenant-a' });

describe('firstScreenScript: the page’s code', () => {
  it('asks for the opened path’s chunks', () => {
    expect(open('/my-grids', false).preloads).toEqual(['modulepreload /assets/MyGrids-3.js']);
    expect(open('/my-grids/', true).preloads).toEqual(['modulepreload /assets/MyGrids-3.js']);
  });
  it('asks for a phone-only route’s chunks only on a narrow window', () => {
    expect(open('/', true).preloads).toEqual(['modulepreload /assets/PhoneHome-1.js', 'modulepreload /assets/PhoneCard-2.js']);
    expect(open('/', false).preloads).toEqual([]);
  });
  it('asks for nothing on another path', () => {
    expect(open('/deputies', true, signedIn())).toEqual({ preloads: [], request: undefined, fetched: [] });
  });
});

describe('firstScreenScript: the first request', () => {
  it('sends the route’s request with the tab’s token and township, as the app would', () => {
    const stored = signedIn();
    const page = open('/my-grids', true, stored);
    const headers = { authorization: `Bearer ${stored.tokens.token}`, 'x-tenant-id': 'tenant-a' };
    expect(page.fetched).toEqual([{ url: URL_MY_GRIDS, init: { method: 'GET', headers } }]);
    expect(page.request).toMatchObject({ url: URL_MY_GRIDS, headers });
  });
  it('sends no township when none was chosen', () => {
    const { tokens } = signedIn();
    expect(open('/my-grids', true, { tokens }).request?.headers).toEqual({ authorization: `Bearer ${tokens.token}` });
  });
  it('sends nothing without a token the app would use at once', () => {
    for (const stored of [
      {},
      signedIn(20), // less than the 30 s margin left
      { tokens: { token: jwt(300), refreshToken: 'r' } }, // a session stored before the clock difference was kept: the app waits for a refresh
      signedIn(300, -400), // the login server's clock is ahead: expired by its reckoning
      { tokens: { token: 'not-a-jwt', refreshToken: 'r', timeSkew: 0 } },
      { tokens: 'garbage' },
    ]) {
      const page = open('/my-grids', true, stored);
      expect(page.fetched).toEqual([]);
      expect(page.request).toBeUndefined();
      expect(page.preloads).toEqual(['modulepreload /assets/MyGrids-3.js']);
    }
  });
  it('sends nothing on a route without a request, or on a phone-only route at a desk', () => {
    expect(open('/plain', true, signedIn()).fetched).toEqual([]);
    expect(open('/', false, signedIn()).fetched).toEqual([]);
    expect(open('/', true, signedIn()).fetched).toHaveLength(1);
  });
});
