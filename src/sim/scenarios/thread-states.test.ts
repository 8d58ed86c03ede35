import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseScenario, report, simulate, type Trace, type TraceEvent } from '../index.ts';
import { FIGURES } from '../figures.ts';
import { THREAD_STATES_IO, THREAD_STATES_LIMITS, THREAD_STATES_PRESET, threadStates, type ThreadStatesParams } from './thread-states.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const DEFAULT: ThreadStatesParams = {
  cores: THREAD_STATES_LIMITS.cores.default,
  io: THREAD_STATES_LIMITS.io.default,
  yields: THREAD_STATES_LIMITS.yields.default,
};
const A = 0;
const C = 2;

/** Every combination the diagram's controls can make. */
function everyParams(): ThreadStatesParams[] {
  const out: ThreadStatesParams[] = [];
  for (let cores = THREAD_STATES_LIMITS.cores.min; cores <= THREAD_STATES_LIMITS.cores.max; cores++) {
    for (const io of THREAD_STATES_LIMITS.io.values) for (const yields of [true, false]) out.push({ cores, io, yields });
  }
  return out;
}

const find = (trace: Trace, pred: (e: TraceEvent) => boolean): TraceEvent[] => trace.events().filter(pred);
const firstRunAfter = (trace: Trace, task: number, t: number): number =>
  find(trace, (e) => e.type === 'run' && e.task === task && e.t >= t)[0]?.t ?? Number.NaN;

test('the default scenario (1 core, SSD read, C yields) gives the trace kept in thread-states.snap', () => {
  const actual = formatTrace(simulate(threadStates(DEFAULT)));
  const path = fileURLToPath(new URL('./thread-states.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('the waits, the time slice and the switch cost are the figures the Sources page cites', () => {
  assert.deepEqual(THREAD_STATES_IO, { ssd: FIGURES.ssdRead.value, datacenter: FIGURES.datacenterRoundTrip.value });
  assert.equal(THREAD_STATES_PRESET.timeSlice, FIGURES.timeSlice.value);
  assert.equal(THREAD_STATES_PRESET.switchCost, FIGURES.threadSwitch.value);
});

test('every combination of the controls is a valid scenario of threads A, B and C', () => {
  for (const params of everyParams()) {
    const scenario = threadStates(params);
    assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(scenario))), scenario);
    assert.equal(scenario.cores, params.cores);
    assert.deepEqual(
      scenario.tasks.map((t) => t.name),
      ['A', 'B', 'C'],
    );
  }
});

test('no thread is ever preempted: the 3 ms time slice is longer than any run', () => {
  for (const params of everyParams()) {
    const trace = simulate(threadStates(params));
    assert.equal(find(trace, (e) => e.type === 'preempt').length, 0, JSON.stringify(params));
    assert.ok(trace.makespan < 3000);
  }
});

test('when A blocks on its read, the core goes to B, the head of the run queue', () => {
  const trace = simulate(threadStates(DEFAULT));
  const at30 = find(trace, (e) => e.t === 30).map((e) => e.type + ('task' in e ? ` ${trace.taskNames[e.task]}` : ''));
  assert.deepEqual(at30, ['block A', 'dispatch B', 'switch B']);
  assert.equal(trace.taskStateAt(A, 31), 'blocked');
});

test("A's read completes at 180 µs but A does not run at once: it waits in the run queue until C yields", () => {
  const trace = simulate(threadStates(DEFAULT));
  assert.equal(find(trace, (e) => e.type === 'wake' && e.task === A)[0]?.t, 180);
  assert.equal(trace.taskStateAt(A, 180), 'ready');
  assert.deepEqual(trace.queueAt(200), [A]);
  assert.equal(trace.taskStateAt(C, 200), 'running');
  assert.deepEqual(
    find(trace, (e) => e.t === 274 && e.type === 'yield').map((e) => ('task' in e ? e.task : -1)),
    [C],
  );
  assert.equal(firstRunAfter(trace, A, 180), 276);
});

test('a yield with nobody else ready changes nothing: C runs on with no context switch', () => {
  const trace = simulate(threadStates(DEFAULT));
  const at174 = find(trace, (e) => e.t === 174).map((e) => e.type);
  assert.deepEqual(at174, ['yield', 'dispatch', 'run']);
  for (const params of everyParams().filter((p) => p.io === 'datacenter' && p.cores === 1 && p.yields)) {
    const t = simulate(threadStates(params));
    assert.equal(find(t, (e) => e.type === 'switch' && e.from === C && e.t < 474).length, 0, 'nobody is ready at any of C’s yields');
  }
});

test('without the yields, A waits for C to finish; the run as a whole takes just as long', () => {
  const withYields = simulate(threadStates(DEFAULT));
  const without = simulate(threadStates({ ...DEFAULT, yields: false }));
  assert.equal(firstRunAfter(without, A, 180), 476);
  assert.ok(firstRunAfter(without, A, 180) > firstRunAfter(withYields, A, 180));
  assert.equal(without.makespan, withYields.makespan);
  const finishA = (t: Trace): number => report(threadStates(DEFAULT), t).tasks[A]!.finish;
  assert.ok(finishA(withYields) < finishA(without));
});

test('with two cores, A runs as soon as its read completes: the second core is idle', () => {
  const trace = simulate(threadStates({ ...DEFAULT, cores: 2 }));
  assert.equal(trace.taskStateAt(A, 181), 'ready');
  assert.equal(firstRunAfter(trace, A, 180), 182);
});

test('out-of-range or unknown parameters fall back to values within the limits', () => {
  assert.equal(threadStates({ ...DEFAULT, cores: 9 }).cores, 2);
  assert.equal(threadStates({ ...DEFAULT, cores: Number.NaN }).cores, 1);
  const io = threadStates({ ...DEFAULT, io: 'floppy' as never }).tasks[A]!.steps[1];
  assert.deepEqual(io, { io: 150 });
});
