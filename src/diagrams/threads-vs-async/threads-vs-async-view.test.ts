import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, simulate } from '../../sim/index.ts';
import { threadsVsAsync, THREADS_VS_ASYNC_PRESETS as PRESETS, type ThreadsVsAsyncParams } from '../../sim/scenarios/threads-vs-async.ts';
import { runFigures } from '../kit/compare/figures.ts';
import { compareRows, lowerBy, verdict } from './threads-vs-async-view.ts';

function figures(p: ThreadsVsAsyncParams) {
  const s = threadsVsAsync(p);
  const rt = report(s.threads, simulate(s.threads));
  const ra = report(s.async, simulate(s.async));
  return { t: runFigures(rt, s.threads.switchCost), a: runFigures(ra, s.async.switchCost) };
}

test('the table of the default run reads as the lesson tells it', () => {
  const { t, a } = figures(PRESETS.waiting);
  const rows = Object.fromEntries(compareRows(t, a).map((r) => [r.key, r]));
  const marked = (key: string) => [rows[key]!.best, rows[key]!.notes];
  assert.deepEqual(rows['makespan']!.values, { threads: '5998 µs', async: '5100 µs' });
  assert.deepEqual(marked('makespan'), [['async'], { async: '15% sooner' }]);
  assert.deepEqual(rows['switching']!.values, { threads: '3992 µs (17% of CPU time)', async: '399 µs (2% of CPU time)' });
  assert.deepEqual(marked('switching'), [['async'], { async: '10× less' }]);
  assert.deepEqual(rows['switches']!.values, { threads: '1,996 × 2 µs', async: '1,996 × 0.2 µs' });
  assert.deepEqual(marked('switches'), [[], undefined]);
  assert.deepEqual(rows['threads']!.values, { threads: '1,000', async: '4' });
  assert.deepEqual(rows['resident']!.values, { threads: '25.4 MiB', async: '504 KiB' });
  assert.deepEqual(marked('resident'), [['async'], { async: '52× less' }]);
  assert.deepEqual(rows['reserved']!.values, { threads: '1.95 GiB', async: '8 MiB' });
  assert.equal(rows['worst']!.values.threads, '5998 µs');
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
});
