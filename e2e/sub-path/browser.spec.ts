/**
 * What only a browser shows about the /course/ build: islands hydrate from under the base path,
 * a diagram's link keeps the reader under it, search loads its index and links results under it,
 * Continue goes to a lesson under it.
 */
import { expect, test } from '@playwright/test';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { collectProblems, expectNoProblems } from '../helpers/errors.ts';
import { Diagram } from '../pages/diagram.ts';

const [first] = DIAGRAMS;

test('a diagram hydrates under /course/, and its link restores its state there', async ({ page, context }) => {
  expect(first).toBeDefined();
  const id = first?.id ?? '';
  const problems = collectProblems(page);
  await page.goto(`lessons/${first?.lesson ?? ''}/`);
  const diagram = new Diagram(page, id);
  await diagram.hydrated();
  await diagram.changeEveryControl();
  const url = await diagram.linkUrl();
  expect(new URL(url).pathname).toMatch(/^\/course\/lessons\//);
  const controls = await diagram.controlValues();
  const fresh = await context.newPage();
  await fresh.goto(url);
  const restored = new Diagram(fresh, id);
  await restored.hydrated();
  await expect.poll(() => restored.controlValues()).toEqual(controls);
  expectNoProblems(problems);
});

test("a diagram's embed hydrates under /course/ and links to its page there", async ({ page }) => {
  const id = first?.id ?? '';
  const problems = collectProblems(page);
  await page.goto(`diagrams/${id}/embed/`);
  const embedded = new Diagram(page, id);
  await embedded.hydrated();
  expect(new URL(await embedded.linkUrl()).pathname).toBe(`/course/diagrams/${id}/`);
  expectNoProblems(problems);
});

test('search works under /course/ and its results link under /course/', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('search/?q=scheduler');
  const result = page.getByRole('heading', { level: 2, name: 'Tasks and threads' }).getByRole('link');
  await expect(result).toHaveAttribute('href', /^\/course\/lessons\/tasks-and-threads\/$/);
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks and threads' })).toBeVisible();
  expectNoProblems(problems);
});

test('Continue goes back to the last lesson visited, under /course/', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('lessons/context-switch/');
  await page.goto('');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The context switch' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/course/lessons/context-switch/');
  // /continue/ leaves at once by design, so the browser may cancel what it was still fetching (its
  // favicon): a cancelled request is not a failed one. A missing file would still show as HTTP 404.
  expectNoProblems({ ...problems, failedRequests: problems.failedRequests.filter((r) => !r.endsWith('net::ERR_ABORTED')) });
});
