import type { CDPSession } from '@playwright/test';

/** One request of a timed load, times in ms from the load's first request. */
export interface WaterfallLine {
  startMs: number;
  responseMs?: number;
  endMs?: number;
  method: string;
  url: string;
  type?: string;
  status?: number;
  fromCache?: boolean;
  bytes?: number;
}

/** A timed load's network requests (as DevTools' waterfall) and its main-thread time. */
export interface Waterfall {
  requests: WaterfallLine[];
  /** Main-thread busy time of the page's renderer (Chrome's TaskDuration / ScriptDuration), ms. */
  taskMs: number;
  scriptMs: number;
}

/** A request while it is recorded: the line's fields, with the protocol's own timestamps (seconds). */
type Pending = Omit<WaterfallLine, 'startMs' | 'responseMs' | 'endMs'> & { start: number; response?: number; end?: number };

/**
 * Records the requests of the next load through the DevTools protocol (`Network.requestWillBeSent`,
 * `responseReceived`, `loadingFinished`), so the round trips behind a phone screen's time can be
 * read in order. Call before the navigation; `stop()` after the screen is useful.
 */
export async function recordWaterfall(cdp: CDPSession): Promise<{ stop: () => Promise<Waterfall> }> {
  const requests = new Map<string, Pending>();
  const onRequest = (e: { requestId: string; timestamp: number; type?: string; request: { url: string; method: string } }) => {
    // A redirect reuses the request id: keep each hop.
    const key = requests.has(e.requestId) ? `${e.requestId}:${e.timestamp}` : e.requestId;
    requests.set(key, { start: e.timestamp, method: e.request.method, url: e.request.url, type: e.type });
  };
  const onResponse = (e: { requestId: string; timestamp: number; response: { status: number; fromDiskCache?: boolean; fromPrefetchCache?: boolean } }) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { response: e.timestamp, status: e.response.status, fromCache: Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache) });
  };
  const onFinished = (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await cdp.send('Performance.enable');
  return {
    async stop() {
      cdp.off('Network.requestWillBeSent', onRequest);
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.loadingFinished', onFinished);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
      const all = [...requests.values()].sort((a, b) => a.start - b.start);
      const zero = all[0]?.start ?? 0;
      const ms = (t?: number) => (t === undefined ? undefined : Math.round((t - zero) * 1000));
      return {
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
        requests: all.map(({ start, response, end, url, ...rest }) => ({
          ...rest,
          startMs: ms(start)!,
          responseMs: ms(response),
          endMs: ms(end),
          url: url.length > 140 ? `${url.slice(0, 140)}…` : url,
        })),
      };
    },
  };
}
