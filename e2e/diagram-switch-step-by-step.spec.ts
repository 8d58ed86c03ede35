import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/context-switch/';
const ID = 'switch-step-by-step';
// The values in src/sim/scenarios/switch-steps.ts.
const A_RIP = '0x5581e2a41b2f';
const B_RIP = '0x5581e2a43d08';

/** The diagram's parts that only this diagram has. */
function parts(d: Diagram) {
  const table = (name: string) => d.figure.getByRole('table', { name: new RegExp(`^${name}`) });
  return {
    step: d.slider('Step'),
    core: table('Core 0’s registers'),
    savedA: table('A’s saved state'),
    savedB: table('B’s saved state'),
    /** The value cell of register `reg` in a table. */
    value: (t: ReturnType<typeof table>, reg: string) => t.getByRole('row', { name: new RegExp(`^${reg} `) }).getByRole('cell'),
    queue: d.figure.getByRole('list', { name: /^Run queue/ }),
    threads: d.figure.getByRole('list', { name: 'Thread states' }).getByRole('listitem'),
    current: d.figure.getByRole('list', { name: 'Steps of the switch' }).locator('[aria-current="step"]'),
    radio: (name: string) => d.figure.getByRole('radio', { name }),
  };
}

/** Opens the lesson, with an optional query string, once this diagram works. */
const open = (page: Page, query = ''): Promise<Diagram> => Diagram.open(page, `${PATH}${query}`, ID);

test.describe('switch-step-by-step diagram', () => {
  test('starts at step 3, A’s registers copied out of the core into A’s saved state', async ({ page }) => {
    const problems = collectProblems(page);
    const d = await open(page);
    const p = parts(d);
    await expect(p.step).toHaveAttribute('aria-valuetext', 'Step 3 of 7: Save A');
    await expect(p.current).toHaveText('3 Save A');
    await expect(d.narration).toHaveText(/^Step 3 of 7, Save A: Before using the registers for its own work, the kernel copies them/);
    await expect(p.value(p.core, 'RIP')).toHaveText(A_RIP);
    await expect(p.value(p.savedA, 'RIP')).toHaveText(A_RIP);
    await expect(p.value(p.savedB, 'RIP')).toHaveText(B_RIP);
    await expect(p.queue.getByRole('listitem')).toHaveText(['B', 'C']);
    expectNoProblems(problems);
  });

  test('the arrow keys on the Step slider walk through save, pick and restore, and B continues with its own values', async ({ page }) => {
    const d = await open(page);
    const p = parts(d);
    await p.step.focus();
    await page.keyboard.press('ArrowRight');
    await expect(d.narration).toHaveText(/^Step 4 of 7, A to the queue: /);
    await expect(p.queue.getByRole('listitem')).toHaveText(['B', 'C', 'A']);
    await expect(p.threads).toHaveText(['A ready', 'B ready', 'C ready']);
    await expect(p.value(p.core, 'RIP')).toHaveText('—');

    await page.keyboard.press('ArrowRight');
    await expect(d.narration).toHaveText(/^Step 5 of 7, Pick B: .*the head of the run queue, B\.$/);
    await expect(p.queue.getByRole('listitem')).toHaveText(['C', 'A']);
    await expect(d.figure.getByText('B, the head of the run queue', { exact: true })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(d.narration).toHaveText(/^Step 6 of 7, Restore B: /);
    await expect(p.value(p.core, 'RIP')).toHaveText(B_RIP);
    await expect(p.value(p.core, 'RSP')).toHaveText(await p.value(p.savedB, 'RSP').textContent() ?? 'missing');

    await page.keyboard.press('End');
    await expect(d.narration).toHaveText(/^Step 7 of 7, B runs: .*B continues exactly where it stopped/);
    await expect(p.threads).toHaveText(['A ready', 'B running', 'C ready']);
    await expect(p.value(p.savedB, 'RIP')).toHaveText('—');

    await page.keyboard.press('Home');
    await expect(d.narration).toHaveText(/^Step 1 of 7, A runs: /);
    await expect(p.value(p.savedA, 'RIP')).toHaveText('—');
    await expect(d.figure.locator('output', { hasText: /^step 1 of 7$/ })).toBeVisible();
  });

  test('choosing “it blocks on I/O” with the keyboard tells the other story: A blocked, out of the queue', async ({ page }) => {
    const d = await open(page, `?${ID}.step=2`);
    const p = parts(d);
    await p.radio('its time slice is up').focus();
    await page.keyboard.press('ArrowRight');
    await expect(p.radio('it blocks on I/O')).toBeChecked();
    await expect(d.narration).toHaveText(/^Step 2 of 7, System call: A calls read\(\)/);
    await d.button('Step forward').click();
    await d.button('Step forward').click();
    await expect(d.narration).toHaveText(/^Step 4 of 7, A blocked: /);
    await expect(p.queue.getByRole('listitem')).toHaveText(['B', 'C']);
    await expect(p.threads).toHaveText(['A blocked', 'B ready', 'C ready']);
  });

  test('Play goes one step at a time and stops at the last; nothing moves on its own', async ({ page }) => {
    const d = await open(page, `?${ID}.step=5`);
    const p = parts(d);
    await d.frames(20);
    await expect(p.step).toHaveAttribute('aria-valuetext', 'Step 5 of 7: Pick B');
    await d.button('Play').click();
    await expect(p.step).toHaveAttribute('aria-valuetext', 'Step 6 of 7: Restore B');
    await expect(d.button('Pause')).toBeVisible();
    // The next step comes after a pause long enough to read the narration (2.5 s).
    await expect(p.step).toHaveAttribute('aria-valuetext', 'Step 7 of 7: B runs', { timeout: 8000 });
    await expect(d.button('Play')).toBeVisible();
    expect(await d.value(p.step)).toBe(6);
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const pick = (d: Diagram) => [d.figure, parts(d).core, parts(d).savedA, parts(d).savedB, d.button('Play'), d.narration, d.link];
    const hydrated = await Diagram.boxSizes(browser, PATH, ID, true, pick);
    expect(hydrated).toEqual(await Diagram.boxSizes(browser, PATH, ID, false, pick));
  });

});

test.describe('switch-step-by-step without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its description and the transcript of every step are in the HTML', async ({ page }) => {
    await page.goto(PATH);
    const d = new Diagram(page, ID);
    const p = parts(d);
    await expect(d.narration).toHaveText(/^Step 3 of 7, Save A: /);
    await expect(p.value(p.core, 'RIP')).toHaveText(A_RIP);
    await expect(p.value(p.savedA, 'RIP')).toHaveText(A_RIP);
    await expect(d.description).toContainText('Three tables list the same seven registers');
    await expect(d.figure.getByText(/^Simplified\. On x86-64 Linux/)).toBeVisible();
    await expect(d.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(d.button('Step forward')).toBeDisabled();
    await expect(p.step).toBeDisabled();
    await expect(p.radio('it blocks on I/O')).toBeDisabled();
    await d.figure.getByText('Transcript', { exact: true }).click();
    const items = d.transcript.getByRole('listitem');
    await expect(items).toHaveCount(7);
    await expect(items.first()).toHaveText(/^Step 1: A runs\. /);
    await expect(items.last()).toHaveText(/^Step 7: B runs\. /);
  });
});
