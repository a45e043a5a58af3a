import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { appSecurityHeaders, originsFromEnv } from './lib/web-headers';

/**
 * Serves one built app (`vite build` output) as a user meets it: `npm start` and the e2e stack
 * run one per app. Usage: `serve-app.ts <dist folder> <port>`.
 * - compressed: the brotli or gzip file written at build time (scripts/lib/precompress.ts),
 *   whichever the browser accepts, else the plain file;
 * - cached by content hash: `/assets/*` (Vite puts the hash in those names) for a year, immutable;
 *   everything else (index.html) `no-cache` with an ETag, so a new build is seen on the next load;
 * - a single-page app: a path without a file extension gets index.html (the router shows the page);
 *   a missing file (`/assets/gone.js`) is a 404, never the HTML;
 * - the apps' security headers (scripts/lib/web-headers.ts), the same as nginx's in production.
 */
const [dirArg, portArg] = process.argv.slice(2);
if (!dirArg || !portArg) throw new Error('usage: serve-app.ts <dist folder> <port>');
const dir = resolve(dirArg);
if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no index.html: build the app first`);
const port = Number(portArg);
const security = appSecurityHeaders(originsFromEnv(process.env));

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const files = sirv(dir, {
  brotli: true,
  gzip: true,
  etag: true,
  single: true,
  setHeaders: (res, pathname) => {
    res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
  },
});

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE }).end('Not found');
  });
});
server.listen(port, process.env.HOST ?? 'localhost', () => console.log(`Serving ${dir} on http://localhost:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
