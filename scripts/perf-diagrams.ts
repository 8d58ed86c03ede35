/**
 * `npm run test:perf`: how diagrams feel in Chromium, in main-thread CPU time (see perf/measure.ts).
 *
 * 1. The largest diagrams: lessons 6 and 9 run a workload of up to 10,000 tasks (threads and async,
 *    and in lesson 9 three runs at once); both are opened at 10,000 tasks through their links.
 *    A test fixture (perf/BigRun.tsx: 10,000 threads on 8 cores with the run queue and task chips,
 *    drawn by the course's own DiagramFrame, Player and Timeline) adds the densest single timeline.
 *    It is bundled with esbuild and served from a temporary folder, never part of the site.
 *    For these, every scrubbing frame must take at most 16 ms.
 * 2. Every diagram of the built site at its default state, found in dist/ by its figure, so a
 *    diagram added later is measured with no change here: 95% of its scrubbing frames within 16 ms
 *    and the worst under 33 ms, listed when over 16 ms.
 * Scrubbing is by keyboard on the Time slider (arrow keys from event to event, PageUp/Down,
 * Home/End); a frame is the key's input, re-render, style, layout and paint. Moving each parameter
 * slider by keyboard must re-simulate and redraw within 100 ms, for every diagram.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Browser } from '@playwright/test';
import { diagramsInDist } from '../e2e/helpers/islands.ts';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { ROOT } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';
import { table } from './lib/table.ts';
import { BIG_RUN } from './perf/big-run.ts';
import { measureDiagram, stats, type DiagramFigures } from './perf/measure.ts';

/**
 * The target: every scrubbing frame done within one 60 Hz frame. Enforced on every frame of the
 * largest diagrams, and on the 95th percentile of each other diagram's frames.
 */
export const FRAME_BUDGET_MS = 16;
/**
 * What one frame may take at most today: two 60 Hz frames. Lesson 8's diagram (code, state
 * machine, log and timeline on a long page) has single frames of 15 to 21 ms on a 2-core machine;
 * until it is lighter, the worst frame is listed against the 16 ms target and held under this.
 */
export const FRAME_CEILING_MS = 33;
/** The diagrams that reach 10,000 tasks, opened there by their links (see the note at the top). */
const LARGEST: readonly { readonly id: string; readonly path: string; readonly query: string }[] = [
  { id: 'threads-vs-async', path: 'lessons/threads-vs-async/', query: 'threads-vs-async.tasks=10000' },
  { id: 'multi-worker', path: 'lessons/many-threads-many-tasks/', query: 'multi-worker.tasks=10000' },
];

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
  /** Whether every frame must meet FRAME_BUDGET_MS (the largest diagrams), not only 95% of them. */
  readonly strict: boolean;
  readonly figures: DiagramFigures;
  /** Measures the same diagram again, on a fresh page. */
  readonly again: () => Promise<DiagramFigures>;
}

async function fixtureFigures(browser: Browser, url: string): Promise<DiagramFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const figure = page.locator(`figure#${BIG_RUN.id}`);
  await figure.getByRole('slider', { name: 'Time', exact: true }).waitFor();
  const figures = await measureDiagram(page, figure, FIXTURE_SCRUB, CHANGE_KEYS);
  await page.close();
  return { ...figures, problems: [...figures.problems, ...errors] };
}

/** Measures diagram `id` on the page at `url`; with `tasks`, first waits until its link has set that many tasks. */
async function siteFigures(browser: Browser, url: string, id: string, tasks?: number): Promise<DiagramFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const figure = page.locator(`figure#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await page.locator('[data-island][data-ssr]').filter({ has: figure }).waitFor({ state: 'detached' });
  if (tasks !== undefined) {
    const slider = figure.getByRole('slider', { name: 'Tasks', exact: true });
    await expect(slider).toHaveAttribute('aria-valuetext', tasks.toLocaleString('en-US'));
  }
  const figures = await measureDiagram(page, figure, SITE_SCRUB, CHANGE_KEYS);
  await page.close();
  return figures;
}

/** Every diagram to measure, the fixture first; `done` stops the servers. */
async function targets(browser: Browser): Promise<{ measured: Measured[]; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'cmv-perf-'));
  const fixtureServer = await serveDist({ root: dir });
  const site = await serveDist();
  await bundleFixture(dir);
  const fixtureUrl = fixtureServer.url('');
  const measured: Measured[] = [
    {
      name: `${BIG_RUN.id} (fixture, ${BIG_RUN.tasks.toLocaleString('en')} threads)`,
      strict: true,
      figures: await fixtureFigures(browser, fixtureUrl),
      again: () => fixtureFigures(browser, fixtureUrl),
    },
  ];
  for (const { id, path, query } of LARGEST) {
    const url = `${site.url(path)}?${query}#${id}`;
    const at = (): Promise<DiagramFigures> => siteFigures(browser, url, id, 10_000);
    measured.push({ name: `${id} at 10,000 tasks (/${path})`, strict: true, figures: await at(), again: at });
  }
  for (const { id, path } of diagramsInDist()) {
    const url = site.url(path);
    measured.push({ name: `${id} (/${path})`, strict: false, figures: await siteFigures(browser, url, id), again: () => siteFigures(browser, url, id) });
  }
  const done = async (): Promise<void> => {
    await Promise.all([fixtureServer.close(), site.close()]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { measured, done };
}

/** The worst scrubbing frame and the slowest parameter change of one measurement. */
const worst = (f: DiagramFigures): { frame: number; change: number } => ({
  frame: stats(f.scrub.map((k) => k.cpu)).max,
  change: stats(f.changes.map((k) => k.cpu)).max,
});

const median3 = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const browser = await chromium.launch({ ...(CHROMIUM_EXECUTABLE ? { executablePath: CHROMIUM_EXECUTABLE } : {}), args: [...CHROMIUM_FLAGS] });
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  const failures: string[] = [];
  const rows: (string | number)[][] = [];
  const retried: string[] = [];
  const overTarget: string[] = [];
  try {
    const { measured, done } = await targets(browser);
    try {
      for (const { name, strict, figures: f, again } of measured) {
        const scrub = stats(f.scrub.map((k) => k.cpu));
        const change = stats(f.changes.map((k) => k.cpu));
        const wall = stats(f.changes.map((k) => k.wall));
        const slowest = [...f.scrub].sort((a, b) => b.cpu - a.cpu)[0];
        // One measurement's worst frame can be a stray pause of the machine (a collection, another
        // process). A diagram over a budget is measured twice more and judged by the median of
        // the three worst values: noise cannot fail the check, a diagram that is really slow still does.
        let frame = scrub.max;
        let p95 = scrub.p95;
        let slowChange = change.max;
        if (frame > FRAME_BUDGET_MS || slowChange > CHANGE_BUDGET_MS) {
          const more = [await again(), await again()];
          const runs = [f, ...more].map(worst);
          frame = median3(runs.map((r) => r.frame));
          p95 = median3([f, ...more].map((m) => stats(m.scrub.map((k) => k.cpu)).p95));
          slowChange = median3(runs.map((r) => r.change));
          retried.push(`${name}: worst frame per run ${runs.map((r) => ms(r.frame)).join(', ')}; slowest change per run ${runs.map((r) => ms(r.change)).join(', ')}`);
        }
        if (strict && frame > FRAME_BUDGET_MS) failures.push(`${name}: a scrubbing frame took ${ms(frame)} (median of three runs' worst; ${slowest?.key} first), over ${FRAME_BUDGET_MS} ms`);
        else if (frame > FRAME_BUDGET_MS) overTarget.push(`${name}: worst frame ${ms(frame)} (median of three runs)`);
        if (p95 > FRAME_BUDGET_MS) failures.push(`${name}: 95% of scrubbing frames took up to ${ms(p95)}, over ${FRAME_BUDGET_MS} ms`);
        if (frame > FRAME_CEILING_MS) failures.push(`${name}: a scrubbing frame took ${ms(frame)} (median of three runs' worst; ${slowest?.key} first), over ${FRAME_CEILING_MS} ms`);
        if (slowChange > CHANGE_BUDGET_MS) failures.push(`${name}: a parameter change took ${ms(slowChange)} (median of three runs' slowest), over ${CHANGE_BUDGET_MS} ms`);
        failures.push(...f.problems.map((p) => `${name}: ${p}`));
        rows.push([name, f.scrub.length, ms(scrub.max), ms(scrub.p95), ms(scrub.median), slowest?.key ?? '', `${f.late}/${f.frames}`, f.changes.length, ms(change.max), ms(change.median), ms(wall.max), ms(f.overhead)]);
      }
    } finally {
      await done();
    }
  } finally {
    await browser.close();
  }
  console.log('Diagram frame timing (Chromium, 1280×900; main-thread CPU per key, measuring overhead subtracted):\n');
  console.log(
    table(['diagram', 'scrub keys', 'frame max', 'p95', 'median', 'slowest key', 'late frames', 'changes', 'change max', 'median', 'wall max', 'overhead'], rows),
  );
  console.log(
    `budgets: the largest diagrams (10,000 tasks): every scrubbing frame ≤ ${FRAME_BUDGET_MS} ms; every other diagram: 95% of frames ≤ ${FRAME_BUDGET_MS} ms and the worst under ${FRAME_CEILING_MS} ms; each parameter change ≤ ${CHANGE_BUDGET_MS} ms (re-simulate, redraw, paint)`,
  );
  if (overTarget.length > 0) console.log(`over the ${FRAME_BUDGET_MS} ms target for every frame:\n  ${overTarget.join('\n  ')}`);
  if (retried.length > 0) console.log(`measured three times, over a budget on the first run:\n  ${retried.join('\n  ')}`);
  if (failures.length > 0) {
    console.log(`Diagram frame timing: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Diagram frame timing: within budget');
}

await main();
