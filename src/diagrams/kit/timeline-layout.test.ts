import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { tasksOnCores } from '../../sim/scenarios/tasks-on-cores.ts';
import { layoutLane, niceTicks } from './timeline-layout.ts';

test('ticks are round numbers from 0 up to the end, about as many as asked for', () => {
  assert.deepEqual(niceTicks(255, 5), [0, 50, 100, 150, 200, 250]);
  assert.deepEqual(niceTicks(636, 4), [0, 200, 400, 600]);
  assert.deepEqual(niceTicks(1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(0, 5), [0]);
});

test('at lesson scale every segment but idle is drawn, in order, inside the plot', () => {
  const trace = simulate(tasksOnCores({ tasks: 4, cores: 2 }));
  for (let core = 0; core < trace.cores; core++) {
    const spans = layoutLane(trace, core, 64, 600);
    const busy = trace.segments(core).filter((s) => s.kind !== 'idle');
    assert.deepEqual(
      spans.map((s) => [s.kind, s.task, s.start, s.end]),
      busy.map((s) => [s.kind, s.task, s.start, s.end]),
    );
    for (const s of spans) assert.ok(s.x >= 64 && s.x + s.w <= 664 + 1e-9, JSON.stringify(s));
  }
});

test('a huge run draws at most about one span per pixel per lane', () => {
  const tasks = Array.from({ length: 2000 }, (_, i) => ({ name: `t${i}`, arrival: i, steps: [{ cpu: 3 }, { io: 50 }, { cpu: 2 }] }));
  const trace = simulate({ model: 'threads', cores: 2, timeSlice: 2, switchCost: 0.5, tasks });
  const spans = layoutLane(trace, 0, 0, 500);
  assert.ok(trace.segmentCount(0) > 5000, `segments: ${trace.segmentCount(0)}`);
  assert.ok(spans.length <= 500, `spans: ${spans.length}`);
  assert.ok(spans.some((s) => s.kind === 'mixed'));
  const covered = spans.reduce((sum, s) => sum + s.count, 0);
  assert.ok(covered > 0);
});

test('on an axis longer than the run, spans keep their times and take a proportionally smaller width', () => {
  const trace = simulate(tasksOnCores({ tasks: 4, cores: 2 }));
  const own = layoutLane(trace, 0, 0, 600);
  const shared = layoutLane(trace, 0, 0, 600, 1, trace.makespan * 2);
  assert.deepEqual(
    shared.map((s) => [s.kind, s.start, s.end]),
    own.map((s) => [s.kind, s.start, s.end]),
  );
  const last = shared[shared.length - 1]!;
  assert.ok(Math.abs(last.x + last.w - 300) < 1e-9, `ends at ${last.x + last.w}`);
});
