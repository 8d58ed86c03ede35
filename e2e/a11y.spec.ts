import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { builtPages, NOT_FOUND_PATH, presetTheme, type Theme } from './helpers/site.ts';

const pages = [...builtPages(), NOT_FOUND_PATH];

// An axe scan of a lesson page with a diagram and a highlighted listing takes a few seconds on an
// idle machine, but well over 20 s on a busy one (parallel builds, two workers); a timeout then
// says nothing about accessibility. Give each scan room.
test.describe.configure({ timeout: 90_000 });
const themes: Theme[] = ['light', 'dark'];

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context }) => {
      // axe over a whole lesson page takes about 20 s on a busy 2-core machine.
      test.slow();
      await presetTheme(context, theme);
    });

    for (const path of pages) {
      test(`axe finds no WCAG 2.2 AA violations on /${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
      });
    }
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
