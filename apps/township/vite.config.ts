import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devServerHeaders, originsFromEnv } from '../../scripts/lib/web-headers.ts';
import { precompress } from '../../scripts/lib/precompress.ts';
import { preconnect } from '../../scripts/lib/preconnect.ts';
import { firstScreen } from '../../scripts/lib/first-screen.ts';
import { recordCalls } from '../../packages/work-ui/src/firstRequest.ts';
import { TENANT_KEY } from './src/api/tenantStore.ts';
import { deputyHomeQueries } from './src/pages/deputy/deputyHomeQueries.ts';
import { gridWorkerQueries } from './src/pages/grid-events/gridWorkerQueries.ts';
import { myGridsQueries } from './src/pages/grid/myGridsQueries.ts';
import { SIDE_EFFECT_FREE_LIBRARIES } from '../../scripts/lib/side-effect-free.ts';

// The API and login server the app is built for, named in its Content-Security-Policy.
const origins = originsFromEnv(process.env);
// PORT lets the stack script and Playwright run the app where they expect it.
const port = Number(process.env.PORT ?? 5174);

export default defineConfig({
  // precompress: .br and .gz beside each file, served by scripts/serve-app.ts (npm start, e2e).
  // preconnect: the API and login server's connections open while the code downloads.
  // firstScreen: index.html asks for the phone screens' code beside the entry's and sends their first
  // API request (me.get with the page's first queries, as firstScreen.tsx starts them) before the code arrives (issue 13).
  plugins: [
    react(),
    precompress(),
    preconnect(origins),
    firstScreen(import.meta.dirname, { apiUrl: origins.apiUrl, sessionCall: { path: 'me.get' }, tenantKey: TENANT_KEY }, [
      { path: '/', modules: ['src/pages/PhoneHomePage.tsx'], narrow: true },
      { path: '/me', modules: ['src/pages/deputy/DeputySection.tsx'], calls: recordCalls(deputyHomeQueries) },
      { path: '/grid-worker', modules: ['src/pages/grid-events/GridWorkerPage.tsx'], calls: recordCalls(gridWorkerQueries) },
      { path: '/my-grids', modules: ['src/pages/grid/MyGridsPage.tsx'], calls: recordCalls(myGridsQueries) },
    ]),
  ],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: devServerHeaders(origins) },
  build: {
    // exceljs (~930 kB) is one chunk, loaded only when a sheet is read or written; first screens are checked by npm run budget.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // What the apps never use of a library that does not declare itself free of side effects is left out.
      treeshake: { moduleSideEffects: SIDE_EFFECT_FREE_LIBRARIES },
      output: {
        // The library groups' names list the pages that share them (`lib~index~DesktopShell~AssignedPage~…`, 67 characters
        // on average); the entry carries every chunk's name for its preloads (~200 names, 3.7 kB gzip), so they are short.
        chunkFileNames: (chunk) => (chunk.name.startsWith('lib~') ? 'assets/lib-[hash].js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [
            // What the first screen needs comes in two files (libraries, which change seldom, and our code)
            // instead of dozens: on a phone's slow network every request costs a round trip.
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'shell', tags: ['$initial'], priority: 1 },
            // Libraries of the lazily loaded pages (and, since the phone shell, of the lazily loaded desktop shell): grouped
            // by the pages that use them, small groups not merged: merging put libraries of other pages into the desktop
            // shell's first screen (+40 kB on the office's home, decision 78), at the cost of more, smaller files.
            { name: 'lib', test: /node_modules/, entriesAware: true, entriesAwareMergeThreshold: 0 },
          ],
        },
      },
    },
  },
});
