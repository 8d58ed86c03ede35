import { expect, test, type Page } from '@playwright/test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { Predict, type PredictProps } from '../src/diagrams/kit/predict/Predict.tsx';
import { judgeNumber } from '../src/diagrams/kit/predict/predict-judge.ts';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';

/**
 * "Predict, then check" questions: server-rendered forms that a small script (no framework)
 * makes work. Lesson 2 has three choice questions. No lesson asks for a number yet, so one is
 * rendered here with the real component and put into the lesson page as it is served, where the
 * page's own script and styles make it work.
 */
const PATH = 'lessons/blocked-ready-running/';
const CHOICE = 'predict-who-runs-next';
const NUMBER = {
  id: 'predict-test-number',
  question: 'How long does the switch take?',
  answer: 40,
  tolerance: 5,
  unit: 'µs',
  min: 0,
  explanation: 'The diagram uses 40 µs.',
  seeIt: 'Step the diagram to 40 µs.',
} satisfies PredictProps;

/** Serves the lesson with the number question before its first question. */
async function withNumberQuestion(page: Page): Promise<void> {
  await page.route(`**/${PATH}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const first = '<div class="pr-wrap">';
    expect(html).toContain(first);
    await route.fulfill({ response, body: html.replace(first, `${first}${render(h(Predict, NUMBER))}</div>${first}`) });
  });
}

test('a wrong pick gets its own explanation, the right one a yes; a new pick clears the verdict', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(PATH);
  const form = page.locator(`form#${CHOICE}`);
  const status = form.getByRole('status');
  const check = form.getByRole('button', { name: 'Check my guess' });
  await expect(check).toBeEnabled();
  await expect(form.getByText('Checking needs JavaScript; the answer is below.')).toBeHidden();

  await check.click();
  await expect(status).toHaveText('✗ Pick one answer first.');

  await form.getByRole('radio', { name: /^C: it has the most work left/ }).check();
  await expect(status).toBeEmpty();
  await check.click();
  await expect(status.locator('.pr-verdict.pr-wrong')).toHaveCount(1);
  await expect(status).toHaveText(
    /^✗ Not quite\. This scheduler does not look at how much work a thread has left\..*Blocking takes A off the core at once\..* Step the diagram to 30 µs, then to 32 µs\.$/,
  );

  await form.getByRole('radio', { name: /^B: it is at the head of the run queue/ }).check();
  await expect(status).toBeEmpty();
  await check.click();
  await expect(status.locator('.pr-verdict.pr-right')).toHaveCount(1);
  await expect(status).toHaveText(/^✓ Yes\. When a core comes free, the scheduler takes the thread at the head of the run queue/);
  // The other questions on the page keep their own state.
  await expect(page.locator('form#predict-runs-at-once').getByRole('status')).toBeEmpty();
  expectNoProblems(problems);
});

test('a number guess is judged by the tolerance, and a wrong one says which way the answer lies', async ({ page }) => {
  const problems = collectProblems(page);
  await withNumberQuestion(page);
  await page.goto(PATH);
  const form = page.locator(`form#${NUMBER.id}`);
  const status = form.getByRole('status');
  const guess = form.getByRole('spinbutton', { name: 'Your guess' });
  const check = form.getByRole('button', { name: 'Check my guess' });
  await expect(guess).toBeEnabled();

  await check.click();
  await expect(status).toHaveText('✗ Type a number first.');

  const explanation = `${NUMBER.explanation} ${NUMBER.seeIt}`;
  for (const [typed, right] of [['44', true], ['35', true], ['46', false], ['10', false], ['0.5', false]] as const) {
    await guess.fill(typed);
    await expect(status, 'typing clears the verdict').toBeEmpty();
    await guess.press('Enter');
    const verdict = judgeNumber(Number(typed), NUMBER.answer, NUMBER.tolerance, NUMBER.unit);
    expect(verdict.right).toBe(right);
    await expect(status.locator(right ? '.pr-verdict.pr-right' : '.pr-verdict.pr-wrong')).toHaveCount(1);
    await expect(status.locator('p')).toHaveText([`${right ? '✓' : '✗'} ${verdict.text}`, explanation]);
  }
  // As everywhere in the lessons, a quantity stays on one line.
  await expect(status.locator('.dg-nowrap').first()).toHaveText('40 µs');
  expectNoProblems(problems);
});

test('the verdict goes into a polite live region that is in the server HTML and stays there', async ({ page }) => {
  await page.goto(PATH);
  const form = page.locator(`form#${CHOICE}`);
  const region = form.locator('.pr-result');
  await expect(region).toHaveAttribute('role', 'status');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  // Marked before any check: the region must be the same element afterwards, or nothing is announced.
  await region.evaluate((el) => el.setAttribute('data-test-mark', ''));
  await form.getByRole('radio', { name: /^B:/ }).check();
  await form.getByRole('button', { name: 'Check my guess' }).click();
  await expect(form.locator('.pr-result[data-test-mark]')).toContainText('✓ Yes.');
  // The prepared verdicts stay hidden: only the live region shows one.
  for (const block of await form.locator('[data-verdict]').all()) await expect(block).toBeHidden();
  await expect(form.getByRole('status')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the controls are disabled beside a note, and the answer is in the details', async ({ page }) => {
    await withNumberQuestion(page);
    await page.goto(PATH);
    for (const id of [CHOICE, NUMBER.id]) {
      const form = page.locator(`form#${id}`);
      await expect(form.getByRole('button', { name: 'Check my guess' })).toBeDisabled();
      await expect(form.getByText('Checking needs JavaScript; the answer is below.')).toBeVisible();
      await expect(form.getByRole('status')).toBeEmpty();
    }
    await expect(page.locator(`form#${CHOICE}`).getByRole('radio').first()).toBeDisabled();
    await expect(page.locator(`form#${NUMBER.id}`).getByRole('spinbutton')).toBeDisabled();

    const choice = page.locator(`form#${CHOICE}`);
    await choice.getByText('Show the answer').click();
    await expect(choice.getByText(/^Right: B: it is at the head of the run queue\./)).toBeVisible();
    const number = page.locator(`form#${NUMBER.id}`);
    await number.getByText('Show the answer').click();
    await expect(number.getByText('About 40 µs.')).toBeVisible();
  });
});

test('enabling the form moves nothing: it has the same box with and without JavaScript', async ({ browser }) => {
  const boxes = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(PATH);
    const form = page.locator(`form#${CHOICE}`);
    if (javaScriptEnabled) await expect(form.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
    boxes.push(await form.boundingBox());
    await context.close();
  }
  expect(boxes[1]).toEqual(boxes[0]);
});
