import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { Diagram } from './pages/diagram.ts';

const PATH = 'lessons/context-switch/';
const ID = 'switch-cost';
// The realistic run as kept in src/sim/scenarios/switch-cost.snap.
const REALISTIC_END = 31_522;

function parts(d: Diagram) {
  const share = d.figure.getByRole('group', { name: 'Share of the core’s time lost to switching' });
  return {
    share,
    number: share.locator('.sc-now .sc-number'),
    realistic: share.locator('.sc-real .sc-number'),
    tag: share.locator('.sc-tag'),
    preset: (name: 'Realistic' | 'Exaggerated') => d.figure.getByRole('button', { name: new RegExp(`^${name} `) }),
    cost: d.slider('Switch cost'),
    slice: d.slider('Time slice'),
    switches: d.figure.locator('.tl-past .tl-switch'),
  };
}

/** Opens the lesson, with an optional query string, once this diagram works. */
const open = (page: Page, query = ''): Promise<Diagram> => Diagram.open(page, `${PATH}${query}`, ID);

test.describe('switch-cost diagram', () => {
  test('starts realistic: a 2 µs switch every 3 ms slice loses about 0.07% of the core', async ({ page }) => {
    const problems = collectProblems(page);
    const d = await open(page);
    const p = parts(d);
    await expect(p.number).toHaveText('0.07%');
    await expect(p.tag).toHaveText('Realistic');
    await expect(p.preset('Realistic')).toHaveAttribute('aria-pressed', 'true');
    await expect(p.preset('Exaggerated')).toHaveAttribute('aria-pressed', 'false');
    await expect(p.cost).toHaveAttribute('aria-valuetext', '2 µs');
    await expect(p.slice).toHaveAttribute('aria-valuetext', '3000 µs');
    await expect(d.time).toHaveValue(String(REALISTIC_END));
    await expect(d.timeline).toHaveAccessibleName(/^Timeline of 1 core from 0 to 31,522 µs/);
    await expect(p.share).toContainText('11 switches × 2 µs = 22 µs of 31,522 µs');
    // Eleven switches, each drawn even though it is far narrower than a pixel.
    await expect(p.switches).toHaveCount(11);
    expectNoProblems(problems);
  });

  test('the Exaggerated preset, by keyboard, says so and keeps the realistic share beside it', async ({ page }) => {
    const d = await open(page);
    const p = parts(d);
    await p.preset('Exaggerated').focus();
    await page.keyboard.press('Enter');
    await expect(p.number).toHaveText('17%');
    await expect(p.tag).toHaveText('Exaggerated');
    await expect(p.realistic).toHaveText('0.07%');
    await expect(p.preset('Exaggerated')).toHaveAttribute('aria-pressed', 'true');
    await expect(p.cost).toHaveAttribute('aria-valuetext', '20 µs');
    await expect(p.slice).toHaveAttribute('aria-valuetext', '100 µs');
    await expect(d.figure.getByText(/^A 20 µs switch is more than the 1\.2–2\.2 µs/)).toBeVisible();
    await expect(d.timeline).toHaveAccessibleName(/^Timeline of 1 core from 0 to 1270 µs/);
    // The playhead stays at the end of the (new) run.
    await expect(d.time).toHaveValue('1270');
    await p.preset('Realistic').focus();
    await page.keyboard.press('Space');
    await expect(p.number).toHaveText('0.07%');
  });

  test('the sliders move along their positions by keyboard and change the share', async ({ page }) => {
    const d = await open(page);
    const p = parts(d);
    await p.cost.focus();
    await page.keyboard.press('ArrowRight');
    await expect(p.cost).toHaveAttribute('aria-valuetext', '2.2 µs');
    await expect(d.figure.locator('output', { hasText: /^2\.2 µs$/ })).toBeVisible();
    await expect(p.preset('Realistic')).toHaveAttribute('aria-pressed', 'false');
    await expect(p.tag).toHaveText('Realistic');
    await p.slice.focus();
    await page.keyboard.press('Home');
    await expect(p.slice).toHaveAttribute('aria-valuetext', '50 µs');
    await expect(p.tag).toHaveText('Your settings');
    await expect(p.number).toHaveText('4.4%');
    await expect(p.share).toContainText('11 switches × 2.2 µs = 24.2 µs of 549.2 µs');
    await p.cost.focus();
    await page.keyboard.press('End');
    await expect(p.cost).toHaveAttribute('aria-valuetext', '50 µs');
    await expect(p.number).toHaveText('51%');
  });

  test('the Time slider steps between events: the first switch starts when A’s slice ends', async ({ page }) => {
    const d = await open(page);
    await d.time.focus();
    await page.keyboard.press('Home');
    await expect(d.narration).toHaveText(/^0 µs: A, B and C arrive and join the run queue\./);
    await page.keyboard.press('ArrowRight');
    await expect(d.time).toHaveValue('3000');
    await expect(d.narration).toHaveText(
      "3000 µs: A's time slice ends and the scheduler preempts it; core 0 switches to B (a 2 µs context switch).",
    );
    await page.keyboard.press('ArrowRight');
    await expect(d.time).toHaveValue('3002');
    await expect(d.narration).toHaveText('3002 µs: The context switch is done and B starts running on core 0.');
  });

  test('hydration keeps every box the same size as the server HTML', async ({ browser }) => {
    const pick = (d: Diagram) => [d.figure, parts(d).share, d.timeline, parts(d).preset('Exaggerated'), parts(d).cost, d.narration, d.link];
    const hydrated = await Diagram.boxSizes(browser, PATH, ID, true, pick);
    expect(hydrated).toEqual(await Diagram.boxSizes(browser, PATH, ID, false, pick));
  });

});

test.describe('switch-cost without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first frame, the share, the note and the description are in the HTML', async ({ page }) => {
    await page.goto(PATH);
    const d = new Diagram(page, ID);
    const p = parts(d);
    await expect(p.number).toHaveText('0.07%');
    await expect(p.realistic).toHaveText('0.07%');
    await expect(d.timeline).toHaveAccessibleName(/^Timeline of 1 core from 0 to 31,522 µs, playhead at 31,522 µs/);
    await expect(p.switches).toHaveCount(11);
    await expect(d.description).toContainText('the core spends 22 µs of its 31,522 µs on 11 switches: 0.07% of its time');
    await expect(d.figure.getByText(/Exaggerated makes a switch a fifth of a slice/)).toBeVisible();
    await expect(d.figure.getByText('Interactive controls need JavaScript.')).toBeVisible();
    await expect(p.preset('Exaggerated')).toBeDisabled();
    await expect(p.cost).toBeDisabled();
    await expect(d.time).toBeDisabled();
  });
});
