/**
 * Link previews of diagrams and their lessons are drawn from the diagram. (That every page names a
 * title, a description and a 1200×630 PNG under the base path is checked in every-page.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { builtDiagrams } from './helpers/diagrams.ts';

async function meta(page: Page, attribute: 'property' | 'name', key: string): Promise<string> {
  const locator = page.locator(`meta[${attribute}="${key}"]`);
  await expect(locator, key).toHaveCount(1);
  return (await locator.getAttribute('content')) ?? '';
}

for (const d of builtDiagrams()) {
  test(`the previews of "${d.id}" and its lesson are drawn from the diagram`, async ({ page }) => {
    await page.goto(d.pagePath);
    expect(new URL(await meta(page, 'property', 'og:image')).pathname).toMatch(new RegExp(`/og/diagrams/${d.id}\\.png$`));
    expect(await meta(page, 'property', 'og:description')).toContain(d.caption);
    await page.goto(d.lessonPath);
    expect(new URL(await meta(page, 'property', 'og:image')).pathname).toMatch(new RegExp(`/og/lessons/${d.lesson}\\.png$`));
  });
}
