import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { futureAt, pollLog } from '../../sim/poll-log.ts';
import { HANDLER, HANDLER_AWAITS, pollStateMachine } from '../../sim/scenarios/poll-state-machine.ts';
import { activeArrow, codeMarker, instantAt, logLine, narratePoll, pollStops, pollTranscript, stateTag, type PollWords } from './poll-words.ts';

const WORDS: PollWords = { focus: 0, awaits: ['', 'read_request()', 'query()'], ioDone: ['', 'the request’s bytes are in', 'the database answers'] };

function run(dbReady: boolean) {
  const scenario = pollStateMachine({ dbReady });
  const trace = simulate(scenario);
  const log = pollLog(trace, scenario, { [HANDLER]: HANDLER_AWAITS });
  return { trace, log, stops: pollStops(trace, log) };
}

test('the stops are every event and log instant: a ready await at 200 µs is one, though the trace has no event there', () => {
  assert.deepEqual(run(false).stops.times, [0, 10, 20, 120, 170, 200, 700, 720]);
  const ready = run(true).stops;
  assert.deepEqual(ready.times, [0, 10, 20, 120, 170, 200, 220]);
  assert.equal(ready.nextEventTime(170), 200);
  assert.equal(ready.prevEventTime(200), 170);
  assert.equal(ready.nextEventTime(220), null);
  assert.equal(ready.prevEventTime(0), null);
  assert.equal(instantAt(ready.times, 150), 120);
});

test('the narration tells each instant of the default run in the course’s words', () => {
  const { trace, log } = run(false);
  const say = (t: number): string => narratePoll(trace, log, t, WORDS);
  assert.equal(say(0), '0 µs: H is spawned and joins the run queue. The executor polls H for the first time (poll #1): its code runs from the top.');
  assert.equal(say(10), '10 µs: B is spawned and joins the run queue. H’s poll is still running, so B waits.');
  assert.equal(
    say(20),
    '20 µs: At await 1, read_request() is not ready, so H’s poll stores a clone of the waker and returns Pending. The executor polls B for the first time (poll #1): its code runs from the top.',
  );
  assert.equal(
    say(120),
    '120 µs: The request’s bytes are in: the reactor calls H’s waker, and waker.wake() puts H back in the run queue. It does not run H: the worker thread is still inside B’s poll, and H waits its turn.',
  );
  assert.equal(say(170), '170 µs: B’s poll returns Ready: B is done. The executor polls H again (poll #2): H resumes at await 1, where it stopped.');
  assert.match(say(200), /Returns Pending\. The run queue is empty, so the worker thread sleeps until the reactor wakes a task\.$/i);
  assert.match(say(700), /^700 µs: The database answers: the reactor calls H’s waker.*back in the run queue\. The executor polls H again \(poll #3\)/);
  assert.equal(say(720), '720 µs: H’s poll returns Ready: H is done after 3 polls, and its future must not be polled again.');
});

test('with the answer already there, the narration says the .await went straight on', () => {
  const { trace, log } = run(true);
  assert.equal(
    narratePoll(trace, log, 200, WORDS),
    '200 µs: At await 2, query() is ready at once, so the .await goes straight on: H’s poll does not return, and H keeps the thread.',
  );
  assert.match(narratePoll(trace, log, 220, WORDS), /H is done after 2 polls/);
});

test('the transcript has one entry per stop, without the time prefix', () => {
  const { trace, log, stops } = run(false);
  const words = pollTranscript(trace, log, stops.times, WORDS);
  assert.equal(words.length, 8);
  assert.match(words[0]!.text, /^H is spawned/);
});

test('log lines say who acts and what happens', () => {
  const { trace, log } = run(false);
  const lines = log.map((e) => logLine(e, trace.taskNames, WORDS));
  assert.deepEqual(lines[0], { who: 'executor', text: 'poll #1 of H: runs from the top' });
  assert.deepEqual(lines[1], { who: 'H', text: 'read_request() not ready: waker stored, poll returns Pending' });
  assert.deepEqual(lines[3], { who: 'reactor', text: 'the request’s bytes are in: waker.wake(), H back in the run queue' });
  assert.deepEqual(lines[9], { who: 'H', text: 'poll #3 returns Ready: done' });
});

test('the code marker and the state machine follow H: running, suspended, woken, resumed, done', () => {
  const { log } = run(false);
  const at = (t: number) => futureAt(log, 0, t);
  const mark = (t: number) => codeMarker(at(t), 5, t);
  assert.deepEqual(mark(0), { line: 1, kind: 'running', text: 'the first poll starts at the top' });
  assert.deepEqual(mark(10), { line: 2, kind: 'running', text: 'running: the first poll runs from the top' });
  assert.deepEqual(mark(20), { line: 2, kind: 'suspended', text: 'suspended at await 1, waiting to be woken' });
  assert.deepEqual(mark(120), { line: 2, kind: 'suspended', text: 'suspended at await 1, woken: in the run queue' });
  assert.deepEqual(mark(170), { line: 2, kind: 'running', text: 'poll #2 resumes here, at await 1' });
  assert.deepEqual(mark(185), { line: 3, kind: 'running', text: 'running: resumed at await 1' });
  assert.deepEqual(mark(200), { line: 3, kind: 'suspended', text: 'suspended at await 2, waiting to be woken' });
  assert.deepEqual(mark(700), { line: 3, kind: 'running', text: 'poll #3 resumes here, at await 2' });
  assert.deepEqual(mark(710), { line: 4, kind: 'running', text: 'running: resumed at await 2' });
  assert.deepEqual(mark(720), { line: 5, kind: 'done', text: 'done: returned Ready' });
  const tags = (t: number) => [0, 1, 2, 3].map((k) => stateTag(at(t), k, 4).kind);
  assert.deepEqual(tags(0), ['polled', 'none', 'none', 'none']);
  assert.deepEqual(tags(120), ['none', 'stored', 'none', 'none']);
  assert.deepEqual(tags(170), ['none', 'polled', 'none', 'none']);
  assert.deepEqual(tags(720), ['none', 'none', 'none', 'stored']);
  assert.equal(activeArrow(at(170)), 1);
  assert.equal(activeArrow(at(200)), -1);
});

test('with the answer there, the marker moves past await 2 and its state is marked as passed', () => {
  const { log } = run(true);
  const at = futureAt(log, 0, 200);
  assert.deepEqual(codeMarker(at, 5, 200), { line: 3, kind: 'running', text: 'await 2 is ready at once: goes straight on' });
  assert.deepEqual(codeMarker(futureAt(log, 0, 210), 5, 210), { line: 4, kind: 'running', text: 'running: went straight on past await 2' });
  assert.deepEqual([0, 1, 2, 3].map((k) => stateTag(at, k, 4).kind), ['none', 'polled', 'skipped', 'none']);
  assert.equal(activeArrow(at), 2);
});
