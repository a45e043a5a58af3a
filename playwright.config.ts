import { defineConfig } from '@playwright/test';
import { claimE2eSlot, e2ePorts } from './scripts/lib/e2e-slot';

// Each run gets its own ports and database (several runs may share a machine). The main
// process claims the slot; workers inherit it through the environment.
process.env.PCS_E2E_SLOT ??= String(claimE2eSlot());
const ports = e2ePorts(Number(process.env.PCS_E2E_SLOT));
process.env.E2E_ADMIN_URL ??= `http://localhost:${ports.admin}`;
process.env.E2E_TOWNSHIP_URL ??= `http://localhost:${ports.township}`;

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
// The background-networking flags keep it from flooding the closed network.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testMatch: 'apps/*/e2e/**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    locale: 'zh-CN',
    // The apps turn antd's animations off for people who ask for less motion; clicks then never race them.
    contextOptions: { reducedMotion: 'reduce' },
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node --import tsx scripts/stack.ts --e2e',
    url: `http://localhost:${ports.ready}`,
    // A loaded machine (several runs beside each other) may set E2E_SERVER_TIMEOUT_MS higher.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 300_000),
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // The stack stops its services one by one (scripts/lib/processes.ts); give it time before SIGKILL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
