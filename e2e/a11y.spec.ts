import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { builtPages, NOT_FOUND_PATH, presetTheme, type Theme } from './helpers/site.ts';

const pages = [...builtPages(), NOT_FOUND_PATH];
const themes: Theme[] = ['light', 'dark'];

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context }) => {
      await presetTheme(context, theme);
    });

    for (const path of pages) {
      test(`axe finds no WCAG 2.2 AA violations on /${path}`, async ({ page }) => {
        test.slow(); // axe over a whole lesson page takes a while on a busy machine
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
      });
    }
  });
}

// One test per lesson, so that the time each takes does not grow with the number of lessons.
for (const path of pages.filter((p) => p.startsWith('lessons/'))) {
  test(`at 360 px, with the lists folded, axe still finds no violations on /${path}`, async ({ page }) => {
    test.slow(); // axe over a whole lesson page takes a while on a busy machine
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
