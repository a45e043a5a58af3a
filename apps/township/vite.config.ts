import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// PORT lets the stack script and Playwright run the app where they expect it.
const port = Number(process.env.PORT ?? 5174);

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  build: {
    // antd and recharts make one large vendor chunk; splitting further gains little for an intranet app.
    chunkSizeWarningLimit: 2000,
  },
});
