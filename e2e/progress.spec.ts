import { expect, test, type Page } from '@playwright/test';
import { collectProblems, type PageProblems } from './helpers/errors.ts';
import { layoutShifts } from './helpers/layout.ts';
import { LESSON_1_PATH } from './helpers/site.ts';

const finished = (page: Page) => page.getByRole('checkbox', { name: 'I have finished this lesson' });
const sidebarLesson1 = (page: Page) => page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Tasks and threads/ });
const continueSlot = (page: Page) => page.locator('[data-progress-continue]');

/**
 * No script error and nothing logged as an error. (Requests are not checked here: going from page
 * to page quickly may cancel a favicon request, which is not a fault of the page.)
 */
function expectNoErrors(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
}

test('a first visit offers no "Continue" yet; after visiting a lesson the home page links back to it', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('');
  await expect(continueSlot(page)).toBeHidden();
  await page.goto(LESSON_1_PATH);
  await expect(finished(page)).toBeVisible();
  await page.goto('');
  const link = continueSlot(page).getByRole('link', { name: 'Lesson 1: Tasks and threads' });
  await expect(link).toBeVisible();
  await expect(continueSlot(page)).toContainText('Continue where you left off:');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
  expectNoErrors(problems);
});

test('marking a lesson finished by keyboard puts a ✓ and "Finished" on it in the lists, and it lasts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(LESSON_1_PATH);
  await expect(finished(page)).not.toBeChecked();
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads');
  await finished(page).focus();
  await page.keyboard.press('Space');
  await expect(finished(page)).toBeChecked();
  // A tick and a word (read out, and not colour alone).
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads✓ Finished');
  await expect(sidebarLesson1(page)).toHaveAccessibleName(/Tasks and threads.*Finished/);

  await page.goto('');
  const card = page.getByRole('region', { name: 'Lessons' }).getByRole('link', { name: /Tasks and threads/ });
  await expect(card.getByText('✓ Finished')).toBeVisible();
});

test('unchecking the box by keyboard takes the mark off again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(LESSON_1_PATH);
  await page.evaluate(() => localStorage.setItem('cmv-progress', JSON.stringify({ done: ['tasks-and-threads'], last: 'tasks-and-threads' })));
  await page.reload();
  await expect(finished(page)).toBeChecked();
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads✓ Finished');
  await finished(page).focus();
  await page.keyboard.press('Space');
  await expect(finished(page)).not.toBeChecked();
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads');
});

test('progress loads without moving the page: no layout shift on the home page or a lesson', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  await finished(page).check();
  await page.goto('');
  await expect(continueSlot(page).getByRole('link')).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

test('stored progress that cannot be read counts as none, without errors', async ({ page, context }) => {
  await context.addInitScript(() => localStorage.setItem('cmv-progress', '{"done": "oops", "last": 42'));
  const problems = collectProblems(page);
  await page.goto('');
  await expect(continueSlot(page)).toBeHidden();
  await page.goto(LESSON_1_PATH);
  await expect(finished(page)).not.toBeChecked();
  expectNoErrors(problems);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no finished checkbox and no Continue link: nothing that cannot work', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    await expect(finished(page)).toBeHidden();
    await page.goto('');
    await expect(continueSlot(page)).toBeHidden();
  });
});
