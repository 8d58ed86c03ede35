/**
 * `npm run bench`: how fast the core is, in printed figures (not a timed test: machines differ).
 * Targets: a lesson-sized scenario in under 1 ms; 10,000 threads × 10 steps on 8 cores and
 * 100,000 async tasks × 10 steps in under 500 ms each; cost growing no worse than n log n;
 * seek(t) in microseconds; the core under 8 KB gzip as shipped to the browser.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { simulate } from './engine.ts';
import { workload } from './workload.ts';
import type { Scenario } from './scenario.ts';

function time(label: string, scenario: Scenario, repeat: number): { ms: number; events: number } {
  simulate(scenario); // warm up the JIT
  let events = 0;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) events = simulate(scenario).eventCount;
  const ms = (performance.now() - start) / repeat;
  console.log(`${label.padEnd(46)} ${ms.toFixed(3).padStart(9)} ms  ${events.toLocaleString('en').padStart(10)} events  ${((events / ms) * 1000 / 1e6).toFixed(1)} M events/s`);
  return { ms, events };
}

const base = { cpu: 20, io: 150, jitter: 0.3, spread: 0, seed: 1 } as const;

console.log('simulation');
time('lesson-sized: 20 threads × 10 steps, 2 cores', workload({ ...base, model: 'threads', cores: 2, tasks: 20, rounds: 5, timeSlice: 30, switchCost: 2 }), 500);
time('lesson-sized: 20 async tasks × 10 steps, 1 worker', workload({ ...base, model: 'async', cores: 1, tasks: 20, rounds: 5, timeSlice: null, switchCost: 0.2 }), 500);
time('10,000 threads × 10 steps, 8 cores', workload({ ...base, model: 'threads', cores: 8, tasks: 10_000, rounds: 5, timeSlice: 3000, switchCost: 2 }), 5);
time('100,000 async tasks × 10 steps, 8 workers', workload({ ...base, model: 'async', cores: 8, tasks: 100_000, rounds: 5, timeSlice: null, switchCost: 0.2 }), 3);

console.log('\ngrowth (threads, 8 cores, 10 steps each): cost per event should stay near flat (n log n or better)');
let first = 0;
for (const n of [1_000, 10_000, 100_000]) {
  const { ms, events } = time(`${n.toLocaleString('en')} tasks`, workload({ ...base, model: 'threads', cores: 8, tasks: n, rounds: 5, timeSlice: 3000, switchCost: 2 }), n > 10_000 ? 2 : 5);
  const perEvent = (ms * 1e6) / events;
  if (first === 0) first = perEvent;
  console.log(`${''.padEnd(46)} ${perEvent.toFixed(0).padStart(9)} ns/event (×${(perEvent / first).toFixed(2)} of 1k; log2 ratio ×${(Math.log2(events) / Math.log2(events / (n / 1000))).toFixed(2)})`);
}

console.log('\nfirst query after a run (builds the per-task index once)');
{
  const scenario = workload({ ...base, model: 'async', cores: 8, tasks: 100_000, rounds: 5, timeSlice: null, switchCost: 0.2 });
  const trace = simulate(scenario);
  const start = performance.now();
  trace.taskStateAt(0, trace.makespan / 2);
  console.log(`index of 100,000 async tasks                      ${(performance.now() - start).toFixed(1).padStart(9)} ms`);
}

console.log('\nseek');
{
  const trace = simulate(workload({ ...base, model: 'threads', cores: 8, tasks: 10_000, rounds: 5, timeSlice: 3000, switchCost: 2 }));
  const probes = 10_000;
  let sink = 0;
  let start = performance.now();
  for (let i = 0; i < probes; i++) {
    const t = (trace.makespan * i) / probes;
    for (let c = 0; c < trace.cores; c++) sink += trace.coreAt(c, t).start;
    sink += trace.queueLengthAt(t);
  }
  const coreMs = (performance.now() - start) / probes;
  start = performance.now();
  for (let i = 0; i < 100; i++) sink += trace.seek((trace.makespan * i) / 100).counts.done;
  const fullMs = (performance.now() - start) / 100;
  console.log(`cores + queue length at t, 10,000 threads          ${(coreMs * 1000).toFixed(2).padStart(9)} µs`);
  console.log(`full seek (every task's state), 10,000 threads     ${fullMs.toFixed(3).padStart(9)} ms${sink < 0 ? ' ' : ''}`);
}

console.log('\nsize of the core as shipped to the browser (everything src/sim/index.ts exports; islands import less)');
try {
  const esbuild = await import('esbuild');
  const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
  const code = out.outputFiles[0]!.contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`src/sim/index.ts minified ${(code.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB (budget 8 KB)`);
} catch (e) {
  console.log(`(skipped: esbuild not available: ${(e as Error).message})`);
}
