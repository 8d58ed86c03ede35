import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate, type Scenario, type Step } from './index.ts';
import { entriesUpTo, formatPollLog, futureAt, pollLog } from './poll-log.ts';
import { scenario } from './test-helpers.ts';

const one = (steps: Step[], extra: Scenario['tasks'] = []): Scenario =>
  scenario({ model: 'async', tasks: [{ name: 'A', arrival: 0, steps }, ...extra] });

const logOf = (s: Scenario, awaits: Record<string, number[]> = {}): string[] => {
  const trace = simulate(s);
  return formatPollLog(pollLog(trace, s, awaits), trace.taskNames);
};

test('each run of the task is one poll; an io step is Pending, its end a wake by the reactor, finish is Ready', () => {
  assert.deepEqual(logOf(one([{ cpu: 10 }, { io: 50 }, { cpu: 5 }])), [
    '0 poll A #1 from top',
    '10 pending A #1 await1 woken by reactor',
    '60 wake A await1 by reactor',
    '60 poll A #2 from await1',
    '65 ready A #2',
  ]);
});

test('a task with no await point is polled once and is Ready', () => {
  assert.deepEqual(logOf(one([{ cpu: 10 }, { cpu: 20 }])), ['0 poll A #1 from top', '30 ready A #1']);
});

test('a ready await is passed inside the poll, at the time the CPU before it ends', () => {
  assert.deepEqual(logOf(one([{ cpu: 10 }, { io: 50 }, { cpu: 5 }, { cpu: 7 }]), { A: [1, 3] }), [
    '0 poll A #1 from top',
    '10 pending A #1 await1 woken by reactor',
    '60 wake A await1 by reactor',
    '60 poll A #2 from await1',
    '65 through A #2 await2 ready',
    '72 ready A #2',
  ]);
});

test('a ready await right at a resume point or at the very end is told in order with its poll', () => {
  assert.deepEqual(logOf(one([{ io: 5 }, { cpu: 1 }]), { A: [0, 1, 2] }), [
    '0 poll A #1 from top',
    '0 pending A #1 await1 woken by reactor',
    '5 wake A await1 by reactor',
    '5 poll A #2 from await1',
    '5 through A #2 await2 ready',
    '6 through A #2 await3 ready',
    '6 ready A #2',
  ]);
});

test('a yield is Pending with a wake by the future itself, at the same instant', () => {
  assert.deepEqual(logOf(one([{ cpu: 3 }, { yield: true }, { cpu: 2 }])), [
    '0 poll A #1 from top',
    '3 pending A #1 await1 woken by self',
    '3 wake A await1 by self',
    '3 poll A #2 from await1',
    '5 ready A #2',
  ]);
});

test('a blocking call holds the worker inside one poll: no Pending, no new poll', () => {
  assert.deepEqual(logOf(one([{ cpu: 3 }, { block: 10 }, { cpu: 2 }, { io: 4 }, { cpu: 1 }])), [
    '0 poll A #1 from top',
    '15 pending A #1 await1 woken by reactor',
    '19 wake A await1 by reactor',
    '19 poll A #2 from await1',
    '20 ready A #2',
  ]);
});

test('two tasks: a wake while the other runs, and the next poll when the worker is free', () => {
  const s = one([{ cpu: 10 }, { io: 20 }, { cpu: 5 }], [{ name: 'B', arrival: 5, steps: [{ cpu: 40 }] }]);
  assert.deepEqual(logOf(s), [
    '0 poll A #1 from top',
    '10 pending A #1 await1 woken by reactor',
    '10 poll B #1 from top',
    '30 wake A await1 by reactor',
    '50 ready B #1',
    '50 poll A #2 from await1',
    '55 ready A #2',
  ]);
});

test('an io step left out of the await points, or a threads run, is refused', () => {
  const s = one([{ cpu: 1 }, { io: 2 }]);
  assert.throws(() => pollLog(simulate(s), s, { A: [] }), /step 1 gives the thread back/);
  const threads = scenario({ tasks: [{ name: 'A', arrival: 0, steps: [{ cpu: 1 }] }] });
  assert.throws(() => pollLog(simulate(threads), threads), RangeError);
});

test('futureAt follows one future: new, running, suspended, queued, running again, done', () => {
  const s = one([{ cpu: 10 }, { io: 20 }, { cpu: 5 }, { cpu: 5 }], [{ name: 'B', arrival: 5, steps: [{ cpu: 40 }] }]);
  const log = pollLog(simulate(s), s, { A: [1, 3] });
  const at = (t: number) => futureAt(log, 0, t);
  assert.deepEqual(at(0), { phase: 'running', awaitNo: 0, passedReady: false, polls: 1, resumedFrom: 0, since: 0 });
  assert.deepEqual(at(10), { phase: 'suspended', awaitNo: 1, passedReady: false, polls: 1, resumedFrom: 0, since: 10 });
  assert.deepEqual(at(30), { phase: 'queued', awaitNo: 1, passedReady: false, polls: 1, resumedFrom: 0, since: 30 });
  assert.deepEqual(at(50), { phase: 'running', awaitNo: 1, passedReady: false, polls: 2, resumedFrom: 1, since: 50 });
  assert.deepEqual(at(56), { phase: 'running', awaitNo: 2, passedReady: true, polls: 2, resumedFrom: 1, since: 55 });
  assert.deepEqual(at(60), { phase: 'done', awaitNo: 2, passedReady: false, polls: 2, resumedFrom: 1, since: 60 });
  assert.deepEqual(futureAt(log, 0, -1).phase, 'new');
  assert.equal(entriesUpTo(log, 10), 3);
  assert.equal(entriesUpTo(log, 1000), log.length);
});
