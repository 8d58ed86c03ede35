import { expect, type Page } from '@playwright/test';
import { builtPages, readDist } from '../../scripts/lib/dist.ts';
import { parseHtml, withAttribute } from '../../scripts/lib/html.ts';

/**
 * Hydrates every island of the page: islands wake when near the viewport (src/islands/mount.ts),
 * so each is scrolled into view in turn; an island drops its `data-ssr` attribute once hydrated.
 * Leaves the page scrolled back to the top.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('[data-island]');
  const n = await islands.count();
  for (let i = 0; i < n; i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island][data-ssr]')).toHaveCount(0);
  // Hydration adopts the server's markup: a mismatch would leave a second copy beside it.
  await expect(page.locator('[data-island] > :nth-child(2)')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A diagram as the built HTML shows it: its figure id and the page it is on. */
export interface DiagramOnPage {
  readonly id: string;
  readonly path: string;
}

/** The pages a diagram id appears on, lesson pages first: where a check of "each diagram" runs. */
function preferLessons(a: string, b: string): number {
  return Number(!a.startsWith('lessons/')) - Number(!b.startsWith('lessons/')) || a.localeCompare(b);
}

/**
 * Every diagram of the built site, found by its figure (a <figure class="dg"> with an id, as
 * DiagramFrame renders it) in dist/, each once: on the first lesson page that shows it, else on
 * the first other page. A diagram added later is found with no change here.
 */
export function diagramsInDist(): DiagramOnPage[] {
  const first = new Map<string, string>();
  for (const path of builtPages().sort(preferLessons)) {
    const doc = parseHtml(readDist(`${path}index.html`));
    for (const figure of withAttribute(doc, 'id')) {
      if (figure.name !== 'figure' || !(figure.attribs['class'] ?? '').split(/\s+/).includes('dg')) continue;
      const id = figure.attribs['id']!;
      if (!first.has(id)) first.set(id, path);
    }
  }
  return [...first].map(([id, path]) => ({ id, path })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Pages of the built site that show at least one diagram. */
export function pagesWithDiagrams(): string[] {
  return builtPages().filter((path) => /<figure[^>]*\bclass="dg\b/.test(readDist(`${path}index.html`)));
}
