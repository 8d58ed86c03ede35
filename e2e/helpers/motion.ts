import { expect, type Page } from '@playwright/test';

/**
 * Motion checks for any page: nothing plays by itself, and with prefers-reduced-motion: reduce no
 * transition or animation takes time (CSS durations at most 0.01 ms, none in flight after a
 * change) while stepping still moves every diagram. Used by every-page.spec.ts.
 */

/** Waits for `n` animation frames: time for anything that would autoplay to move. */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) => new Promise<void>((resolve) => {
      let left = count;
      const tick = (): void => (--left <= 0 ? resolve() : void requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }),
    n,
  );
}

/** Each diagram's Time slider value, by figure id. */
async function playheads(page: Page): Promise<Record<string, string>> {
  return page.locator('figure.dg').evaluateAll((figures) =>
    Object.fromEntries(
      figures.flatMap((f) => {
        const time = [...f.querySelectorAll<HTMLInputElement>('input[type="range"]')].find((i) => i.labels?.[0]?.textContent?.trim() === 'Time');
        return time ? [[f.id, time.value]] : [];
      }),
    ),
  );
}

/** Every slider of every diagram (Time, steps, parameters), by figure id: what would move if anything played. */
async function sliders(page: Page): Promise<Record<string, string[]>> {
  return page.locator('figure.dg').evaluateAll((figures) =>
    Object.fromEntries(figures.map((f) => [f.id, [...f.querySelectorAll<HTMLInputElement>('input[type="range"]')].map((i) => i.value)])),
  );
}

/** The longest transition or animation duration of any element or pseudo-element, in ms. */
async function longestMotion(page: Page): Promise<{ ms: number; where: string }> {
  return page.evaluate(() => {
    const seconds = (list: string): number => Math.max(0, ...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0)));
    let worst = { ms: 0, where: '' };
    for (const e of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(e, pseudo);
        const animated = s.animationName !== 'none';
        const ms = 1000 * Math.max(seconds(s.transitionDuration), animated ? seconds(s.animationDuration) : 0);
        if (ms > worst.ms) worst = { ms, where: `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">${pseudo ?? ''}` };
      }
    }
    return worst;
  });
}

/** Nothing on the page moves in 30 frames: no diagram autoplays. */
export async function expectNothingPlaysByItself(page: Page): Promise<void> {
  const before = await sliders(page);
  await frames(page, 30);
  expect(await sliders(page), 'nothing plays by itself').toEqual(before);
}

/**
 * With reduced motion already asked for (page.emulateMedia): nothing moves by itself, every
 * diagram still steps and plays (by steps), and afterwards nothing is in flight and no style asks
 * for a transition or animation that takes time.
 */
export async function expectReducedMotion(page: Page): Promise<void> {
  const before = await playheads(page);
  await frames(page, 30);
  expect(await playheads(page), 'no autoplay').toEqual(before);

  for (const id of Object.keys(before)) {
    const figure = page.locator(`figure#${id}`);
    const time = figure.getByRole('slider', { name: 'Time', exact: true });
    const start = await time.inputValue();
    // A diagram that opens at the end of its run steps back instead.
    const forward = figure.getByRole('button', { name: 'Step forward', exact: true });
    const atEnd = (await forward.getAttribute('aria-disabled')) === 'true';
    await (atEnd ? figure.getByRole('button', { name: 'Step back', exact: true }) : forward).press('Enter');
    await expect.poll(() => time.inputValue(), { message: `${id} steps with reduced motion` }).not.toBe(start);
    const stepped = await time.inputValue();
    await figure.getByRole('button', { name: 'Play', exact: true }).press('Enter');
    await expect.poll(() => time.inputValue(), { message: `${id} plays by steps with reduced motion` }).not.toBe(stepped);
    // Stop it, unless it already reached the end and stopped by itself. The toggle is one
    // button whose name says what it will do, so it is there in either case.
    const toggle = figure.getByRole('button', { name: /^(Play|Pause)$/ });
    if ((await figure.getByRole('button', { name: 'Pause', exact: true }).count()) > 0) await toggle.press('Enter');
  }
  // Nothing is in flight a frame after the changes, and no style asks for motion that takes time.
  await frames(page, 2);
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  expect(running, 'transitions or animations still running').toBe(0);
  const worst = await longestMotion(page);
  expect(worst.ms, `longest transition/animation: ${worst.where}`).toBeLessThanOrEqual(0.01);
}
