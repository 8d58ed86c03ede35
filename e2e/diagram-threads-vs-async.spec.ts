import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/threads-vs-async/';
const ID = 'threads-vs-async';
// The default run, "many tasks, mostly waiting" (src/sim/scenarios/threads-vs-async.snap): 1,000
// tasks on 4 cores; threads finish at 5998 µs, async at 5099.8 µs, where the playhead starts.
const FIRST_FINISH = '5099.8';

/** The table cell of one model in the row whose heading is `row`. */
function cell(diagram: Diagram, row: string, model: 'Threads' | 'Async'): Locator {
  const table = diagram.figure.getByRole('table', { name: 'The whole run, in numbers' });
  return table
    .getByRole('row')
    .filter({ has: diagram.page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .nth(model === 'Threads' ? 0 : 1);
}

/** The one-sentence comparison under the table. */
function verdict(diagram: Diagram): Locator {
  return diagram.figure.locator(`#${ID}-verdict`);
}

function preset(diagram: Diagram, name: string): Locator {
  return diagram.figure.getByRole('group', { name: 'Presets' }).getByRole('button', { name, exact: true });
}

async function open(page: Page, query = ''): Promise<Diagram> {
  await page.goto(`${PATH}${query}`);
  const diagram = new Diagram(page, ID);
  await diagram.hydrated();
  return diagram;
}

async function press(slider: Locator, key: string, times = 1): Promise<void> {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

test.describe('threads-vs-async diagram', () => {
  test('hydrates in the "many tasks, mostly waiting" state: table, verdict and the tasks-done chart', async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    await expect(preset(diagram, 'Many tasks, mostly waiting')).toHaveAttribute('aria-pressed', 'true');
    await expect(preset(diagram, 'CPU-bound')).toHaveAttribute('aria-pressed', 'false');
    await expect(cell(diagram, 'Finish time of the last task', 'Threads')).toHaveText('5998 µs');
    await expect(cell(diagram, 'Finish time of the last task', 'Async')).toHaveText('5100 µs15% sooner');
    await expect(cell(diagram, 'Memory in use (resident)', 'Threads')).toHaveText('25.4 MiB');
    await expect(cell(diagram, 'Memory in use (resident)', 'Async')).toHaveText('504 KiB52× less');
    await expect(cell(diagram, 'OS threads', 'Threads')).toHaveText('1,000');
    await expect(verdict(diagram)).toHaveText(/^Async finishes 898 µs \(15%\) sooner, threads spend 17% of their CPU time switching/);
    await expect(diagram.figure.getByRole('img', { name: /^Tasks done over time, 0 to 5998 µs/ })).toBeVisible();
    await expect(diagram.time).toHaveValue(FIRST_FINISH);
    await expect(diagram.narration).toHaveText(
      '5099.8 µs: threads: 700 of 1,000 done, 300 ready. Async: 1,000 of 1,000 done.',
    );
    expectNoProblems(problems);
  });

  test('the sliders change the workload by keyboard, and a few tasks are drawn as two timelines', async ({ page }) => {
    const diagram = await open(page);
    const tasks = diagram.slider('Tasks');
    await press(tasks, 'ArrowLeft');
    await expect(tasks).toHaveAttribute('aria-valuetext', '500');
    await expect(cell(diagram, 'OS threads', 'Threads')).toHaveText('500');
    await expect(preset(diagram, 'Many tasks, mostly waiting')).toHaveAttribute('aria-pressed', 'false');

    await press(tasks, 'Home');
    await expect(tasks).toHaveAttribute('aria-valuetext', '1');
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of 4 cores/ })).toBeVisible();
    await expect(diagram.figure.getByRole('img', { name: /^Timeline of 4 workers/ })).toBeVisible();
    await expect(diagram.figure.getByRole('img', { name: /^Tasks done over time/ })).toHaveCount(0);
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1', 'Core 2', 'Core 3', 'Worker 0', 'Worker 1', 'Worker 2', 'Worker 3']);
    // One task: the executor's four worker threads cost more memory than the one thread.
    await expect(verdict(diagram)).toHaveText(/threads keep 4× less memory resident/);

    const cores = diagram.slider('Cores');
    await press(cores, 'ArrowLeft', 2);
    await expect(cores).toHaveValue('2');
    await expect(diagram.laneLabels).toHaveText(['Core 0', 'Core 1', 'Worker 0', 'Worker 1']);

    const io = diagram.slider('I/O wait per task');
    await press(io, 'Home');
    await expect(io).toHaveAttribute('aria-valuetext', '0 µs');
    const cpu = diagram.slider('CPU work per task');
    await press(cpu, 'End');
    await expect(cpu).toHaveAttribute('aria-valuetext', '10,000 µs');
    await expect(cell(diagram, 'Finish time of the last task', 'Threads')).toHaveText('10,000 µs');
  });

  test('presets set the telling cases: CPU-bound gains nothing from async, and only more cores help', async ({ page }) => {
    const diagram = await open(page);
    await preset(diagram, 'CPU-bound').focus();
    await page.keyboard.press('Enter');
    await expect(preset(diagram, 'CPU-bound')).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram.slider('Tasks')).toHaveAttribute('aria-valuetext', '100');
    await expect(cell(diagram, 'Finish time of the last task', 'Threads')).toHaveText('50,048 µs');
    await expect(cell(diagram, 'Finish time of the last task', 'Async')).toHaveText('50,005 µs');
    await expect(verdict(diagram)).toHaveText(/^Both finish at about the same time \(50,048 µs and 50,005 µs\)/);
    // The playhead moves to the moment the faster run ends.
    await expect(diagram.time).toHaveValue('50004.8');

    await press(diagram.slider('Cores'), 'End');
    await expect(cell(diagram, 'Finish time of the last task', 'Threads')).toHaveText('26,024 µs');
    await expect(cell(diagram, 'Finish time of the last task', 'Async')).toHaveText('26,002 µs');

    await preset(diagram, 'A few tasks').focus();
    await page.keyboard.press('Space');
    await expect(preset(diagram, 'A few tasks')).toHaveAttribute('aria-pressed', 'true');
    await expect(verdict(diagram)).toHaveText(/^Both finish at about the same time \(229 µs and 225 µs\), and memory in use is close/);
    await expect(diagram.time).toHaveValue('225.4');
    await expect(diagram.narration).toHaveText(/^Threads — 204 µs: .* Async — 225\.4 µs: .*All 5 tasks are done after 225\.4 µs\.$/);
  });

  test('stepping moves one clock for both runs and narrates each model in its own words', async ({ page }) => {
    const diagram = await open(page, `?${ID}.tasks=5&${ID}.io=150&${ID}.cpu=50&${ID}.cores=4&${ID}.t=0#${ID}`);
    await expect(diagram.narration).toHaveText(/^Threads — 0 µs: A, B, C, D and E arrive and join the run queue\..* Async — 0 µs: A, B, C, D and E are spawned/);
    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('25');
    await expect(diagram.narration).toHaveText(/^Threads — 25 µs: A blocks on I\/O until 175 µs.*Async — 25 µs: A awaits I\/O \(ready at 175 µs\), so its poll returns Pending/);
    await diagram.button('Step forward').click();
    await expect(diagram.time).toHaveValue('25.2');
    await expect(diagram.narration).toHaveText(/^Threads — 25 µs: .*Async — 25\.2 µs: The switch is done and the executor polls E on worker 0\.$/);
  });

  test('loading and hydrating the lesson causes no layout shift, and hydration keeps the boxes\' sizes', async ({ browser }) => {
    const measure = async (javaScriptEnabled: boolean): Promise<number[]> => {
      const { diagram, close } = await Diagram.openFresh(browser, PATH, ID, javaScriptEnabled);
      const chart = diagram.figure.getByRole('img', { name: /^Tasks done over time/ });
      const sizes = await Diagram.sizes([diagram.figure, chart, diagram.button('Play'), diagram.narration, diagram.link]);
      const shift = javaScriptEnabled ? await diagram.layoutShift() : 0;
      await close();
      return [...sizes, shift];
    };
    expect(await measure(true)).toEqual(await measure(false));
  });

});

test.describe('threads-vs-async without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, its description and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    await expect(cell(diagram, 'Finish time of the last task', 'Threads')).toHaveText('5998 µs');
    await expect(cell(diagram, 'Address space reserved for stacks', 'Threads')).toHaveText('1.95 GiB');
    await expect(diagram.figure.getByRole('img', { name: /^Tasks done over time, 0 to 5998 µs: threads finish all 1,000 at 5998 µs, async at 5099\.8 µs/ })).toBeVisible();
    await expect(diagram.figure.locator('.tva-curve')).toHaveCount(2);
    await expect(diagram.description).toContainText('The same workload run two ways and compared. 1,000 tasks arrive at once');
    await expect(diagram.narration).toHaveText(/^5099\.8 µs: threads: 700 of 1,000 done/);
    await expect(diagram.figure.getByText(/^Realistic costs, nothing exaggerated: a thread context switch takes 2 µs/)).toBeVisible();
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(preset(diagram, 'CPU-bound')).toBeDisabled();
    await expect(diagram.slider('Tasks')).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText('0 µs: All 1,000 tasks arrive in both models.');
    await expect(diagram.link).toHaveAttribute('href', `?${ID}.tasks=1000&${ID}.io=500&${ID}.cpu=20&${ID}.cores=4&${ID}.t=${FIRST_FINISH}#${ID}`);
  });

  test('the predictions still work as "think, then open the answer"', async ({ page }) => {
    await page.goto(PATH);
    const form = page.locator('form#predict-many-waiting');
    await expect(form.getByRole('button', { name: 'Check my guess' })).toBeDisabled();
    await form.getByText('Show the answer').click();
    await expect(form.getByText(/^Right: Async, but only by about a sixth\./)).toBeVisible();
  });
});

test('a wrong guess gets its explanation, the right one a yes, both by keyboard', async ({ page }) => {
  await page.goto(PATH);
  const form = page.locator('form#predict-cpu-bound');
  await form.scrollIntoViewIfNeeded();
  const check = form.getByRole('button', { name: 'Check my guess' });
  await expect(check).toBeEnabled();
  await form.getByRole('radio', { name: 'Yes, by about a sixth again' }).check();
  await check.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^✗ Not quite\. With the waiting tasks, every 20 µs of work cost two switches\./);
  await form.getByRole('radio', { name: /^No: both take about 50,000 µs/ }).check();
  await check.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^✓ Yes\. 200,000 µs of work on 4 cores takes 50,000 µs/);
});
