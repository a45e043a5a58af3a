/**
 * The app's first API request, sent by index.html's first-screen script (scripts/lib/first-screen.ts)
 * before the app's code has downloaded: on a phone's network it is answered while the code still
 * arrives, instead of a round trip after it. The app's client then takes that answer for its own
 * first request when the URL and headers are the same, and sends its own otherwise.
 * No imports: the build reads this file too (vite.config.ts).
 */

/** One query of a batch: its procedure and input, as the page's query options name them. */
export interface FirstCall {
  path: string;
  input?: unknown;
}

/** What the script leaves on `window` (one request, taken at most once). */
export interface FirstRequest {
  url: string;
  headers: Record<string, string>;
  response: Promise<Response>;
}

export const FIRST_REQUEST_GLOBAL = 'pcsFirstRequest';

/**
 * The URL tRPC's `httpBatchLink` asks for these queries in one batch (`@trpc/client`'s getUrl with
 * no transformer: the procedures joined by commas, `batch=1`, the inputs as an object by position,
 * absent ones left out). A unit test holds it to the link's own URL.
 */
export function batchUrl(apiUrl: string, calls: readonly FirstCall[]): string {
  const inputs: Record<number, unknown> = {};
  calls.forEach((call, index) => {
    inputs[index] = call.input;
  });
  return `${apiUrl.replace(/\/$/, '')}/${calls.map((call) => call.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
}

/**
 * The calls a page's query-options function makes, read with a stand-in for the tRPC proxy
 * (`trpc.grids.mine.queryOptions(input)` gives `{ path: 'grids.mine', input }`): the page's own
 * function stays the one place its first queries are named.
 */
export function recordCalls<Trpc>(queries: (trpc: Trpc) => Record<string, unknown> | readonly unknown[]): FirstCall[] {
  const node = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => (key === 'queryOptions' ? (input?: unknown) => ({ path: path.join('.'), input }) : node([...path, String(key)])),
    });
  return Object.values(queries(node([]) as Trpc)) as FirstCall[];
}

/** Whether the headers sent are exactly the script's (names compared as HTTP does, without case). */
function sameHeaders(sent: ConstructorParameters<typeof Headers>[0], early: Record<string, string>): boolean {
  const headers = new Headers(sent);
  const names = Object.keys(early);
  return [...headers.keys()].length === names.length && names.every((name) => headers.get(name) === early[name]);
}

/**
 * A `fetch` for the app's tRPC link: its first call takes the script's request when the URL and
 * headers (token, township) are the same; any later call, or a different first one, fetches as
 * usual. Only the first: a later request for the same URL must not get an answer from before.
 */
export function firstRequestFetch(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): typeof fetch {
  let first = true;
  return (input, init) => {
    const early = first ? (scope[FIRST_REQUEST_GLOBAL] as FirstRequest | undefined) : undefined;
    first = false;
    delete scope[FIRST_REQUEST_GLOBAL];
    if (early && typeof input === 'string' && input === early.url && (init?.method ?? 'GET') === 'GET' && sameHeaders(init?.headers, early.headers)) {
      return early.response;
    }
    return fetch(input, init);
  };
}
