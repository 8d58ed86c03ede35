import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, simulate } from '../../../sim/index.ts';
import { threadsVsAsync, THREADS_VS_ASYNC_PRESETS as PRESETS } from '../../../sim/scenarios/threads-vs-async.ts';
import { sortedFinishes } from './figures.ts';
import { countsText, mergeTranscripts, milestones } from './words.ts';

test("counts at t speak in the course's state words", () => {
  assert.equal(countsText({ new: 0, running: 4, ready: 350, blocked: 600, done: 46 }, 1000), '46 of 1,000 done, 4 running, 350 ready, 600 blocked');
  assert.equal(countsText({ new: 0, running: 0, ready: 0, blocked: 0, done: 5 }, 5), '5 of 5 done');
});

test('milestones: when the tasks arrive, then when each run has its first, half and last task done, in time order', () => {
  const s = threadsVsAsync(PRESETS.waiting);
  const finishes = (m: 'threads' | 'async') => sortedFinishes(report(s[m], simulate(s[m])));
  const entries = milestones(
    [
      { name: 'Threads', finishes: finishes('threads') },
      { name: 'Async', finishes: finishes('async') },
    ],
    'in both models',
  );
  assert.deepEqual(entries[0], { t: 0, text: 'All 1,000 tasks arrive in both models.' });
  assert.deepEqual(entries[entries.length - 1], { t: 5998, text: 'Threads: all 1,000 tasks are done.' });
  assert.ok(entries.some((e) => e.text === 'Async: all 1,000 tasks are done.' && e.t === 5099.8));
  for (let i = 1; i < entries.length; i++) assert.ok(entries[i]!.t > entries[i - 1]!.t);
});

test('milestones of three small runs: milestones at one instant share an entry, in the order the runs are given', () => {
  const runs = [
    { name: '1 worker', finishes: Float64Array.of(1, 2, 3, 4) },
    { name: '4 workers', finishes: Float64Array.of(1, 1, 2, 2) },
    { name: 'Threads', finishes: Float64Array.of(1, 2, 2, 3) },
  ];
  const entries = milestones(runs, 'in all three runs');
  assert.deepEqual(entries.map((e) => e.t), [0, 1, 2, 3, 4]);
  assert.equal(entries[0]!.text, 'All 4 tasks arrive in all three runs.');
  assert.equal(entries[1]!.text, '1 worker: the first task is done. 4 workers: the first task is done. 4 workers: half of the tasks are done. Threads: the first task is done.');
  for (const { name } of runs) assert.ok(entries.some((e) => e.text.includes(`${name}: all 4 tasks are done.`)));
});

test('transcripts merge in time order, one entry per instant, each part naming its run', () => {
  const merged = mergeTranscripts([
    { name: 'Threads', entries: [{ t: 0, text: 'A arrives.' }, { t: 10, text: 'A finishes.' }] },
    { name: 'Async', entries: [{ t: 0, text: 'A is spawned.' }, { t: 8, text: 'A completes.' }] },
  ]);
  assert.deepEqual(merged, [
    { t: 0, text: 'Threads: A arrives. Async: A is spawned.' },
    { t: 8, text: 'Async: A completes.' },
    { t: 10, text: 'Threads: A finishes.' },
  ]);
});
