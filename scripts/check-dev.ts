/**
 * `npm run test:dev`: a newcomer's first `npm start` is clean. Starts the dev server as a fresh
 * clone would (no Vite dependency cache), fails on any ERROR or WARN line it prints, then opens
 * every page of the built site's list (dist/) in Chromium through the dev server and fails on any
 * console error or warning, uncaught exception or failed request. Needs a build for the page list.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { builtPages, ROOT } from './lib/dist.ts';

/** A free port of 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const stripColour = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

async function main(): Promise<void> {
  const pages = builtPages();
  const port = await freePort();
  rmSync(join(ROOT, 'node_modules/.vite'), { recursive: true, force: true });
  const started = performance.now();
  const dev = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += stripColour(chunk.toString())));
  dev.stderr.on('data', (chunk: Buffer) => (output += stripColour(chunk.toString())));
  const problems: string[] = [];
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Ready when the server answers; at most two minutes on a busy machine.
    for (let waited = 0; ; waited += 500) {
      if (dev.exitCode !== null) throw new Error(`npm start exited with code ${dev.exitCode}:\n${output}`);
      if (waited > 120_000) throw new Error(`npm start did not answer on ${origin} within two minutes:\n${output}`);
      const ok = await fetch(origin, { redirect: 'manual' }).then(() => true, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch({ ...(CHROMIUM_EXECUTABLE ? { executablePath: CHROMIUM_EXECUTABLE } : {}), args: [...CHROMIUM_FLAGS] });
    const page = await browser.newPage();
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`/${current}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`/${current}: uncaught ${e.message}`));
    // A request cut short by the page moving on (/continue/ redirects at once) is not a failure.
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      if (error !== 'net::ERR_ABORTED') problems.push(`/${current}: request failed: ${r.url()} (${error})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`/${current}: ${r.status()} for ${r.url()}`);
    });
    for (const path of pages) {
      current = path;
      await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle', timeout: 60_000 });
    }
    await browser.close();
  } finally {
    if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
  }
  const noisy = output.split('\n').filter((line) => /\b(ERROR|WARN|Error:)/.test(line));
  for (const line of noisy) problems.push(`npm start printed: ${line.trim()}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Dev server: started fresh (no Vite cache), ${pages.length} pages opened in ${seconds} s`);
  if (problems.length > 0) {
    console.error(`Dev server: FAILED\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Dev server: no error or warning printed, and a clean browser console on every page');
}

await main();
