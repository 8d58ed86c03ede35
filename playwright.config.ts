import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive the built site (dist/, served by `astro preview`) in
 * Chromium. `npm test` builds first; run `npm run build` before
 * `npx playwright test` on its own.
 */

const port = Number(process.env['E2E_PORT'] ?? 4322);
const basePath = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');
const origin = `http://127.0.0.1:${port}`;

/**
 * A system Chromium when there is one (Debian's /usr/bin/chromium, or a path
 * in CHROMIUM_PATH / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH); otherwise undefined,
 * which makes Playwright use the browser it downloaded itself.
 */
const executablePath = [
  process.env['CHROMIUM_PATH'],
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'],
  '/usr/bin/chromium',
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));

export default defineConfig({
  testDir: 'e2e',
  // The sub-path build has its own config (playwright.sub-path.config.ts) and server.
  testIgnore: ['sub-path/**'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  timeout: 30_000,
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
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
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
