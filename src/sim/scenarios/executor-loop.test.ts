import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseScenario, simulate, type Trace } from '../index.ts';
import { EXECUTOR_LOOP_COSTS, EXECUTOR_LOOP_LIMITS, executorLoop, executorLoopIo, IO_MIXES, oneAfterAnother } from './executor-loop.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const { tasks } = EXECUTOR_LOOP_LIMITS;
const byName = (trace: Trace, name: string): number => trace.taskNames.indexOf(name);

test('the default scenario (5 tasks, mixed I/O) gives the trace kept in executor-loop.snap', () => {
  const trace = simulate(executorLoop({ tasks: tasks.default, io: EXECUTOR_LOOP_LIMITS.io.default }));
  const actual = formatTrace(trace);
  const path = fileURLToPath(new URL('./executor-loop.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('every tasks/I-O combination is a valid async scenario on one thread, tasks named A, B, C, …', () => {
  for (const io of IO_MIXES) {
    for (let n = tasks.min; n <= tasks.max; n++) {
      const scenario = executorLoop({ tasks: n, io });
      assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(scenario))), scenario);
      assert.equal(scenario.model, 'async');
      assert.equal(scenario.cores, 1);
      assert.deepEqual(
        scenario.tasks.map((t) => t.name),
        [...'ABCDEFGH'].slice(0, n),
      );
      assert.equal(executorLoopIo({ tasks: n, io }).length, n);
    }
  }
});

test('the costs are the course figures: 0.2 µs task switch, 150 µs SSD read, 500 µs round trip', () => {
  assert.deepEqual(EXECUTOR_LOOP_COSTS, { switchCost: 0.2, read: 150, network: 500 });
  const scenario = executorLoop({ tasks: 8, io: 'mixed' });
  const waits = scenario.tasks.map((t) => t.steps.find((s) => 'io' in s));
  assert.deepEqual(
    waits.map((s) => (s && 'io' in s ? s.io : 0)),
    executorLoopIo({ tasks: 8, io: 'mixed' }).map((kind) => EXECUTOR_LOOP_COSTS[kind]),
  );
  assert.ok(executorLoopIo({ tasks: 8, io: 'read' }).every((k) => k === 'read'));
  assert.ok(executorLoopIo({ tasks: 8, io: 'network' }).every((k) => k === 'network'));
});

test("the lesson's story: C's read completes while A runs, and C runs after A and then B", () => {
  const trace = simulate(executorLoop({ tasks: 5, io: 'mixed' }));
  const [a, b, c] = ['A', 'B', 'C'].map((n) => byName(trace, n));
  const wakeC = trace.events().find((e) => e.type === 'wake' && e.task === c);
  assert.ok(wakeC);
  assert.equal(wakeC.t, 225.4);
  const seg = trace.coreAt(0, wakeC.t);
  assert.deepEqual([seg.kind, seg.task], ['run', a]);
  assert.deepEqual(trace.queueAt(wakeC.t), [b, c]);
  // C is not polled until A finishes and B has had its turn.
  const runs = trace.events().filter((e) => e.type === 'run' && e.t >= wakeC.t);
  assert.deepEqual(
    runs.slice(0, 2).map((e) => ('task' in e ? e.task : -1)),
    [b, c],
  );
});

test('the thread sits idle only while no task is in the run queue', () => {
  for (const io of IO_MIXES) {
    for (let n = tasks.min; n <= tasks.max; n++) {
      const trace = simulate(executorLoop({ tasks: n, io }));
      for (const s of trace.segments(0)) {
        if (s.kind !== 'idle') continue;
        const mid = (s.start + s.end) / 2;
        assert.equal(trace.queueLengthAt(mid), 0, `${io} ${n}: idle at ${mid} µs with tasks ready`);
      }
    }
  }
});

test('overlapping the waits: one thread finishes far sooner than running the tasks one after another', () => {
  for (const io of IO_MIXES) {
    const scenario = executorLoop({ tasks: 8, io });
    assert.ok(simulate(scenario).makespan < oneAfterAnother(scenario) / 2, io);
  }
  // A: 20 + 150 + 60, B: 30 + 150 + 30, C: 25 + 150 + 40, D: 40 + 500 + 20, E: 30 + 150 + 50.
  assert.equal(oneAfterAnother(executorLoop({ tasks: 5, io: 'mixed' })), 230 + 210 + 215 + 560 + 230);
});

test('out-of-range, fractional or unknown parameters fall back within the limits', () => {
  assert.equal(executorLoop({ tasks: 99, io: 'mixed' }).tasks.length, 8);
  assert.equal(executorLoop({ tasks: 0, io: 'mixed' }).tasks.length, 1);
  assert.equal(executorLoop({ tasks: 2.6, io: 'read' }).tasks.length, 3);
  assert.equal(executorLoop({ tasks: Number.NaN, io: 'read' }).tasks.length, 1);
  assert.deepEqual(executorLoopIo({ tasks: 4, io: 'disk' as never }), executorLoopIo({ tasks: 4, io: 'mixed' }));
});
