import { expect, test } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { LESSON_1_PATH } from './helpers/site.ts';
import { Diagram } from './pages/diagram.ts';

const ID = 'tasks-on-cores';
// The default run (4 tasks on 2 cores) as kept in src/sim/scenarios/tasks-on-cores.snap.
const DEFAULT_T = 54;
const MAKESPAN = 255;

test.describe('tasks-on-cores diagram', () => {
  test('hydrates, and changing the cores from 2 to 3 redraws the lanes', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1']);
    await expect(diagram.timeline).toHaveAccessibleName(/^Timeline of 2 cores from 0 to 255 µs/);

    const cores = diagram.slider('Cores');
    await cores.focus();
    await page.keyboard.press('ArrowRight');
    await expect(cores).toHaveValue('3');
    await expect(diagram.figure.locator('output', { hasText: /^3$/ })).toBeVisible();
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1', 'Core 2']);
    await expect(page.getByRole('figure', { name: /^Four tasks take turns on three cores\./ })).toBeVisible();
    expectNoProblems(problems);
  });

  test('step forward moves the playhead to the next event and changes the narration', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
    await expect(diagram.narration).toHaveText(/^54 µs: A blocks on I\/O until 94 µs; core 0 switches to C/);
    const playhead = diagram.figure.locator('.tl-playhead-line');
    const x0 = Number(await playhead.getAttribute('x1'));

    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('56');
    await expect(diagram.narration).toHaveText('56 µs: The context switch is done and C starts running on core 0.');
    await expect(diagram.figure.getByText('t = 56 µs')).toBeVisible();
    await expect.poll(async () => Number(await playhead.getAttribute('x1'))).toBeGreaterThan(x0);

    await diagram.button('Step back').click();
    await diagram.button('Step back').click();
    await expect(diagram.time).toHaveValue('49');
    await expect(diagram.narration).toHaveText(/^49 µs: /);
  });

  test('the arrow keys on the Time slider jump between event instants; Home and End reach the ends', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await diagram.time.focus();
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('56');
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('69');
    await expect(diagram.time).toHaveAttribute('aria-valuetext', '69 µs of 255 µs');
    await expect(diagram.narration).toHaveText(/^69 µs: B blocks on I\/O until 129 µs; core 1 switches to D/);
    await page.keyboard.press('ArrowLeft');
    await expect(diagram.time).toHaveValue('56');
    await page.keyboard.press('End');
    await expect(diagram.time).toHaveValue(String(MAKESPAN));
    await expect(diagram.narration).toHaveText(/All 4 tasks are done after 255 µs\.$/);
    await expect(diagram.taskStates).toHaveText(['A done', 'B done', 'C done', 'D done']);
    await page.keyboard.press('Home');
    await expect(diagram.time).toHaveValue('0');
    await expect(diagram.narration).toHaveText(/^0 µs: A arrives and joins the run queue\./);
  });

  test('Play runs the clock forward and Pause stops it; the button says which it will do', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await diagram.button('Play').click();
    await expect(diagram.button('Pause')).toBeVisible();
    await expect.poll(() => diagram.value(diagram.time)).toBeGreaterThan(DEFAULT_T + 5);
    await diagram.button('Pause').click();
    await expect(diagram.button('Play')).toBeVisible();
    const paused = await diagram.value(diagram.time);
    await diagram.frames(10);
    expect(await diagram.value(diagram.time)).toBe(paused);
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const pick = (d: Diagram) => [d.figure, d.timeline, d.button('Play'), d.narration, d.link];
    const sizes = (javaScriptEnabled: boolean) => Diagram.boxSizes(browser, LESSON_1_PATH, ID, { width: 1280, javaScriptEnabled }, pick);
    expect(await sizes(true)).toEqual(await sizes(false));
  });

  test('loading and hydrating the lesson causes no layout shift (CLS 0)', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await diagram.hydrated();
    await diagram.frames(5);
    expect(await diagram.layoutShifts()).toEqual([]);
  });
});

test.describe('tasks-on-cores without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its description and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(LESSON_1_PATH);
    const diagram = new Diagram(page, ID);
    await expect(diagram.timeline).toHaveAccessibleName(/^Timeline of 2 cores from 0 to 255 µs, playhead at 54 µs/);
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1']);
    await expect(diagram.figure.locator('svg rect.tl-run')).not.toHaveCount(0);
    await expect(diagram.description).toContainText('A timeline of four tasks (A to D) sharing two cores');
    await expect(diagram.narration).toHaveText(/^54 µs: A blocks on I\/O until 94 µs/);
    await expect(diagram.figure.getByText('Time slice shortened to 20 µs so that turns are visible; Linux uses about 0.75–3 ms, longer on older kernels when few threads are ready.')).toBeVisible();
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(diagram.button('Play')).toBeDisabled();
    await expect(diagram.time).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText(/^0 µs: A arrives and joins the run queue\./);
    await expect(diagram.link).toHaveAttribute('href', '?tasks-on-cores.tasks=4&tasks-on-cores.cores=2&tasks-on-cores.t=54#tasks-on-cores');
  });
});
