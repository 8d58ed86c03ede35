import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, simulate } from '../../sim/index.ts';
import { multiWorker, MULTI_WORKER_PRESETS as PRESETS, type MultiWorkerParams } from '../../sim/scenarios/multi-worker.ts';
import { runFigures, type RunFigures } from '../kit/compare/figures.ts';
import { comparedWith, compareRows, countsNarration, verdict, type MultiWorkerModel } from './multi-worker-compare.ts';

function figures(p: MultiWorkerParams): Record<MultiWorkerModel, RunFigures> {
  const s = multiWorker(p);
  const f = (m: MultiWorkerModel): RunFigures => runFigures(report(s[m], simulate(s[m])), s[m].switchCost);
  return { one: f('one'), many: f('many'), threads: f('threads') };
}

test('finish times compare in words: a ratio from 1.5×, a percentage below, the same within 1 %', () => {
  assert.equal(comparedWith(200_000, 50_000), '4× sooner');
  assert.equal(comparedWith(20_400, 5_100), '4× sooner');
  assert.equal(comparedWith(11_201, 10_301), '8% sooner');
  assert.equal(comparedWith(5_100, 5_998), '18% later');
  assert.equal(comparedWith(1_000, 1_005), 'the same time');
});

test('CPU-bound rows: four workers 4× sooner than one, threads as soon, switching and memory ranked', () => {
  const rows = compareRows(figures(PRESETS.cpuBound), 4);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const finish = byKey.get('makespan')!;
  assert.deepEqual(finish.values, { one: '200,020 µs', many: '50,005 µs', threads: '50,048 µs' });
  assert.deepEqual(finish.notes, { many: '4× sooner than 1 worker', threads: '4× sooner than 1 worker' });
  assert.deepEqual(finish.best, ['many', 'threads']);
  assert.deepEqual(byKey.get('busy')!.best, []);
  assert.deepEqual(byKey.get('resident')!.best, ['one']);
  assert.deepEqual(byKey.get('threads')!.values, { one: '1', many: '4', threads: '100' });
});

test('the verdict says what more workers buy and what the threads cost', () => {
  assert.equal(
    verdict(figures(PRESETS.busy), 4),
    '4 workers finish 4× sooner than 1 worker; threads finish 18% later than 4 workers and keep 52× as much memory resident (25.4 MiB against 504 KiB).',
  );
  assert.match(verdict(figures(PRESETS.waiting), 4), /^4 workers finish only 8% sooner than 1 worker: extra workers only help while ready tasks queue for a worker; threads finish at about the same time as 4 workers and keep 52× as much memory/);
  assert.match(verdict(figures(PRESETS.few), 4), /threads finish at about the same time as 4 workers and use about as much memory \(130 KiB against 106 KiB\)\.$/);
  assert.match(verdict(figures({ ...PRESETS.busy, cores: 1 }), 1), /^With one core there is one worker either way/);
});

test('a large run is narrated as counts per model', () => {
  const counts = { done: 3, running: 1, ready: 2, blocked: 4, new: 0 };
  assert.equal(
    countsNarration(100, { one: counts, many: counts, threads: counts }, 10, 4),
    '100 µs: 1 worker: 3 of 10 done, 1 running, 2 ready, 4 blocked. 4 workers: 3 of 10 done, 1 running, 2 ready, 4 blocked. Threads: 3 of 10 done, 1 running, 2 ready, 4 blocked.',
  );
});
