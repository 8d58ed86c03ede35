import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, simulate } from '../../sim/index.ts';
import { threadsVsAsync, THREADS_VS_ASYNC_PRESETS as PRESETS } from '../../sim/scenarios/threads-vs-async.ts';
import { sortedFinishes } from '../kit/compare/figures.ts';
import { doneBy, doneCurvePath } from './done-curve.ts';

test('tasks done by t: a step curve from the sorted finish times, drawn with about one step per pixel', () => {
  const s = threadsVsAsync(PRESETS.waiting);
  const rt = report(s.threads, simulate(s.threads));
  const f = sortedFinishes(rt);
  assert.equal(doneBy(f, 0), 0);
  assert.equal(doneBy(f, rt.makespan), 1_000);
  assert.ok(doneBy(f, rt.makespan / 2) < doneBy(f, rt.makespan));
  const path = doneCurvePath(f, rt.makespan, (t) => (t / rt.makespan) * 300, (n) => 100 - n / 10);
  assert.ok(path.startsWith('M0.0,100.0'));
  assert.ok(path.endsWith('H300.0'));
  assert.ok(/[V,]0\.0/.test(path.slice(-30)), 'reaches the top: every task done');
  assert.ok((path.match(/[VL]/g) ?? []).length <= 301);
  // Few tasks far apart are drawn as steps: up at each finish time.
  const steps = doneCurvePath(Float64Array.from([10, 50]), 100, (t) => t, (n) => 10 - n);
  assert.equal(steps, 'M0.0,10.0H10.0V9.0H50.0V8.0H100.0');
});
