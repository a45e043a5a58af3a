import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing: text files of at least 1 kB (smaller ones gain nothing). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

/**
 * A Vite plugin (build only) that writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside
 * each text file of the bundle, once at build time, for `scripts/serve-app.ts` to send to browsers
 * that accept them. Vite's manifest (`.vite/`) is left alone. Structurally typed: the root package
 * has no Vite of its own. `PCS_PRECOMPRESS=0` skips it (the size check's build serves nothing).
 */
export function precompress() {
  return {
    name: 'pcs-precompress',
    apply: 'build' as const,
    async writeBundle(options: { dir?: string }, bundle: Record<string, unknown>) {
      const dir = options.dir;
      if (!dir || process.env.PCS_PRECOMPRESS === '0') return;
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('.vite/'));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const bytes = await readFile(path);
          if (bytes.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            gzipAsync(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}
