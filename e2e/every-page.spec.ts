import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../scripts/lib/dist.ts';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { hydrateAll } from './helpers/islands.ts';
import { expectKeyboardWalk } from './helpers/keyboard.ts';
import { expectNothingPlaysByItself, expectReducedMotion } from './helpers/motion.ts';
import { watch } from './helpers/security.ts';
import { builtPages, NOT_FOUND_PATH } from './helpers/site.ts';

/**
 * Every page of the built site, loaded once and checked for everything a page owes its reader that
 * can be seen in one visit (a new page is covered with no change here):
 * - requests and the Content-Security-Policy: nothing is fetched from another origin (fonts and
 *   assets are the site's own), no rule of the policy is broken, no console error, failed request
 *   or font that failed to load;
 * - its head: a title, a meta description, a canonical link, lang="en", an icon, and link-preview
 *   metadata naming a 1200×630 PNG under the base path;
 * - no id used twice (ids are link targets: two would fight over one link);
 * - motion: nothing plays by itself; with prefers-reduced-motion no transition or animation takes
 *   time, and every diagram still steps and plays;
 * - keyboard: Tab reaches every control, each native and visibly focused, never hidden under the
 *   header; Tab cycles out of the page and Shift+Tab walks back;
 * - at 360 px, no sideways scrolling.
 * Axe (a11y.spec.ts) and the page without JavaScript (no-js-all.spec.ts) have specs of their own.
 */

async function meta(page: Page, attribute: 'property' | 'name', key: string): Promise<string> {
  const locator = page.locator(`meta[${attribute}="${key}"]`);
  await expect(locator, key).toHaveCount(1);
  return (await locator.getAttribute('content')) ?? '';
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectHead(page: Page, path: string, base: string): Promise<void> {
  await expect(page).toHaveTitle(/Concurrency made visible/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await meta(page, 'name', 'description')).trim().length).toBeGreaterThan(20);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  // An embed names the diagram's own page, which it is a copy of; every other page itself.
  const own = new URL(page.url()).pathname;
  expect(new URL(canonical).pathname).toBe(own.endsWith('/embed/') ? own.slice(0, -'embed/'.length) : own);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);

  expect((await meta(page, 'property', 'og:title')).length).toBeGreaterThan(5);
  expect((await meta(page, 'property', 'og:description')).length).toBeGreaterThan(20);
  expect(await meta(page, 'property', 'og:type')).toBe(path.startsWith('lessons/') ? 'article' : 'website');
  expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
  expect((await meta(page, 'property', 'og:image:alt')).length).toBeGreaterThan(10);
  const image = new URL(await meta(page, 'property', 'og:image'));
  expect(image.origin).toBe(new URL(canonical).origin);
  expect(image.pathname.startsWith(base), `${image.pathname} is not under ${base}`).toBe(true);
  expect(await meta(page, 'name', 'twitter:image')).toBe(image.href);
  expect(pngSize(readFileSync(`${DIST}/${image.pathname.slice(base.length)}`))).toEqual({ width: 1200, height: 630 });
}

async function expectUniqueIds(page: Page): Promise<void> {
  const duplicates = await page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicates, 'ids used twice').toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, 'page width at 360 px').toBeLessThanOrEqual(clientWidth);
}

for (const path of [...builtPages(), NOT_FOUND_PATH]) {
  test(`/${path}: own requests only, its CSP kept, no error; head, ids, motion, keyboard and 360 px`, async ({ page, baseURL }) => {
    // Several checks in one visit: walking a long page by keyboard alone takes a minute on a busy
    // 2-core machine. A ceiling, not a cost: a quiet machine takes a fraction of it.
    test.setTimeout(240_000);
    const origin = new URL(baseURL ?? '').origin;
    const base = new URL(baseURL ?? 'http://x/').pathname;
    const notFound = path === NOT_FOUND_PATH;
    const problems = collectProblems(page, notFound ? [new RegExp(`/${NOT_FOUND_PATH}$`)] : []);
    const watched = await watch(page, origin);
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(watched.foreign, 'requests to other origins').toEqual([]);
    expect(await watched.violations(), 'Content-Security-Policy violations').toEqual([]);
    expectNoProblems(problems);
    const broken = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family));
    expect(broken, 'fonts that failed to load').toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));

    if (!notFound) {
      await expectHead(page, path, base);
      await expectUniqueIds(page);
      await expectNothingPlaysByItself(page);
      // Reduced motion from here: the keyboard walk needs instant scrolling, and the motion check
      // then plays and steps every diagram. The walk goes first, while nothing has had focus.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await expectKeyboardWalk(page);
      await expectReducedMotion(page);
    }
    await expectNoSidewaysScroll(page);
    expectNoProblems(problems);
  });
}
