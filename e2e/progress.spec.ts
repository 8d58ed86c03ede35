import { expect, test, type Page } from '@playwright/test';
import { collectProblems, type PageProblems } from './helpers/errors.ts';
import { layoutShifts } from './helpers/layout.ts';
import { LESSON_1_PATH } from './helpers/site.ts';

const LESSON_3_PATH = 'lessons/context-switch/';
const CONTINUE_PATH = 'continue/';

const finished = (page: Page) => page.getByRole('checkbox', { name: 'I have finished this lesson' });
const sidebarLesson1 = (page: Page) => page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Tasks and threads/ });
const continueLink = (page: Page) => page.getByRole('link', { name: 'Continue where you left off' });
const noLessonNote = (page: Page) => page.getByText('This browser has no lesson on record');
const lesson1Link = (page: Page) => page.getByRole('main').getByRole('link', { name: 'Start with lesson 1: Tasks and threads' });

/**
 * No script error and nothing logged as an error. (Requests are not checked here: going from page
 * to page quickly may cancel a favicon request, which is not a fault of the page.)
 */
function expectNoErrors(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
}

test('after visiting a lesson, the home page\'s "Continue" link goes through /continue/ back to it', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(LESSON_3_PATH);
  await expect(finished(page)).toBeVisible();
  await page.goto('');
  await continueLink(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The context switch' })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${LESSON_3_PATH}$`));
  // /continue/ replaced itself in the history: Back returns to the home page.
  await page.goBack();
  await expect(continueLink(page)).toBeVisible();
  expectNoErrors(problems);
});

test('with no progress, /continue/ says so and offers lesson 1 and the lesson list', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(CONTINUE_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Continue where you left off' })).toBeVisible();
  await expect(noLessonNote(page)).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).not.toHaveCount(0);
  await lesson1Link(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
  expectNoErrors(problems);
});

test('the home page has no progress marks: its lesson cards are plain links', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  await finished(page).check();
  await page.goto('');
  const card = page.getByRole('region', { name: 'Lessons' }).getByRole('link', { name: /Tasks and threads/ });
  await expect(card).toBeVisible();
  await expect(card).not.toContainText('✓');
  await expect(card).not.toContainText('Finished');
  await expect(page.locator('.progress-mark, [data-progress-lesson]')).toHaveCount(0);
});

test('marking a lesson finished by keyboard puts a ✓ and "Finished" on it in the sidebar, and it lasts', async ({ page }) => {
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

  await page.goto(LESSON_3_PATH);
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads✓ Finished');
  await expect(finished(page)).not.toBeChecked();
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

test('a lesson marked in another tab gets its ✓ here too', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(LESSON_3_PATH);
  const other = await context.newPage();
  await other.goto(LESSON_1_PATH);
  await finished(other).check();
  await expect(sidebarLesson1(page)).toHaveText('1Tasks and threads✓ Finished');
});

test('progress loads without moving the lesson page', async ({ page }) => {
  await page.goto(LESSON_1_PATH);
  await finished(page).check();
  await page.reload();
  await expect(finished(page)).toBeChecked();
  expect(await layoutShifts(page)).toEqual([]);
});

test('stored progress that cannot be read counts as none, without errors', async ({ page, context }) => {
  await context.addInitScript(() => localStorage.setItem('cmv-progress', '{"done": "oops", "last": 42'));
  const problems = collectProblems(page);
  await page.goto(CONTINUE_PATH);
  await expect(noLessonNote(page)).toBeVisible();
  await page.goto(LESSON_1_PATH);
  await expect(finished(page)).not.toBeChecked();
  expectNoErrors(problems);
});

test('without storage, lessons offer no checkbox and /continue/ says it has no lesson on record', async ({ page, context }) => {
  // As in some private modes: any use of localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is off', 'SecurityError');
      },
    });
  });
  const problems = collectProblems(page);
  await page.goto(LESSON_1_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
  await expect(finished(page)).toBeHidden();
  await page.goto(CONTINUE_PATH);
  await expect(noLessonNote(page)).toBeVisible();
  await expect(lesson1Link(page)).toBeVisible();
  expectNoErrors(problems);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lessons have no finished checkbox; /continue/ explains and offers lesson 1 and the list', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    await expect(finished(page)).toBeHidden();
    await page.goto('');
    await continueLink(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Continue where you left off' })).toBeVisible();
    await expect(page.getByText('Finding that lesson needs JavaScript')).toBeVisible();
    await expect(noLessonNote(page)).toBeHidden();
    await expect(lesson1Link(page)).toBeVisible();
  });
});
