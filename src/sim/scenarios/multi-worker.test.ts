import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseScenario, report, simulate, type Report, type Scenario } from '../index.ts';
import {
  multiWorker,
  normalizeMultiWorker,
  withBlockingCall,
  MULTI_WORKER_CORES as CORES,
  MULTI_WORKER_MODELS as MODELS,
  MULTI_WORKER_PRESETS as PRESETS,
  type MultiWorkerModel,
  type MultiWorkerParams,
} from './multi-worker.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

function run(p: MultiWorkerParams): Record<MultiWorkerModel, Report> {
  const s = multiWorker(p);
  return {
    one: report(s.one, simulate(s.one)),
    many: report(s.many, simulate(s.many)),
    threads: report(s.threads, simulate(s.threads)),
  };
}

function median(r: Report): number {
  const t = r.tasks.map((x) => x.turnaround).sort((a, b) => a - b);
  return t[Math.floor((t.length - 1) / 2)]!;
}

/** The figures the lesson quotes, one line per preset and model. */
function summary(name: string, model: string, r: Report): string {
  const worst = Math.max(...r.tasks.map((t) => t.turnaround));
  return (
    `${name} ${model}: makespan ${r.makespan}, busy ${r.busy}, switching ${r.switching}, idle ${r.idle}, ` +
    `median ${median(r)}, worst ${worst}, threads ${r.memory.threads}, resident ${r.memory.resident} B`
  );
}

test('the "few" preset traces and every preset\'s figures are those kept in multi-worker.snap', () => {
  const few = multiWorker(PRESETS.few);
  const lines = MODELS.map((m) => formatTrace(simulate(few[m])));
  lines.push('# presets');
  for (const [name, p] of Object.entries(PRESETS)) {
    const r = run(p);
    for (const m of MODELS) lines.push(summary(name, m, r[m]));
  }
  lines.push('# busy, a worker per core, plus G blocking for 5000 µs');
  for (const cores of [1, 4]) {
    const s = withBlockingCall({ ...PRESETS.busy, cores }, 5_000);
    lines.push(summary(`blocking ${cores} cores`, 'many', report(s, simulate(s))));
  }
  const actual = `${lines.join('\n')}\n`;
  const path = fileURLToPath(new URL('./multi-worker.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('the three scenarios hold the same tasks: one worker, a worker per core, a thread per task', () => {
  const s = multiWorker({ tasks: 20, io: 500, cpu: 20, cores: 3 });
  assert.deepEqual(s.one.tasks, s.many.tasks);
  assert.deepEqual(s.one.tasks, s.threads.tasks);
  assert.deepEqual([s.one.model, s.one.cores, s.one.switchCost], ['async', 1, 0.2]);
  assert.deepEqual([s.many.model, s.many.cores, s.many.switchCost], ['async', 3, 0.2]);
  assert.deepEqual([s.threads.model, s.threads.cores, s.threads.timeSlice, s.threads.switchCost], ['threads', 3, 3000, 2]);
  const plain = (x: Scenario): unknown => JSON.parse(JSON.stringify(x));
  for (const m of MODELS) assert.deepEqual(plain(parseScenario(plain(s[m]))), plain(s[m]));
});

test('parameters snap to their stops, and cores to a whole number from 1 to 8', () => {
  assert.deepEqual(normalizeMultiWorker({ tasks: 700, io: 400, cpu: 0, cores: 99 }), { tasks: 500, io: 500, cpu: 1, cores: CORES.max });
  assert.equal(normalizeMultiWorker({ tasks: 1, io: 0, cpu: 1, cores: Number.NaN }).cores, CORES.min);
  assert.equal(normalizeMultiWorker({ tasks: 1, io: 0, cpu: 1, cores: 0 }).cores, CORES.min);
  for (const p of Object.values(PRESETS)) assert.deepEqual(normalizeMultiWorker(p), p);
});

test('CPU-bound: four workers finish four times sooner than one, and threads on four cores as soon', () => {
  // The lesson's first prediction: 100 tasks × 2,000 µs, no waiting.
  const r = run(PRESETS.cpuBound);
  assert.ok(r.one.makespan >= 100 * 2_000);
  assert.ok(r.many.makespan >= (100 * 2_000) / 4);
  const speedup = r.one.makespan / r.many.makespan;
  assert.ok(speedup > 3.99 && speedup < 4.01, String(speedup));
  assert.ok(Math.abs(r.threads.makespan - r.many.makespan) / r.many.makespan < 0.002);
  // With 8 cores, 100 tasks take 13 rounds of 2,000 µs: the speedup is 100/13, not 8.
  const wide = run({ ...PRESETS.cpuBound, cores: 8 });
  assert.ok(wide.many.makespan >= 13 * 2_000 && wide.many.makespan < 13 * 2_000 + 10);
});

test('mostly waiting: four workers finish less than a tenth sooner than one, and both far ahead of threads in memory', () => {
  // The lesson's second prediction: 1,000 tasks, 2 µs of work and a 10,000 µs wait each.
  const r = run(PRESETS.waiting);
  const saved = (r.one.makespan - r.many.makespan) / r.one.makespan;
  assert.ok(saved > 0.05 && saved < 0.1, `four workers ${(saved * 100).toFixed(1)} % sooner`);
  assert.ok(r.many.makespan <= r.threads.makespan);
  assert.ok(r.threads.memory.resident > 40 * r.many.memory.resident);
  assert.equal(r.threads.memory.threads, 1_000);
  assert.equal(r.one.memory.threads, 1);
  // Most of the one worker's time is spent idle, waiting like everyone else.
  assert.ok(r.one.idle > 0.75 * r.one.makespan);
});

test('a busy server: one worker is the bottleneck; a worker per core matches threads on time with far less memory', () => {
  const r = run(PRESETS.busy);
  assert.ok(r.one.makespan / r.many.makespan > 3.9);
  assert.ok(r.many.makespan < r.threads.makespan);
  assert.equal(r.one.idle, 0);
  assert.ok(r.threads.memory.resident > 40 * r.many.memory.resident);
});

test('a few tasks: threads finish within 2 % of the executor with a worker per core', () => {
  const r = run(PRESETS.few);
  assert.ok(Math.abs(r.threads.makespan - r.many.makespan) / r.many.makespan < 0.02);
  assert.ok(r.one.makespan > 1.5 * r.many.makespan);
});

test('with one core, the executor with a worker per core is the executor with one worker', () => {
  const r = run({ ...PRESETS.busy, cores: 1 });
  assert.equal(r.many.makespan, r.one.makespan);
  assert.equal(r.many.memory.resident, r.one.memory.resident);
});

test('a blocking call of 5,000 µs delays one worker\'s run by all of it, and four workers\' by about a quarter', () => {
  for (const [cores, low, high] of [[1, 5_000, 5_001], [4, 1_000, 1_500]] as const) {
    const base = multiWorker({ ...PRESETS.busy, cores }).many;
    const blocked = withBlockingCall({ ...PRESETS.busy, cores }, 5_000);
    assert.equal(blocked.tasks[0]!.name, 'G');
    const r = report(blocked, simulate(blocked));
    assert.equal(r.held, 5_000);
    const delay = r.makespan - simulate(base).makespan;
    assert.ok(delay >= low && delay <= high, `${cores} cores: ${delay} µs later`);
  }
});
