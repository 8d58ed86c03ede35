import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { diagramsInDist, hydrateAll } from './helpers/islands.ts';

/**
 * Every diagram of the site, once each, after a reader has used it by keyboard alone: played and
 * paused, stepped both ways, each slider moved, the transcript opened, then every parameter at its
 * largest setting. Then axe (WCAG 2.2 AA, so contrast included) in the light theme and again in the
 * dark one. Diagrams are found in dist/, so a new one is covered with no change here.
 */

const diagrams = diagramsInDist();

test('the built site has diagrams to check', () => {
  expect(diagrams.length).toBeGreaterThan(0);
});

/** Presses a control the way a keyboard user does: Tab focus lands on it, then Enter. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await control.press(key);
}

async function useByKeyboard(page: Page, figure: Locator): Promise<void> {
  const playToggle = figure.getByRole('button', { name: /^(Play|Pause)$/ });
  // The player's own slider: Time on a timeline, Step on a diagram told in steps.
  const time = figure.locator('.dg-player').getByRole('slider').first();
  if ((await playToggle.count()) > 0) {
    // From the start, so that the run cannot end (and the toggle turn back to Play by itself)
    // between the checks below: a diagram that opens near its end would race them.
    await time.focus();
    await page.keyboard.press('Home');
    const before = await time.inputValue();
    await press(playToggle);
    await expect(figure.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await expect.poll(() => time.inputValue()).not.toBe(before);
    await press(figure.getByRole('button', { name: 'Pause', exact: true }), ' ');
    await expect(figure.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

    const paused = await time.inputValue();
    await press(figure.getByRole('button', { name: 'Step back', exact: true }));
    await expect.poll(() => time.inputValue()).not.toBe(paused);
    const back = await time.inputValue();
    await press(figure.getByRole('button', { name: 'Step forward', exact: true }));
    await expect.poll(() => time.inputValue()).not.toBe(back);
  }
  // Every slider (parameters and Time) moves with the arrow keys alone.
  const sliders = figure.getByRole('slider');
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    const before = await slider.inputValue();
    const atMax = before === (await slider.getAttribute('max'));
    await slider.focus();
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => slider.inputValue(), { message: `slider ${i} moves by keyboard` }).not.toBe(before);
  }
  const summary = figure.locator('details > summary').filter({ hasText: 'Transcript' });
  await press(summary);
  await expect(summary.locator('..')).toHaveAttribute('open', '');
}

/**
 * Every parameter at its largest setting (End on each slider but the player's, the last choice of
 * each radio group): where labels crowd, lanes turn dense and numbers grow longest. Axe then
 * checks that state too.
 */
async function toExtremes(page: Page, figure: Locator): Promise<void> {
  const params = figure.getByRole('slider');
  for (let i = 0; i < (await params.count()); i++) {
    const slider = params.nth(i);
    if ((await slider.evaluate((e) => e.closest('.dg-player') !== null)) || !(await slider.isEnabled())) continue;
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.inputValue(), { message: `slider ${i} reaches its largest setting` }).toBe(await slider.getAttribute('max'));
  }
  const groups = await figure.locator('input[type="radio"]').evaluateAll((radios) => [...new Set(radios.map((r) => (r as HTMLInputElement).name))]);
  for (const name of groups) {
    const last = figure.locator(`input[type="radio"][name="${name}"]`).last();
    if (await last.isEnabled()) await last.check();
  }
}

/**
 * Visible SVG shapes whose fill fell back to SVG's default black: a shape missing the class that
 * colours it (lesson 2's running bars were drawn so, black labels on black, in both themes). No
 * shape of the course is meant to be pure black; axe does not look at SVG fills.
 */
async function blackShapes(figure: Locator): Promise<string[]> {
  return figure.locator('svg :is(rect, path, circle, ellipse, polygon)').evaluateAll((shapes) =>
    shapes
      .filter((e) => {
        if (e.closest('defs, marker, pattern')) return false;
        const s = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && s.fill === 'rgb(0, 0, 0)' && s.visibility !== 'hidden' && Number(s.fillOpacity) > 0 && Number(s.opacity) > 0;
      })
      .map((e) => `<${e.tagName} class="${e.getAttribute('class') ?? ''}">`),
  );
}

for (const { id, path } of diagrams) {
  test(`diagram ${id} (on /${path}): narration, transcript, labelled spans, and no axe violations after keyboard use, in both themes`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await hydrateAll(page);
    const figure = page.locator(`figure#${id}`);
    await figure.scrollIntoViewIfNeeded();

    // Narration is a polite live region; the transcript lists what happens, in words.
    const narration = figure.getByRole('status', { name: 'Narration' });
    await expect(narration).toHaveAttribute('aria-live', /^(polite|off)$/);
    await expect(narration).not.toBeEmpty();
    await expect(figure.locator('details > summary').filter({ hasText: 'Transcript' })).toHaveCount(1);
    // Colour is never the only signal: every drawn span says what it is in text.
    const unlabelled = await figure.locator('svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) =>
        [...svg.querySelectorAll('rect[class*="dg-task-"], rect.tl-switch, rect.tl-held, path.tl-shape')]
          // A dense lane's paths share the title of their group.
          .filter((r) => !r.closest('.tl-past') && !(r.tagName === 'path' ? r.parentElement : r)?.querySelector(':scope > title')?.textContent?.trim())
          .map((r) => r.getAttribute('class') ?? ''),
      ),
    );
    expect(unlabelled, 'coloured spans without a text title').toEqual([]);

    await useByKeyboard(page, figure);
    // The transcript is built when opened: useByKeyboard opened it, and it tells the run in words.
    await expect(figure.locator('details.dg-transcript li').first()).toBeVisible();
    await toExtremes(page, figure);
    // Axe at the top of the page: a control that the keyboard walk left scrolled under the sticky
    // header would count as obscured, which says where the page is scrolled, not what it is.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await blackShapes(figure), 'SVG shapes left with the default black fill').toEqual([]);
    await expectNoAxeViolations(page);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await blackShapes(figure), 'SVG shapes left with the default black fill (dark theme)').toEqual([]);
    await expectNoAxeViolations(page);
  });
}
