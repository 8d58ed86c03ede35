/**
 * Link previews: every page names a title, a description and a 1200×630 PNG picture by an
 * absolute URL under the site's base path, so a link pasted into a chat or a post shows a card.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtDiagrams } from './helpers/diagrams.ts';
import { builtPages } from './helpers/site.ts';

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

for (const path of builtPages()) {
  test(`/${path} has link-preview metadata with a 1200×630 PNG under the base path`, async ({ page, request, baseURL }) => {
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect((await meta(page, 'property', 'og:title')).length).toBeGreaterThan(5);
    expect((await meta(page, 'property', 'og:description')).length).toBeGreaterThan(20);
    expect(await meta(page, 'property', 'og:type')).toBe(path.startsWith('lessons/') ? 'article' : 'website');
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect((await meta(page, 'property', 'og:image:alt')).length).toBeGreaterThan(10);

    const image = new URL(await meta(page, 'property', 'og:image'));
    expect(image.origin).toBe(new URL(canonical).origin);
    const base = new URL(baseURL ?? 'http://x/').pathname;
    expect(image.pathname.startsWith(base), `${image.pathname} is not under ${base}`).toBe(true);
    expect(await meta(page, 'name', 'twitter:image')).toBe(image.href);

    const response = await request.get(image.pathname.slice(base.length));
    expect(response.status()).toBe(200);
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
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
