import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devServerHeaders, originsFromEnv } from '../../scripts/lib/web-headers.ts';
import { precompress } from '../../scripts/lib/precompress.ts';
import { preconnect } from '../../scripts/lib/preconnect.ts';
import { SIDE_EFFECT_FREE_LIBRARIES } from '../../scripts/lib/side-effect-free.ts';

// The API and login server the app is built for, named in its Content-Security-Policy.
const origins = originsFromEnv(process.env);
// PORT lets the stack script and Playwright run the app where they expect it.
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  // precompress: .br and .gz beside each file, served by scripts/serve-app.ts (npm start, e2e).
  // preconnect: the API and login server's connections open while the code downloads.
  plugins: [react(), precompress(), preconnect(origins)],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: devServerHeaders(origins) },
  build: {
    // exceljs (~930 kB) is one chunk, loaded only when a sheet is read or written; first screens are checked by npm run budget.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // What the apps never use of a library that does not declare itself free of side effects is left out.
      treeshake: { moduleSideEffects: SIDE_EFFECT_FREE_LIBRARIES },
      output: {
        codeSplitting: {
          groups: [
            // What the first screen needs comes in two files (libraries, which change seldom, and our code)
            // instead of dozens: on a phone's slow network every request costs a round trip.
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'shell', tags: ['$initial'], priority: 1 },
            // Libraries of the lazily loaded pages: grouped by the pages that use them, small groups (under 5 kB) merged: a larger threshold merged antd's table into the county home's first download.
            { name: 'lib', test: /node_modules/, entriesAware: true, entriesAwareMergeThreshold: 5_000 },
          ],
        },
      },
    },
  },
});
