import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS, type BundleBudget } from './lib/bundle-budgets';

/**
 * The size budgets of the apps' first screens (scripts/lib/bundle-budgets.ts), checked on a
 * production build: builds each app with Vite's manifest, follows the static imports of the
 * entry and of each route's page module, and sums the gzip sizes of those JavaScript chunks.
 * Prints the figures; exits 1 when a budget is exceeded or a route's page is not a chunk of its own.
 * `--no-build` reads the last build (apps/<app>/dist/budget) instead of building.
 */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const root = new URL('../', import.meta.url).pathname;
const build = !process.argv.includes('--no-build');
const OUT_DIR = 'dist/budget';

function buildApp(app: string): void {
  const cwd = join(root, 'apps', app);
  const started = Date.now();
  execFileSync(join(cwd, 'node_modules', '.bin', 'vite'), ['build', '--manifest', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'], { cwd, stdio: 'inherit', env: { ...process.env, PCS_PRECOMPRESS: '0' } });
  console.log(`built ${app} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The chunks a browser loads for these manifest keys before anything runs: each with its static imports. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const sizeCache = new Map<string, { raw: number; gzip: number; brotli: number }>();
function sizes(file: string) {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    sizeCache.set(file, size);
  }
  return size;
}

interface Result { budget: BundleBudget; gzip: number; brotli: number; raw: number; chunks: number; largest: string; error?: string }

function measure(budget: BundleBudget): Result {
  const dist = join(root, 'apps', budget.app, OUT_DIR);
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error(`${budget.app}: the manifest has no entry`);
  const missing = (budget.modules ?? []).filter((key) => !manifest[key]?.isDynamicEntry);
  const keys = [entry, ...(budget.modules ?? []).filter((key) => !missing.includes(key))];
  const chunks = [...staticClosure(manifest, keys)].map((key) => ({ file: manifest[key]!.file, ...sizes(join(dist, manifest[key]!.file)) })).filter((c) => c.file.endsWith('.js'));
  const total = (field: 'raw' | 'gzip' | 'brotli') => chunks.reduce((sum, c) => sum + c[field], 0);
  const largest = [...chunks].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((c) => `${c.file.replace(/^assets\//, '').replace(/^(.{40}).*(-[\w-]{8}\.js)$/, '$1…$2')} ${kb(c.gzip)}`).join(', ');
  return {
    budget,
    gzip: total('gzip'),
    brotli: total('brotli'),
    raw: total('raw'),
    chunks: chunks.length,
    largest,
    error: missing.length ? `not a lazily loaded chunk of its own (is the route lazy?): ${missing.join(', ')}` : undefined,
  };
}

if (build) for (const app of new Set(BUNDLE_BUDGETS.map((b) => b.app))) buildApp(app);

const results = BUNDLE_BUDGETS.map(measure);
console.log('\nInitial JavaScript per first screen (kB of 1,000 bytes; gzip -9 is what the budget counts):');
console.log(['app', 'route', 'gzip', 'max', 'target', 'brotli', 'raw', 'files', 'largest files (gzip)'].join('\t'));
for (const r of results) {
  const flag = r.error ? '  FAIL' : r.gzip > r.budget.maxKb * 1000 ? '  OVER BUDGET' : r.gzip > r.budget.targetKb * 1000 ? '  (over target)' : '';
  console.log([r.budget.app, r.budget.route, kb(r.gzip), r.budget.maxKb, r.budget.targetKb, kb(r.brotli), kb(r.raw), r.chunks, r.largest].join('\t') + flag);
}
const failures = results.filter((r) => r.error || r.gzip > r.budget.maxKb * 1000);
for (const r of failures) {
  console.error(`${r.budget.app} ${r.budget.route} (${r.budget.who}): ${r.error ?? `${kb(r.gzip)} kB gzip, budget ${r.budget.maxKb} kB`}`);
}
if (failures.length) process.exit(1);
const overTarget = results.filter((r) => r.gzip > r.budget.targetKb * 1000);
console.log(overTarget.length ? `Within the enforced budgets; ${overTarget.length} of ${results.length} first screens are still over their target.` : 'All first screens are within their targets.');
