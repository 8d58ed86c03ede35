import { expect, test } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';

test.describe('search', () => {
  test('searching a word the lessons use lists the lesson, with links to its matching sections', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search the lessons and the glossary' }).fill('scheduler');
    await expect(page.getByRole('status').filter({ hasText: /found for “scheduler”/ })).toBeVisible();
    const lesson = page.getByRole('heading', { level: 2, name: 'Tasks and threads' }).getByRole('link');
    await expect(lesson).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=scheduler/);
    await lesson.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
    expectNoProblems(problems);
  });

  test('a glossary term is found, and its result links to the term on the Glossary page', async ({ page }) => {
    await page.goto('search/?q=waker');
    await expect(page.getByRole('searchbox')).toHaveValue('waker');
    const term = page.getByRole('list').getByRole('link', { name: 'waker', exact: true });
    await expect(term).toBeVisible();
    await term.click();
    await expect(page).toHaveURL(/glossary\/#waker$/);
    await expect(page.getByRole('heading', { level: 2, name: 'waker' })).toBeInViewport();
  });

  test('a word found nowhere says so', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox').fill('quokka');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No results for “quokka”' })).toBeVisible();
  });

  test('the header links to search from every page', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript, points at the lessons and glossary, and shows no dead form', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'glossary', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});
