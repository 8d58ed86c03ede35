import { expect, test } from '@playwright/test';
import { LESSON_1_PATH } from './helpers/site.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript lesson 1 still has its prose', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Taking turns' })).toBeVisible();
  await expect(page.getByText(/The part of the operating system that does this is the scheduler/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What to remember' })).toBeVisible();
});

test('without JavaScript the listing is highlighted and shows its output', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  const listing = page.getByRole('figure').filter({ hasText: 'spawn-threads.rs' });
  const code = listing.locator('pre.astro-code');
  await expect(code).toContainText('thread::spawn(move || count_primes(limit))');
  // Highlighted: the keyword `fn` is drawn in a different colour from plain text.
  const colours = await code.evaluate((pre) => {
    const keyword = [...pre.querySelectorAll('span span')].find((s) => s.textContent === 'fn');
    return { keyword: keyword ? getComputedStyle(keyword).color : null, plain: getComputedStyle(pre).color };
  });
  expect(colours.keyword).not.toBeNull();
  expect(colours.keyword).not.toBe(colours.plain);
  await expect(listing.locator('samp')).toContainText('all 4 tasks done');
});

test('without JavaScript the theme toggle is not offered, since it could not work', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
});

test('without JavaScript a dark system preference still gets the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON_1_PATH);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 23, 28)');
});
