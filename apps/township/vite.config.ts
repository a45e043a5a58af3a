import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appSecurityHeaders, devServerHeaders, originsFromEnv } from '../../scripts/lib/web-headers.ts';

// The API and login server the app is built for, named in its Content-Security-Policy.
const origins = originsFromEnv(process.env);
// PORT lets the stack script and Playwright run the app where they expect it.
const port = Number(process.env.PORT ?? 5174);

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: devServerHeaders(origins) },
  preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: appSecurityHeaders(origins) },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the first screen needs comes in two files (libraries, which change seldom, and our code)
            // instead of dozens: on a phone's slow network every request costs a round trip.
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'shell', tags: ['$initial'], priority: 1 },
            // Libraries of the lazily loaded pages: grouped by the pages that use them, small groups merged.
            { name: 'lib', test: /node_modules/, entriesAware: true, entriesAwareMergeThreshold: 20_000 },
          ],
        },
      },
    },
  },
});
