import autocannon from 'autocannon';

/**
 * The load generator, run as a process of its own by `load.ts`: in the API's process it took the
 * event loop the API needs (production runs the API alone in its process). Reads one scenario as
 * JSON on stdin (the API's URL, connections, seconds, and the requests to send in turn) and prints
 * its figures as JSON. Loopback only, bounded by the seconds given.
 */
/** One request of a scenario, as autocannon sends it. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Scenario {
  url: string;
  connections: number;
  seconds: number;
  requests: LoadRequest[];
}

/** What the generator prints: requests answered, their rate, latencies and failures. */
export interface LoadFigures {
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  non2xx: number;
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const scenario = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Scenario;
if (new URL(scenario.url).hostname !== '127.0.0.1') throw new Error(`load only against 127.0.0.1, not ${scenario.url}`);

let sequence = 0;
const latencies: number[] = [];
let non2xx = 0;
const result = await autocannon({
  url: scenario.url,
  connections: scenario.connections,
  duration: scenario.seconds,
  requests: [
    {
      setupRequest: (request, context: { started?: number }) => {
        context.started = performance.now();
        const built = scenario.requests[sequence++ % scenario.requests.length]!;
        // A copy: autocannon writes a POST's Content-Length into the headers object it is given, and a
        // township's shared headers would then make its later GETs announce a body that never comes (a stall).
        return { ...request, ...built, headers: { ...built.headers } };
      },
      onResponse: (status, _body, context: { started?: number }) => {
        latencies.push(performance.now() - (context.started ?? performance.now()));
        if (status < 200 || status > 299) non2xx++;
      },
    },
  ],
});
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
const figures: LoadFigures = { requests: latencies.length, rps: result.requests.average, p50Ms: at(0.5), p95Ms: at(0.95), non2xx: non2xx + result.errors + result.timeouts };
process.stdout.write(JSON.stringify(figures));
