import { expect, test } from '@playwright/test';
import { glossary } from '../src/data/glossary.ts';
import { builtPages } from './helpers/site.ts';

const lessonPaths = builtPages().filter((path) => path.startsWith('lessons/'));

test('the glossary defines every term under its own heading, and says which lesson introduces it', async ({ page }) => {
  await page.goto('glossary/');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  for (const term of glossary) {
    const heading = page.locator(`h2[id="${term.id}"]`);
    await expect(heading).toHaveText(term.term);
  }
  const entry = page.getByRole('region', { name: 'context switch' });
  await expect(entry).toContainText('A core changing from one thread to another');
  const introduced = page.getByRole('region', { name: 'scheduler' }).getByRole('link', { name: /^lesson 1, Tasks and threads$/ });
  await introduced.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
});

for (const path of lessonPaths) {
  test(`glossary links on /${path} point at terms that exist`, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('a.term');
    const targets = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)));
    const ids = targets.map((u) => u.hash.slice(1));
    expect(new Set(ids).size, 'a term is linked twice: link only its first use').toBe(ids.length);
    for (const id of ids) expect(glossary.some((t) => t.id === id), id).toBe(true);
  });
}

/**
 * Each built lesson links every term it introduces (the term's `lesson`). Terms whose lesson is
 * not built yet are left out until it is, and a new lesson is covered as soon as it is built.
 */
const introducedIn = Map.groupBy(
  glossary.filter((term) => lessonPaths.includes(`lessons/${term.lesson}/`)),
  (term) => `lessons/${term.lesson}/`,
);

for (const [path, terms] of introducedIn) {
  test(`/${path} links each term it introduces to its definition`, async ({ page }) => {
    await page.goto(path);
    const hrefs = await page.locator('a.term').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const term of terms) {
      expect(hrefs.some((href) => href.endsWith(`#${term.id}`)), `<Term id="${term.id}"> (${term.term}) on /${path}`).toBe(true);
    }
  });
}

test('a term in lesson 1 leads to its definition', async ({ page }) => {
  await page.goto('lessons/tasks-and-threads/');
  await page.getByRole('link', { name: 'scheduler', exact: true }).click();
  await expect(page).toHaveURL(/glossary\/#scheduler$/);
  await expect(page.getByRole('heading', { level: 2, name: 'scheduler' })).toBeInViewport();
});
