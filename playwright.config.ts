import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const pageWalks = ['**/accessibility.spec.ts', '**/access.spec.ts'];

/**
 * End-to-end tests drive Debian's Chromium (browsers cannot be downloaded here) through the
 * built app, served by e2e/serve.ts on a fresh database of its own: never the demo one.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Two lanes on one server and database: the flows, one test at a time (they change data and
  // count it), beside the read-only page walks (every page x role x language, with axe).
  workers: 2,
  projects: [
    { name: 'flows', testIgnore: pageWalks, workers: 1 },
    // The walks hardly touch the database: CI splits the axe walk's roles over its PGlite and
    // PostgreSQL passes (E2E_WALK_ROLES) to stay within its time.
    { name: 'walks', testMatch: pageWalks, workers: 1 },
  ],
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // A click or fill on something that never becomes usable fails within seconds, instead of
    // waiting out the whole test (a walk once hung ten minutes on a form folded in a <details>).
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx e2e/serve.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
