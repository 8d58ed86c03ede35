import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/many-tasks-one-thread/';
const ID = 'executor-loop';
// The default run (5 tasks, mixed I/O) as kept in src/sim/scenarios/executor-loop.snap.
const DEFAULT_T = 225.4;
const MAKESPAN = 635.8;

/** The executor-loop panel's boxes and lists, found by their accessible names. */
function panel(diagram: Diagram) {
  const box = (name: string) => diagram.figure.getByRole('group', { name, exact: true });
  return {
    queue: box('Run queue'),
    thread: box('Executor thread'),
    parked: box('Parked on I/O'),
    reactor: box('Reactor'),
    queueList: diagram.figure.getByRole('list', { name: /^Run queue/ }),
    parkedItems: box('Parked on I/O').getByRole('listitem'),
    done: diagram.figure.getByRole('list', { name: /^Done/ }),
  };
}

async function open(page: Page, query = ''): Promise<Diagram> {
  await page.goto(`${PATH}${query}`);
  const diagram = new Diagram(page, ID);
  await diagram.hydrated();
  return diagram;
}

test.describe('executor-loop diagram', () => {
  test("opens on C's wake-up: A runs, B and C wait in the run queue, D and E are parked", async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    const p = panel(diagram);
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
    await expect(diagram.narration).toHaveText(
      "225.4 µs: C's SSD read is done: the reactor calls C's waker, which puts C back in the run queue.",
    );
    await expect(p.queueList).toHaveAccessibleName('Run queue, head first: B and C');
    await expect(p.thread).toContainText('A running');
    await expect(p.parkedItems.filter({ hasText: /\w/ })).toHaveText(['E SSD read done at 295.8 µs', 'D round trip done at 615.6 µs']);
    await expect(p.reactor).toContainText("Just now: C's SSD read is done, so it calls C's waker.");
    await expect(diagram.figure.getByText('wakes C', { exact: true })).toBeVisible();
    await expect(diagram.timeline).toHaveAccessibleName(`Timeline of the executor thread from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`);
    expectNoProblems(problems);
  });

  test('stepping answers the question: A keeps the thread until it is done, then B runs, then C', async ({ page }) => {
    const diagram = await open(page);
    const p = panel(diagram);
    await diagram.button('Step forward').click();
    await expect(diagram.narration).toHaveText(
      "230.2 µs: A's future completes: it is done; the executor moves the thread on to B (a 0.2 µs task switch).",
    );
    await expect(p.thread).toContainText('B switching to it');
    await expect(p.queueList).toHaveAccessibleName('Run queue, head first: C');
    await expect(p.done).toHaveAccessibleName('Done: A');
    await diagram.button('Step forward').click();
    await expect(diagram.narration).toHaveText('230.4 µs: The switch is done and the executor polls B on the thread.');
    await expect(diagram.figure.getByText('polls B', { exact: true })).toBeVisible();
    await diagram.button('Step forward').click();
    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('260.6');
    await expect(diagram.narration).toHaveText('260.6 µs: The switch is done and the executor polls C on the thread.');
    await expect(p.thread).toContainText('C running');
    await expect(p.queueList).toHaveAccessibleName('Run queue: empty');
  });

  test('the controls work by keyboard: more tasks, then round trips for all', async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    const p = panel(diagram);
    const tasks = diagram.slider('Tasks');
    await tasks.focus();
    await page.keyboard.press('ArrowRight');
    await expect(tasks).toHaveValue('6');
    await expect(page.getByRole('figure', { name: /^Six tasks share one executor thread\./ })).toBeVisible();
    await expect(diagram.timeline).toHaveAccessibleName(/^Timeline of the executor thread from 0 to 696\.2 µs/);

    const both = diagram.figure.getByRole('radio', { name: 'Both' });
    await both.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(diagram.figure.getByRole('radio', { name: 'Round trips, 500 µs' })).toBeChecked();
    await expect(diagram.timeline).toHaveAccessibleName(/^Timeline of the executor thread from 0 to 751\.2 µs/);
    // At 225.4 µs every task awaits a round trip: the thread is idle, all six are parked.
    await expect(p.thread).toContainText('idle: nothing is ready');
    await expect(p.parkedItems.filter({ hasText: 'round trip' })).toHaveCount(6);
    await expect(diagram.narration).toHaveText(/^166 µs: F awaits its network round trip \(ready at 666 µs\), so its poll returns Pending; the thread finds the run queue empty and waits\.$/);
    expectNoProblems(problems);
  });

  test('the predict question explains a wrong guess, then confirms the right one', async ({ page }) => {
    await page.goto(PATH);
    const form = page.locator('form#predict-when-does-c-run');
    await form.scrollIntoViewIfNeeded();
    const check = form.getByRole('button', { name: 'Check my guess' });
    await expect(check).toBeEnabled();
    await form.getByRole('radio', { name: /^At once/ }).check();
    await check.click();
    await expect(form.getByRole('status')).toContainText('Not quite. Nothing can interrupt a running task.');
    await form.getByRole('radio', { name: /^When A gives the thread back/ }).check();
    await check.click();
    await expect(form.getByRole('status')).toContainText('Yes. A is done at 230.2 µs.');
    await expect(form.getByRole('status')).toContainText('C at 260.6 µs');
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const sizes = async (javaScriptEnabled: boolean): Promise<number[]> => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(PATH);
      const diagram = new Diagram(page, ID);
      if (javaScriptEnabled) await diagram.hydrated();
      else await diagram.figure.scrollIntoViewIfNeeded();
      const p = panel(diagram);
      const boxes = await Promise.all(
        [diagram.figure, p.queue, p.thread, p.parked, p.reactor, diagram.timeline, diagram.button('Play'), diagram.narration].map(async (l) => {
          const box = await l.boundingBox();
          return box ? [Math.round(box.width), Math.round(box.height)] : [-1, -1];
        }),
      );
      await context.close();
      return boxes.flat();
    };
    expect(await sizes(true)).toEqual(await sizes(false));
  });

  test('a link to eight parked tasks keeps every box where the default puts it', async ({ browser }) => {
    const boxes = async (query: string): Promise<number[]> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const diagram = await open(page, query);
      await expect(diagram.time).not.toHaveValue('');
      if (query !== '') await expect(panel(diagram).parkedItems.filter({ hasText: 'round trip' })).toHaveCount(8);
      const p = panel(diagram);
      const out = await Promise.all(
        [diagram.figure, p.queue, p.thread, p.parked, p.reactor, diagram.timeline, diagram.button('Play')].map(async (l) => {
          const box = await l.boundingBox();
          return box ? [Math.round(box.x), Math.round(box.y - (await diagram.figure.boundingBox())!.y), Math.round(box.width), Math.round(box.height)] : [-1];
        }),
      );
      await context.close();
      return out.flat();
    };
    expect(await boxes('?executor-loop.tasks=8&executor-loop.io=network&executor-loop.t=230')).toEqual(await boxes(''));
  });
});

test.describe('executor-loop without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its description and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    const p = panel(diagram);
    await expect(diagram.timeline).toHaveAccessibleName(`Timeline of the executor thread from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`);
    await expect(diagram.figure.locator('svg .tl-run')).not.toHaveCount(0);
    await expect(p.queueList).toHaveAccessibleName('Run queue, head first: B and C');
    await expect(p.thread).toContainText('A running');
    await expect(p.reactor).toContainText("C's SSD read is done");
    await expect(diagram.description).toContainText("The executor's loop and a timeline of its one thread, for five tasks (A to E).");
    await expect(diagram.narration).toHaveText(/^225\.4 µs: C's SSD read is done/);
    await expect(diagram.figure.getByText(/^Realistic costs, none exaggerated/)).toBeVisible();
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(diagram.button('Play')).toBeDisabled();
    await expect(diagram.figure.getByRole('radio', { name: 'Both' })).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText(
      /^0 µs: A, B, C, D and E are spawned and join the run queue\. The executor polls A on the thread\.$/,
    );
    await expect(diagram.link).toHaveAttribute('href', '?executor-loop.tasks=5&executor-loop.io=mixed&executor-loop.t=225.4#executor-loop');
  });

  test('the lesson reads without JavaScript: headings, the predict answer and the listing with its output', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1, name: 'Many tasks, one thread' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'The reactor and the waker' })).toBeVisible();
    const predict = page.locator('form#predict-when-does-c-run');
    await predict.getByText('Show the answer').click();
    await expect(predict.getByText(/^Right: When A gives the thread back/)).toBeVisible();
    const listing = page.getByRole('figure').filter({ hasText: 'many-tasks-one-thread-executor.rs' });
    await expect(listing.locator('pre.astro-code')).toContainText('impl Wake for Task');
    await expect(listing.locator('samp')).toContainText('poll B: done -> Ready, run queue: []');
  });
});
