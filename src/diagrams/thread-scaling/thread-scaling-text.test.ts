import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StopFigures } from '../../sim/scenarios/thread-scaling.ts';
import { LIMIT_MARKS, boundZone, limitStatus } from './thread-limits.ts';
import { coreRegime, describeScaling, explainStop, formatShare, narrateStop, scalingTranscript, threadCount } from './thread-scaling-text.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const CTX = { cores: 8, ram: 32 * 1024 * MiB, io: 500 };

/** A stop shaped like the real ones (see src/sim/scenarios/thread-scaling-stops.snap), by hand. */
function stop(tasks: number, over: Partial<StopFigures> = {}): StopFigures {
  return {
    tasks,
    reserved: tasks * 2 * MiB,
    resident: tasks * 26 * KiB,
    busy: 900,
    switching: 80,
    idle: 0,
    switches: 40,
    makespan: 122.5,
    meanWait: 29_912.7,
    ...over,
  };
}

const mark = (id: string) => LIMIT_MARKS.find((m) => m.id === id)!;

test('the marks are the course figures, in order along the scale', () => {
  assert.deepEqual(
    LIMIT_MARKS.map((m) => [m.id, m.value]),
    [
      ['c10k', 10_000],
      ['pid-max', 32_768],
      ['max-map-count', 65_530],
      ['laptop', 80_000],
      ['threads-max', 255_000],
    ],
  );
});

test('a mark is past once the count reaches it; max_map_count is "near" only in the tens of thousands below it', () => {
  assert.equal(limitStatus(mark('c10k'), 5_000), 'below');
  assert.equal(limitStatus(mark('c10k'), 10_000), 'past');
  assert.equal(limitStatus(mark('pid-max'), 20_000), 'below');
  assert.equal(limitStatus(mark('pid-max'), 50_000), 'past');
  assert.deepEqual(boundZone(mark('max-map-count')), { from: 10_000, to: 65_530 });
  assert.equal(limitStatus(mark('max-map-count'), 10_000), 'below');
  assert.equal(limitStatus(mark('max-map-count'), 20_000), 'near');
  assert.equal(limitStatus(mark('max-map-count'), 50_000), 'near');
  assert.equal(limitStatus(mark('max-map-count'), 100_000), 'past');
  assert.equal(limitStatus(mark('threads-max'), 100_000), 'below');
});

test('counts, shares and regimes read as the diagram writes them', () => {
  assert.equal(threadCount(1), '1 thread');
  assert.equal(threadCount(10_000), '10,000 threads');
  assert.equal(formatShare(80, 980), '8.2%');
  assert.equal(formatShare(0, 0), '0%');
  assert.equal(coreRegime(stop(1, { busy: 88, switching: 0, idle: 11_232 })), 'idle');
  assert.equal(coreRegime(stop(200, { busy: 18_299, switching: 1_584, idle: 4_709 })), 'partly');
  assert.equal(coreRegime(stop(10_000)), 'saturated');
});

test('the narration of the default stop says reserved against used, the switching share, the wait and the next limit', () => {
  assert.equal(
    narrateStop(stop(10_000), CTX),
    '10,000 threads reserve 19.5 GiB of address space but really use about 254 MiB of memory. ' +
      'The cores are always busy, 8.2% of the time switching, and a ready thread waits 29.9 ms for a core on average. ' +
      'At the C10K mark. Next: the default pid_max at 32,768.',
  );
});

test('one thread: singular verbs, idle cores, no wait', () => {
  const one = stop(1, { busy: 88, switching: 0, idle: 11_232, switches: 0, meanWait: 0 });
  assert.equal(
    narrateStop(one, CTX),
    '1 thread reserves 2 MiB of address space but really uses about 26 KiB of memory. ' +
      'The 8 cores are idle 99.2% of the time, and no thread ever waits for a core. Next: the C10K mark at 10,000.',
  );
  assert.match(explainStop(one, CTX), /0% on 0 context switches and 99\.2% idle: the tasks spend most of their lives waiting/);
});

test('past the RAM and the defaults, the words say so and never give max_map_count an exact thread count', () => {
  const big = narrateStop(stop(50_000), CTX);
  assert.match(big, /the reservation is 3\.1 times a 32 GiB machine's RAM\./);
  assert.match(big, /Past the C10K mark and the default pid_max\. The default max_map_count may already stop a process here\./);
  const full = explainStop(stop(50_000), CTX);
  assert.match(full, /every thread stack needs at least one of its 65,530 memory mappings.*somewhere in the tens of thousands/);
  const last = narrateStop(stop(100_000), CTX);
  assert.match(last, /Next: threads-max on a 32 GiB machine at 255,000, beyond the end of the scale\.$/);
});

test('the transcript has one entry per stop, labelled with its count; the description spans both ends', () => {
  const stops = [stop(1, { meanWait: 0 }), stop(100_000, { meanWait: 302_756.4 })];
  const entries = scalingTranscript(stops, CTX);
  assert.deepEqual(
    entries.map((e) => e.label),
    ['1 thread', '100,000 threads'],
  );
  const text = describeScaling(stops, CTX);
  assert.match(text, /reserved address space grows from 2 MiB to 195 GiB and memory really used from 26 KiB to 2\.48 GiB/);
  assert.match(text, /the average wait for a core grows from 0 µs to 303 ms/);
  assert.match(text, /threads-max on a 32 GiB machine at 255,000, beyond the end of the scale\.$/);
});
