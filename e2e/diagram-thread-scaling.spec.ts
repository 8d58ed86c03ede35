import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/thread-per-task-limits/';
const ID = 'thread-scaling';
const SLIDER = 'Tasks, one thread each';
// The stops' numbers as kept in src/sim/scenarios/thread-scaling-stops.snap.
const STOPS = ['1', '2', '5', '10', '20', '50', '100', '200', '500', '1000', '2000', '5000', '10000', '20000', '50000', '100000'];
const DEFAULT_INDEX = STOPS.indexOf('10000');

function open(page: Page): Diagram {
  return new Diagram(page, ID);
}

/** A meter row's value ("19.5 GiB"), found by the row's visible label. */
function meter(d: Diagram, label: string) {
  return d.figure.locator('.ts-row').filter({ hasText: label }).locator('.ts-row-value');
}

test.describe('thread-scaling diagram', () => {
  test('hydrates at 10,000 threads, and the arrow keys move one stop and redraw the meters', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(PATH);
    const d = open(page);
    await d.hydrated();
    const slider = d.slider(SLIDER);
    await expect(slider).toHaveValue(String(DEFAULT_INDEX));
    await expect(slider).toHaveAttribute('aria-valuetext', '10,000 threads');
    await expect(meter(d, 'Reserved address space')).toHaveText('19.5 GiB');
    await expect(meter(d, 'Really used (resident)')).toHaveText('254 MiB');
    await expect(d.narration).toHaveText(/^10,000 threads reserve 19\.5 GiB of address space but really use about 254 MiB of memory\./);

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue(String(DEFAULT_INDEX + 1));
    await expect(slider).toHaveAttribute('aria-valuetext', '20,000 threads');
    await expect(d.figure.locator('output')).toHaveText('20,000 threads');
    await expect(meter(d, 'Reserved address space')).toHaveText('39.1 GiB');
    await expect(d.figure.getByText('2 MiB × 20,000: 1.2 times the RAM')).toBeVisible();
    await expect(d.narration).toHaveText(/The default max_map_count may already stop a process here\./);
    await expect(page.getByRole('figure', { name: /^20,000 threads, one per task\./ })).toBeVisible();

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '5,000 threads');
    await expect(meter(d, 'Really used (resident)')).toHaveText('127 MiB');
    expectNoProblems(problems);
  });

  test('Home and End reach 1 and 100,000 threads; the lanes say which limits are reached', async ({ page }) => {
    await page.goto(PATH);
    const d = open(page);
    await d.hydrated();
    const slider = d.slider(SLIDER);
    const lanes = d.figure.getByRole('img', { name: /^Marks on the scale:/ });

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveValue('0');
    await expect(d.narration).toHaveText(
      '1 thread reserves 2 MiB of address space but really uses about 26 KiB of memory. ' +
        'The 8 cores are idle 99.2% of the time, and no thread ever waits for a core. Next: the C10K mark at 10,000.',
    );
    await expect(lanes).toHaveAccessibleName(/^Marks on the scale: C10K \(1999\): 10,000 clients, not reached;/);

    await page.keyboard.press('End');
    await expect(slider).toHaveValue(String(STOPS.length - 1));
    await expect(meter(d, 'Reserved address space')).toHaveText('195 GiB');
    await expect(meter(d, 'Really used (resident)')).toHaveText('2.48 GiB');
    await expect(d.figure.locator('.ts-wait-value')).toHaveText('303 ms');
    await expect(d.narration).toHaveText(
      /Past the C10K mark, the default pid_max, the default max_map_count and one laptop's measured limit\. Next: threads-max on a 32 GiB machine at 255,000, beyond the end of the scale\.$/,
    );
    await expect(lanes).toHaveAccessibleName(/One laptop: about 80,000 threads, reached; threads-max, 32 GiB: about 255,000, not reached \(beyond the end of the scale\)\.$/);
  });

  test('the core-time share levels off while the wait grows ten times from 10,000 to 100,000 threads', async ({ page }) => {
    await page.goto(PATH);
    const d = open(page);
    await d.hydrated();
    const legend = d.figure.locator('.ts-legend');
    await expect(legend).toContainText('Context switches 8.2%');
    await expect(d.figure.locator('.ts-wait-value')).toHaveText('29.9 ms');
    await d.slider(SLIDER).focus();
    await page.keyboard.press('End');
    await expect(legend).toContainText('Context switches 8.2%');
    await expect(legend).toContainText('399,992 × 2 µs');
    await expect(d.figure.locator('.ts-wait-value')).toHaveText('303 ms');
  });

  test('a malformed link, or a count that is not a stop, shows a notice and the default, with no console error', async ({ page }) => {
    for (const bad of ['banana', '300']) {
      const problems = collectProblems(page);
      await page.goto(`${PATH}?thread-scaling.tasks=${bad}#thread-scaling`);
      const d = open(page);
      await d.hydrated();
      await expect(d.notice).toHaveText("This link's settings could not all be restored; showing the defaults for: tasks.");
      await expect(d.slider(SLIDER)).toHaveValue(String(DEFAULT_INDEX));
      await expect(d.link).toHaveAttribute('href', '?thread-scaling.tasks=10000#thread-scaling');
      expectNoProblems(problems);
    }
  });

  test('the transcript tells every stop, labelled by its count', async ({ page }) => {
    await page.goto(PATH);
    const d = open(page);
    await d.hydrated();
    await d.figure.getByText('Transcript', { exact: true }).click();
    const items = d.transcript.getByRole('listitem');
    await expect(items).toHaveCount(STOPS.length);
    await expect(items.first()).toHaveText(/^1 thread: 1 thread reserves 2 MiB/);
    await expect(items.last()).toHaveText(/^100,000 threads: 100,000 threads reserve 195 GiB/);
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const pick = (d: Diagram) => [d.figure, d.slider(SLIDER), d.figure.locator('.ts-lanes'), d.figure.locator('.ts-meters'), d.narration, d.link];
    const hydrated = await Diagram.boxSizes(browser, PATH, ID, true, pick);
    expect(hydrated).toEqual(await Diagram.boxSizes(browser, PATH, ID, false, pick));
  });

  test('the memory guess is answered with an explanation, not a score', async ({ page }) => {
    await page.goto(PATH);
    const predict = page.locator('form#predict-idle-thread-memory');
    await predict.scrollIntoViewIfNeeded();
    await expect(predict.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
    await predict.getByRole('radio', { name: 'About 20 GiB' }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Not quite. That is what they reserve: 10,000 × 2 MiB of address space.');
    await predict.getByRole('radio', { name: 'About 250 MiB' }).check();
    await predict.getByRole('button', { name: 'Check my guess' }).click();
    await expect(predict.getByRole('status')).toContainText('Yes. An idle thread has touched only about 10 KiB of its stack');
  });

});

test.describe('thread-scaling without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame at 10,000 threads, its description and transcript are in the HTML; the slider says it needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const d = open(page);
    await expect(d.figure.locator('output')).toHaveText('10,000 threads');
    await expect(meter(d, 'Reserved address space')).toHaveText('19.5 GiB');
    await expect(meter(d, 'Really used (resident)')).toHaveText('254 MiB');
    await expect(d.figure.locator('.ts-wait-value')).toHaveText('29.9 ms');
    await expect(d.figure.getByRole('img', { name: /^Marks on the scale: C10K \(1999\): 10,000 clients, reached;/ })).toBeVisible();
    await expect(d.description).toContainText('A scale of task counts from 1 to 100,000, one thread per task');
    await expect(d.narration).toHaveText(/^10,000 threads reserve 19\.5 GiB/);
    await expect(d.figure.getByText('Realistic costs, nothing exaggerated.')).toBeVisible();
    await expect(d.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(d.slider(SLIDER)).toBeDisabled();
    await d.figure.getByText('Transcript', { exact: true }).click();
    await expect(d.transcript.getByRole('listitem')).toHaveCount(STOPS.length);
    await expect(d.link).toHaveAttribute('href', '?thread-scaling.tasks=10000#thread-scaling');
  });
});
