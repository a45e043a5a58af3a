import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { MIN_VALIDITY_S, STORED_TOKENS } from '../../packages/ui/src/auth/accessToken';
import { NARROW_SCREEN_QUERY } from '../../packages/ui/src/shell/narrowScreenQuery';
import { batchUrl, FIRST_REQUEST_GLOBAL, type FirstCall } from '../../packages/work-ui/src/firstRequest';

interface BundleChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}
interface BundleAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

/** A path whose first screen index.html starts at once; `narrow`: only on a phone-narrow window. */
export interface FirstScreenRoute {
  path: string;
  /** The route's page modules, relative to the app's folder (`src/pages/grid/MyGridsPage.tsx`). */
  modules: string[];
  narrow?: boolean;
  /** The page's first queries (recordCalls of the page's query-options function), sent with the session's. */
  calls?: FirstCall[];
}

/** What the script needs to send the app's first request as the app would (firstRequest.ts). */
export interface FirstRequestConfig {
  /** The tRPC endpoint the app is built for (VITE_API_URL). */
  apiUrl: string;
  /** The session's query, which the app sends after the page's first queries in one batch. */
  sessionCall: FirstCall;
  /** localStorage key of the township sent as x-tenant-id (tenantStore). */
  tenantKey: string;
}

/** One route of the script's table: path, narrow only, files to preload, URL of the first request. */
interface ScriptRoute {
  p: string;
  n?: 1;
  f: string[];
  u?: string;
}

/**
 * The browser script (pure, so the unit test runs what a page gets). For the opened path it adds
 * `<link rel="modulepreload">` for the page's files, and, when the tab holds an access token valid
 * for at least MIN_VALIDITY_S more seconds by the same reckoning as the app (`secondsLeft` with
 * keycloak-js's clock difference; no clock difference stored: no request), sends the app's first
 * request: `me.get` with the page's first queries, the token and the township as the app sends
 * them. Anything unexpected (storage blocked, no token, a token that is not a JWT) sends nothing:
 * the app then asks itself, as before.
 */
export function firstScreenScript(routes: ScriptRoute[], tenantKey: string): string {
  return (
    `(function(){var r=${JSON.stringify(routes)},p=location.pathname.replace(/\\/+$/,'')||'/',n=matchMedia(${JSON.stringify(NARROW_SCREEN_QUERY)}).matches;` +
    `r.forEach(function(e){if(e.p!==p||(e.n&&!n))return;` +
    `e.f.forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.href='/'+f;document.head.appendChild(l)});` +
    `if(e.u)try{var s=JSON.parse(sessionStorage.getItem(${JSON.stringify(STORED_TOKENS)})),t=s&&s.token;` +
    `if(typeof t!=='string'||typeof s.timeSkew!=='number')return;` +
    `var x=JSON.parse(atob(t.split('.')[1].replace(/-/g,'+').replace(/_/g,'/'))).exp;` +
    `if(typeof x!=='number'||x+s.timeSkew-Date.now()/1000<${MIN_VALIDITY_S})return;` +
    `var h={authorization:'Bearer '+t},k=localStorage.getItem(${JSON.stringify(tenantKey)});if(k)h['x-tenant-id']=k;` +
    `window[${JSON.stringify(FIRST_REQUEST_GLOBAL)}]={url:e.u,headers:h,response:fetch(e.u,{method:'GET',headers:h})}}catch(_){}})})();\n`
  );
}

/** A chunk's files and every file it imports statically, depth first. */
function withImports(files: string[], byFile: Map<string, BundleChunk>, into = new Set<string>()): Set<string> {
  for (const file of files) {
    if (into.has(file)) continue;
    into.add(file);
    withImports(byFile.get(file)?.imports ?? [], byFile, into);
  }
  return into;
}

/**
 * A Vite plugin (build only): on a phone's slow network every wave of requests is a round trip, and
 * a lazily loaded route's chunks were asked for only once the entry had downloaded and run, and its
 * data only once the app had started. This writes, beside index.html, a small script
 * (`assets/first-screen-<hash>.js`, a file of our own origin: the CSP's `script-src 'self'` holds, no
 * inline script) and loads it from index.html's head before the entry. For the opened path it asks
 * for the page's chunk files beside the entry's, and sends the app's first API request (the
 * session's query with the page's first queries, firstRequest.ts), answered while the code still
 * downloads. Any static server serves it (nginx in production, immutable like every hashed asset).
 */
export function firstScreen(appRoot: string, request: FirstRequestConfig, routes: FirstScreenRoute[]) {
  return {
    name: 'pcs-first-screen',
    apply: 'build' as const,
    enforce: 'post' as const,
    generateBundle(
      this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string },
      _options: unknown,
      bundle: Record<string, BundleChunk | BundleAsset>,
    ) {
      const chunks = Object.values(bundle).filter((file): file is BundleChunk => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = withImports(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName), byFile);
      const table = routes.map(({ path, modules, narrow, calls }): ScriptRoute => {
        const own = modules.map((module) => {
          const id = resolve(appRoot, module);
          const chunk = chunks.find((c) => c.facadeModuleId === id);
          if (!chunk) throw new Error(`first-screen: no chunk of its own for ${module} (is it imported lazily?)`);
          return chunk.fileName;
        });
        return {
          p: path,
          ...(narrow ? { n: 1 as const } : {}),
          f: [...withImports(own, byFile)].filter((file) => !entry.has(file)),
          u: batchUrl(request.apiUrl, [...(calls ?? []), request.sessionCall]),
        };
      });
      const source = firstScreenScript(table, request.tenantKey);
      const fileName = `assets/first-screen-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const html = bundle['index.html'];
      if (html?.type !== 'asset') throw new Error('first-screen: the bundle has no index.html');
      // A classic async script: it blocks no parsing and runs as soon as it is there, before the entry that waits for its libraries.
      html.source = String(html.source).replace('</title>', `</title>\n    <script src="/${fileName}" async></script>`);
    },
  };
}
