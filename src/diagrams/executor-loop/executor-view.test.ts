import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { executorLoop } from '../../sim/scenarios/executor-loop.ts';
import { executorView, latestSteps, parkedAt } from './executor-view.ts';

const trace = simulate(executorLoop({ tasks: 5, io: 'mixed' }));
const [A, B, C, D, E] = [0, 1, 2, 3, 4];

test("at C's wake-up the thread runs A, B and C wait in the run queue, D and E are parked", () => {
  const view = executorView(trace, 225.4);
  assert.deepEqual(view.thread, { kind: 'run', task: A });
  assert.deepEqual(view.queue, [B, C]);
  assert.deepEqual(view.parked, [
    { task: E, until: 295.8 },
    { task: D, until: 615.6 },
  ]);
  assert.deepEqual(view.done, []);
  assert.deepEqual(view.latest, { t: 225.4, taken: [], polled: [], pending: [], woken: [C], finished: [], spawned: [] });
});

test('between two instants the latest steps are those of the earlier one', () => {
  assert.deepEqual(latestSteps(trace, 226), latestSteps(trace, 225.4));
  assert.equal(latestSteps(trace, 0).spawned.length, 5);
  assert.deepEqual(latestSteps(trace, 0).polled, [A]);
});

test('an await parks the task and the thread switches to the head of the run queue', () => {
  const view = executorView(trace, 20);
  assert.deepEqual(view.latest.pending, [A]);
  assert.deepEqual(view.latest.taken, [B]);
  assert.deepEqual(view.thread, { kind: 'switch', task: B });
  assert.deepEqual(view.parked, [{ task: A, until: 170 }]);
  assert.deepEqual(view.queue, [C, D, E]);
  assert.deepEqual(executorView(trace, 20.2).latest.polled, [B]);
});

test('with every task parked the thread is idle; at the end every task is done and nothing is parked', () => {
  const idle = executorView(trace, 160);
  assert.deepEqual(idle.thread, { kind: 'idle', task: -1 });
  assert.deepEqual(
    idle.parked.map((p) => p.task),
    [A, B, C, E, D],
  );
  const end = executorView(trace, trace.makespan);
  assert.deepEqual(end.done, [A, B, C, D, E]);
  assert.deepEqual(end.parked, []);
  assert.deepEqual(end.latest.finished, [D]);
  assert.deepEqual(parkedAt(trace, -1), []);
  assert.equal(latestSteps(trace, -1).t, -1);
});
