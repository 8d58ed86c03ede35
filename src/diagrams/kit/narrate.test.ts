import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate, type Scenario } from '../../sim/index.ts';
import { tasksOnCores } from '../../sim/scenarios/tasks-on-cores.ts';
import { describeMoment, narrateEvents, transcript } from './narrate.ts';
import { countWords, formatAmount, formatUs, listWords, splitQuantities } from './format.ts';

const lesson1 = simulate(tasksOnCores({ tasks: 4, cores: 2 }));

function at(trace: ReturnType<typeof simulate>, t: number): string {
  const { from, to } = trace.eventsAt(t);
  return narrateEvents(trace, from, to);
}

test('a preemption and the context switch that follows read as one sentence about the core', () => {
  assert.equal(
    describeMoment(lesson1, 20),
    "20 µs: A's time slice ends and the scheduler preempts it; core 0 switches to C (a 2 µs context switch).",
  );
  assert.equal(at(lesson1, 22), 'The context switch is done and C starts running on core 0.');
});

test('between two instants the line keeps telling the latest one, with its time', () => {
  assert.equal(describeMoment(lesson1, 21), describeMoment(lesson1, 20));
  assert.ok(describeMoment(lesson1, 21.5).startsWith('20 µs: '));
  assert.notEqual(describeMoment(lesson1, 22), describeMoment(lesson1, 21));
});

test('a blocking task frees its core, which sits idle when nobody is ready', () => {
  assert.equal(at(lesson1, 81), 'D blocks on I/O until 181 µs; core 1 has nothing to run and sits idle.');
});

test('tasks that wake at the same instant are told together', () => {
  assert.match(at(lesson1, 181), /^I\/O completes for B and D: they are ready again and join the run queue\. /);
});

test('a thread that runs again on the core it last used pays no context switch, and the line says why', () => {
  assert.match(at(lesson1, 240), /D runs on core 0 again, with no context switch: it was the last thread there\./);
});

test('a thread that yields with nobody else ready carries on, and the line says why', () => {
  const trace = simulate({
    model: 'threads',
    cores: 1,
    timeSlice: null,
    switchCost: 2,
    tasks: [
      { name: 'A', arrival: 0, steps: [{ cpu: 5 }, { io: 50 }] },
      { name: 'C', arrival: 0, steps: [{ cpu: 10 }, { yield: true }, { cpu: 10 }] },
    ],
  });
  assert.equal(at(trace, 17), 'C yields core 0; nobody else is ready, so C carries on running on core 0, with no context switch.');
});

test('the last instant says that every task is done and when', () => {
  assert.match(describeMoment(lesson1, lesson1.makespan), /All 4 tasks are done after 255 µs\.$/);
});

test('t = 0 tells the first arrivals and the idle cores', () => {
  assert.equal(
    describeMoment(lesson1, 0),
    '0 µs: A arrives and joins the run queue. A starts running on core 0. Core 1 has nothing to run and sits idle.',
  );
});

const asyncScenario: Scenario = {
  model: 'async',
  cores: 2,
  timeSlice: null,
  switchCost: 0.2,
  tasks: [
    { name: 'A', arrival: 0, steps: [{ cpu: 10 }, { io: 20 }, { cpu: 5 }, { block: 10 }, { cpu: 3 }] },
    { name: 'B', arrival: 0, steps: [{ cpu: 5 }, { yield: true }, { cpu: 5 }] },
    { name: 'C', arrival: 2, steps: [{ cpu: 5 }] },
  ],
};
const asyncTrace = simulate(asyncScenario);

test('the async model speaks of the executor, workers, polls, awaits and wakers, never of preemption', () => {
  const all = transcript(asyncTrace).entries.map((e) => e.text).join(' ');
  assert.match(all, /the executor polls A on worker 0/);
  assert.match(all, /B yields to the executor/);
  assert.match(all, /A awaits I\/O \(ready at 30 µs\), so its poll returns Pending/);
  assert.match(all, /the reactor calls its waker, which puts A back in the run queue/);
  assert.match(all, /A makes a blocking call that holds worker 0 until 45\.2 µs: no other task can run there/);
  assert.match(all, /A's blocking call returns and A carries on, on worker 0/);
  assert.doesNotMatch(all, /preempt|core \d|thread|scheduler/);
});

test('a diagram can name the thread and what each task awaits; without names the words stay the same', () => {
  const named = transcript(asyncTrace, 400, { unit: () => 'the thread', awaits: () => 'SSD read' }).entries.map((e) => e.text).join(' ');
  assert.match(named, /the executor polls A on the thread/);
  assert.match(named, /A awaits its SSD read \(ready at 30 µs\), so its poll returns Pending/);
  assert.match(named, /A's SSD read is done: the reactor calls A's waker, which puts A back in the run queue/);
  assert.doesNotMatch(named, /worker \d|I\/O/);
  assert.deepEqual(transcript(asyncTrace, 400, {}), transcript(asyncTrace));
  assert.equal(
    at(lesson1, 81).replace('I/O', 'its disk read'),
    narrateEvents(lesson1, lesson1.eventsAt(81).from, lesson1.eventsAt(81).to, { awaits: () => 'disk read' }),
  );
});

test('the transcript has one entry per instant, in time order, each a sentence in words', () => {
  const { entries, omitted } = transcript(lesson1);
  assert.equal(omitted, 0);
  assert.deepEqual(
    entries.map((e) => e.t),
    lesson1.eventTimes(),
  );
  for (const e of entries) assert.match(e.text, /^[A-Z].*\.$/);
});

test('a long transcript is cut at the limit and says how much was left out', () => {
  const { entries, omitted } = transcript(lesson1, 10);
  assert.equal(entries.length, 10);
  assert.equal(omitted, lesson1.eventTimes().length - 10);
});

test('times are written in µs with the unit, at most 3 decimals and grouped thousands', () => {
  assert.equal(formatUs(120), '120 µs');
  assert.equal(formatUs(0.2), '0.2 µs');
  assert.equal(formatUs(1250), '1250 µs');
  assert.equal(formatUs(31250), '31,250 µs');
  assert.equal(formatAmount(2.0004), '2');
  assert.equal(listWords(['A', 'B', 'C']), 'A, B and C');
  assert.deepEqual([countWords(1, 'core'), countWords(5, 'task'), countWords(12, 'task')], ['one core', 'five tasks', '12 tasks']);
});

test('quantities with units are found so they can be kept on one line', () => {
  assert.deepEqual(splitQuantities('A blocks until 94 µs; Linux uses 0.75–3 ms.'), [
    { text: 'A blocks until ', quantity: false },
    { text: '94 µs', quantity: true },
    { text: '; Linux uses ', quantity: false },
    { text: '0.75–3 ms', quantity: true },
    { text: '.', quantity: false },
  ]);
  assert.deepEqual(splitQuantities('no numbers'), [{ text: 'no numbers', quantity: false }]);
  assert.deepEqual(splitQuantities('core 0 runs'), [{ text: 'core 0 runs', quantity: false }]);
});

test('many tasks arriving at one instant: the sentence names the first few and counts the rest', () => {
  assert.equal(listWords(['A', 'B', 'C', 'D'], 3), 'A, B and 2 others');
  const many: Scenario = {
    model: 'threads',
    cores: 1,
    timeSlice: null,
    switchCost: 0,
    tasks: Array.from({ length: 2000 }, (_, i) => ({ name: `T${i}`, arrival: 0, steps: [{ cpu: 1 }] })),
  };
  const text = at(simulate(many), 0);
  assert.match(text, /^T0, T1, T2, T3, T4, T5, T6 and 1,993 others arrive and join the run queue\./);
  assert.ok(text.length < 200, `one short sentence, got ${text.length} characters`);
});

test('a thread dispatched again on the core it last used, after the core sat idle, needs no context switch', () => {
  // A runs, blocks (core 0 idles), wakes and is dispatched on core 0 again; B only arrives later.
  const idleBetween: Scenario = {
    model: 'threads',
    cores: 1,
    timeSlice: null,
    switchCost: 2,
    tasks: [
      { name: 'A', arrival: 0, steps: [{ cpu: 10 }, { io: 20 }, { cpu: 10 }] },
      { name: 'B', arrival: 100, steps: [{ cpu: 5 }] },
    ],
  };
  assert.match(at(simulate(idleBetween), 30), /A runs on core 0 again, with no context switch: it was the last thread there/);
  // Far into a long run the answer is the same: it does not depend on how many events came before.
  const long: Scenario = {
    ...idleBetween,
    tasks: [{ name: 'A', arrival: 0, steps: [...Array.from({ length: 3000 }, () => [{ cpu: 1 }, { io: 2 }]).flat(), { cpu: 1 }] }],
  };
  const trace = simulate(long);
  assert.match(at(trace, trace.eventTime(trace.eventCount - 3)), /A runs on core 0 again, with no context switch/);
});
