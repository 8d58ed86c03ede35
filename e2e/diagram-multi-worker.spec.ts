import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/many-threads-many-tasks/';
const ID = 'multi-worker';
// The default run, "busy server" (src/sim/scenarios/multi-worker.snap): 1,000 tasks on 4 cores;
// one worker finishes at 20,399.8 µs, four at 5099.8 µs (where the playhead starts), threads at 5998 µs.
const MANY_FINISH = '5099.8';
const DEFAULT_HREF = `?${ID}.tasks=1000&${ID}.io=500&${ID}.cpu=20&${ID}.cores=4&${ID}.t=${MANY_FINISH}#${ID}`;

type Column = '1 worker' | 'N workers' | 'Threads';
const COLUMNS: readonly Column[] = ['1 worker', 'N workers', 'Threads'];

/** The table cell of one run in the row whose heading is `row`. */
function cell(diagram: Diagram, row: string, column: Column): Locator {
  return diagram.figure
    .getByRole('table', { name: 'The three runs, in numbers' })
    .getByRole('row')
    .filter({ has: diagram.page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .nth(COLUMNS.indexOf(column));
}

const finish = (diagram: Diagram, column: Column): Locator => cell(diagram, 'Finish time of the last task', column);

function verdict(diagram: Diagram): Locator {
  return diagram.figure.locator(`#${ID}-verdict`);
}

function preset(diagram: Diagram, name: string): Locator {
  return diagram.figure.getByRole('group', { name: 'Presets' }).getByRole('button', { name, exact: true });
}

/** Each run's status line under its timeline ("At 5099.8 µs: 700 of 1,000 done, 300 ready"). */
function status(diagram: Diagram): Locator {
  return diagram.figure.locator('.mw-run-status');
}

async function open(page: Page, query = ''): Promise<Diagram> {
  return Diagram.open(page, `${PATH}${query}`, ID);
}

async function press(slider: Locator, key: string, times = 1): Promise<void> {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

test.describe('multi-worker diagram', () => {
  test('hydrates in the busy-server state: three timelines on one playhead, the table and its verdict', async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    await expect(preset(diagram, 'Busy server')).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of / })).toHaveCount(3);
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of the executor’s one worker thread from 0 to 20,399\.8 µs, playhead at 5099\.8 µs$/ })).toBeVisible();
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of the executor’s 4 worker threads from 0 to 20,399\.8 µs/ })).toBeVisible();
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of 4 cores running a thread per task from 0 to 20,399\.8 µs/ })).toBeVisible();
    await expect(diagram.laneLabels).toHaveText(['Worker 0', 'Worker 0', 'Worker 1', 'Worker 2', 'Worker 3', 'Core 0', 'Core 1', 'Core 2', 'Core 3']);
    await expect(finish(diagram, '1 worker')).toHaveText('20,400 µs');
    await expect(finish(diagram, 'N workers')).toHaveText('5100 µs4× sooner than 1 workerlowest');
    await expect(finish(diagram, 'Threads')).toHaveText('5998 µs3.4× sooner than 1 worker');
    await expect(cell(diagram, 'Memory in use (resident)', 'Threads')).toHaveText('25.4 MiB');
    await expect(cell(diagram, 'OS threads', 'Threads')).toHaveText('1,000');
    await expect(verdict(diagram)).toHaveText(
      '4 workers finish 4× sooner than 1 worker; threads finish 18% later than 4 workers and keep 52× as much memory resident (25.4 MiB against 504 KiB).',
    );
    await expect(diagram.time).toHaveValue(MANY_FINISH);
    await expect(diagram.narration).toHaveText(
      '5099.8 µs: 1 worker: 0 of 1,000 done, 950 ready, 50 blocked. 4 workers: 1,000 of 1,000 done. Threads: 700 of 1,000 done, 300 ready.',
    );
    await expect(status(diagram)).toHaveText([
      'At 5099.8 µs: 0 of 1,000 done, 950 ready, 50 blocked',
      'At 5099.8 µs: 1,000 of 1,000 done',
      'At 5099.8 µs: 700 of 1,000 done, 300 ready',
    ]);
    await expect(diagram.link).toHaveAttribute('href', DEFAULT_HREF);
    expectNoProblems(problems);
  });

  test('keyboard changes of each control update all three runs and the table', async ({ page }) => {
    const diagram = await open(page);
    const tasks = diagram.slider('Tasks');
    await press(tasks, 'ArrowLeft');
    await expect(tasks).toHaveAttribute('aria-valuetext', '500');
    await expect(cell(diagram, 'OS threads', 'Threads')).toHaveText('500');
    await expect(finish(diagram, '1 worker')).toHaveText('10,200 µs');
    await expect(finish(diagram, 'N workers')).toHaveText(/^2550 µs/);
    await expect(finish(diagram, 'Threads')).toHaveText(/^2998 µs/);
    await expect(status(diagram).first()).toContainText('of 500 done');
    await expect(preset(diagram, 'Busy server')).toHaveAttribute('aria-pressed', 'false');

    const cores = diagram.slider('Cores');
    await press(cores, 'ArrowLeft', 2);
    await expect(cores).toHaveValue('2');
    await expect(cores).toHaveAttribute('aria-valuetext', '2 cores, 2 worker threads');
    await expect(diagram.laneLabels).toHaveText(['Worker 0', 'Worker 0', 'Worker 1', 'Core 0', 'Core 1']);
    await expect(finish(diagram, '1 worker')).toHaveText('10,200 µs');
    await expect(finish(diagram, 'N workers')).toHaveText(/^5100 µs2× sooner than 1 worker/);
    await expect(diagram.figure.getByRole('columnheader', { name: /^Async, 2 workers/ })).toBeVisible();

    const io = diagram.slider('I/O wait per task');
    await press(io, 'Home');
    await expect(io).toHaveAttribute('aria-valuetext', '0 µs');
    const cpu = diagram.slider('CPU work per task');
    await press(cpu, 'End');
    await expect(cpu).toHaveAttribute('aria-valuetext', '10,000 µs');
    // 500 tasks × 10,000 µs: 5,000,000 µs of work on one worker, half that on two.
    await expect(finish(diagram, '1 worker')).toHaveText(/^5,000,100 µs/);
    await expect(finish(diagram, 'N workers')).toHaveText(/^2,500,050 µs2× sooner/);
    await expect(cell(diagram, 'Core time idle, until the last task is done', '1 worker')).toHaveText('0 µs');
  });

  test('presets set the telling cases, and the playhead moves to when the worker-per-core run ends', async ({ page }) => {
    const diagram = await open(page);
    await preset(diagram, 'CPU-bound').focus();
    await page.keyboard.press('Enter');
    await expect(preset(diagram, 'CPU-bound')).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram.slider('Tasks')).toHaveAttribute('aria-valuetext', '100');
    await expect(finish(diagram, '1 worker')).toHaveText('200,020 µs');
    await expect(finish(diagram, 'N workers')).toHaveText('50,005 µs4× sooner than 1 workerlowest (tied)');
    await expect(finish(diagram, 'Threads')).toHaveText('50,048 µs4× sooner than 1 workerlowest (tied)');
    await expect(diagram.time).toHaveValue('50004.8');

    await press(diagram.slider('Cores'), 'End');
    await expect(finish(diagram, 'N workers')).toHaveText(/^26,002 µs7\.7× sooner than 1 worker/);

    await preset(diagram, 'Mostly waiting').focus();
    await page.keyboard.press('Space');
    await expect(preset(diagram, 'Mostly waiting')).toHaveAttribute('aria-pressed', 'true');
    await expect(finish(diagram, '1 worker')).toHaveText('11,201 µs');
    await expect(finish(diagram, 'N workers')).toHaveText(/^10,301 µs8% sooner than 1 worker/);
    await expect(verdict(diagram)).toHaveText(/^4 workers finish only 8% sooner than 1 worker: extra workers only help while ready tasks queue for a worker;/);
    await expect(diagram.time).toHaveValue('10301');

    await preset(diagram, 'A few tasks').click();
    await expect(verdict(diagram)).toHaveText(/threads finish at about the same time as 4 workers and use about as much memory \(130 KiB against 106 KiB\)\.$/);
    await expect(diagram.time).toHaveValue('300.4');
    // Few tasks: each run narrated event by event, in its own words.
    await expect(diagram.narration).toHaveText(/^1 worker — \d[\d.,]* µs: .* 4 workers — 300\.4 µs: .*Threads — \d[\d.,]* µs: /);
  });

  test('at 360 px the page does not scroll sideways, and the table stays inside the figure', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const diagram = await open(page);
    const widths = async () =>
      page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect((await widths()).page).toBeLessThanOrEqual((await widths()).view);
    await preset(diagram, 'A few tasks').click();
    await press(diagram.slider('Cores'), 'End');
    await expect(diagram.laneLabels).toHaveCount(17);
    const w = await widths();
    expect(w.page).toBeLessThanOrEqual(w.view);
    const table = diagram.figure.getByRole('table', { name: 'The three runs, in numbers' });
    const [tableBox, figureBox] = [await table.boundingBox(), await diagram.figure.boundingBox()];
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(figureBox!.x + figureBox!.width + 1);
  });

  test('loading and hydrating the lesson causes no layout shift, and hydration keeps the boxes\' sizes', async ({ browser }) => {
    const measure = async (javaScriptEnabled: boolean): Promise<number[]> => {
      const { diagram, close } = await Diagram.openFresh(browser, PATH, ID, javaScriptEnabled);
      const table = diagram.figure.getByRole('table', { name: 'The three runs, in numbers' });
      const sizes = await Diagram.sizes([diagram.figure, table, diagram.button('Play'), diagram.narration, diagram.link]);
      const shift = javaScriptEnabled ? await diagram.layoutShift() : 0;
      await close();
      return [...sizes, shift];
    };
    expect(await measure(true)).toEqual(await measure(false));
  });

});

test.describe('multi-worker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its table, description and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of / })).toHaveCount(3);
    await expect(finish(diagram, '1 worker')).toHaveText('20,400 µs');
    await expect(finish(diagram, 'N workers')).toHaveText(/^5100 µs4× sooner/);
    await expect(finish(diagram, 'Threads')).toHaveText(/^5998 µs/);
    await expect(cell(diagram, 'Address space reserved for stacks', 'Threads')).toHaveText('1.95 GiB');
    await expect(diagram.description).toContainText('The same workload run three ways and compared. 1,000 tasks arrive at once');
    await expect(diagram.narration).toHaveText(/^5099\.8 µs: 1 worker: 0 of 1,000 done, 950 ready, 50 blocked\./);
    await expect(diagram.figure.getByText(/^Realistic costs: a thread context switch takes 2 µs/)).toBeVisible();
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(preset(diagram, 'CPU-bound')).toBeDisabled();
    await expect(diagram.slider('Cores')).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText('0 µs: All 1,000 tasks arrive in all three runs.');
    await expect(diagram.link).toHaveAttribute('href', DEFAULT_HREF);
  });

  test('the predictions still work as "think, then open the answer"', async ({ page }) => {
    await page.goto(PATH);
    const form = page.locator('form#predict-cpu-bound-workers');
    await form.getByText('Show the answer').click();
    await expect(form.getByText(/^Right: About 4 times sooner\./)).toBeVisible();
  });
});

test('predictions: a wrong guess gets its explanation, the right one a yes, by keyboard', async ({ page }) => {
  await page.goto(PATH);
  for (const [id, wrong, wrongWhy, right, rightWhy] of [
    ['predict-cpu-bound-workers', 'No sooner: an executor runs one task at a time anyway', /^✗ Not quite\. One worker thread runs one task at a time\./, 'About 4 times sooner', /^✓ Yes\. One worker does all 200,000 µs of work itself and finishes at 200,020 µs\./],
    ['predict-waiting-workers', 'About 4 times sooner again', /^✗ Not quite\. That needs a worker that is the bottleneck\./, 'Only a little sooner: about 8%', /^✓ Yes\. One worker finishes at 11,201 µs, four at 10,301 µs\./],
  ] as const) {
    const form = page.locator(`form#${id}`);
    await form.scrollIntoViewIfNeeded();
    const check = form.getByRole('button', { name: 'Check my guess' });
    await expect(check).toBeEnabled();
    await form.getByRole('radio', { name: wrong }).check();
    await check.press('Enter');
    await expect(form.getByRole('status')).toHaveText(wrongWhy);
    await form.getByRole('radio', { name: right }).check();
    await check.press('Enter');
    await expect(form.getByRole('status')).toHaveText(rightWhy);
  }
});
