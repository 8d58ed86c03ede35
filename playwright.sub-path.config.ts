import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The site built under a sub-path (BASE_PATH=/course/ into dist-course/, see `npm run
 * build:sub-path`), served by a strict static server that knows nothing outside /course/, then
 * crawled for broken links and checked in a browser where the base path matters: diagrams and
 * their links, search, link previews. Run by `npm run test:sub-path` (part of `npm test`).
 */
const port = Number(process.env['E2E_SUB_PATH_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4322) + 1000);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testDir: 'e2e/sub-path',
  testIgnore: [],
  use: { ...base.use, baseURL: `${origin}/course/` },
  webServer: {
    command: `node scripts/serve-static.ts dist-course /course/ ${port}`,
    url: `${origin}/course/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
