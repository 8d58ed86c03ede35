/**
 * Runs lesson 4's scenario at every stop of the scale and keeps only the numbers the diagram shows.
 * Used at build time (src/islands/ThreadScaling.astro) and by the scenario's test, never in the
 * browser: 100,000 threads is two million events, which a page must not simulate on every move.
 *
 * Every stop is simulated in full, no sampling: about 190,000 tasks over the 16 stops, about 1.2 s of
 * CPU time on a 2-core build machine. The result is kept for the life of the process, so a dev
 * server pays it once, not on every page load.
 */
import { EVENT_TYPES, report, simulate } from '../index.ts';
import { THREAD_SCALING_STOPS, threadScaling, type StopFigures } from './thread-scaling.ts';

const DISPATCH = EVENT_TYPES.indexOf('dispatch');

/** Rounds a time to 0.1 µs: plenty for the diagram, and short in the page's HTML. */
const tenth = (us: number): number => Math.round(us * 10) / 10;

/** The numbers of one stop: one run of the core for `tasks` threads. */
export function measureStop(tasks: number): StopFigures {
  const scenario = threadScaling(tasks);
  const trace = simulate(scenario);
  const r = report(scenario, trace);
  // Each dispatch ends one wait in the run queue, so waits per dispatch is the mean wait per turn.
  let dispatches = 0;
  const types = trace.columns.ev.type;
  for (let i = 0; i < types.length; i++) if (types[i] === DISPATCH) dispatches++;
  let waiting = 0;
  for (const t of r.tasks) waiting += t.waiting;
  return {
    tasks,
    reserved: r.memory.reserved,
    resident: r.memory.resident,
    busy: tenth(r.busy),
    switching: tenth(r.switching),
    idle: tenth(r.idle),
    switches: r.switches,
    makespan: tenth(r.makespan),
    meanWait: tenth(dispatches === 0 ? 0 : waiting / dispatches),
  };
}

let cached: readonly StopFigures[] | undefined;

/** The numbers of every stop, in scale order (computed once per process). */
export function measureStops(): readonly StopFigures[] {
  cached ??= THREAD_SCALING_STOPS.map((n) => measureStop(n));
  return cached;
}
