import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepStops } from './use-playback.ts';

test('stepStops: a sequence of 7 steps runs from 0 to 6 and stops at every whole step', () => {
  const stops = stepStops(7);
  assert.equal(stops.makespan, 6);
  assert.equal(stops.nextEventTime(0), 1);
  assert.equal(stops.nextEventTime(2.5), 3);
  assert.equal(stops.nextEventTime(5), 6);
  assert.equal(stops.nextEventTime(6), null);
  assert.equal(stops.prevEventTime(6), 5);
  assert.equal(stops.prevEventTime(2.5), 2);
  assert.equal(stops.prevEventTime(1), 0);
  assert.equal(stops.prevEventTime(0), null);
});

test('stepStops: one step (or a nonsense count) is a run of length 0 with nowhere to go', () => {
  for (const count of [1, 0, -3, Number.NaN]) {
    const stops = stepStops(count);
    assert.equal(stops.makespan, 0);
    assert.equal(stops.nextEventTime(0), null);
    assert.equal(stops.prevEventTime(0), null);
  }
});
