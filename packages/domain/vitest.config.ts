import { defineConfig } from 'vitest/config';

// The domain's unit tests alone, as Stryker runs them from this folder (`npm run mutation`);
// without this file Vitest would take the root config and its integration project.
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
