import { expect, type Page } from '@playwright/test';

/**
 * Keyboard use of a page: Tab reaches every control, each is a native element, focus is always
 * visible, and Tab cycles through the page and out again (no keyboard trap), Shift+Tab walking the
 * same way back. Used by every-page.spec.ts.
 */

/** Native elements that may take focus; tabindex="0" only on scrollable regions (code listings). */
const NATIVE = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

interface Stop {
  readonly index: number;
  readonly tag: string;
  readonly what: string;
  readonly visible: boolean;
  /** What covers it, if something does. */
  readonly cover: string;
  /** Whether focus changed how the element looks: outline, box-shadow, border or background. */
  readonly indicator: boolean;
}

/** Tags every visible, enabled control with data-kb so each Tab stop can be matched to it, and records how it looks unfocused. */
async function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const looks = (e: Element): string => {
      const s = getComputedStyle(e);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
    };
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => {
      if ((e as HTMLButtonElement).disabled || e.closest('[inert]')) return false;
      // Hidden by display, visibility or a closed <details> (unless CSS shows its content).
      return e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: false });
    });
    controls.forEach((e, i) => {
      e.dataset['kb'] = String(i);
      e.dataset['kbLooks'] = looks(e);
    });
    return controls.length;
  });
}

async function activeStop(page: Page): Promise<Stop | null> {
  return page.evaluate(async () => {
    // Let style changes that focus started (even a 0.01 ms transition) settle first.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body || e === document.documentElement) return null;
    const s = getComputedStyle(e);
    const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none';
    // Focus not obscured (WCAG 2.2, 2.4.11): some of the element is on screen and on top, not
    // under the sticky header. Probed at the centre and near the corners of its first box (a
    // link that wraps has several), clamped to the viewport.
    const r = e.getClientRects()[0] ?? e.getBoundingClientRect();
    const clampX = (x: number): number => Math.min(Math.max(x, 0), innerWidth - 1);
    const clampY = (y: number): number => Math.min(Math.max(y, 0), innerHeight - 1);
    const probes = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 3, r.top + 3],
      [r.right - 3, r.top + 3],
      [r.left + 3, r.bottom - 3],
      [r.right - 3, r.bottom - 3],
    ].map(([x, y]) => [clampX(x!), clampY(y!)] as const);
    const hits = probes.map(([x, y]) => document.elementFromPoint(x, y));
    const onTop = hits.some((top) => top !== null && (e === top || e.contains(top)));
    const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const cover = hits[0];
    return {
      index: e.dataset['kb'] === undefined ? -1 : Number(e.dataset['kb']),
      tag: e.tagName,
      what: `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}> "${(e.textContent ?? '').trim().slice(0, 30) || e.getAttribute('aria-label') || ''}"`,
      visible: inView && onTop,
      cover: onTop || !cover ? '' : ` (under <${cover.tagName.toLowerCase()} class="${String(cover.className)}">)`,
      indicator: (outline || shadow) && now !== e.dataset['kbLooks'],
    };
  });
}

/**
 * Walks the hydrated page with Tab and Shift+Tab and fails on the first problem. Ask for reduced
 * motion first (page.emulateMedia), so each focused element is already scrolled into view when it
 * is looked at. Returns the number of Tab stops.
 */
export async function expectKeyboardWalk(page: Page): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const controls = await markControls(page);
  // Roles that claim to be a control must be on the native element that is that control.
  const fakeControls = await page
    .locator('[role="button"]:not(button), [role="link"]:not(a), [role="slider"]:not(input), [role="checkbox"]:not(input), [role="tab"], [role="menuitem"], [tabindex]:not([tabindex="0"], [tabindex="-1"])')
    .evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)));
  expect(fakeControls, 'non-native controls or positive tabindex').toEqual([]);

  const forward: Stop[] = [];
  const limit = controls * 2 + 10;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await activeStop(page);
    if (stop === null) break; // focus left the document's last stop: the cycle is complete
    if (forward.length > 0 && stop.index === forward[0]!.index) break;
    forward.push(stop);
  }
  expect(forward.length, 'Tab keeps cycling inside the page: a keyboard trap').toBeLessThan(limit);

  const problems = forward.flatMap((s) => [
    ...(s.index < 0 ? [`${s.what} takes focus but is not a visible control`] : []),
    ...(!NATIVE.has(s.tag) && s.tag !== 'PRE' ? [`${s.what} is not a native control`] : []),
    ...(!s.visible ? [`${s.what} is off screen or covered when focused${s.cover}`] : []),
    ...(!s.indicator ? [`${s.what} shows no focus indicator`] : []),
  ]);
  expect(problems).toEqual([]);
  const reached = new Set(forward.map((s) => s.index));
  const unreached = await page.evaluate(
    (seen) => {
      const isSeen = (e: HTMLElement): boolean => seen.includes(Number(e.dataset['kb']));
      // A radio group is one Tab stop (the checked radio); the arrow keys move within it.
      const groupSeen = (e: HTMLElement): boolean =>
        e instanceof HTMLInputElement &&
        e.type === 'radio' &&
        e.name !== '' &&
        [...document.querySelectorAll<HTMLElement>(`input[type="radio"][name="${CSS.escape(e.name)}"]`)].some(isSeen);
      return [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((e) => !isSeen(e) && !groupSeen(e)).map((e) => e.outerHTML.slice(0, 100));
    },
    [...reached],
  );
  expect(unreached, 'controls Tab never reaches').toEqual([]);

  // Shift+Tab walks the same stops back, from the last one.
  const last = forward.length - 1;
  await page.locator(`[data-kb="${forward[last]!.index}"]`).focus();
  const back: number[] = [];
  for (let i = 0; i < Math.min(5, last); i++) {
    await page.keyboard.press('Shift+Tab');
    back.push((await activeStop(page))?.index ?? -2);
  }
  expect(back, 'Shift+Tab order').toEqual(forward.slice(last - back.length, last).map((s) => s.index).reverse());
  return forward.length;
}
