/**
 * `npm run test:perf`: how diagrams feel in Chromium, in main-thread CPU time (see perf/measure.ts).
 *
 * 1. The largest diagram: no lesson diagram reaches 10,000 tasks, so a test fixture
 *    (perf/BigRun.tsx, 10,000 threads drawn by the course's own DiagramFrame, Player and
 *    Timeline) is bundled with esbuild and served from a temporary folder, never part of the site.
 * 2. Every diagram of the built site, found in dist/ by its figure, so a diagram added later is
 *    measured with no change here.
 * For each: scrubbing by keyboard on the Time slider (arrow keys from event to event, PageUp/Down,
 * Home/End), each key's frame must take at most 16 ms: input, re-render, style, layout and paint;
 * and moving each parameter slider by keyboard must re-simulate and redraw within 100 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { diagramsInDist } from '../e2e/helpers/islands.ts';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { ROOT } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';
import { table } from './lib/table.ts';
import { BIG_RUN } from './perf/big-run.ts';
import { measureDiagram, stats, type DiagramFigures } from './perf/measure.ts';

/** Every scrubbing frame must be done within one 60 Hz frame. */
export const FRAME_BUDGET_MS = 16;
/** A parameter change re-simulates and redraws within this. */
export const CHANGE_BUDGET_MS = 100;

const FIXTURE_SCRUB = [...Array<string>(120).fill('ArrowRight'), 'PageDown', 'PageDown', ...Array<string>(40).fill('ArrowLeft'), 'End', 'Home', 'PageDown', 'PageUp'];
const SITE_SCRUB = [...Array<string>(40).fill('ArrowRight'), 'PageDown', 'End', 'Home', 'PageDown', ...Array<string>(10).fill('ArrowLeft')];
const CHANGE_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft'];

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
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Frame timing fixture</title><link rel="icon" href="data:,"><link rel="stylesheet" href="fixture.css"></head>' +
      '<body><main class="prose" style="max-width: 48rem; margin: 2rem auto"><div id="root"></div></main><script type="module" src="fixture.js"></script></body></html>',
  );
}

interface Measured {
  readonly name: string;
  readonly figures: DiagramFigures;
}

async function measureFixture(browser: Browser): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'cmv-perf-'));
  const server = await serveDist({ root: dir });
  try {
    await bundleFixture(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url(''));
    const figure = page.locator(`figure#${BIG_RUN.id}`);
    await figure.getByRole('slider', { name: 'Time', exact: true }).waitFor();
    const figures = await measureDiagram(page, figure, FIXTURE_SCRUB, CHANGE_KEYS);
    await page.close();
    return { name: `${BIG_RUN.id} (fixture, ${BIG_RUN.tasks.toLocaleString('en')} threads)`, figures: { ...figures, problems: [...figures.problems, ...errors] } };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSite(browser: Browser): Promise<Measured[]> {
  const server = await serveDist();
  const out: Measured[] = [];
  try {
    for (const { id, path } of diagramsInDist()) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url(path));
      const figure = page.locator(`figure#${id}`);
      await figure.scrollIntoViewIfNeeded();
      await page.locator('astro-island[ssr]').filter({ has: figure }).waitFor({ state: 'detached' });
      out.push({ name: `${id} (/${path})`, figures: await measureDiagram(page, figure, SITE_SCRUB, CHANGE_KEYS) });
      await page.close();
    }
  } finally {
    await server.close();
  }
  return out;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ ...(CHROMIUM_EXECUTABLE ? { executablePath: CHROMIUM_EXECUTABLE } : {}), args: [...CHROMIUM_FLAGS] });
  let measured: Measured[];
  try {
    measured = [await measureFixture(browser), ...(await measureSite(browser))];
  } finally {
    await browser.close();
  }
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  const failures: string[] = [];
  const rows = measured.map(({ name, figures: f }) => {
    const scrub = stats(f.scrub.map((k) => k.cpu));
    const change = stats(f.changes.map((k) => k.cpu));
    const wall = stats(f.changes.map((k) => k.wall));
    const slowest = [...f.scrub].sort((a, b) => b.cpu - a.cpu)[0];
    if (scrub.max > FRAME_BUDGET_MS) failures.push(`${name}: a scrubbing frame took ${ms(scrub.max)} (${slowest?.key}), over ${FRAME_BUDGET_MS} ms`);
    if (change.max > CHANGE_BUDGET_MS) failures.push(`${name}: a parameter change took ${ms(change.max)}, over ${CHANGE_BUDGET_MS} ms`);
    failures.push(...f.problems.map((p) => `${name}: ${p}`));
    return [name, f.scrub.length, ms(scrub.max), ms(scrub.p95), ms(scrub.median), slowest?.key ?? '', `${f.late}/${f.frames}`, f.changes.length, ms(change.max), ms(change.median), ms(wall.max), ms(f.overhead)];
  });
  console.log('Diagram frame timing (Chromium, 1280×900; main-thread CPU per key, measuring overhead subtracted):\n');
  console.log(
    table(['diagram', 'scrub keys', 'frame max', 'p95', 'median', 'slowest key', 'late frames', 'changes', 'change max', 'median', 'wall max', 'overhead'], rows),
  );
  console.log(`budgets: each scrubbing frame ≤ ${FRAME_BUDGET_MS} ms, each parameter change ≤ ${CHANGE_BUDGET_MS} ms (re-simulate, redraw, paint)`);
  if (failures.length > 0) {
    console.log(`Diagram frame timing: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Diagram frame timing: within budget');
}

await main();
