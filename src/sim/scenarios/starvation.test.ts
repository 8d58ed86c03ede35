import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { FIGURES } from '../figures.ts';
import { parseScenario, report, simulate, type Scenario, type Step } from '../index.ts';
import {
  FIXES,
  GREEDY,
  GREEDY_MODES,
  REQUEST_ALONE,
  STARVATION_DEFAULTS,
  STARVATION_PRESET,
  baseScenario,
  fixEffects,
  greedyYieldCauses,
  requestLatencies,
  starvation,
  withBudget,
  withFix,
  withSpawnBlocking,
  withYieldPoints,
  worstLatency,
  worstRequest,
  type StarvationParams,
} from './starvation.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const none: StarvationParams = STARVATION_DEFAULTS;

/** Every mode with every combination of fixes: the 24 scenarios the diagram can show. */
function allParams(): StarvationParams[] {
  const out: StarvationParams[] = [];
  for (const mode of GREEDY_MODES) {
    for (let bits = 0; bits < 8; bits++) {
      out.push({ mode, yieldPoints: (bits & 1) !== 0, spawnBlocking: (bits & 2) !== 0, budget: (bits & 4) !== 0 });
    }
  }
  return out;
}

const stepsOf = (s: Scenario, name: string): readonly Step[] => s.tasks.find((t) => t.name === name)?.steps ?? [];
const amount = (step: Step): number => ('cpu' in step ? step.cpu : 'io' in step ? step.io : 'block' in step ? step.block : 0);
const total = (steps: readonly Step[]): number => steps.reduce((sum, step) => sum + amount(step), 0);
const yields = (steps: readonly Step[]): number => steps.filter((step) => 'yield' in step).length;

/** A one-task scenario, for testing transforms on hand-written steps. */
const one = (steps: Step[]): Scenario => ({ model: 'async', cores: 1, timeSlice: null, switchCost: 0, tasks: [{ name: GREEDY, arrival: 0, steps }] });

test('the runs the lesson embeds give the traces kept in starvation.snap', () => {
  const shown: [string, StarvationParams][] = [
    ['G computes, no fix (the default)', none],
    ['G computes, with yield points', { ...none, yieldPoints: true }],
    ['G makes a blocking call, no fix', { ...none, mode: 'blocking' }],
    ['G makes a blocking call, with spawn_blocking', { ...none, mode: 'blocking', spawnBlocking: true }],
    ['G loops over a ready channel, with the budget', { ...none, mode: 'channel', budget: true }],
  ];
  const actual = shown.map(([title, p]) => `## ${title}\n${formatTrace(simulate(starvation(p)))}`).join('\n');
  const path = fileURLToPath(new URL('./starvation.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('the preset’s real-world numbers are the figures the Sources page cites', () => {
  assert.equal(STARVATION_PRESET.requestIo, FIGURES.datacenterRoundTrip.value);
  assert.equal(STARVATION_PRESET.realSwitchCost, FIGURES.asyncSwitch.value);
  assert.equal(STARVATION_PRESET.budget, FIGURES.tokioBudget.value);
});

test('every mode and combination of fixes is a valid scenario with one worker, G and R1 to R5', () => {
  for (const p of allParams()) {
    const s = starvation(p);
    assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(s))), s, JSON.stringify(p));
    assert.equal(s.model, 'async');
    assert.equal(s.cores, 1);
    assert.deepEqual(s.tasks.map((t) => t.name), ['G', 'R1', 'R2', 'R3', 'R4', 'R5']);
  }
});

test('no fix changes how much work G has, only where and in how many pieces it is done', () => {
  for (const p of allParams()) assert.equal(total(stepsOf(starvation(p), GREEDY)), STARVATION_PRESET.greedyWork, JSON.stringify(p));
});

test('without a fix, G keeps the worker: R2, arriving 10 µs after G starts, is first polled when G is done', () => {
  for (const mode of GREEDY_MODES) {
    const trace = simulate(baseScenario(mode));
    const r2 = trace.taskNames.indexOf('R2');
    const firstRun = trace.events().find((e) => e.type === 'run' && e.task === r2);
    assert.equal(trace.arrival(r2), 110);
    assert.equal(firstRun?.t, 5100, mode);
    assert.equal(worstLatency({ ...none, mode }), 5510, mode);
  }
});

test('a request alone is done in its 520 µs: R5, arriving after G, is not slowed at all', () => {
  assert.equal(REQUEST_ALONE, 520);
  for (const p of allParams()) {
    const s = starvation(p);
    const r5 = requestLatencies(report(s, simulate(s))).find((r) => r.name === 'R5');
    assert.equal(r5?.latency, REQUEST_ALONE, JSON.stringify(p));
  }
});

test('the fixes table: what each fix on its own does to the worst latency, per mode (numbers the lesson quotes)', () => {
  assert.deepEqual(fixEffects('compute'), { before: 5510, after: { yieldPoints: 1020, spawnBlocking: 520, budget: 5510 } });
  assert.deepEqual(fixEffects('blocking'), { before: 5510, after: { yieldPoints: 5510, spawnBlocking: 520, budget: 5510 } });
  assert.deepEqual(fixEffects('channel'), { before: 5510, after: { yieldPoints: 1020, spawnBlocking: 520, budget: 660 } });
});

test('with yield points G finishes 70 µs later: the requests’ CPU work done in between', () => {
  const finish = (p: StarvationParams): number => report(starvation(p), simulate(starvation(p))).tasks[0]!.finish;
  assert.equal(finish({ ...none, yieldPoints: true }) - finish(none), 70);
});

test('withYieldPoints cuts long cpu steps into pieces with a yield between, and no yield after the last', () => {
  const s = withYieldPoints(one([{ cpu: 1200 }]), GREEDY, 500);
  assert.deepEqual(stepsOf(s, GREEDY), [{ cpu: 500 }, { yield: true }, { cpu: 500 }, { yield: true }, { cpu: 200 }]);
  const g = stepsOf(starvation({ ...none, yieldPoints: true }), GREEDY);
  assert.equal(g.length, 19);
  assert.equal(yields(g), 9);
});

test('withYieldPoints counts work across small steps, restarts after an await, and cannot cut a blocking call', () => {
  const s = withYieldPoints(one([{ cpu: 300 }, { cpu: 300 }, { io: 50 }, { cpu: 400 }, { block: 900 }, { cpu: 200 }]), GREEDY, 500);
  assert.deepEqual(stepsOf(s, GREEDY), [
    { cpu: 300 },
    { cpu: 200 },
    { yield: true },
    { cpu: 100 },
    { io: 50 },
    { cpu: 400 },
    { block: 900 },
    { cpu: 100 },
    { yield: true },
    { cpu: 100 },
  ]);
  assert.deepEqual(stepsOf(withYieldPoints(baseScenario('blocking'), GREEDY, 500), GREEDY), [{ block: 5000 }]);
});

test('withYieldPoints adds a yield between two steps that meet exactly at the boundary, never a zero-length piece', () => {
  const s = withYieldPoints(one([{ cpu: 500 }, { cpu: 10 }]), GREEDY, 500);
  assert.deepEqual(stepsOf(s, GREEDY), [{ cpu: 500 }, { yield: true }, { cpu: 10 }]);
  assert.throws(() => withYieldPoints(one([{ cpu: 1 }]), GREEDY, 0), RangeError);
});

test('withSpawnBlocking turns the work between awaits into one awaited step of the same length', () => {
  const s = withSpawnBlocking(one([{ cpu: 10 }, { block: 90 }, { io: 5 }, { yield: true }, { cpu: 1 }, { cpu: 2 }]), GREEDY);
  assert.deepEqual(stepsOf(s, GREEDY), [{ io: 100 }, { io: 5 }, { yield: true }, { io: 3 }]);
  for (const mode of GREEDY_MODES) {
    assert.deepEqual(stepsOf(withSpawnBlocking(baseScenario(mode), GREEDY), GREEDY), [{ io: 5000 }], mode);
  }
});

test('the transforms only touch the task they are given; the budget applies to every task', () => {
  const base = baseScenario('channel');
  for (const s of [withYieldPoints(base, GREEDY, 500), withSpawnBlocking(base, GREEDY), withBudget(base, 128)]) {
    assert.deepEqual(s.tasks.slice(1), base.tasks.slice(1));
  }
  const busy = withBudget({ ...base, tasks: [...base.tasks.slice(1), { ...base.tasks[0]!, name: 'X' }] }, 128);
  assert.equal(yields(stepsOf(busy, 'X')), 39);
});

test('withBudget makes a loop of ready operations yield after every 128, and leaves computation and blocking alone', () => {
  const g = stepsOf(withBudget(baseScenario('channel'), STARVATION_PRESET.budget), GREEDY);
  assert.equal(yields(g), Math.ceil(5000 / 128) - 1);
  const firstYield = g.findIndex((step) => 'yield' in step);
  assert.equal(firstYield, 128);
  assert.deepEqual(stepsOf(withBudget(baseScenario('compute'), 128), GREEDY), [{ cpu: 5000 }]);
  assert.deepEqual(stepsOf(withBudget(baseScenario('blocking'), 128), GREEDY), [{ block: 5000 }]);
  assert.throws(() => withBudget(baseScenario('compute'), 0), RangeError);
  assert.throws(() => withBudget(baseScenario('compute'), 1.5), RangeError);
});

test('withBudget gives each poll a fresh budget after an await or a yield', () => {
  const ops = (n: number): Step[] => Array.from({ length: n }, () => ({ cpu: 1 }));
  const s = withBudget(one([...ops(100), { io: 5 }, ...ops(100), { yield: true }, ...ops(3)]), 128);
  assert.equal(yields(stepsOf(s, GREEDY)), 1);
  const t = withBudget(one([...ops(129)]), 128);
  assert.deepEqual(stepsOf(t, GREEDY).slice(127), [{ cpu: 1 }, { yield: true }, { cpu: 1 }]);
});

test('greedyYieldCauses names the cause of each of G’s yields, in order', () => {
  for (const p of allParams()) {
    assert.equal(greedyYieldCauses(p).length, yields(stepsOf(starvation(p), GREEDY)), JSON.stringify(p));
  }
  assert.deepEqual(new Set(greedyYieldCauses({ ...none, yieldPoints: true })), new Set(['yield-point']));
  assert.deepEqual(new Set(greedyYieldCauses({ ...none, mode: 'channel', budget: true })), new Set(['budget']));
  // Both: the budget fires at 128, 256 and 384 messages, the yield point at 500; then again from there.
  const both = greedyYieldCauses({ ...none, mode: 'channel', budget: true, yieldPoints: true });
  assert.deepEqual(both.slice(0, 5), ['budget', 'budget', 'budget', 'yield-point', 'budget']);
  assert.equal(both.filter((c) => c === 'yield-point').length, 9);
});

test('withFix turns exactly one fix on or off', () => {
  for (const fix of FIXES) {
    const on = withFix(none, fix, true);
    assert.equal(on[fix], true);
    assert.deepEqual(withFix(on, fix, false), none);
  }
});

test('worstRequest picks the largest latency, the first of equals, and nothing from an empty list', () => {
  const rows = [
    { name: 'A', arrival: 0, finish: 5, latency: 5 },
    { name: 'B', arrival: 0, finish: 9, latency: 9 },
    { name: 'C', arrival: 0, finish: 9, latency: 9 },
  ];
  assert.equal(worstRequest(rows)?.name, 'B');
  assert.equal(worstRequest([]), undefined);
});
