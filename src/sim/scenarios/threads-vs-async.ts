/**
 * Lesson 6's scenarios, "threads vs async": one workload run twice, once with a thread per task
 * under the OS scheduler and once as async tasks on an executor, so the two can be compared on one
 * clock.
 *
 * The workload is a burst of identical tasks that all arrive at 0 µs, each with three steps: half
 * its CPU work (say, prepare a request), an I/O wait (the reply), the other half (handle it).
 * Identical tasks keep the results checkable by hand: 1,000 tasks × 20 µs of work on 4 cores can
 * never finish before 5,000 µs, whatever the model.
 *
 * Costs are the course's realistic figures, not a teaching exaggeration: a thread context switch
 * 2 µs and a 3 ms time slice, an async task switch 0.2 µs. Creating threads and tasks is left out
 * (every task exists at 0 µs): the core has no spawn cost, so the lesson gives it in words.
 */
import type { Scenario, Step, TaskSpec } from '../scenario.ts';
import { taskName } from '../workload.ts';

/**
 * The course's figures this diagram uses (src/sim/figures.ts, where their sources are), written
 * out so that the browser bundle carries no figure labels; a test keeps them equal to FIGURES.
 * Times in µs.
 */
export const THREADS_VS_ASYNC_FIGURES = {
  threadSwitch: 2,
  threadSwitchPinnedLow: 1.2,
  threadSwitchUnpinned: 2.2,
  asyncSwitch: 0.2,
  timeSlice: 3_000,
  ssdRead: 150,
  datacenterRoundTrip: 500,
} as const;
const F = THREADS_VS_ASYNC_FIGURES;

/** What the reader can change. `io` and `cpu` are µs per task; `cpu` is split around the wait. */
export interface ThreadsVsAsyncParams {
  readonly tasks: number;
  readonly io: number;
  readonly cpu: number;
  readonly cores: number;
}

/**
 * The values the controls offer. Task counts and CPU work grow on a 1-2-5 log scale; the I/O waits
 * include the course's figures for an SSD read (150 µs), a round trip within a datacenter (500 µs)
 * and a disk seek (10,000 µs).
 */
export const THREADS_VS_ASYNC_STOPS = {
  tasks: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000],
  io: [0, 10, 20, 50, 150, 500, 1_000, 2_000, 5_000, 10_000],
  cpu: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000],
} as const;

export const THREADS_VS_ASYNC_CORES = { min: 1, max: 8, default: 4 } as const;

/** The three presets the diagram offers; `waiting` is also its default state. */
export const THREADS_VS_ASYNC_PRESETS = {
  waiting: { tasks: 1_000, io: F.datacenterRoundTrip, cpu: 20, cores: 4 },
  cpuBound: { tasks: 100, io: 0, cpu: 2_000, cores: 4 },
  few: { tasks: 5, io: F.ssdRead, cpu: 50, cores: 4 },
} as const satisfies Record<string, ThreadsVsAsyncParams>;

/** Each model's scheduling costs. */
export const THREADS_VS_ASYNC_COSTS = {
  threads: { timeSlice: F.timeSlice, switchCost: F.threadSwitch },
  async: { timeSlice: null, switchCost: F.asyncSwitch },
} as const;

/** The nearest value in `stops` (on a log scale, so 700 goes to 500, not 1,000). */
export function nearestStop(stops: readonly number[], x: number): number {
  if (!Number.isFinite(x)) return stops[0]!;
  let best = stops[0]!;
  let bestD = Infinity;
  for (const s of stops) {
    const d = Math.abs(Math.log1p(Math.max(0, x)) - Math.log1p(s));
    if (d < bestD) (best = s), (bestD = d);
  }
  return best;
}

/** Puts every parameter on its scale: a stop for tasks, io and cpu, a whole number of cores. */
export function normalizeParams(p: ThreadsVsAsyncParams): ThreadsVsAsyncParams {
  const { min, max } = THREADS_VS_ASYNC_CORES;
  const cores = Number.isFinite(p.cores) ? Math.min(max, Math.max(min, Math.round(p.cores))) : min;
  return {
    tasks: nearestStop(THREADS_VS_ASYNC_STOPS.tasks, p.tasks),
    io: nearestStop(THREADS_VS_ASYNC_STOPS.io, p.io),
    cpu: nearestStop(THREADS_VS_ASYNC_STOPS.cpu, p.cpu),
    cores,
  };
}

/** One task's steps: half the CPU work, the wait, the other half; no wait means one CPU step. */
export function taskSteps(cpu: number, io: number): Step[] {
  return io > 0 ? [{ cpu: cpu / 2 }, { io }, { cpu: cpu / 2 }] : [{ cpu }];
}

/** The same workload as two scenarios, one per model. Parameters are first put on their scales. */
export function threadsVsAsync(params: ThreadsVsAsyncParams): { threads: Scenario; async: Scenario } {
  const p = normalizeParams(params);
  const steps = taskSteps(p.cpu, p.io);
  // One steps array shared by every task: the core only reads it, and 10,000 copies would cost time.
  const tasks: TaskSpec[] = Array.from({ length: p.tasks }, (_, i) => ({ name: taskName(i), arrival: 0, steps }));
  return {
    threads: { model: 'threads', cores: p.cores, ...THREADS_VS_ASYNC_COSTS.threads, tasks },
    async: { model: 'async', cores: p.cores, ...THREADS_VS_ASYNC_COSTS.async, tasks },
  };
}
