import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { FIGURES } from '../figures.ts';
import { parseScenario, report, simulate, type Report, type Scenario } from '../index.ts';
import {
  nearestStop,
  normalizeParams,
  taskSteps,
  threadsVsAsync,
  THREADS_VS_ASYNC_CORES as CORES,
  THREADS_VS_ASYNC_FIGURES,
  THREADS_VS_ASYNC_PRESETS as PRESETS,
  THREADS_VS_ASYNC_STOPS as STOPS,
  type ThreadsVsAsyncParams,
} from './threads-vs-async.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

function run(p: ThreadsVsAsyncParams): { threads: Report; async: Report } {
  const { threads, async } = threadsVsAsync(p);
  return { threads: report(threads, simulate(threads)), async: report(async, simulate(async)) };
}

/** The figures the lesson quotes, one line per preset and model. */
function summary(name: string, model: string, r: Report): string {
  const turnaround = r.tasks.map((t) => t.turnaround);
  const mean = turnaround.reduce((a, b) => a + b, 0) / turnaround.length;
  return (
    `${name} ${model}: makespan ${r.makespan}, busy ${r.busy}, switching ${r.switching} in ${r.switches} switches, ` +
    `mean turnaround ${Math.round(mean * 10) / 10}, threads ${r.memory.threads}, resident ${r.memory.resident} B, reserved ${r.memory.reserved} B`
  );
}

test('the "few" preset traces and every preset\'s figures are those kept in threads-vs-async.snap', () => {
  const few = threadsVsAsync(PRESETS.few);
  const lines = [formatTrace(simulate(few.threads)), formatTrace(simulate(few.async)), '# presets'];
  for (const [name, p] of Object.entries(PRESETS)) {
    const r = run(p);
    lines.push(summary(name, 'threads', r.threads), summary(name, 'async', r.async));
  }
  const actual = `${lines.join('\n')}\n`;
  const path = fileURLToPath(new URL('./threads-vs-async.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('both scenarios hold the same tasks and differ only in model and costs', () => {
  const { threads, async } = threadsVsAsync({ tasks: 20, io: 500, cpu: 20, cores: 3 });
  assert.deepEqual(threads.tasks, async.tasks);
  assert.equal(threads.cores, 3);
  assert.equal(async.cores, 3);
  assert.deepEqual([threads.model, threads.timeSlice, threads.switchCost], ['threads', 3000, 2]);
  assert.deepEqual([async.model, async.timeSlice, async.switchCost], ['async', null, 0.2]);
  const plain = (s: Scenario): unknown => JSON.parse(JSON.stringify(s));
  assert.deepEqual(plain(parseScenario(plain(threads))), plain(threads));
  assert.deepEqual(plain(parseScenario(plain(async))), plain(async));
});

test('a task computes half its work, waits, and computes the other half; with no wait it only computes', () => {
  assert.deepEqual(taskSteps(20, 500), [{ cpu: 10 }, { io: 500 }, { cpu: 10 }]);
  assert.deepEqual(taskSteps(1, 10), [{ cpu: 0.5 }, { io: 10 }, { cpu: 0.5 }]);
  assert.deepEqual(taskSteps(2000, 0), [{ cpu: 2000 }]);
});

test('parameters snap to the nearest stop on a log scale, and cores to a whole number from 1 to 8', () => {
  assert.equal(nearestStop(STOPS.tasks, 700), 500);
  assert.equal(nearestStop(STOPS.tasks, 800), 1000);
  assert.equal(nearestStop(STOPS.io, 0), 0);
  assert.equal(nearestStop(STOPS.io, 1), 0);
  assert.equal(nearestStop(STOPS.io, 4), 10);
  assert.equal(nearestStop(STOPS.cpu, Number.NaN), 1);
  assert.equal(nearestStop(STOPS.tasks, 1e9), 10_000);
  assert.deepEqual(normalizeParams({ tasks: 3, io: 400, cpu: 0, cores: 99 }), { tasks: 2, io: 500, cpu: 1, cores: CORES.max });
  assert.equal(normalizeParams({ tasks: 1, io: 0, cpu: 1, cores: Number.NaN }).cores, CORES.min);
  for (const stops of Object.values(STOPS)) for (const s of stops) assert.equal(nearestStop(stops, s), s);
});

test('many tasks, mostly waiting: async finishes 10 to 20 % sooner, switches for a tenth of the time, uses far less memory', () => {
  // The lesson's first prediction: 1,000 tasks, a 500 µs wait and 20 µs of work each, 4 cores.
  const { threads, async } = run(PRESETS.waiting);
  const lowerBound = (1_000 * 20) / 4;
  assert.ok(async.makespan >= lowerBound && threads.makespan >= lowerBound);
  const saved = (threads.makespan - async.makespan) / threads.makespan;
  assert.ok(saved > 0.1 && saved < 0.2, `async ${(saved * 100).toFixed(1)} % sooner`);
  assert.equal(threads.switches, async.switches);
  assert.equal(Math.round(threads.switching), Math.round(async.switching * 10));
  assert.ok(threads.memory.resident > 40 * async.memory.resident);
  assert.equal(threads.memory.threads, 1_000);
  assert.equal(async.memory.threads, 4);
});

test('CPU-bound: the models finish within 0.1 % of each other, and only more cores help', () => {
  const { threads, async } = run(PRESETS.cpuBound);
  assert.ok(Math.abs(threads.makespan - async.makespan) / async.makespan < 0.001);
  // 100 tasks on 8 cores take 13 rounds of 2,000 µs instead of 25.
  const wider = run({ ...PRESETS.cpuBound, cores: 8 });
  for (const model of ['threads', 'async'] as const) {
    assert.ok(wider[model].makespan < 0.53 * (model === 'threads' ? threads : async).makespan, model);
  }
  // One executor thread uses one core: async on one worker takes as long as all the work added up.
  const one = run({ ...PRESETS.cpuBound, cores: 1 });
  assert.ok(one.async.makespan >= 100 * 2_000);
});

test('a few tasks: finish times within 2 % and resident memory within a factor of 1.5', () => {
  const { threads, async } = run(PRESETS.few);
  assert.ok(Math.abs(threads.makespan - async.makespan) / threads.makespan < 0.02);
  const ratio = threads.memory.resident / async.memory.resident;
  assert.ok(ratio > 1 / 1.5 && ratio < 1.5, String(ratio));
});

test('with one task, the executor\'s worker threads cost more memory than the one thread', () => {
  const { threads, async } = run({ tasks: 1, io: 500, cpu: 20, cores: 4 });
  assert.ok(async.memory.resident > threads.memory.resident);
});

test('the figures written out for the diagram are the course\'s cited figures', () => {
  for (const [key, value] of Object.entries(THREADS_VS_ASYNC_FIGURES)) {
    const figure = FIGURES[key as keyof typeof FIGURES];
    assert.equal(figure.unit, 'µs', key);
    assert.equal(value, figure.value, key);
  }
});
