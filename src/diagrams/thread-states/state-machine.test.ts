import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { threadStates } from '../../sim/scenarios/thread-states.ts';
import { arrowTags, describeMachine, machineAt } from './state-machine.ts';

const trace = simulate(threadStates({ cores: 1, io: 'ssd', yields: true }));
const [A, B, C] = [0, 1, 2];

test("at 180 µs A's read completes: A moves to ready, behind nobody, while C keeps the core", () => {
  const m = machineAt(trace, 180);
  assert.equal(m.at, 180);
  assert.deepEqual(m.moves, [{ task: A, kind: 'wakes' }]);
  assert.deepEqual(m.queue, [A]);
  assert.deepEqual(m.cores, [{ core: 0, task: C, switchingTo: -1 }]);
  assert.deepEqual(m.blocked, [{ task: B, until: 572 }]);
  assert.deepEqual(m.done, []);
  assert.deepEqual([...arrowTags(trace, m.moves)], [['wake', 'now: A']]);
});

test('between two instants the latest one is shown, as the narration does', () => {
  const m = machineAt(trace, 250);
  assert.equal(m.at, 180);
  assert.deepEqual(m.queue, [A]);
});

test('when A blocks, B is picked and rides the dispatched arrow during the context switch', () => {
  const m = machineAt(trace, 30);
  assert.deepEqual(m.moves, [{ task: A, kind: 'blocks' }]);
  assert.deepEqual(m.switching, [{ task: B, core: 0 }]);
  assert.deepEqual(m.cores, [{ core: 0, task: -1, switchingTo: B }]);
  assert.deepEqual(m.queue, [C]);
  assert.deepEqual(m.blocked, [{ task: A, until: 180 }]);
  const after = machineAt(trace, 32);
  assert.deepEqual(after.moves, [{ task: B, kind: 'dispatched' }]);
  assert.deepEqual(after.switching, []);
  assert.deepEqual(after.cores, [{ core: 0, task: B, switchingTo: -1 }]);
});

test('a yield with nobody else ready takes both arrows at one instant, and says which move it was', () => {
  const m = machineAt(trace, 174);
  assert.deepEqual(m.moves, [
    { task: C, kind: 'yields' },
    { task: C, kind: 'dispatched' },
  ]);
  assert.deepEqual(Object.fromEntries(arrowTags(trace, m.moves)), { back: 'now: C yields', dispatch: 'now: C' });
});

test('at 0 µs all three are spawned and A is dispatched; at the end all are done and the core is idle', () => {
  const start = machineAt(trace, 0);
  assert.deepEqual(Object.fromEntries(arrowTags(trace, start.moves)), { start: 'now: A, B, C', dispatch: 'now: A' });
  const end = machineAt(trace, trace.makespan);
  assert.deepEqual(end.done, [A, B, C]);
  assert.deepEqual(end.cores, [{ core: 0, task: -1, switchingTo: -1 }]);
  assert.deepEqual(Object.fromEntries(arrowTags(trace, end.moves)), { finish: 'now: B' });
});

test('the text alternative names every state and the latest moves', () => {
  assert.equal(
    describeMachine(trace, machineAt(trace, 180)),
    'Thread states at 180 µs. Running: C on core 0. Ready (run queue, head first): A. Blocked: B until 572 µs. ' +
      "Done: none. At 180 µs: A's I/O completes (blocked to ready).",
  );
  assert.match(describeMachine(trace, machineAt(trace, 30)), /Running: core 0 switching to B\./);
});
