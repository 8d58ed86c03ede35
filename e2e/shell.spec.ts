import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { builtPages, LESSON_1_PATH, NOT_FOUND_PATH, presetTheme } from './helpers/site.ts';

const lessonPaths = builtPages().filter((path) => path.startsWith('lessons/'));

/** The lessons as the home page lists them: titles and paths, in course order. */
async function homeLessons(page: Page): Promise<{ title: string; path: string }[]> {
  await page.goto('');
  const cards = page.getByRole('region', { name: 'Lessons' }).getByRole('link');
  const titles = await cards.locator('.card-title').allTextContents();
  const hrefs = await cards.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return titles.map((title, i) => ({ title, path: new URL(hrefs[i] ?? '').pathname }));
}

function sidebar(page: Page) {
  return page.getByRole('navigation', { name: 'Lessons' });
}

test.describe('loading', () => {
  for (const path of ['', LESSON_1_PATH]) {
    test(`"/${path}" loads with no console errors and no failed requests`, async ({ page }) => {
      const problems = collectProblems(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expectNoProblems(problems);
    });
  }

  test('an unknown path is answered with the 404 page and its links', async ({ page }) => {
    const problems = collectProblems(page, [new RegExp(`${NOT_FOUND_PATH}$`)]);
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Tasks and threads' })).toBeVisible();
    expectNoProblems(problems);
  });
});

test.describe('lesson navigation', () => {
  test('the sidebar lists the lessons in the same order as the home page, numbered from 1', async ({ page }) => {
    const lessons = await homeLessons(page);
    expect(lessons.length).toBeGreaterThan(0);
    await page.goto(LESSON_1_PATH);
    const links = sidebar(page).getByRole('link');
    await expect(links).toHaveCount(lessons.length);
    for (const [i, lesson] of lessons.entries()) {
      await expect(links.nth(i)).toHaveText(`${i + 1}${lesson.title}`);
      expect(new URL((await links.nth(i).getAttribute('href')) ?? '', page.url()).pathname).toBe(lesson.path);
    }
  });

  test('the current lesson is marked with aria-current="page" and not by colour alone', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const current = sidebar(page).locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Tasks and threads');
    const style = await current.evaluate((a) => {
      const s = getComputedStyle(a);
      return { weight: Number(s.fontWeight), bar: s.borderLeftWidth };
    });
    expect(style.weight).toBeGreaterThanOrEqual(700);
    expect(style.bar).not.toBe('0px');
  });

  test('previous and next links follow the course order', async ({ page }) => {
    const lessons = await homeLessons(page);
    for (const [i, lesson] of lessons.entries()) {
      await page.goto(lesson.path);
      const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
      const prev = lessons[i - 1];
      const next = lessons[i + 1];
      if (!prev && !next) {
        await expect(pager).toHaveCount(0);
        continue;
      }
      const prevLink = pager.getByRole('link', { name: /^Previous/ });
      const nextLink = pager.getByRole('link', { name: /^Next/ });
      if (prev) await expect(prevLink).toHaveAttribute('href', prev.path);
      else await expect(prevLink).toHaveCount(0);
      if (next) await expect(nextLink).toHaveAttribute('href', next.path);
      else await expect(nextLink).toHaveCount(0);
    }
  });

  for (const path of lessonPaths) {
    test(`"On this page" on /${path} links only to headings that exist, each with its own anchor link`, async ({
      page,
    }) => {
      await page.goto(path);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const links = toc.getByRole('link');
      expect(await links.count()).toBeGreaterThan(2);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^#[a-z0-9-]+$/);
        const target = page.locator(`[id="${href.slice(1)}"]`);
        await expect(target).toHaveCount(1);
        expect(await target.evaluate((element) => element.tagName)).toMatch(/^H[23]$/);
        await expect(page.locator(`a.anchor-link[href="${href}"]`)).toHaveCount(1);
      }
    });
  }

  test('the skip link is the first thing focused and moves to the main content', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the footer links the Sources page, and citations point at entries that exist there', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Sources' })).toBeVisible();
    const citations = page.locator('a.cite-link');
    expect(await citations.count()).toBeGreaterThan(0);
    const ids = await citations.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    await page.goto('sources/');
    for (const id of ids) await expect(page.locator(`li[id="${id}"]`)).toHaveCount(1);
  });
});

test.describe('theme', () => {
  test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(LESSON_1_PATH);
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await toggle.click();
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('with no stored choice the theme follows the system preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('a stored choice is applied before the body exists, so nothing is painted in the wrong theme', async ({
    page,
    context,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await presetTheme(context, 'dark');
    // Record <html data-theme> at the moment <body> is parsed: nothing can be painted before then.
    await context.addInitScript(() => {
      const record = (window as unknown as { themeAtBody?: string | null });
      const observer = new MutationObserver(() => {
        if (document.body) {
          record.themeAtBody = document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(LESSON_1_PATH);
    const themeAtBody = await page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody);
    expect(themeAtBody).toBe('dark');
  });
});

test.describe('small screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the lesson list folds away and opens on demand', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const current = sidebar(page).locator('a[aria-current="page"]');
    await expect(current).toBeHidden();
    await sidebar(page).getByText('Lessons', { exact: true }).click();
    await expect(current).toBeVisible();
  });
});
