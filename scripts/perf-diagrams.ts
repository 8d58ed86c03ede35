/**
 * `npm run test:perf`: how the largest diagram feels in Chromium. A fixture (scripts/perf/BigRun.tsx:
 * 10,000 threads drawn by the course's own DiagramFrame, Player and Timeline) is bundled with
 * esbuild and served locally; Playwright then
 *  - scrubs it by keyboard (the Time slider's arrow keys, PageUp/PageDown, Home/End) and measures,
 *    for each key, the work of its frame: from the keydown to the end of everything it set off
 *    (handlers, the re-render, then style and layout, forced at once), that is all of the frame
 *    but paint; and, as a check on paint too, the intervals between animation frames meanwhile;
 *  - changes a parameter (Cores) by keyboard and measures from the keydown until the new run is
 *    simulated, drawn and painted (a message posted from requestAnimationFrame arrives after paint).
 * Fails if a scrub frame's work exceeds 16 ms or a change takes more than 100 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { ROOT } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';
import { BIG_RUN } from './perf/big-run.ts';

/** Every scrubbing frame must be ready within one 60 Hz frame. */
export const FRAME_BUDGET_MS = 16;
/** A parameter change re-simulates and redraws within this. */
export const CHANGE_BUDGET_MS = 100;
/** Keys pressed while scrubbing. */
const SCRUB_KEYS = [...Array<string>(120).fill('ArrowRight'), 'PageDown', 'PageDown', ...Array<string>(40).fill('ArrowLeft'), 'End', 'Home', 'PageDown', 'PageUp'];

async function bundleFixture(dir: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'scripts/perf/BigRun.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: dir,
    entryNames: 'fixture',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Frame timing fixture</title><link rel="icon" href="data:,"><link rel="stylesheet" href="fixture.css"></head>' +
      '<body><main class="prose" style="max-width: 48rem; margin: 2rem auto"><div id="root"></div></main><script type="module" src="fixture.js"></script></body></html>',
  );
}

/** Installed in the page: per key, its frame's work (ms) and the time until it is painted (ms). */
function instrument(): void {
  const w = window as unknown as { perf: { work: number[]; painted: number[]; intervals: number[] } };
  w.perf = { work: [], painted: [], intervals: [] };
  let last = -1;
  const loop = (now: number): void => {
    if (last >= 0) w.perf.intervals.push(now - last);
    last = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  addEventListener(
    'keydown',
    () => {
      const start = performance.now();
      // A task queued now runs after the key's default action, its input event and the
      // re-render (a microtask); reading layout then forces style and layout to finish.
      setTimeout(() => {
        document.body.getBoundingClientRect();
        w.perf.work.push(performance.now() - start);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.perf.painted.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      }, 0);
    },
    { capture: true },
  );
}

const stats = (values: readonly number[]): { max: number; p95: number; median: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { max: sorted[sorted.length - 1] ?? 0, p95: at(0.95), median: at(0.5) };
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cmv-perf-'));
  await bundleFixture(dir);
  const server = await serveDist({ root: dir });
  const browser = await chromium.launch({ ...(CHROMIUM_EXECUTABLE ? { executablePath: CHROMIUM_EXECUTABLE } : {}), args: [...CHROMIUM_FLAGS] });
  const failures: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(server.url(''));
    const figure = page.locator(`figure#${BIG_RUN.id}`);
    const time = figure.getByRole('slider', { name: 'Time', exact: true });
    const cores = figure.getByRole('slider', { name: 'Cores', exact: true });
    await time.waitFor();
    await page.evaluate(instrument);
    const painted = (): Promise<number> => page.evaluate(() => (window as unknown as { perf: { painted: number[] } }).perf.painted.length);
    // Main-thread CPU time, from Chromium's own counters: what the page's work costs whatever
    // else the machine is doing (wall time stretches when other processes share the cores).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuMs = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
    };
    /** Presses a key, waits until its frame has been painted, and returns the main-thread CPU time it took. */
    const press = async (key: string): Promise<number> => {
      const before = await painted();
      const cpu0 = await cpuMs();
      await page.keyboard.press(key);
      await page.waitForFunction((n) => (window as unknown as { perf: { painted: number[] } }).perf.painted.length > n, before);
      return (await cpuMs()) - cpu0;
    };

    // The measuring itself (the counters, the wait for paint) costs a little CPU: a key that
    // changes nothing shows how much, and is subtracted from the figures below.
    await page.locator('body').focus();
    const idleCpu: number[] = [];
    for (let i = 0; i < 20; i++) idleCpu.push(await press('Shift'));
    const overhead = stats(idleCpu).median;

    await time.focus();
    const startT = await time.inputValue();
    const scrubCpu: number[] = [];
    for (const key of SCRUB_KEYS) scrubCpu.push(await press(key));
    const scrub = await page.evaluate(() => (window as unknown as { perf: { work: number[]; intervals: number[] } }).perf);
    const scrubWork = stats(scrub.work);
    const intervals = stats(scrub.intervals);
    const late = scrub.intervals.filter((ms) => ms > 1.5 * (1000 / 60)).length;
    if ((await time.inputValue()) === startT && SCRUB_KEYS.length > 0) failures.push('scrubbing did not move the playhead');

    await cores.focus();
    const changes: number[] = [];
    const changeCpu: number[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) {
      const expected = Number(await cores.inputValue()) + (key === 'ArrowRight' ? 1 : -1);
      const before = await painted();
      changeCpu.push(await press(key));
      const label = (await figure.locator('svg[role="img"]').first().getAttribute('aria-label')) ?? '';
      if (!label.startsWith(`Timeline of ${expected} core`)) failures.push(`after ${key} on Cores the timeline shows "${label}"`);
      changes.push(await page.evaluate((i) => (window as unknown as { perf: { painted: number[] } }).perf.painted[i]!, before));
    }
    const change = stats(changes);

    const cpuScrub = stats(scrubCpu.map((x) => Math.max(0, x - overhead)));
    const slowest = scrubCpu
      .map((x, i) => ({ key: SCRUB_KEYS[i]!, i, ms: Math.max(0, x - overhead) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    const cpuChange = stats(changeCpu.map((x) => Math.max(0, x - overhead)));
    const ms = (x: number): string => `${x.toFixed(1)} ms`;
    const rects = await page.evaluate(() => document.querySelectorAll('svg rect').length);
    console.log(`Diagram frame timing: fixture of ${BIG_RUN.tasks.toLocaleString('en')} threads on ${BIG_RUN.cores.min}–${BIG_RUN.cores.max} cores (${rects} SVG rects drawn), Chromium 1280×900`);
    console.log(`  measuring overhead (a key that changes nothing): ${ms(overhead)} main-thread CPU, subtracted below`);
    console.log(`  scrubbing by keyboard, ${scrubCpu.length} keys, main-thread CPU per frame: max ${ms(cpuScrub.max)}, p95 ${ms(cpuScrub.p95)}, median ${ms(cpuScrub.median)} (budget ${FRAME_BUDGET_MS} ms)`);
    console.log(`    slowest: ${slowest.map((k) => `#${k.i + 1} ${k.key} ${k.ms.toFixed(1)} ms`).join(', ')}`);
    console.log(`    wall clock, key to layout done: max ${ms(scrubWork.max)}, p95 ${ms(scrubWork.p95)}, median ${ms(scrubWork.median)}; animation frame intervals: median ${ms(intervals.median)}, ${late} of ${scrub.intervals.length} late (> 1.5 frames)`);
    console.log(`  changing Cores (re-simulate ${BIG_RUN.tasks.toLocaleString('en')} threads, redraw, paint), ${changeCpu.length} changes, main-thread CPU: max ${ms(cpuChange.max)}, median ${ms(cpuChange.median)} (budget ${CHANGE_BUDGET_MS} ms)`);
    console.log(`    wall clock, key to painted: max ${ms(change.max)}, median ${ms(change.median)}`);
    if (cpuScrub.max > FRAME_BUDGET_MS) failures.push(`a scrubbing frame took ${ms(cpuScrub.max)} of main-thread CPU, over ${FRAME_BUDGET_MS} ms`);
    if (cpuChange.max > CHANGE_BUDGET_MS) failures.push(`a parameter change took ${ms(cpuChange.max)} of main-thread CPU, over ${CHANGE_BUDGET_MS} ms`);
    failures.push(...errors.map((e) => `page error: ${e}`));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`Diagram frame timing: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Diagram frame timing: within budget');
}

await main();
