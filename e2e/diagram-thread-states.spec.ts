import { expect, test } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/blocked-ready-running/';
const ID = 'thread-states';
// The default run (1 core, SSD read, C yields) as kept in src/sim/scenarios/thread-states.snap.
const DEFAULT_T = 180;
const MAKESPAN = 594;
const SSD = 'an SSD read, 150 µs';
const ROUND_TRIP = 'a round trip within a datacenter, 500 µs';
const YIELDS = 'C yields between chunks';

/** The state machine picture: an SVG named by the state of every thread at the playhead. */
const machine = (d: Diagram) => d.figure.getByRole('img', { name: /^Thread states at / });

test.describe('thread-states diagram', () => {
  test('hydrates, and a second core lets A run as soon as its read completes', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await expect(diagram.laneLabels).toHaveText(['Core 0']);
    await expect(machine(diagram)).toHaveAccessibleName(/Running: C on core 0\. Ready \(run queue, head first\): A\./);

    const cores = diagram.slider('Cores');
    await cores.focus();
    await page.keyboard.press('ArrowRight');
    await expect(cores).toHaveValue('2');
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1']);
    await expect(page.getByRole('figure', { name: /^Three threads share two cores\./ })).toBeVisible();
    await expect(diagram.narration).toHaveText(/^180 µs: A's I\/O completes: it is ready again and joins the run queue\. Core 1 switches from B to A/);
    await expect(machine(diagram)).toHaveAccessibleName(/Running: C on core 0 and core 1 switching to A\./);
    expectNoProblems(problems);
  });

  test('stepping shows A block, B ride the dispatched arrow, and C yield with nobody waiting', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await diagram.time.focus();
    await page.keyboard.press('Home');
    await expect(diagram.time).toHaveValue('0');
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('30');
    await expect(diagram.narration).toHaveText('30 µs: A blocks on I/O until 180 µs; core 0 switches to B (a 2 µs context switch).');
    await expect(machine(diagram)).toHaveAccessibleName(/Running: core 0 switching to B\..*Blocked: A until 180 µs\./);
    await expect(diagram.figure.getByText('now: A', { exact: true })).toBeVisible();

    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('32');
    await expect(machine(diagram)).toHaveAccessibleName(/Running: B on core 0\..*At 32 µs: B is dispatched \(ready to running\)\./);
    await expect(diagram.figure.getByText('now: B', { exact: true })).toBeVisible();

    for (const t of ['72', '74', '174']) {
      await diagram.button('Step forward').click();
      await expect(diagram.time).toHaveValue(t);
    }
    await expect(diagram.narration).toHaveText('174 µs: C yields core 0; nobody else is ready, so C carries on running on core 0, with no context switch.');
    await expect(diagram.figure.getByText('now: C yields', { exact: true })).toBeVisible();

    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
    await expect(machine(diagram)).toHaveAccessibleName(/Running: C on core 0\. Ready \(run queue, head first\): A\./);
    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('274');
    await expect(diagram.narration).toHaveText(/^274 µs: C yields core 0; core 0 switches to A/);
    await diagram.button('Step back').click();
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
  });

  test('by keyboard: without the yields A waits for C to finish, and a longer wait changes the run', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    const yields = diagram.checkbox(YIELDS);
    await expect(yields).toBeChecked();
    await yields.focus();
    await page.keyboard.press('Space');
    await expect(yields).not.toBeChecked();
    await diagram.time.focus();
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('474');
    await expect(diagram.narration).toHaveText(/^474 µs: C finishes: it is done; core 0 switches to A/);
    await expect(diagram.description).toContainText('never yielding');

    await diagram.radio(SSD).focus();
    await page.keyboard.press('ArrowRight');
    await expect(diagram.radio(ROUND_TRIP)).toBeChecked();
    await expect(diagram.description).toContainText('waits 500 µs for a round trip within a datacenter');
    await expect(diagram.time).toHaveValue('474');
    await expect(machine(diagram)).toHaveAccessibleName(/Blocked: A until 530 µs and B until 572 µs\./);
  });

  test('at 360 px the diagram fits the page with no horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await machine(diagram).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
  });

  for (const width of [1280, 360]) {
    test(`hydration keeps every box the same size as the server HTML (${width} px)`, async ({ browser }) => {
      const pick = (d: Diagram) => [d.figure, machine(d), d.timeline, d.button('Play'), d.narration, d.link];
      const sizes = (javaScriptEnabled: boolean) => Diagram.boxSizes(browser, PATH, ID, { width, javaScriptEnabled }, pick);
      expect(await sizes(true)).toEqual(await sizes(false));
    });
  }

  test('loading and hydrating the lesson causes no layout shift (CLS 0)', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await diagram.frames(5);
    expect(await diagram.layoutShifts()).toEqual([]);
  });
});

test.describe('thread-states without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its description and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await expect(diagram.timeline).toHaveAccessibleName(
      `Timeline of 1 core, with a row per thread showing its state, from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`,
    );
    await expect(diagram.laneLabels).toHaveText(['Core 0']);
    await expect(diagram.figure.locator('svg text', { hasText: /^Thread [ABC]$/ })).toHaveText(['Thread A', 'Thread B', 'Thread C']);
    await expect(machine(diagram)).toHaveAccessibleName(
      "Thread states at 180 µs. Running: C on core 0. Ready (run queue, head first): A. Blocked: B until 572 µs. Done: none. At 180 µs: A's I/O completes (blocked to ready).",
    );
    await expect(diagram.figure.getByText('now: A', { exact: true })).toBeVisible();
    await expect(diagram.description).toContainText('Three threads, A, B and C, share one core');
    await expect(diagram.narration).toHaveText("180 µs: A's I/O completes: it is ready again and joins the run queue.");
    await expect(diagram.figure.locator('.dg-note')).toContainText('Real-world sizes: a random SSD read takes about 150 µs');
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(diagram.button('Play')).toBeDisabled();
    await expect(diagram.time).toBeDisabled();
    await expect(diagram.checkbox(YIELDS)).toBeDisabled();
    await expect(diagram.radio(SSD)).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText(/^0 µs: A, B and C arrive and join the run queue\./);
    await expect(diagram.link).toHaveAttribute(
      'href',
      '?thread-states.cores=1&thread-states.io=ssd&thread-states.yields=true&thread-states.t=180#thread-states',
    );
  });
});

test.describe('lesson 2 predictions', () => {
  test('a wrong guess gets its explanation, not a score; the right one says why', async ({ page }) => {
    await page.goto(PATH);
    const form = page.getByRole('form', { name: /Which thread runs next on the core\?/ });
    await form.scrollIntoViewIfNeeded();
    await expect(form.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
    await form.getByRole('radio', { name: /^Nobody:/ }).check();
    await form.getByRole('button', { name: 'Check my guess' }).click();
    const result = form.getByRole('status');
    await expect(result).toContainText('Not quite. A core only sits idle when no thread is ready.');
    await expect(result).toContainText('Blocking takes A off the core at once.');
    await form.getByRole('radio', { name: /^B:/ }).check();
    await form.getByRole('button', { name: 'Check my guess' }).click();
    await expect(result).toContainText('Yes. When a core comes free, the scheduler takes the thread at the head of the run queue');
  });
});
