import { Agent, request } from 'node:http';

/**
 * The `fetch` of the benchmarks' tRPC clients: node:http on kept-alive sockets. The client runs in
 * the API's own process, and undici's fetch (Node's) cost about 1 ms of every measured call there,
 * work a browser does, not the server. The tRPC client, its link, URL, headers and body are
 * unchanged; the answer is read as tRPC's link reads it (`json()`).
 */
export function nodeHttpFetch(agent = new Agent({ keepAlive: true })): typeof fetch {
  // tRPC's link sends its headers as a plain object and its body as a string.
  return (url: string | URL | Request, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(String(url), { method: init.method ?? 'GET', headers: init.headers as Record<string, string> | undefined, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status, json: async () => JSON.parse(text), text: async () => text } as Response);
        });
      });
      req.on('error', reject);
      req.end((init.body as string | null | undefined) ?? undefined);
    });
}
