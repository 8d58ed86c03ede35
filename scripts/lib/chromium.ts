/**
 * Which Chromium the browser checks drive, and with which flags; shared by Playwright's config,
 * Lighthouse and the frame-timing check so that all of them run the same browser the same way.
 */
import { existsSync } from 'node:fs';

/**
 * A system Chromium when there is one (Debian's /usr/bin/chromium, or a path in CHROMIUM_PATH /
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH / CHROME_PATH); otherwise undefined, which makes Playwright
 * use the browser it downloaded itself.
 */
export const CHROMIUM_EXECUTABLE: string | undefined = [
  process.env['CHROMIUM_PATH'],
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'],
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));

/**
 * As root Chromium needs --no-sandbox; the rest keep it from calling home (there is no network
 * beyond this machine, and retries would only slow the tests down).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
