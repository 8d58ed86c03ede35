import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { presetTheme } from './helpers/site.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/futures-and-poll/';
const ID = 'poll-state-machine';
// The default run, as kept in src/sim/scenarios/poll-state-machine.snap.
const DEFAULT_T = 120;
const MAKESPAN = 720;

/** The diagram's own parts, beside the shared page object. */
function parts(diagram: Diagram) {
  const f = diagram.figure;
  return {
    /** The code's marked line, and the sentence under the code that says where the future is. */
    here: f.locator('.pf-here'),
    status: f.locator('.pf-status'),
    /** The state holding the future now (its tag says "the state now") or being polled. */
    states: f.getByRole('list', { name: 'Its state machine' }).getByRole('listitem'),
    /** Log entries that have happened (those still to come are hidden from assistive technology). */
    log: f.getByRole('list', { name: 'Polls and wakes' }).getByRole('listitem'),
    current: f.getByRole('list', { name: 'Polls and wakes' }).locator('[aria-current="step"]'),
    dbReady: f.getByRole('checkbox', { name: 'Database answer already there', exact: true }),
    queue: f.getByRole('list', { name: /^Run queue/ }),
  };
}

async function open(page: Page, path = PATH): Promise<Diagram> {
  return Diagram.open(page, path, ID);
}

test.describe('poll-state-machine diagram', () => {
  test('hydrates in its telling state: H woken at 120 µs, suspended at await 1, waiting in the run queue behind B’s poll', async ({ page }) => {
    const problems = collectProblems(page);
    const diagram = await open(page);
    const p = parts(diagram);
    await expect(diagram.time).toHaveValue(String(DEFAULT_T));
    await expect(diagram.timeline).toHaveAccessibleName(`Timeline of 1 worker from 0 to ${MAKESPAN} µs, playhead at ${DEFAULT_T} µs`);
    await expect(p.here).toContainText('let req = conn.read_request().await;');
    await expect(p.status).toHaveText('‖ Line 2: suspended at await 1, woken: in the run queue');
    await expect(p.states.filter({ hasText: 'the state now' })).toHaveCount(1);
    await expect(p.states.filter({ hasText: 'the state now' })).toContainText('Waiting at await 1');
    await expect(p.log).toHaveCount(4);
    await expect(p.current).toHaveText(/^120 µs\s*reactor\s*the request’s bytes are in: waker\.wake\(\), H back in the run queue$/);
    await expect(p.queue).toHaveAccessibleName('Run queue, head first: H');
    await expect(diagram.taskStates).toHaveText(['H ready', 'B running']);
    await expect(diagram.narration).toHaveText(
      '120 µs: The request’s bytes are in: the reactor calls H’s waker, and waker.wake() puts H back in the run queue. It does not run H: the worker thread is still inside B’s poll, and H waits its turn.',
    );
    await expect(p.dbReady).not.toBeChecked();
    expectNoProblems(problems);
  });

  test('stepping by keyboard moves the marked line, the state and the log together, and the narration follows', async ({ page }) => {
    const diagram = await open(page);
    const p = parts(diagram);
    await diagram.time.focus();
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('170');
    await expect(p.status).toHaveText('▶︎ Line 2: poll #2 resumes here, at await 1');
    await expect(p.states.filter({ hasText: 'being polled' })).toContainText('Waiting at await 1');
    await expect(p.log).toHaveCount(6);
    await expect(p.current.last()).toContainText('poll #2 of H: resumes at await 1');
    await expect(diagram.narration).toHaveText(/^170 µs: B’s poll returns Ready: B is done\. The executor polls H again \(poll #2\)/);

    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('200');
    await expect(p.here).toContainText('let rows = db.query(&req).await;');
    await expect(p.status).toHaveText('‖ Line 3: suspended at await 2, waiting to be woken');
    await expect(p.states.filter({ hasText: 'the state now' })).toContainText('Waiting at await 2');
    await expect(p.log).toHaveCount(7);
    await expect(diagram.narration).toHaveText(/^200 µs: At await 2, query\(\) is not ready.*the worker thread sleeps/);

    await page.keyboard.press('End');
    await expect(diagram.time).toHaveValue(String(MAKESPAN));
    await expect(p.status).toHaveText('✓ Line 5: done: returned Ready');
    await expect(p.states.filter({ hasText: 'the state now' })).toContainText('Done');
    await expect(p.log).toHaveCount(10);
    await expect(p.log.filter({ hasText: /^\d+ µs\s*executor\s*poll #/ }).filter({ hasText: 'of H' })).toHaveCount(3);
    await expect(diagram.narration).toHaveText('720 µs: H’s poll returns Ready: H is done after 3 polls, and its future must not be polled again.');

    await diagram.button('Step back').click();
    await expect(diagram.time).toHaveValue('700');
    await expect(p.status).toHaveText('▶︎ Line 3: poll #3 resumes here, at await 2');
  });

  test('with the database answer already there, await 2 goes straight on: two polls, done at 220 µs', async ({ page }) => {
    const diagram = await open(page);
    const p = parts(diagram);
    await p.dbReady.focus();
    await page.keyboard.press('Space');
    await expect(p.dbReady).toBeChecked();
    await diagram.time.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('200');
    await expect(p.status).toHaveText('▶︎ Line 3: await 2 is ready at once: goes straight on');
    await expect(p.states.filter({ hasText: 'passed' })).toContainText('Waiting at await 2');
    await expect(p.current).toHaveText(/query\(\) is ready at once: await 2 goes straight on/);
    await expect(diagram.narration).toHaveText(/H’s poll does not return, and H keeps the thread\.$/);
    await page.keyboard.press('ArrowRight');
    await expect(diagram.time).toHaveValue('220');
    await expect(diagram.narration).toHaveText(/H is done after 2 polls/);
  });

  test('at 360 px the page does not scroll sideways, and the code, states and log fit the figure', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const diagram = await open(page);
    const widths = await page.evaluate((id) => {
      const fig = document.getElementById(id)!;
      const inner = [...fig.querySelectorAll('.pf-panel, .pf-pre, .pf-entries')].map((el) => el.getBoundingClientRect().right);
      return { doc: document.documentElement.scrollWidth, view: window.innerWidth, fig: fig.getBoundingClientRect().right, inner: Math.max(...inner) };
    }, ID);
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.inner).toBeLessThanOrEqual(widths.fig);
    await expect(parts(diagram).status).toBeVisible();
  });

  test('hydration keeps every box the same size as the server HTML, and loading shifts nothing', async ({ browser, page }) => {
    const pick = (d: Diagram) => [d.timeline, parts(d).status, d.figure.locator('.pf-machine'), d.figure.locator('.pf-log'), d.narration, d.link];
    const sizes = (js: boolean) => Diagram.boxSizes(browser, PATH, ID, js, pick);
    expect(await sizes(true)).toEqual(await sizes(false));
    const diagram = await open(page);
    await diagram.frames(5);
    expect(await diagram.layoutShifts()).toEqual([]);
  });

  test('axe finds no violations in the dark theme after the controls have been used', async ({ page, context }) => {
    test.slow();
    await presetTheme(context, 'dark');
    const diagram = await open(page);
    await parts(diagram).dbReady.check();
    await diagram.button('Step forward').click();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('poll-state-machine without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, the log so far, the description and the transcript are in the HTML', async ({ page }) => {
    await page.goto(PATH);
    const diagram = new Diagram(page, ID);
    const p = parts(diagram);
    await expect(p.status).toHaveText('‖ Line 2: suspended at await 1, woken: in the run queue');
    await expect(p.states.filter({ hasText: 'the state now' })).toContainText('Waiting at await 1');
    await expect(p.log).toHaveCount(4);
    await expect(p.queue).toHaveAccessibleName('Run queue, head first: H');
    await expect(diagram.narration).toHaveText(/^120 µs: The request’s bytes are in/);
    await expect(diagram.description).toContainText('handle is polled 3 times and is done at 720 µs');
    await expect(diagram.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(p.dbReady).toBeDisabled();
    await expect(diagram.button('Play')).toBeDisabled();
    await diagram.figure.getByText('Transcript', { exact: true }).click();
    await expect(diagram.transcript.getByRole('listitem')).toHaveCount(8);
    await expect(diagram.link).toHaveAttribute('href', `?${ID}.dbReady=false&${ID}.t=120#${ID}`);
  });
});

test.describe('lesson 8 predicts', () => {
  test('a wrong guess gets its explanation, and the right one says why', async ({ page }) => {
    await page.goto(PATH);
    const predict = page.locator('form#predict-poll-count');
    await predict.scrollIntoViewIfNeeded();
    await expect(predict.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
    await predict.getByRole('radio', { name: 'Many times: the executor keeps polling until the answer is there' }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Not quite.');
    await expect(predict.getByRole('status')).toContainText('only when it is in the run queue');
    await predict.getByRole('radio', { name: /^Three times/ }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Yes.');
    await expect(predict.getByRole('status')).toContainText('Pending, Pending, Ready');
  });

  test('the ready-await question explains that .await on a ready future keeps the thread', async ({ page }) => {
    await page.goto(PATH);
    const predict = page.locator('form#predict-ready-await');
    await predict.scrollIntoViewIfNeeded();
    await predict.getByRole('radio', { name: /^H carries straight on/ }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Yes.');
    await expect(predict.getByRole('status')).toContainText('does not give the thread back');
  });
});
