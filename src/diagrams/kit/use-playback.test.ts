import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeStops, stepStops, type Stops } from './use-playback.ts';

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

/** Stops at the given instants, ending at the last one. */
function stopsAt(times: number[]): Stops {
  return {
    makespan: times[times.length - 1] ?? 0,
    nextEventTime: (t) => times.find((x) => x > t) ?? null,
    prevEventTime: (t) => [...times].reverse().find((x) => x < t) ?? null,
  };
}

test('several runs on one clock end with the longest and stop at every instant of each', () => {
  const merged = mergeStops([stopsAt([0, 10, 40]), stopsAt([0, 5, 25, 60])]);
  assert.equal(merged.makespan, 60);
  const stops: number[] = [];
  for (let t: number | null = 0; t !== null; t = merged.nextEventTime(t)) stops.push(t);
  assert.deepEqual(stops, [0, 5, 10, 25, 40, 60]);
  assert.equal(merged.prevEventTime(40), 25);
  assert.equal(merged.prevEventTime(0), null);
  assert.equal(merged.nextEventTime(60), null);
});

test('one run merged alone keeps its own stops', () => {
  const one = stopsAt([0, 3, 9]);
  const merged = mergeStops([one]);
  for (const t of [0, 1, 3, 8, 9]) {
    assert.equal(merged.nextEventTime(t), one.nextEventTime(t));
    assert.equal(merged.prevEventTime(t), one.prevEventTime(t));
  }
  assert.equal(merged.makespan, 9);
});
