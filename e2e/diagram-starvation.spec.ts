import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/when-cooperation-breaks/';
const ID = 'starvation';
// The default run (G computes, no fix), as kept in src/sim/scenarios/starvation.snap.
const DEFAULT_T = 4000;
const MAKESPAN = 6520;

/** The diagram's own controls and tables, beside the shared page object. */
function parts(diagram: Diagram) {
  const f = diagram.figure;
  return {
    mode: (name: string) => f.getByRole('radio', { name, exact: true }),
    fix: (name: string) => f.getByRole('checkbox', { name, exact: true }),
    queue: f.getByRole('list', { name: /^Run queue/ }),
    emptyQueue: f.getByText('empty', { exact: true }),
    fixRow: (name: string) => f.getByRole('table', { name: /^Worst request latency/ }).getByRole('row', { name: new RegExp(`^${name}`) }),
    fixCaption: f.getByRole('table', { name: /^Worst request latency/ }).locator('caption'),
    latencyRow: (name: string) => f.getByRole('table', { name: /^Each request’s latency/ }).getByRole('row', { name: new RegExp(`^${name} `) }),
  };
}

async function open(page: Page, path = PATH): Promise<Diagram> {
  await page.goto(path);
  const diagram = new Diagram(page, ID);
  await diagram.hydrated();
  return diagram;
}

test.describe('starvation diagram', () => {
  test('hydrates in its telling state: G has the worker and four requests wait in the run queue', async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    const p = parts(diagram);
    await expect(diagram.laneLabels).toHaveText(['Worker 0']);
    await expect(diagram.timeline).toHaveAccessibleName(`Timeline of 1 worker from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`);
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
    await expect(p.queue).toHaveAccessibleName('Run queue, head first: R2, R1, R3, R4');
    await expect(diagram.taskStates).toHaveText(['G running', 'R1 ready', 'R2 ready', 'R3 ready', 'R4 ready', 'R5 not arrived']);
    await expect(diagram.narration).toHaveText(
      '4000 µs: R4 is spawned and joins the run queue. G still has worker 0 and has not reached an await point, so R4 waits in the run queue.',
    );
    await expect(p.mode('Computes')).toBeChecked();
    for (const fix of ['Yield points', 'spawn_blocking', 'Cooperative budget']) await expect(p.fix(fix)).not.toBeChecked();
    await expect(p.latencyRow('R2')).toHaveText(/110 µs.*5620 µs.*5510 µs\s*worst/);
    await expect(p.latencyRow('R5')).toHaveText(/6000 µs.*6520 µs.*520 µs/);
    await expect(p.fixRow('Yield points')).toContainText('1020 µs');
    await expect(p.fixRow('spawn_blocking')).toContainText('520 µs');
    await expect(p.fixRow('Cooperative budget')).toContainText('no change');
    expectNoProblems(problems);
  });

  test('picking a blocking call by keyboard holds the worker, and yield points then change nothing', async ({ page }) => {
    const diagram = await open(page);
    const p = parts(diagram);
    await p.mode('Computes').focus();
    await page.keyboard.press('ArrowRight');
    await expect(p.mode('Calls a blocking function')).toBeChecked();
    await expect(page.getByRole('figure', { name: /^One worker thread; G calls a blocking function for 5000 µs, with no fix\./ })).toBeVisible();
    await expect(diagram.figure.locator('svg .tl-held')).not.toHaveCount(0);
    await expect(diagram.narration).toHaveText(/G’s blocking call still holds worker 0, so R4 waits in the run queue\.$/);
    await expect(p.fixCaption).toContainText('when G calls a blocking function');
    await expect(p.fixRow('Yield points')).toContainText('no change');

    await p.fix('Yield points').focus();
    await page.keyboard.press('Space');
    await expect(p.fix('Yield points')).toBeChecked();
    await expect(p.latencyRow('R2')).toContainText('5510 µs');
    await expect(p.queue).toHaveAccessibleName('Run queue, head first: R2, R1, R3, R4');
  });

  test('each fix, ticked by keyboard, empties the run queue at 4000 µs and cuts the worst latency', async ({ page }) => {
    const diagram = await open(page);
    const p = parts(diagram);
    await p.fix('Yield points').focus();
    await page.keyboard.press('Space');
    await expect(p.latencyRow('R2')).toContainText('1020 µs');
    await expect(diagram.taskStates).toHaveText(['G running', 'R1 done', 'R2 done', 'R3 done', 'R4 ready', 'R5 not arrived']);
    await page.keyboard.press('Space');
    await p.fix('spawn_blocking').focus();
    await page.keyboard.press('Space');
    await expect(p.emptyQueue).toBeVisible();
    await expect(diagram.taskStates.first()).toHaveText('G blocked');
    await expect(p.latencyRow('R2')).toContainText('520 µs');
    await expect(diagram.figure.getByRole('table', { name: /^Each request’s latency/ })).not.toContainText('5510 µs');
  });

  test('the budget rescues the channel loop only, and its yields are explained', async ({ page }) => {
    const diagram = await open(page);
    const p = parts(diagram);
    await p.mode('Receives ready messages').check();
    await expect(p.fixRow('Cooperative budget')).toContainText('660 µs');
    await expect(p.fixRow('Cooperative budget')).not.toContainText('no change');
    await p.fix('Cooperative budget').check();
    await expect(p.latencyRow('R2')).toContainText('660 µs');
    await diagram.time.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('228');
    await expect(diagram.narration).toHaveText(/^228 µs: G yields to the executor.*G has made 128 operations in this poll, its whole budget/);
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const pick = (d: Diagram) => [d.timeline, parts(d).mode('Computes'), parts(d).fix('Yield points'), d.narration, d.link];
    const sizes = (js: boolean) => Diagram.boxSizes(browser, PATH, ID, js, pick);
    expect(await sizes(true)).toEqual(await sizes(false));
  });

  test('loading and hydrating the lesson causes no layout shift (CLS 0)', async ({ page }) => {
    const diagram = await open(page);
    await diagram.frames(5);
    expect(await diagram.layoutShifts()).toEqual([]);
  });

});

test.describe('starvation without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, description, tables and transcript are in the HTML; controls say they need JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    const p = parts(diagram);
    await expect(diagram.timeline).toHaveAccessibleName(`Timeline of 1 worker from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`);
    await expect(diagram.figure.locator('svg .tl-run')).not.toHaveCount(0);
    await expect(p.queue).toHaveAccessibleName('Run queue, head first: R2, R1, R3, R4');
    await expect(diagram.description).toContainText('A timeline of one executor worker thread running six tasks');
    await expect(diagram.narration).toHaveText(/^4000 µs: R4 is spawned and joins the run queue\. G still has worker 0/);
    await expect(diagram.figure.getByText(/^Nothing here is exaggerated\./)).toBeVisible();
    await expect(p.latencyRow('R2')).toContainText('5510 µs');
    await expect(p.fixRow('Yield points')).toContainText('1020 µs');
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(p.mode('Computes')).toBeDisabled();
    await expect(p.fix('Yield points')).toBeDisabled();
    await expect(diagram.button('Play')).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem').first()).toHaveText(/^0 µs: R1 is spawned and joins the run queue/);
    await expect(diagram.link).toHaveAttribute(
      'href',
      '?starvation.mode=compute&starvation.yieldPoints=false&starvation.spawnBlocking=false&starvation.budget=false&starvation.t=4000#starvation',
    );
  });
});

test.describe('lesson 7 predicts', () => {
  test('a wrong guess gets its explanation, and the right one says why', async ({ page }) => {
    await page.goto(PATH);
    const predict = page.locator('form#predict-long-poll');
    await predict.scrollIntoViewIfNeeded();
    await expect(predict.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
    await predict.getByRole('radio', { name: 'One time slice, then the scheduler gives it a turn' }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Not quite. The operating system’s scheduler shares cores among threads');
    await predict.getByRole('radio', { name: 'Almost 5 ms: until the long task is done' }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Yes.');
    await expect(predict.getByRole('status')).toContainText('is first polled at 5,100 µs');
  });
});
