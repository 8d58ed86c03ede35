import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_EXECUTABLE as executablePath, CHROMIUM_FLAGS } from './scripts/lib/chromium.ts';
import { BASE_PATH as basePath } from './scripts/lib/dist.ts';

/**
 * End-to-end tests drive the built site (dist/, served by `astro preview`) in
 * Chromium. `npm test` builds first; run `npm run build` before
 * `npx playwright test` on its own.
 */

const port = Number(process.env['E2E_PORT'] ?? 4322);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // The sub-path build has its own config (playwright.sub-path.config.ts) and server.
  testIgnore: ['sub-path/**'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // A ceiling, not a cost: a test that passes in 5 s on a quiet machine can take 40 s beside a
  // build on 2 cores, and a timeout then says nothing about the site.
  timeout: 60_000,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: origin + basePath,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: {
    command: `npm run preview -- --port ${port}`,
    url: origin + basePath,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
