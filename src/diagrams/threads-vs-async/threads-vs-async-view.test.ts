import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, simulate } from '../../sim/index.ts';
import { threadsVsAsync, THREADS_VS_ASYNC_PRESETS as PRESETS, type ThreadsVsAsyncParams } from '../../sim/scenarios/threads-vs-async.ts';
import {
  countsText,
  formatShare,
  modelFigures,
  sortedFinishes,
} from '../kit/compare/workload.ts';
import {
  compareRows,
  doneBy,
  doneCurvePath,
  lowerBy,
  mergeTranscripts,
  milestones,
  verdict,
} from './threads-vs-async-view.ts';

function figures(p: ThreadsVsAsyncParams) {
  const s = threadsVsAsync(p);
  const rt = report(s.threads, simulate(s.threads));
  const ra = report(s.async, simulate(s.async));
  return { t: modelFigures(rt, s.threads.switchCost), a: modelFigures(ra, s.async.switchCost), rt, ra };
}

test('the table of the default run reads as the lesson tells it', () => {
  const { t, a } = figures(PRESETS.waiting);
  const rows = Object.fromEntries(compareRows(t, a).map((r) => [r.key, r]));
  assert.deepEqual(
    [rows['makespan']!.threads, rows['makespan']!.async, rows['makespan']!.better],
    ['5998 µs', '5100 µs', { model: 'async', text: '15% sooner' }],
  );
  assert.equal(rows['switching']!.threads, '3992 µs (17% of CPU time)');
  assert.equal(rows['switching']!.async, '399 µs (2% of CPU time)');
  assert.deepEqual(rows['switching']!.better, { model: 'async', text: '10× less' });
  assert.equal(rows['switches']!.threads, '1,996 × 2 µs');
  assert.equal(rows['switches']!.async, '1,996 × 0.2 µs');
  assert.deepEqual([rows['threads']!.threads, rows['threads']!.async], ['1,000', '4']);
  assert.deepEqual([rows['resident']!.threads, rows['resident']!.async], ['25.4 MiB', '504 KiB']);
  assert.deepEqual(rows['resident']!.better, { model: 'async', text: '52× less' });
  assert.deepEqual([rows['reserved']!.threads, rows['reserved']!.async], ['1.95 GiB', '8 MiB']);
  assert.equal(rows['worst']!.threads, '5998 µs');
});

test('the verdict names the winner on time, switching and memory, or says when they are level', () => {
  const waiting = figures(PRESETS.waiting);
  assert.equal(
    verdict(waiting.t, waiting.a),
    'Async finishes 898 µs (15%) sooner, threads spend 17% of their CPU time switching, async 2%, and async keeps 52× less memory resident (504 KiB against 25.4 MiB).',
  );
  const cpu = figures(PRESETS.cpuBound);
  assert.match(verdict(cpu.t, cpu.a), /^Both finish at about the same time \(50,048 µs and 50,005 µs\), and async keeps 18× less memory resident/);
  const few = figures(PRESETS.few);
  assert.equal(verdict(few.t, few.a), 'Both finish at about the same time (229 µs and 225 µs), and memory in use is close (130 KiB and 106 KiB).');
  const one = figures({ tasks: 1, io: 500, cpu: 20, cores: 4 });
  assert.match(verdict(one.t, one.a), /^Both finish at about the same time \(520 µs and 520 µs\), and threads keep 4× less memory resident: the executor's 4 worker threads cost more than one thread\.$/);
});

test('differences under 1% count as none; large ones are ratios, small ones percentages', () => {
  assert.equal(lowerBy(100, 99.5, 'sooner'), null);
  assert.deepEqual(lowerBy(100, 85, 'sooner'), { lower: 'b', text: '15% sooner' });
  assert.deepEqual(lowerBy(10, 100, 'less'), { lower: 'a', text: '10× less' });
  assert.deepEqual(lowerBy(100, 40, 'less'), { lower: 'b', text: '2.5× less' });
  assert.deepEqual(lowerBy(100, 70, 'less'), { lower: 'b', text: '30% less' });
  assert.deepEqual(lowerBy(6, 0, 'less'), { lower: 'b', text: 'none at all' });
  assert.equal(lowerBy(0, 0, 'less'), null);
  assert.equal(formatShare(0), '0%');
  assert.equal(formatShare(0.004), '0.4%');
  assert.equal(formatShare(0.1664), '17%');
});

test('tasks done by t: a step curve from the sorted finish times, drawn with about one step per pixel', () => {
  const { rt } = figures(PRESETS.waiting);
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

test('counts at t and milestones speak in the course\'s state words', () => {
  assert.equal(countsText({ new: 0, running: 4, ready: 350, blocked: 600, done: 46 }, 1000), '46 of 1,000 done, 4 running, 350 ready, 600 blocked');
  assert.equal(countsText({ new: 0, running: 0, ready: 0, blocked: 0, done: 5 }, 5), '5 of 5 done');
  const { rt, ra } = figures(PRESETS.waiting);
  const entries = milestones({ threads: sortedFinishes(rt), async: sortedFinishes(ra) });
  assert.deepEqual(entries[0], { t: 0, text: 'All 1,000 tasks arrive in both models.' });
  assert.deepEqual(entries[entries.length - 1], { t: 5998, text: 'Threads: all 1,000 tasks are done.' });
  assert.ok(entries.some((e) => e.text === 'Async: all 1,000 tasks are done.' && e.t === 5099.8));
  for (let i = 1; i < entries.length; i++) assert.ok(entries[i]!.t > entries[i - 1]!.t);
});

test('two transcripts merge in time order, one entry per instant, each part naming its model', () => {
  const merged = mergeTranscripts(
    [{ t: 0, text: 'A arrives.' }, { t: 10, text: 'A finishes.' }],
    [{ t: 0, text: 'A is spawned.' }, { t: 8, text: 'A completes.' }],
  );
  assert.deepEqual(merged, [
    { t: 0, text: 'Threads: A arrives. Async: A is spawned.' },
    { t: 8, text: 'Async: A completes.' },
    { t: 10, text: 'Threads: A finishes.' },
  ]);
});
