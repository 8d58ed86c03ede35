/**
 * `npm run lighthouse` (median of three runs per page) and `npm run test:lighthouse` (one run per
 * page, the step `npm test` runs): Lighthouse's default mobile preset (a mid-range phone, simulated
 * slow 4G and a 4× slower CPU) against the built site served locally, on every lesson page.
 * Fails unless performance ≥ 98, accessibility, best practices and SEO are 100, and CLS is 0.
 *
 * Why one run in `npm test`: a run takes about 12 s a page on an idle 2-core machine (far more
 * on a busy one), so three runs of nine lessons would add over five minutes to every test run.
 * Lighthouse's simulated throttling replays the page's measured trace through a model, so runs
 * vary little, but a busy machine can still cost a run a few performance points (seen: 99, 99,
 * 94). So with `--runs 1` a page that misses a target gets two more runs and is judged by the
 * median of the three: noise cannot fail the build, a page that is really slow still does. The
 * median of three for every page is the figure to quote; `npm run lighthouse` gives it.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { builtPages, isLessonPage } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';
import { table } from './lib/table.ts';

/** The scores every lesson page must reach (0–100), and the layout shift it may have. */
export const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, cls: 0 } as const;
/** Lighthouse's own threshold for "the host CPU is slower than expected" (core/gather/driver/environment.js). */
const SLOW_HOST_INDEX = 1000;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a Lighthouse result (LHR) this script reads. */
interface Lhr {
  readonly runtimeError?: { readonly message: string };
  /** Lighthouse's CPU benchmark of the host at the time of the run. */
  readonly environment?: { readonly benchmarkIndex?: number };
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>;
  readonly audits: Record<string, { readonly id: string; readonly score: number | null; readonly numericValue?: number; readonly displayValue?: string } | undefined>;
}

/** Whether a result reaches every target. */
function meetsTargets(lhr: Lhr): boolean {
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
  return CATEGORIES.every((c) => Math.round(100 * (lhr.categories[c]?.score ?? 0)) >= TARGETS[c]) && cls <= TARGETS.cls;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } } });
const runs = Math.max(1, Number(values.runs) || 1);

async function main(): Promise<void> {
  const pages = values.page?.length ? values.page : builtPages().filter(isLessonPage);
  if (pages.length === 0) throw new Error('no lesson pages in dist/');
  // The system Chromium, else the one Playwright installed (`npx playwright install chromium`).
  const chromePath = CHROMIUM_EXECUTABLE ?? chromium.executablePath();
  if (!existsSync(chromePath)) throw new Error('Lighthouse needs Chromium: install it (Debian: apt-get install chromium), set CHROME_PATH, or run `npx playwright install chromium`.');
  const server = await serveDist();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const rows: (string | number)[][] = [];
  let slowHost = false;
  const failures: string[] = [];
  const started = performance.now();
  try {
    for (const page of pages) {
      const url = server.url(page);
      const results: Lhr[] = [];
      const run = async (): Promise<void> => {
        const out = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!out) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = out.lhr as unknown as Lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
        results.push(lhr);
      };
      for (let i = 0; i < runs; i++) await run();
      if (results.length === 1 && !meetsTargets(results[0]!)) {
        await run();
        await run();
      }
      const lhr = results.length === 1 ? results[0]! : (computeMedianRun(results as never) as unknown as Lhr);
      const score = (c: string): number => Math.round(100 * (lhr.categories[c]?.score ?? 0));
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
      const perfRuns = results.map((r) => Math.round(100 * (r.categories['performance']?.score ?? 0)));
      const cpuIndex = results.map((r) => Math.round(r.environment?.benchmarkIndex ?? NaN));
      slowHost ||= cpuIndex.some((i) => i < SLOW_HOST_INDEX);
      rows.push([`/${page}`, score('performance'), score('accessibility'), score('best-practices'), score('seo'), cls.toFixed(3), `${Math.round(lcp)} ms`, `${Math.round(tbt)} ms`, perfRuns.join(' '), cpuIndex.join(' ')]);
      for (const c of CATEGORIES) {
        if (score(c) >= TARGETS[c]) continue;
        const weighted = new Set(lhr.categories[c]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
        const lost = Object.values(lhr.audits)
          .filter((a) => a !== undefined && a.score !== null && a.score < 1 && weighted.has(a.id))
          .map((a) => `${a!.id} (${a!.displayValue ?? Math.round((a!.score ?? 0) * 100)})`);
        failures.push(`/${page}: ${c} ${score(c)}, below ${TARGETS[c]}; audits losing points: ${lost.join(', ') || 'none listed'}`);
      }
      if (!(cls <= TARGETS.cls)) failures.push(`/${page}: cumulative layout shift ${cls}, above ${TARGETS.cls}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const how = runs === 1 ? 'one run per page, the median of three where one run misses a target' : `median of ${runs} runs per page`;
  console.log(`Lighthouse (mobile preset, ${how}; ${pages.length} pages in ${seconds} s):\n`);
  console.log(table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'CLS', 'LCP', 'TBT', 'perf per run', 'CPU index'], rows));
  if (slowHost) {
    console.log(
      `note: the host's CPU benchmark index fell below ${SLOW_HOST_INDEX}, where Lighthouse warns that a slow or busy CPU ` +
        'lowers performance scores (simulated throttling slows what it observed 4× more); run it again on a quiet machine.',
    );
  }
  console.log(`targets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.accessibility}, CLS ${TARGETS.cls}`);
  if (failures.length > 0) {
    console.error(`Lighthouse: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Lighthouse: every page meets its targets');
}

await main();
