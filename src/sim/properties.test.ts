/**
 * Properties that must hold for every scenario, checked on thousands of random ones.
 * A failure prints the smallest scenario fast-check can find that breaks the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simulate } from './engine.ts';
import { report } from './report.ts';
import { parseScenario, stepKind, type Scenario, type Step } from './scenario.ts';
import type { Trace, TaskState, SegmentKind } from './trace.ts';

const RUNS = 2000;
const amount = fc.integer({ min: 1, max: 60 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: amount.map((cpu) => ({ cpu })) },
  { weight: 2, arbitrary: amount.map((io) => ({ io })) },
  { weight: 1, arbitrary: fc.constant({ yield: true as const }) },
  { weight: 1, arbitrary: amount.map((block) => ({ block })) },
);

function scenarios(opts: { cpuAndIoOnly?: boolean } = {}): fc.Arbitrary<Scenario> {
  const s = opts.cpuAndIoOnly ? fc.oneof(amount.map((cpu) => ({ cpu })), amount.map((io) => ({ io }))) : step;
  return fc
    .record({
      model: fc.constantFrom('threads' as const, 'async' as const),
      cores: fc.integer({ min: 1, max: 4 }),
      timeSlice: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      // Halves too, to exercise fractional microseconds.
      switchCost: fc.integer({ min: 0, max: 10 }).map((x) => x / 2),
      tasks: fc.array(fc.record({ arrival: fc.integer({ min: 0, max: 80 }), steps: fc.array(s, { minLength: 1, maxLength: 6 }) }), {
        minLength: 1,
        maxLength: 8,
      }),
    })
    .map((r) => parseScenario({ ...r, tasks: r.tasks.map((t, i) => ({ name: `T${i}`, ...t })) }));
}

const demand = (s: Scenario, task: number, kind: 'cpu' | 'io' | 'block'): number =>
  s.tasks[task]!.steps.reduce((sum, st) => (stepKind(st) === kind ? sum + (st as Record<string, number>)[kind]! : sum), 0);

/** Replays the event list up to t, the slow obvious way, to check seek against. */
function replay(trace: Trace, t: number): { cores: SegmentKind[]; coreTasks: number[]; queue: number[]; states: TaskState[] } {
  const states: TaskState[] = trace.taskNames.map(() => 'new');
  const cores: SegmentKind[] = Array.from({ length: trace.cores }, () => 'idle');
  const coreTasks = Array.from({ length: trace.cores }, () => -1);
  const queue: number[] = [];
  for (let i = 0; i < trace.eventCount && trace.eventTime(i) <= t; i++) {
    const e = trace.event(i);
    switch (e.type) {
      case 'arrive':
      case 'wake':
        states[e.task] = 'ready';
        queue.push(e.task);
        break;
      case 'yield':
      case 'preempt':
        states[e.task] = 'ready';
        queue.push(e.task);
        cores[e.core] = 'idle';
        coreTasks[e.core] = -1;
        break;
      case 'dispatch':
        assert.equal(queue.shift(), e.task, `dispatch at ${e.t} takes the head of the queue`);
        break;
      case 'switch':
        cores[e.core] = 'switch';
        coreTasks[e.core] = e.task;
        break;
      case 'run':
        states[e.task] = 'running';
        cores[e.core] = 'run';
        coreTasks[e.core] = e.task;
        break;
      case 'hold':
        states[e.task] = 'blocked';
        cores[e.core] = 'held';
        coreTasks[e.core] = e.task;
        break;
      case 'block':
      case 'finish':
        states[e.task] = e.type === 'block' ? 'blocked' : 'done';
        cores[e.core] = 'idle';
        coreTasks[e.core] = -1;
        break;
      case 'idle':
        cores[e.core] = 'idle';
        coreTasks[e.core] = -1;
        break;
    }
  }
  return { cores, coreTasks, queue, states };
}

const prop = (name: string, check: (s: Scenario, trace: Trace) => void, arb = scenarios()): void => {
  test(name, () => {
    fc.assert(
      fc.property(arb, (s) => check(s, simulate(s))),
      { numRuns: RUNS, seed: 20261127 },
    );
  });
};

prop('every core is covered by back-to-back segments from 0 to the makespan, one task at a time', (_s, trace) => {
  for (let c = 0; c < trace.cores; c++) {
    let at = 0;
    for (const seg of trace.segments(c)) {
      assert.equal(seg.start, at, `core ${c} has no gap or overlap at ${at}`);
      assert.ok(seg.end > seg.start);
      at = seg.end;
    }
    assert.equal(at, trace.makespan);
  }
});

prop('busy + switching + idle = cores × makespan', (s, trace) => {
  const r = report(s, trace);
  assert.ok(Math.abs(r.busy + r.switching + r.idle - s.cores * r.makespan) < 1e-6);
});

prop("each task's executed CPU time equals its demand, and every task finishes", (s, trace) => {
  const ran = new Float64Array(trace.taskCount);
  for (let c = 0; c < trace.cores; c++) for (const seg of trace.segments(c)) if (seg.kind === 'run') ran[seg.task]! += seg.end - seg.start;
  for (let i = 0; i < trace.taskCount; i++) {
    assert.ok(Math.abs(ran[i]! - demand(s, i, 'cpu')) < 1e-6, `task ${i} ran ${ran[i]} µs`);
    assert.equal(trace.taskStateAt(i, trace.makespan), 'done');
  }
});

prop('a task never runs on two cores at once, and never while blocked', (_s, trace) => {
  const spans: [number, number, number][] = [];
  for (let c = 0; c < trace.cores; c++) for (const seg of trace.segments(c)) if (seg.kind === 'run') spans.push([seg.task, seg.start, seg.end]);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    const [task, start] = spans[i]!;
    const [prevTask, , prevEnd] = spans[i - 1]!;
    if (task === prevTask) assert.ok(start >= prevEnd, `task ${task} overlaps itself at ${start}`);
  }
  for (const [task, start, end] of spans) assert.equal(trace.taskStateAt(task, (start + end) / 2), 'running');
});

prop('waiting = turnaround − own cpu, io and block time = time spent ready', (s, trace) => {
  const r = report(s, trace);
  r.tasks.forEach((t, i) => {
    const history = trace.taskHistory(i);
    let ready = 0;
    for (let k = 0; k < history.length - 1; k++) if (history[k]!.state === 'ready') ready += history[k + 1]!.t - history[k]!.t;
    assert.ok(Math.abs(t.waiting - ready) < 1e-6, `${t.name}: waiting ${t.waiting}, ready ${ready}`);
    assert.ok(t.waiting >= 0);
    assert.equal(t.turnaround, t.finish - s.tasks[i]!.arrival);
  });
});

prop('seek(t) agrees with replaying the trace up to t', (_s, trace) => {
  const times = trace.eventTimes();
  const probes = [...times, ...times.map((t) => t + 0.25), trace.makespan + 1];
  for (const t of probes) {
    const slow = replay(trace, t);
    const fast = trace.seek(t);
    assert.deepEqual(fast.queue, slow.queue, `queue at ${t}`);
    assert.deepEqual(
      fast.cores.map((c) => c.kind),
      slow.cores,
      `cores at ${t}`,
    );
    assert.deepEqual(
      fast.cores.map((c) => c.task),
      slow.coreTasks,
      `core tasks at ${t}`,
    );
    assert.deepEqual(
      trace.taskNames.map((_, i) => trace.taskStateAt(i, t)),
      slow.states,
      `task states at ${t}`,
    );
  }
});

prop('a rerun gives an identical trace', (s, trace) => {
  const again = simulate(s);
  assert.deepEqual(again.columns, trace.columns);
});

prop(
  'with one core, no preemption and free switches, threads and async give identical timings',
  (s) => {
    const base = { ...s, cores: 1, timeSlice: null, switchCost: 0 };
    const threads = report(base, simulate({ ...base, model: 'threads' }));
    const async = report(base, simulate({ ...base, model: 'async' }));
    assert.deepEqual(threads.tasks, async.tasks);
    assert.equal(threads.makespan, async.makespan);
  },
  scenarios({ cpuAndIoOnly: true }),
);

prop('countsAt agrees with every task\'s own state, at each instant and between instants', (_s, trace) => {
  const times = [0, ...trace.eventTimes().flatMap((t) => [t, t + 0.0005]), trace.makespan + 1];
  for (const t of times) {
    const expected: Record<string, number> = { new: 0, ready: 0, running: 0, blocked: 0, done: 0 };
    for (let k = 0; k < trace.taskCount; k++) expected[trace.taskStateAt(k, t)]! += 1;
    assert.deepEqual(trace.countsAt(t), expected, `counts at ${t} µs`);
  }
});

prop('previousDispatch and instantEnd agree with a plain scan of the events', (_s, trace) => {
  const events = trace.events();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let end = i;
    while (end < events.length && events[end]!.t === e.t) end++;
    if (i === 0 || events[i - 1]!.t !== e.t) assert.equal(trace.instantEnd(i), end, `instant of event ${i}`);
    if (e.type !== 'dispatch') {
      assert.equal(trace.previousDispatch(i), -1);
      continue;
    }
    // The last dispatch on the same core at an earlier instant.
    let expected = -1;
    for (let k = i - 1; k >= 0; k--) {
      const d = events[k]!;
      if (d.t !== e.t && d.type === 'dispatch' && d.core === e.core) {
        expected = d.task;
        break;
      }
    }
    assert.equal(trace.previousDispatch(i), expected, `dispatch ${i} of ${trace.taskNames[e.task]} on core ${e.core}`);
  }
});
