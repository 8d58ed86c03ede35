/**
 * Measuring a diagram's frames in Chromium, for scripts/perf-diagrams.ts. Figures are main-thread
 * CPU time from Chromium's own counters (Performance.getMetrics with thread ticks): what the page's
 * work costs whatever else the machine is doing, since wall time stretches when other processes
 * share the cores. Wall-clock figures are kept beside them for reference.
 */
import type { Locator, Page } from '@playwright/test';

export interface Stats {
  readonly max: number;
  readonly p95: number;
  readonly median: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { max: sorted[sorted.length - 1] ?? 0, p95: at(0.95), median: at(0.5) };
}

/** Installed in the page: per key, wall time until its layout is done and until it is painted; and every frame interval. */
function instrument(): void {
  const w = window as unknown as { perf: { work: number[]; painted: number[]; intervals: number[] } };
  if (w.perf) return;
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
          // A message posted from requestAnimationFrame arrives once the frame is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.perf.painted.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      }, 0);
    },
    { capture: true },
  );
}

type Perf = { work: number[]; painted: number[]; intervals: number[] };
const perf = (page: Page): Promise<Perf> => page.evaluate(() => (window as unknown as { perf: Perf }).perf);

export interface KeyFigure {
  readonly key: string;
  readonly cpu: number;
  readonly wall: number;
}

export interface DiagramFigures {
  /** CPU of a key that changes nothing (the measuring itself), already subtracted from the rest. */
  readonly overhead: number;
  readonly scrub: readonly KeyFigure[];
  readonly changes: readonly (KeyFigure & { readonly slider: string })[];
  /** Animation frames longer than 1.5 frames while scrubbing, and how many frames there were. */
  readonly late: number;
  readonly frames: number;
  /** What went wrong on the way (a slider that changed nothing, a page error). */
  readonly problems: readonly string[];
}

/**
 * Scrubs `figure`'s Time slider with `scrubKeys`, then moves each other slider one step up and
 * back by keyboard, measuring each key until its frame is painted.
 */
export async function measureDiagram(page: Page, figure: Locator, scrubKeys: readonly string[], changeKeys: readonly string[]): Promise<DiagramFigures> {
  const problems: string[] = [];
  await page.evaluate(instrument);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuMs = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  };
  let overhead = 0;
  const press = async (key: string): Promise<KeyFigure> => {
    const before = (await perf(page)).painted.length;
    const cpu0 = await cpuMs();
    await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { perf: Perf }).perf.painted.length > n, before);
    const cpu = (await cpuMs()) - cpu0;
    const wall = (await perf(page)).painted[before] ?? NaN;
    return { key, cpu: Math.max(0, cpu - overhead), wall };
  };

  await page.locator('body').focus();
  const idle: number[] = [];
  for (let i = 0; i < 15; i++) idle.push((await press('Shift')).cpu);
  overhead = stats(idle).median;

  const framesBefore = (await perf(page)).intervals.length;
  const time = figure.getByRole('slider', { name: 'Time', exact: true });
  const scrub: KeyFigure[] = [];
  if ((await time.count()) > 0) {
    await time.focus();
    const start = await time.inputValue();
    for (const key of scrubKeys) scrub.push(await press(key));
    if ((await time.inputValue()) === start && !scrubKeys.includes('Home')) problems.push('scrubbing did not move the playhead');
  }
  const intervals = (await perf(page)).intervals.slice(framesBefore);

  const changes: (KeyFigure & { slider: string })[] = [];
  const sliders = figure.getByRole('slider');
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    const name = (await slider.getAttribute('id')) ?? `slider ${i}`;
    if (name.endsWith('-time')) continue;
    await slider.focus();
    for (const key of changeKeys) {
      const value = await slider.inputValue();
      const picture = await figure.locator('svg[role="img"]').first().getAttribute('aria-label');
      const figureKey = (await slider.getAttribute('max')) === value && key === 'ArrowRight' ? 'ArrowLeft' : key;
      const result = await press(figureKey);
      if ((await slider.inputValue()) === value) problems.push(`${name} did not move on ${figureKey}`);
      else if ((await figure.locator('svg[role="img"]').first().getAttribute('aria-label')) === picture && (await figure.locator('svg').count()) === 0) {
        problems.push(`${name} changed but nothing was redrawn`);
      }
      changes.push({ ...result, slider: name });
    }
  }
  await cdp.detach();
  return { overhead, scrub, changes, late: intervals.filter((ms) => ms > 1.5 * (1000 / 60)).length, frames: intervals.length, problems };
}
