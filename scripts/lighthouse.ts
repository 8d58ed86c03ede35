/**
 * Lighthouse's default mobile preset (a mid-range phone, simulated slow 4G and a 4× slower CPU)
 * on every lesson page of the built site, served locally with gzip as static hosts do.
 *
 * `npm run test:lighthouse` (in `npm test`, one run per page) gates only on what the page itself
 * controls, figures that do not move when the machine is busy: accessibility, best practices and
 * SEO at 100, no layout shift, the bytes and requests a reader downloads, and no render-blocking
 * script and at most a few kilobytes of render-blocking CSS. The performance score, LCP and TBT
 * come from timing the page on this machine and scaling it by the simulated throttling, so a busy
 * machine lowers them (seen: 93, 97 and 99 for one page in three runs; 54 with a test suite
 * running beside it). They are printed beside the gates, never judged there.
 *
 * `npm run lighthouse` (median of three runs per page) is the figure to quote, run on a quiet
 * machine: it holds every category, performance included, to 100.
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
import { kb, table } from './lib/table.ts';

/** Budgets that hold however busy the machine is: each is a count or a size, not a time. */
export const BUDGETS = {
  /** Everything a first visit downloads, compressed (HTML, CSS, scripts, fonts, images). */
  transferBytes: 100 * 1024,
  requests: 24,
  /** Render-blocking stylesheets, compressed, summed (scripts may not block at all). */
  blockingCssBytes: 16 * 1024,
  blockingScripts: 0,
  cls: 0,
} as const;
/** Scores that do not depend on timing: held to 100 in both modes. */
const STABLE = ['accessibility', 'best-practices', 'seo'] as const;
/** What `npm run lighthouse` adds at rest. */
const PERFORMANCE_AT_REST = 100;
/** Lighthouse's own threshold for "the host CPU is slower than expected" (core/gather/driver/environment.js). */
const SLOW_HOST_INDEX = 1000;
const CATEGORIES = ['performance', ...STABLE] as const;

interface AuditResult {
  readonly id: string;
  readonly score: number | null;
  readonly numericValue?: number;
  readonly displayValue?: string;
  readonly details?: { readonly items?: readonly Record<string, unknown>[] };
}
/** The parts of a Lighthouse result (LHR) this script reads. */
interface Lhr {
  readonly runtimeError?: { readonly message: string };
  /** Lighthouse's CPU benchmark of the host at the time of the run. */
  readonly environment?: { readonly benchmarkIndex?: number };
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>;
  readonly audits: Record<string, AuditResult | undefined>;
}

/** The load-independent figures of one result. */
interface PageFigures {
  readonly transferBytes: number;
  readonly requests: number;
  readonly blockingCssBytes: number;
  readonly blockingScripts: number;
  readonly cls: number;
}

function figures(lhr: Lhr): PageFigures {
  const total = lhr.audits['resource-summary']?.details?.items?.find((i) => i['resourceType'] === 'total');
  const blocking = lhr.audits['render-blocking-insight']?.details?.items ?? [];
  const isCss = (item: Record<string, unknown>): boolean => /\.css(\?|$)/.test(String(item['url']));
  return {
    transferBytes: Number(total?.['transferSize'] ?? NaN),
    requests: Number(total?.['requestCount'] ?? NaN),
    blockingCssBytes: blocking.filter(isCss).reduce((sum, i) => sum + Number(i['totalBytes'] ?? 0), 0),
    blockingScripts: blocking.filter((i) => !isCss(i)).length,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

const score = (lhr: Lhr, c: string): number => Math.round(100 * (lhr.categories[c]?.score ?? 0));

/** What a page misses: budgets always, the timing-based performance score only at rest. */
function misses(lhr: Lhr, atRest: boolean): string[] {
  const out: string[] = [];
  const f = figures(lhr);
  if (!(f.transferBytes <= BUDGETS.transferBytes)) out.push(`downloads ${kb(f.transferBytes)}, over ${kb(BUDGETS.transferBytes)}`);
  if (!(f.requests <= BUDGETS.requests)) out.push(`makes ${f.requests} requests, over ${BUDGETS.requests}`);
  if (!(f.blockingCssBytes <= BUDGETS.blockingCssBytes)) out.push(`render-blocking CSS ${kb(f.blockingCssBytes)}, over ${kb(BUDGETS.blockingCssBytes)}`);
  if (f.blockingScripts > BUDGETS.blockingScripts) out.push(`${f.blockingScripts} render-blocking scripts`);
  if (!(f.cls <= BUDGETS.cls)) out.push(`cumulative layout shift ${f.cls}, above ${BUDGETS.cls}`);
  const targets: [string, number][] = [...STABLE.map((c) => [c, 100] as [string, number]), ...(atRest ? [['performance', PERFORMANCE_AT_REST] as [string, number]] : [])];
  for (const [c, target] of targets) {
    if (score(lhr, c) >= target) continue;
    const weighted = new Set(lhr.categories[c]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
    const lost = Object.values(lhr.audits)
      .filter((a): a is AuditResult => a !== undefined && a.score !== null && a.score < 1 && weighted.has(a.id))
      .map((a) => `${a.id} (${a.displayValue ?? Math.round((a.score ?? 0) * 100)})`);
    out.push(`${c} ${score(lhr, c)}, below ${target}; audits losing points: ${lost.join(', ') || 'none listed'}`);
  }
  return out;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } } });
const runs = Math.max(1, Number(values.runs) || 1);
/** Three runs or more is the at-rest measurement, which also judges the performance score. */
const atRest = runs >= 3;

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
      for (let i = 0; i < runs; i++) {
        const out = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!out) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = out.lhr as unknown as Lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
        results.push(lhr);
      }
      const lhr = results.length === 1 ? results[0]! : (computeMedianRun(results as never) as unknown as Lhr);
      const f = figures(lhr);
      const ms = (id: string): string => `${Math.round(lhr.audits[id]?.numericValue ?? NaN).toLocaleString('en-US')} ms`;
      const cpuIndex = results.map((r) => Math.round(r.environment?.benchmarkIndex ?? NaN));
      slowHost ||= cpuIndex.some((i) => i < SLOW_HOST_INDEX);
      rows.push([
        `/${page}`,
        kb(f.transferBytes),
        f.requests,
        kb(f.blockingCssBytes),
        f.cls.toFixed(3),
        `${score(lhr, 'accessibility')} ${score(lhr, 'best-practices')} ${score(lhr, 'seo')}`,
        results.map((r) => score(r, 'performance')).join(' '),
        ms('largest-contentful-paint'),
        ms('total-blocking-time'),
        cpuIndex.join(' '),
      ]);
      for (const miss of misses(lhr, atRest)) failures.push(`/${page}: ${miss}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const how = atRest ? `median of ${runs} runs per page, performance judged` : `${runs} run per page, performance printed, not judged`;
  console.log(`Lighthouse (mobile preset, ${how}; ${pages.length} pages in ${seconds} s):\n`);
  console.log(table(['page', 'download', 'requests', 'blocking CSS', 'CLS', 'a11y bp SEO', 'perf per run', 'LCP', 'TBT', 'CPU index'], rows));
  if (slowHost) {
    console.log(
      `note: the host's CPU benchmark index fell below ${SLOW_HOST_INDEX}, where Lighthouse warns that a slow or busy CPU ` +
        'lowers performance, LCP and TBT (simulated throttling slows what it observed 4× more).',
    );
  }
  console.log(
    `budgets: download ≤ ${kb(BUDGETS.transferBytes)}, ≤ ${BUDGETS.requests} requests, render-blocking CSS ≤ ${kb(BUDGETS.blockingCssBytes)} ` +
      `and no render-blocking script, CLS ${BUDGETS.cls}; accessibility, best practices and SEO 100` +
      (atRest ? `; performance ${PERFORMANCE_AT_REST}` : '; performance: `npm run lighthouse` on a quiet machine'),
  );
  if (failures.length > 0) {
    console.error(`Lighthouse: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Lighthouse: every page within its budgets');
}

await main();
