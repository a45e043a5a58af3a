import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appSecurityHeaders, devServerHeaders, originsFromEnv } from '../../scripts/lib/web-headers.ts';

// The API and login server the app is built for, named in its Content-Security-Policy.
const origins = originsFromEnv(process.env);
// PORT lets the stack script and Playwright run the app where they expect it.
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: devServerHeaders(origins) },
  preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost', headers: appSecurityHeaders(origins) },
  build: {
    rolldownOptions: {
      // zod schemas built at module level and never used (a page's schemas, in the shell's modules) are dropped.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
