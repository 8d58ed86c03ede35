/**
 * Links to diagrams, for every registered diagram (read from the registry, so a new diagram is
 * covered without editing this file): the permalink round trip on the lesson page, on the
 * diagram's own page and in its embed; one URL for Copy link, the link's address and a new tab;
 * and links that can no longer be fully restored.
 */
import { expect, test, type Page } from '@playwright/test';
import { brokenQuery, builtDiagrams } from './helpers/diagrams.ts';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const diagrams = builtDiagrams();

test('the registry has diagrams in this build', () => {
  expect(diagrams.length).toBeGreaterThan(0);
});

/** What a reader sees of a diagram's state: every control's value and the narration. */
async function seen(diagram: Diagram): Promise<{ controls: Record<string, string>; narration: string }> {
  return { controls: await diagram.controlValues(), narration: (await diagram.narration.textContent()) ?? '' };
}

async function open(page: Page, path: string, id: string): Promise<Diagram> {
  await page.goto(path);
  const diagram = new Diagram(page, id);
  await diagram.hydrated();
  return diagram;
}

for (const d of diagrams) {
  test.describe(`${d.id}`, () => {
    test('changed by keyboard, its link restores exactly that state in a fresh page, scrolled to it', async ({ page, context }) => {
      const diagram = await open(page, d.lessonPath, d.id);
      const before = await seen(diagram);
      await diagram.changeEveryControl();
      await expect.poll(async () => (await seen(diagram)).controls).not.toEqual(before.controls);
      const after = await seen(diagram);
      const url = await diagram.linkUrl();
      expect(new URL(url).pathname).toBe(new URL(page.url()).pathname);
      expect(new URL(url).hash).toBe(`#${d.id}`);

      const fresh = await context.newPage();
      const problems = collectProblems(fresh);
      await fresh.goto(url);
      const restored = new Diagram(fresh, d.id);
      // The page opens at the diagram, below the sticky header.
      await expect(restored.figure).toBeInViewport();
      await expect.poll(async () => (await restored.figure.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
      await restored.hydrated();
      await expect.poll(() => seen(restored)).toEqual(after);
      await expect(restored.notice).toHaveCount(0);
      expect(await restored.linkUrl()).toBe(url);
      await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
      expectNoProblems(problems);
    });

    test('a link to it leaves the other diagrams of its lesson in their default state', async ({ page }) => {
      const others = diagrams.filter((o) => o.lesson === d.lesson && o.id !== d.id);
      const plain = new Map<string, string>();
      await page.goto(d.lessonPath);
      for (const o of others) plain.set(o.id, (await new Diagram(page, o.id).link.getAttribute('href')) ?? '');
      const diagram = await open(page, d.lessonPath, d.id);
      await diagram.changeEveryControl();
      await page.goto(await diagram.linkUrl());
      for (const o of others) {
        const other = new Diagram(page, o.id);
        await other.hydrated();
        await expect(other.link).toHaveAttribute('href', plain.get(o.id) ?? '');
        await expect(other.notice).toHaveCount(0);
      }
    });

    test('Copy link, the link address and opening it in a new tab all give the same URL', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const diagram = await open(page, d.lessonPath, d.id);
      await diagram.changeEveryControl();
      const address = await diagram.linkUrl();
      await diagram.button('Copy link').click();
      await expect(diagram.figure.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
      const [tab] = await Promise.all([context.waitForEvent('page'), diagram.link.click({ modifiers: ['ControlOrMeta'] })]);
      await tab.waitForLoadState('domcontentloaded');
      expect(tab.url()).toBe(address);
    });

    for (const where of ['lesson', 'page', 'embed'] as const) {
      test(`on its ${where}, a broken or outdated link shows the notice and the defaults, with no console error`, async ({ page }) => {
        const path = where === 'lesson' ? d.lessonPath : where === 'page' ? d.pagePath : d.embedPath;
        const plain = await open(page, path, d.id);
        const defaults = await seen(plain);
        const { query, fields } = brokenQuery(d.id, (await plain.link.getAttribute('href')) ?? '');
        expect(fields.length).toBeGreaterThan(0);

        const problems = collectProblems(page);
        const diagram = await open(page, `${path}${query}#${d.id}`, d.id);
        await expect(diagram.notice).toHaveText(
          `This link's settings could not all be restored; showing the defaults for: ${fields.join(', ')}; ` +
            'ignoring settings this diagram does not have: renamed-setting.',
        );
        await expect.poll(() => seen(diagram)).toEqual(defaults);
        expectNoProblems(problems);
      });
    }

    test('its own page takes the same link state, and links back to its place in the lesson', async ({ page }) => {
      const diagram = await open(page, d.lessonPath, d.id);
      await diagram.changeEveryControl();
      const state = await seen(diagram);
      const query = new URL(await diagram.linkUrl()).search;

      const problems = collectProblems(page);
      const own = await open(page, `${d.pagePath}${query}#${d.id}`, d.id);
      await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible();
      await expect(own.figure.locator('figcaption')).toBeVisible();
      await expect.poll(() => seen(own)).toEqual(state);
      // Its link stays on this page, with the state.
      expect(new URL(await own.linkUrl()).pathname).toBe(new URL(page.url()).pathname);
      expect(new URL(await own.linkUrl()).search).toBe(query);
      const back = page.getByRole('main').getByRole('link', { name: /^See this diagram in lesson \d+/ });
      await back.click();
      await expect(page).toHaveURL(new RegExp(`/${d.lessonPath}#${d.id}$`));
      await expect(new Diagram(page, d.id).figure).toBeInViewport();
      expectNoProblems(problems);
    });

    test('its own page offers the embed HTML, following the diagram, and copies it', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const diagram = await open(page, d.pagePath, d.id);
      const code = page.getByRole('textbox', { name: 'HTML to paste into your page' });
      await expect(code).toHaveAttribute('readonly', '');
      await expect(code).toHaveValue(new RegExp(`^<iframe src="http[^"]+/${d.embedPath}[^"]*" title="[^"]+" `));
      await diagram.changeEveryControl();
      const query = new URL(await diagram.linkUrl()).search;
      const src = (value: string): string => (/src="([^"]*)"/.exec(value)?.[1] ?? '').replace(/&amp;/g, '&');
      await expect.poll(async () => new URL(src(await code.inputValue())).search).toBe(query);
      await page.getByRole('button', { name: 'Copy HTML' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'HTML copied' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    });

    test('its embed restores the state, works inside an <iframe>, and links to its full page in a new tab', async ({ page, request, baseURL }) => {
      const response = await request.get(d.embedPath);
      expect(response.status()).toBe(200);
      expect(response.headers()['x-frame-options']).toBeUndefined();
      expect(response.headers()['content-security-policy'] ?? '').not.toContain('frame-ancestors');

      const lesson = await open(page, d.lessonPath, d.id);
      await lesson.changeEveryControl();
      const state = await seen(lesson);
      const query = new URL(await lesson.linkUrl()).search;

      const problems = collectProblems(page);
      const src = new URL(`${d.embedPath}${query}`, baseURL).href;
      // A page of another origin (about:blank) framing the embed.
      await page.setContent(`<!doctype html><title>Host</title><iframe src="${src}" title="Embedded diagram" width="760" height="1100"></iframe>`);
      const frame = page.frameLocator('iframe');
      const figure = frame.locator(`figure#${d.id}`);
      await expect(figure.getByRole('button', { name: 'Copy link', exact: true })).toBeEnabled();
      await expect(frame.getByRole('banner')).toHaveCount(0);
      const link = figure.getByRole('link', { name: 'Link to this diagram', exact: true });
      const target = await link.evaluate((a) => ({ href: (a as HTMLAnchorElement).href, target: (a as HTMLAnchorElement).target || document.querySelector('base')?.target }));
      expect(target.target).toBe('_blank');
      expect(new URL(target.href).pathname).toBe(new URL(d.pagePath, baseURL).pathname);
      expect(new URL(target.href).search).toBe(query);
      expect(new URL(target.href).hash).toBe(`#${d.id}`);
      // The same state as on the lesson page.
      expect(await Diagram.controlValuesIn(figure)).toEqual(state.controls);
      expectNoProblems(problems);
    });
  });
}
