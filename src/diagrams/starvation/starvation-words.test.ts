import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { STARVATION_DEFAULTS, greedyYieldCauses, starvation, type StarvationParams } from '../../sim/scenarios/starvation.ts';
import { narrateStarvation, starvationExplainer, starvationTranscript } from './starvation-words.ts';

function setup(change: Partial<StarvationParams> = {}) {
  const params = { ...STARVATION_DEFAULTS, ...change };
  const trace = simulate(starvation(params));
  const explain = starvationExplainer(trace, { causes: greedyYieldCauses(params), spawnBlocking: params.spawnBlocking });
  return { trace, explain };
}

test('a request that arrives while G computes is told to wait, and why', () => {
  const { trace, explain } = setup();
  assert.equal(
    narrateStarvation(trace, 4000, explain),
    '4000 µs: R4 is spawned and joins the run queue. G still has worker 0 and has not reached an await point, so R4 waits in the run queue.',
  );
});

test('a waker that fires while G computes still leaves its task waiting', () => {
  const { trace, explain } = setup();
  assert.match(narrateStarvation(trace, 510, explain), /the reactor calls its waker, which puts R1 back in the run queue\. G still has worker 0 .* so R1 waits/);
});

test('during a blocking call the worker is said to be held', () => {
  const { trace, explain } = setup({ mode: 'blocking' });
  assert.match(narrateStarvation(trace, 110, explain), /G’s blocking call still holds worker 0, so R2 waits in the run queue\.$/);
});

test('a request that is polled at once gets no extra sentence', () => {
  const { trace, explain } = setup();
  assert.equal(explain(0), '');
  assert.equal(explain(6000), '');
  assert.equal(narrateStarvation(trace, 6000, explain).includes('waits'), false);
});

test('G’s yields say whether a yield point or the budget caused them', () => {
  const points = setup({ yieldPoints: true });
  assert.match(narrateStarvation(points.trace, 600, points.explain), /G reached a yield point \(yield_now\(\)\.await\) after 500 µs of work\.$/);
  const budget = setup({ mode: 'channel', budget: true });
  assert.match(narrateStarvation(budget.trace, 228, budget.explain), /G has made 128 operations in this poll, its whole budget/);
});

test('with spawn_blocking, G’s await is explained as waiting for another thread', () => {
  const { explain } = setup({ mode: 'blocking', spawnBlocking: true });
  assert.match(explain(100), /runs on a thread of the blocking pool and G only awaits its result/);
  assert.equal(explain(110), '');
});

test('the transcript carries the same explanations as the live line', () => {
  const { trace, explain } = setup();
  const { entries, omitted } = starvationTranscript(trace, explain);
  assert.equal(omitted, 0);
  const at4000 = entries.find((e) => e.t === 4000);
  assert.equal(`4000 µs: ${at4000?.text}`, narrateStarvation(trace, 4000, explain));
  assert.equal(entries.length, trace.eventTimes().length);
});
