/**
 * `npm run screenshots -- [--out dir] [--page lessons/x/ …] [--full]`: pictures of the built site
 * to look at before a change lands (tests read the DOM; a reader sees pixels). For every lesson
 * page (or the pages named), in the light and dark theme, at 1280×800 and 390×844: each diagram's
 * figure, hydrated, at its default state and again with every parameter slider at its largest
 * setting; each code listing; with --full, the whole page too. Writes PNGs named
 * <page>--<what>--<theme>-<width>.png and prints where.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_EXECUTABLE, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { builtPages, isLessonPage } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, page: { type: 'string', multiple: true }, full: { type: 'boolean', default: false } },
});
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Scrolls every island into view so each hydrates (they wake near the viewport), then back up. */
async function hydrate(page: Page): Promise<void> {
  const islands = page.locator('[data-island]');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('[data-island][data-ssr]').length === 0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Every parameter slider of a figure (not its player's) to its largest setting. */
async function toExtremes(page: Page, id: string): Promise<void> {
  const sliders = page.locator(`figure#${id} input[type="range"]`);
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    if ((await slider.evaluate((e) => e.closest('.dg-player') !== null)) || !(await slider.isEnabled())) continue;
    await slider.focus();
    await page.keyboard.press('End');
  }
}

async function main(): Promise<void> {
  const pages = values.page?.length ? values.page : builtPages().filter(isLessonPage);
  const out = values.out;
  mkdirSync(out, { recursive: true });
  const server = await serveDist();
  const browser = await chromium.launch({ ...(CHROMIUM_EXECUTABLE ? { executablePath: CHROMIUM_EXECUTABLE } : {}), args: [...CHROMIUM_FLAGS] });
  let written = 0;
  try {
    for (const viewport of VIEWPORTS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        for (const path of pages) {
          const name = path.replace(/\/$/, '').replaceAll('/', '_') || 'home';
          const shot = async (what: string, target: Page | ReturnType<Page['locator']>, full = false): Promise<void> => {
            const file = join(out, `${name}--${what}--${theme}-${viewport.width}.png`);
            await ('goto' in target ? target.screenshot({ path: file, fullPage: full }) : target.screenshot({ path: file }));
            written++;
          };
          await page.goto(server.url(path));
          await hydrate(page);
          if (values.full) await shot('page', page, true);
          await shot('top', page);
          const ids = await page.locator('figure.dg[id]').evaluateAll((figures) => figures.map((f) => f.id));
          for (const id of ids) await shot(id, page.locator(`figure#${id}`));
          const listings = await page.locator('figure.listing[id]').evaluateAll((figures) => figures.map((f) => f.id));
          for (const id of listings) await shot(id, page.locator(`figure#${id}`));
          for (const id of ids) {
            await toExtremes(page, id);
            await shot(`${id}-max`, page.locator(`figure#${id}`));
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Screenshots: ${written} pictures of ${pages.length} pages in ${out}/`);
}

await main();
