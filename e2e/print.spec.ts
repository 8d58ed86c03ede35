import { expect, test } from '@playwright/test';
import { hydrateAll } from './helpers/islands.ts';
import { builtPages } from './helpers/site.ts';

/**
 * Lessons print cleanly: navigation and controls are not printed, each diagram prints as it is at
 * that moment (its picture, narration and time), and the address of each outside link is printed
 * after it. Generic over the lesson pages of the built site.
 */

const lessons = builtPages().filter((path) => path.startsWith('lessons/'));

for (const path of lessons) {
  test(`/${path} prints without navigation or controls, with its diagrams at their current frame`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    await hydrateAll(page);
    // Move every diagram off its first frame, so the print must show the reader's moment.
    const figures = await page.locator('figure.dg').all();
    const frames: { id: string; time: string; label: string }[] = [];
    for (const figure of figures) {
      // Step forward, or back for a diagram that opens at the end of its run.
      const forward = figure.getByRole('button', { name: 'Step forward', exact: true });
      if ((await forward.count()) > 0) {
        const atEnd = (await forward.getAttribute('aria-disabled')) === 'true';
        await (atEnd ? figure.getByRole('button', { name: 'Step back', exact: true }) : forward).click();
      }
      const time = figure.getByRole('slider', { name: 'Time', exact: true });
      // A drawn picture (an SVG) carries its moment in its label; other diagrams are HTML.
      const svg = figure.locator('.dg-body svg[role="img"]').first();
      frames.push({
        id: (await figure.getAttribute('id')) ?? '',
        time: (await time.count()) > 0 ? await time.inputValue() : '',
        label: (await svg.count()) > 0 ? ((await svg.getAttribute('aria-label')) ?? '') : '',
      });
    }

    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const hidden = (selector: string): string[] =>
        [...document.querySelectorAll(selector)].filter((e) => getComputedStyle(e).display !== 'none' && e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80));
      return {
        nav: hidden('nav, .skip-link, .theme-toggle, .sidebar, .toc, .pager'),
        controls: hidden('button, input, select, textarea'),
      };
    });
    expect(shown.nav, 'navigation printed').toEqual([]);
    expect(shown.controls, 'controls printed').toEqual([]);
    for (const frame of frames) {
      const figure = page.locator(`figure#${frame.id}`);
      const picture = figure.locator('.dg-body');
      await expect(picture).toBeVisible();
      expect((await picture.boundingBox())?.height ?? 0).toBeGreaterThan(40);
      if (frame.label !== '') await expect(picture.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', frame.label);
      await expect(figure.getByRole('status', { name: 'Narration' })).toBeVisible();
      if (frame.time !== '') await expect(figure.locator('output').filter({ hasText: /^t = / })).toHaveCount(1);
    }
    // Outside links print their address after the text.
    const links = await page.locator('main .prose a[href^="http"]').evaluateAll((as) =>
      as.filter((a) => !a.classList.contains('cite-link')).map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
    );
    for (const link of links) expect(link.after, link.href).toContain(link.href);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    console.log(`/${path}: prints on ${pages} A4 pages, ${figures.length} diagrams at their current frame, ${links.length} outside links with addresses`);
  });
}
