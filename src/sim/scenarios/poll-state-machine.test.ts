import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { FIGURES } from '../figures.ts';
import { parseScenario, simulate } from '../index.ts';
import { formatPollLog, pollLog } from '../poll-log.ts';
import {
  HANDLER,
  HANDLER_AWAITS,
  OTHER,
  POLL_PRESET,
  POLL_STATE_MACHINE_DEFAULTS,
  handlerSteps,
  pollStateMachine,
  type PollStateMachineParams,
} from './poll-state-machine.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const READY: PollStateMachineParams = { dbReady: true };
const logOf = (p: PollStateMachineParams): string[] => {
  const s = pollStateMachine(p);
  const trace = simulate(s);
  return formatPollLog(pollLog(trace, s, { [HANDLER]: HANDLER_AWAITS }), trace.taskNames);
};

test('both runs the lesson shows give the traces and poll logs kept in poll-state-machine.snap', () => {
  const shown: [string, PollStateMachineParams][] = [
    ['The database answers after a round trip (the default)', POLL_STATE_MACHINE_DEFAULTS],
    ['The database answer is already there', READY],
  ];
  const actual = shown
    .map(([title, p]) => `## ${title}\n${formatTrace(simulate(pollStateMachine(p)))}### poll log\n${logOf(p).join('\n')}\n`)
    .join('\n');
  const path = fileURLToPath(new URL('./poll-state-machine.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('the preset’s real-world numbers are the figures the Sources page cites', () => {
  assert.equal(POLL_PRESET.dbIo, FIGURES.datacenterRoundTrip.value);
  assert.equal(POLL_PRESET.realSwitchCost, FIGURES.asyncSwitch.value);
});

test('both settings are valid async scenarios on one worker thread, H then B', () => {
  for (const p of [POLL_STATE_MACHINE_DEFAULTS, READY]) {
    const s = pollStateMachine(p);
    assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(s))), s);
    assert.equal(s.model, 'async');
    assert.equal(s.cores, 1);
    assert.deepEqual(s.tasks.map((t) => t.name), [HANDLER, OTHER]);
  }
  assert.deepEqual(handlerSteps(POLL_STATE_MACHINE_DEFAULTS), [{ cpu: 20 }, { io: 100 }, { cpu: 30 }, { io: 500 }, { cpu: 20 }]);
  assert.deepEqual(handlerSteps(READY), [{ cpu: 20 }, { io: 100 }, { cpu: 30 }, { cpu: 20 }]);
});

test('by default H is polled three times: Pending at await 1, Pending at await 2, then Ready (numbers the lesson quotes)', () => {
  const log = logOf(POLL_STATE_MACHINE_DEFAULTS);
  assert.deepEqual(
    log.filter((l) => l.includes(` ${HANDLER} `)),
    [
      '0 poll H #1 from top',
      '20 pending H #1 await1 woken by reactor',
      '120 wake H await1 by reactor',
      '170 poll H #2 from await1',
      '200 pending H #2 await2 woken by reactor',
      '700 wake H await2 by reactor',
      '700 poll H #3 from await2',
      '720 ready H #3',
    ],
  );
});

test('the wake does not run H: woken at 120 µs, it waits in the run queue until B is done at 170 µs', () => {
  const trace = simulate(pollStateMachine(POLL_STATE_MACHINE_DEFAULTS));
  assert.deepEqual(trace.queueAt(120), [0]);
  assert.equal(trace.coreAt(0, 120).task, 1);
  assert.equal(trace.taskStateAt(0, 169), 'ready');
  assert.equal(trace.taskStateAt(0, 170), 'running');
});

test('with the answer already there, await 2 does not give the thread back: two polls, done at 220 µs', () => {
  const log = logOf(READY);
  assert.deepEqual(
    log.filter((l) => l.includes(` ${HANDLER} `)),
    [
      '0 poll H #1 from top',
      '20 pending H #1 await1 woken by reactor',
      '120 wake H await1 by reactor',
      '170 poll H #2 from await1',
      '200 through H #2 await2 ready',
      '220 ready H #2',
    ],
  );
  assert.equal(simulate(pollStateMachine(READY)).makespan, 220);
});
