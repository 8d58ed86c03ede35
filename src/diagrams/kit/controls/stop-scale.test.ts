import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percent, scalePosition } from './stop-scale.ts';

const STOPS = [1, 2, 5, 10, 20, 50, 100] as const;
const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

test('each stop sits at its index over the number of gaps', () => {
  STOPS.forEach((s, i) => close(scalePosition(s, STOPS), i / (STOPS.length - 1)));
});

test('a value between two stops is placed by its logarithm between them', () => {
  // 32 lies between 20 and 50: log(32/20) / log(50/20) of the way, about 0.513.
  close(scalePosition(32, STOPS), (4 + Math.log(1.6) / Math.log(2.5)) / 6);
  assert.ok(scalePosition(3, STOPS) > scalePosition(2, STOPS) && scalePosition(3, STOPS) < scalePosition(5, STOPS));
});

test('values beyond the last stop lie past 1, continuing the last gap', () => {
  close(scalePosition(200, STOPS), 1 + 1 / 6);
  assert.ok(scalePosition(0.5, STOPS) < 0);
});

test('a one-stop scale puts everything at 0', () => {
  assert.equal(scalePosition(5, [5]), 0);
});

test('percent writes an SVG length rounded to 0.01 %', () => {
  assert.equal(percent(0), '0%');
  assert.equal(percent(1 / 3), '33.33%');
  assert.equal(percent(1), '100%');
});
