import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { builtPages, NOT_FOUND_PATH } from './helpers/site.ts';

/**
 * Axe (WCAG 2.2 AA) on every page of the built site: the whole rule set in the light theme, then,
 * on the same page, the rules that depend on colour in the dark theme (the markup is the same in
 * both themes; only colours change). Lesson pages again at 360 px, where the lists fold.
 */
const pages = [...builtPages(), NOT_FOUND_PATH];

/** The axe rules whose result can differ between the themes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violations on /${path}, in the light theme and the dark`, async ({ page }) => {
    // axe over a whole lesson page takes about 20 s on a busy 2-core machine.
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoAxeViolations(page, { rules: COLOUR_RULES });
  });
}

// One test per page: axe is slow on long lesson pages, and one test for them all would outgrow its time limit.
for (const path of pages.filter((p) => p.startsWith('lessons/'))) {
  test(`at 360 px, with the lists folded, axe still finds no violations on /${path}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
