import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

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

/** A path whose first screen's code index.html asks for at once; `narrow`: only on a phone-narrow window. */
export interface RoutePreload {
  path: string;
  /** The route's page modules, relative to the app's folder (`src/pages/grid/MyGridsPage.tsx`). */
  modules: string[];
  narrow?: boolean;
}

/** The same media query as the township app's shell choice (apps/township/src/shell/shellChoice.ts). */
const NARROW = '(max-width: 767.98px)';

/**
 * The browser script that adds `<link rel="modulepreload">` for the opened path's chunks. Pure, so the
 * unit test reads what a page gets.
 */
export function routePreloadScript(routes: { p: string; n?: 1; f: string[] }[]): string {
  return (
    `(function(){var r=${JSON.stringify(routes)},p=location.pathname.replace(/\\/+$/,'')||'/',n=matchMedia(${JSON.stringify(NARROW)}).matches;` +
    `r.forEach(function(e){if(e.p===p&&(!e.n||n))e.f.forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.href='/'+f;document.head.appendChild(l)})})})();\n`
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
 * A Vite plugin (build only): a lazily loaded route's chunks are asked for only once the entry
 * has downloaded and run (and, before the page's first screen, the sign-in and `me.get`). On a
 * phone's slow network each wave is a round trip. This writes, beside index.html, a small script
 * (`assets/route-preloads-<hash>.js`, a file of our own origin: the CSP's `script-src 'self'`
 * holds, no inline script) with the listed paths' chunk files, and loads it from index.html's head
 * before the entry: for the opened path it adds `<link rel="modulepreload">`, so the page's code
 * downloads beside the entry's. Any static server serves it (nginx in production, immutable like
 * every hashed asset). The app's own `import()` then finds the modules loaded.
 */
export function routePreloads(appRoot: string, routes: RoutePreload[]) {
  return {
    name: 'pcs-route-preloads',
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
      const table = routes.map(({ path, modules, narrow }) => {
        const own = modules.map((module) => {
          const id = resolve(appRoot, module);
          const chunk = chunks.find((c) => c.facadeModuleId === id);
          if (!chunk) throw new Error(`route-preloads: no chunk of its own for ${module} (is it imported lazily?)`);
          return chunk.fileName;
        });
        return { p: path, ...(narrow ? { n: 1 as const } : {}), f: [...withImports(own, byFile)].filter((file) => !entry.has(file)) };
      });
      const source = routePreloadScript(table);
      const fileName = `assets/route-preloads-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const html = bundle['index.html'];
      if (html?.type !== 'asset') throw new Error('route-preloads: the bundle has no index.html');
      // A classic async script: it blocks no parsing and runs as soon as it is there, before the entry that waits for its libraries.
      html.source = String(html.source).replace('</title>', `</title>\n    <script src="/${fileName}" async></script>`);
    },
  };
}
