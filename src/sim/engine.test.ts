import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from './engine.ts';
import { report } from './report.ts';
import { formatTrace, scenario } from './test-helpers.ts';

test('round robin on one core: each slice ends in a preemption and a switch that costs core time', () => {
  const s = scenario({
    timeSlice: 10,
    switchCost: 1,
    tasks: [
      { name: 'A', arrival: 0, steps: [{ cpu: 25 }] },
      { name: 'B', arrival: 0, steps: [{ cpu: 15 }] },
    ],
  });
  const trace = simulate(s);
  assert.deepEqual(formatTrace(trace), [
    '0 arrive A',
    '0 arrive B',
    '0 dispatch A core0',
    '0 run A core0',
    '10 preempt A core0',
    '10 dispatch B core0',
    '10 switch A>B core0',
    '11 run B core0',
    '21 preempt B core0',
    '21 dispatch A core0',
    '21 switch B>A core0',
    '22 run A core0',
    '32 preempt A core0',
    '32 dispatch B core0',
    '32 switch A>B core0',
    '33 run B core0',
    '38 finish B core0',
    '38 dispatch A core0',
    '38 switch B>A core0',
    '39 run A core0',
    '44 finish A core0',
    '44 idle core0',
  ]);
  const r = report(s, trace);
  assert.equal(r.makespan, 44);
  assert.equal(r.busy, 40);
  assert.equal(r.switching, 4);
  assert.equal(r.switches, 4);
  assert.deepEqual(
    r.tasks.map((t) => [t.name, t.firstRun, t.finish, t.turnaround, t.waiting]),
    [
      ['A', 0, 44, 44, 19],
      ['B', 11, 38, 38, 23],
    ],
  );
});

test('a slice that ends with nobody waiting goes on without a preemption or a switch', () => {
  const s = scenario({ timeSlice: 10, switchCost: 1, tasks: [{ name: 'A', arrival: 0, steps: [{ cpu: 25 }] }] });
  const trace = simulate(s);
  assert.deepEqual(formatTrace(trace), ['0 arrive A', '0 dispatch A core0', '0 run A core0', '25 finish A core0', '25 idle core0']);
  assert.equal(report(s, trace).switches, 0);
});

test('a yielding task joins the queue after a task that arrives at the same instant', () => {
  const s = scenario({
    tasks: [
      { name: 'A', arrival: 0, steps: [{ cpu: 10 }, { yield: true }, { cpu: 5 }] },
      { name: 'B', arrival: 10, steps: [{ cpu: 5 }] },
    ],
  });
  const trace = simulate(s);
  assert.deepEqual(formatTrace(trace).slice(3, 8), ['10 arrive B', '10 yield A core0', '10 dispatch B core0', '10 switch A>B core0', '10 run B core0']);
  assert.deepEqual(trace.queueAt(10), [0]);
  assert.equal(report(s, trace).makespan, 20);
});

test('tasks that become ready at the same instant join in task-list order', () => {
  const s = scenario({
    tasks: [
      { name: 'X', arrival: 10, steps: [{ cpu: 1 }] },
      { name: 'Y', arrival: 0, steps: [{ cpu: 4 }, { io: 6 }, { cpu: 1 }] },
    ],
  });
  const trace = simulate(s);
  const at10 = formatTrace(trace).filter((l) => l.startsWith('10 '));
  assert.deepEqual(at10.slice(0, 3), ['10 arrive X', '10 wake Y', '10 dispatch X core0']);
  assert.deepEqual(report(s, trace).tasks.map((t) => t.finish), [11, 12]);
});

test('when several cores are idle the lowest-numbered takes the head of the queue', () => {
  const s = scenario({ cores: 3, tasks: [{ name: 'A', arrival: 5, steps: [{ cpu: 1 }] }] });
  const trace = simulate(s);
  assert.deepEqual(formatTrace(trace), [
    '0 idle core0',
    '0 idle core1',
    '0 idle core2',
    '5 arrive A',
    '5 dispatch A core0',
    '5 run A core0',
    '6 finish A core0',
    '6 idle core0',
  ]);
});

test('slice ends on two cores with one task waiting: only the lower core is preempted', () => {
  const s = scenario({
    cores: 2,
    timeSlice: 10,
    tasks: ['A', 'B', 'C'].map((name) => ({ name, arrival: 0, steps: [{ cpu: 30 }] })),
  });
  const trace = simulate(s);
  const at10 = formatTrace(trace).filter((l) => l.startsWith('10 '));
  assert.deepEqual(at10, ['10 preempt A core0', '10 dispatch C core0', '10 switch A>C core0', '10 run C core0']);
  assert.equal(trace.coreAt(1, 15).task, 1, 'B goes on running on core 1');
});

test('async: a blocking call holds the worker, an awaited I/O gives it back', () => {
  const blocking = scenario({
    model: 'async',
    tasks: [
      { name: 'A', arrival: 0, steps: [{ block: 100 }, { cpu: 10 }] },
      { name: 'B', arrival: 0, steps: [{ cpu: 10 }] },
    ],
  });
  const held = simulate(blocking);
  assert.equal(held.coreAt(0, 50).kind, 'held');
  assert.equal(held.taskStateAt(1, 50), 'ready');
  assert.equal(report(blocking, held).tasks[1]!.finish, 120);
  assert.equal(report(blocking, held).held, 100);

  const awaiting = scenario({ ...blocking, tasks: [{ name: 'A', arrival: 0, steps: [{ io: 100 }, { cpu: 10 }] }, blocking.tasks[1]!] });
  const parked = simulate(awaiting);
  assert.equal(parked.coreAt(0, 5).task, 1, 'B runs while A awaits');
  assert.equal(report(awaiting, parked).tasks[1]!.finish, 10);
});

test('threads: a block step is a blocking call like io, so the core is free meanwhile', () => {
  const s = scenario({
    tasks: [
      { name: 'A', arrival: 0, steps: [{ block: 100 }, { cpu: 10 }] },
      { name: 'B', arrival: 0, steps: [{ cpu: 10 }] },
    ],
  });
  const trace = simulate(s);
  assert.equal(report(s, trace).tasks[1]!.finish, 10);
  assert.equal(trace.taskStateAt(0, 50), 'blocked');
});

test('the first dispatch on a core is not a switch; returning to the same task is not either', () => {
  const s = scenario({ switchCost: 3, tasks: [{ name: 'A', arrival: 0, steps: [{ cpu: 5 }, { io: 5 }, { cpu: 5 }] }] });
  const r = report(s, simulate(s));
  assert.equal(r.switches, 0);
  assert.equal(r.makespan, 15);
});

test('io busy counts time with at least one I/O in flight, overlaps once', () => {
  const s = scenario({
    cores: 2,
    tasks: [
      { name: 'A', arrival: 0, steps: [{ io: 100 }] },
      { name: 'B', arrival: 0, steps: [{ io: 50 }] },
      { name: 'C', arrival: 200, steps: [{ io: 10 }] },
    ],
  });
  assert.equal(report(s, simulate(s)).ioBusy, 110);
});

test('fractional microseconds stay exact (an async switch of 0.2 µs)', () => {
  const s = scenario({
    model: 'async',
    switchCost: 0.2,
    tasks: Array.from({ length: 10 }, (_, i) => ({ name: `T${i}`, arrival: 0, steps: [{ cpu: 0.1 }] })),
  });
  const r = report(s, simulate(s));
  assert.equal(r.switches, 9);
  assert.equal(r.switching, 1.8);
  assert.equal(r.makespan, 2.8);
});

test('seek at the end shows every core idle and every task done', () => {
  const s = scenario({ cores: 2, tasks: [{ name: 'A', arrival: 0, steps: [{ cpu: 10 }] }] });
  const trace = simulate(s);
  const end = trace.seek(trace.makespan);
  assert.deepEqual(end.cores.map((c) => c.kind), ['idle', 'idle']);
  assert.equal(end.counts.done, 1);
  assert.equal(trace.seek(0).counts.running, 1);
});

test('memory: threads reserve a stack each, async tasks cost bytes each plus one thread per worker', () => {
  const tasks = Array.from({ length: 1000 }, (_, i) => ({ name: `T${i}`, arrival: 0, steps: [{ io: 10 }] }));
  const threads = report(scenario({ tasks }), simulate(scenario({ tasks }))).memory;
  assert.equal(threads.threads, 1000);
  assert.equal(threads.reserved, 1000 * 2 * 1024 * 1024);
  assert.equal(threads.resident, 1000 * 26 * 1024);
  const a = scenario({ model: 'async', cores: 2, tasks, memory: { taskBytes: 100 } });
  const m = report(a, simulate(a)).memory;
  assert.equal(m.threads, 2);
  assert.equal(m.resident, 2 * 26 * 1024 + 1000 * 100);
});
