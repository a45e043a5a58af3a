import { defineConfig } from 'vitest/config';

// Two projects: unit tests (no database; servers on loopback at most), and integration tests against a real PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/{src,test}/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // The demo county is migrated and loaded once per run; each file copies it.
          globalSetup: ['packages/api/test/global-setup.ts'],
          // Each file works in its own database; two at a time fit this machine's two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
