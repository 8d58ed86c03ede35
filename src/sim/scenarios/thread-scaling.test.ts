import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { FIGURES } from '../figures.ts';
import { parseScenario, simulate } from '../index.ts';
import { THREAD_SCALING_DEFAULT, THREAD_SCALING_PRESET, THREAD_SCALING_STOPS, threadScaling } from './thread-scaling.ts';
import { measureStop, measureStops } from './thread-scaling-measure.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const snap = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** One line per stop: the numbers the diagram receives, in a table a diff reads well. */
function table(): string {
  const head = 'tasks reserved resident busy switching idle switches makespan meanWait';
  const rows = measureStops().map((s) =>
    [s.tasks, s.reserved, s.resident, s.busy, s.switching, s.idle, s.switches, s.makespan, s.meanWait].join(' '),
  );
  return `# ${head}\n${rows.join('\n')}\n`;
}

test('five threads on 8 cores give the trace kept in thread-scaling.snap', () => {
  const actual = formatTrace(simulate(threadScaling(5)));
  assert.equal(actual, expectedSnapshot(snap('thread-scaling.snap'), actual));
});

test('every stop from 1 to 100,000 threads gives the numbers kept in thread-scaling-stops.snap', () => {
  const actual = table();
  assert.equal(actual, expectedSnapshot(snap('thread-scaling-stops.snap'), actual));
});

test('the preset uses the course figures: 2 µs switches, a 3 ms slice, 500 µs round trips, 8 cores', () => {
  const s = threadScaling(3);
  assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(s))), s);
  assert.equal(s.switchCost, FIGURES.threadSwitch.value);
  assert.equal(s.timeSlice, FIGURES.timeSlice.value);
  assert.equal(s.cores, 8);
  assert.equal(s.model, 'threads');
  for (const task of s.tasks) {
    assert.equal(task.arrival, 0);
    assert.equal(task.steps.length, 2 * THREAD_SCALING_PRESET.rounds);
  }
});

test('the stops run 1, 2, 5 per decade from 1 to 100,000, and the default is one of them', () => {
  assert.equal(THREAD_SCALING_STOPS[0], 1);
  assert.equal(THREAD_SCALING_STOPS.at(-1), 100_000);
  for (let i = 1; i < THREAD_SCALING_STOPS.length; i++) assert.ok(THREAD_SCALING_STOPS[i]! > THREAD_SCALING_STOPS[i - 1]!);
  assert.ok((THREAD_SCALING_STOPS as readonly number[]).includes(THREAD_SCALING_DEFAULT));
});

test('memory grows in proportion to the threads: 2 MiB reserved and 26 KiB resident each', () => {
  for (const s of measureStops()) {
    assert.equal(s.reserved, s.tasks * FIGURES.threadStackReserved.value);
    assert.equal(s.resident, s.tasks * (FIGURES.threadStackResident.value + FIGURES.kernelStack.value));
  }
});

test('one thread never switches and never waits; with many, every core is always busy', () => {
  const one = measureStop(1);
  assert.equal(one.switches, 0);
  assert.equal(one.meanWait, 0);
  const many = measureStops().filter((s) => s.tasks >= 5_000);
  for (const s of many) assert.ok(s.idle / (s.busy + s.switching + s.idle) < 0.001, `${s.tasks} threads`);
});

test('once the cores are saturated the switching share levels off while the wait keeps growing', () => {
  const share = (n: number): number => {
    const s = measureStops().find((x) => x.tasks === n)!;
    return s.switching / (s.busy + s.switching);
  };
  assert.ok(Math.abs(share(100_000) - share(1_000)) < 0.002);
  const waits = measureStops().map((s) => s.meanWait);
  for (let i = 1; i < waits.length; i++) assert.ok(waits[i]! >= waits[i - 1]!, `wait at stop ${i}`);
  const at = (n: number): number => measureStops().find((x) => x.tasks === n)!.meanWait;
  // Ten times the threads, about ten times the wait: each waits behind all those ahead of it.
  assert.ok(at(100_000) / at(10_000) > 9 && at(100_000) / at(10_000) < 11);
});
