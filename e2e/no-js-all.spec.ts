import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './helpers/site.ts';
import { hydrateAll } from './helpers/islands.ts';

/**
 * Every page without JavaScript, generic over the built site: the same prose and code as with it,
 * every diagram's server-rendered first frame with its description, narration and transcript, and
 * no control offered that could not work: each is hidden, or disabled beside a note saying it
 * needs JavaScript.
 */

/** The page's reading text outside islands: headings, paragraphs, list items, code, table cells. */
async function readingText(page: Page): Promise<string[]> {
  return page
    .locator('main :is(h1, h2, h3, h4, p, li, pre, td, th, figcaption, dt, dd, blockquote)')
    .evaluateAll((els) => els.filter((e) => !e.closest('[data-island]')).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

for (const path of builtPages()) {
  test(`without JavaScript /${path} keeps its text, code and diagrams, and offers no dead control`, async ({ browser }) => {
    test.slow();
    const withJs = await browser.newPage();
    await withJs.goto(path);
    await hydrateAll(withJs);
    const expected = await readingText(withJs);
    await withJs.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('main')).toHaveCount(1);
    const text = await readingText(page);
    // An embed is the diagram and one credit line; any other page has prose around it.
    expect(text.join('').length).toBeGreaterThan(path.endsWith('/embed/') ? 20 : 100);
    expect(text).toEqual(expected);
    for (const pre of await page.locator('main pre').all()) await expect(pre).not.toBeEmpty();

    for (const figure of await page.locator('figure.dg').all()) {
      const id = await figure.getAttribute('id');
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      // The picture: an SVG drawing, or HTML (the register boxes of a context switch).
      const picture = figure.locator('.dg-body');
      await expect(picture, `${id}: first frame`).toBeVisible();
      expect(await picture.locator('rect, path, line, circle, text, li, td').count(), `${id}: first frame is drawn`).toBeGreaterThan(5);
      await expect(figure.locator(`#${id}-description`), `${id}: description`).not.toBeEmpty();
      await expect(figure.getByRole('status', { name: 'Narration' }), `${id}: narration`).not.toBeEmpty();
      expect(await figure.locator('details li').count(), `${id}: transcript`).toBeGreaterThan(0);
    }

    // Controls: hidden, or disabled with a visible note nearby that they need JavaScript.
    const dead = await page.locator('button, input, select, textarea').evaluateAll((controls) =>
      controls.flatMap((c) => {
        if (!c.checkVisibility({ visibilityProperty: true })) return [];
        const field = c as HTMLInputElement;
        // A read-only field (the embed snippet) works without JavaScript: select it and copy.
        if (field.readOnly) return [];
        const disabled = field.disabled || c.closest('fieldset:disabled') !== null;
        const scope = c.closest('figure, form, section') ?? document.body;
        const explained = [...scope.querySelectorAll('*')].some(
          (e) => e.children.length === 0 && /JavaScript/.test(e.textContent ?? '') && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        );
        return disabled && explained ? [] : [`${c.outerHTML.slice(0, 90)}${disabled ? ' (no note says it needs JavaScript)' : ' (enabled)'}`];
      }),
    );
    expect(dead, 'controls that cannot work without JavaScript').toEqual([]);
    await context.close();
  });
}
