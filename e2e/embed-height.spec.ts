import { expect, test } from '@playwright/test';
import { DEFAULT_EMBED_HEIGHT, DIAGRAMS } from '../src/diagrams/registry.ts';
import { hydrateAll } from './helpers/islands.ts';

/**
 * The <iframe> snippet a diagram's page offers must show the whole diagram at the width its entry
 * promises (about 700 px), in its default state, without a scrollbar inside the frame: the
 * registry's embedHeight is checked against the embed page's real height, so a diagram that grows
 * fails here instead of being cut off on someone's site.
 */
const EMBED_WIDTH = 700;

for (const diagram of DIAGRAMS) {
  test(`the embed snippet of ${diagram.id} is tall enough to show it whole at ${EMBED_WIDTH} px`, async ({ page }) => {
    const height = diagram.embedHeight ?? DEFAULT_EMBED_HEIGHT;
    await page.setViewportSize({ width: EMBED_WIDTH, height });
    await page.goto(`diagrams/${diagram.id}/embed/`);
    await hydrateAll(page);
    const needed = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(needed, `the embed page is ${needed} px tall; its snippet gives ${height} px`).toBeLessThanOrEqual(height);
  });
}
