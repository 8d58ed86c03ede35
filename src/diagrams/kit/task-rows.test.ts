import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../sim/index.ts';
import { threadStates } from '../../sim/scenarios/thread-states.ts';
import { tasksOnCores } from '../../sim/scenarios/tasks-on-cores.ts';
import { layoutTaskRow } from './task-rows.ts';

const trace = simulate(threadStates({ cores: 1, io: 'ssd', yields: true }));
const states = (task: number): string[] => layoutTaskRow(trace, task, 0, 594).map((b) => `${b.state} ${b.start}-${b.end}`);

test("a thread's row shows it blocked during its I/O, then ready until a core is free, then running", () => {
  assert.deepEqual(states(0), ['running 0-30', 'blocked 30-180', 'ready 180-276', 'running 276-296']);
  assert.deepEqual(states(1), ['ready 0-32', 'running 32-72', 'blocked 72-572', 'ready 572-574', 'running 574-594']);
});

test('a yield answered at once (nobody else ready) does not break the running stretch', () => {
  assert.deepEqual(states(2), ['ready 0-74', 'running 74-274', 'ready 274-298', 'running 298-498']);
});

test('boxes are placed on the same scale as the core lanes, inside the plot', () => {
  const boxes = layoutTaskRow(trace, 0, 68, 297);
  assert.deepEqual(boxes[1] && [boxes[1].x, boxes[1].w], [68 + 15, 75]);
  for (const b of boxes) assert.ok(b.x >= 68 && b.x + b.w <= 68 + 297 + 1e-9);
});

test('a stretch shorter than a pixel is widened to one pixel, within the plot', () => {
  const small = layoutTaskRow(trace, 1, 0, 100, 1).find((b) => b.state === 'ready' && b.start === 572);
  assert.ok(small);
  assert.equal(small.w, 1);
  const last = layoutTaskRow(simulate(tasksOnCores({ tasks: 2, cores: 1 })), 1, 10, 50, 4).at(-1);
  assert.ok(last && last.x + last.w <= 60 + 1e-9);
});
