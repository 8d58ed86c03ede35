/**
 * Lesson 9's scenarios, "many threads, many tasks": one workload run three ways on one clock, so
 * that an executor with one worker thread, an executor with one worker thread per core, and a
 * thread per task can be compared.
 *
 * The workload is lesson 6's: a burst of identical tasks that all arrive at 0 µs, each computing
 * half its CPU work, waiting for I/O, then computing the other half (taskSteps). Identical tasks
 * keep the results checkable by hand: 100 tasks × 2,000 µs of work take 200,000 µs on one worker
 * and can never take less than 50,000 µs on four.
 *
 * The core's async model has one FIFO run queue shared by every worker. Real multi-threaded
 * executors give each worker its own queue and balance them by work stealing; the lesson says so
 * in words. With identical tasks that all arrive at once, one shared queue keeps every worker busy
 * the way a well-balanced set of queues would, so the finish times are the ones work stealing aims
 * for, without its costs.
 *
 * Costs are the course's realistic figures (THREADS_VS_ASYNC_COSTS): a thread context switch 2 µs
 * and a 3 ms time slice, an async task switch 0.2 µs. Creating threads and tasks is left out.
 */
import type { Scenario } from '../scenario.ts';
import {
  normalizeParams,
  threadsVsAsync,
  THREADS_VS_ASYNC_CORES,
  THREADS_VS_ASYNC_FIGURES as F,
  THREADS_VS_ASYNC_STOPS,
  type ThreadsVsAsyncParams,
} from './threads-vs-async.ts';

/** The three ways the diagram runs the workload, in the order it shows them. */
export const MULTI_WORKER_MODELS = ['one', 'many', 'threads'] as const;
export type MultiWorkerModel = (typeof MULTI_WORKER_MODELS)[number];

/**
 * What the reader can change: lesson 6's workload, with the same scales and limits. `cores` is the
 * machine's: the many-worker executor has one worker thread per core.
 */
export type MultiWorkerParams = ThreadsVsAsyncParams;
export const MULTI_WORKER_STOPS = THREADS_VS_ASYNC_STOPS;
export const MULTI_WORKER_CORES = THREADS_VS_ASYNC_CORES;
/** Puts every parameter on its scale: a stop for tasks, io and cpu, a whole number of cores. */
export const normalizeMultiWorker = normalizeParams;

/**
 * The presets the diagram offers; `busy` is also its default state.
 * - busy: lesson 6's server, 1,000 requests that wait 500 µs (a round trip within a datacenter)
 *   and compute 20 µs. The CPU work (20,000 µs) outweighs one wait, so one worker falls behind.
 * - waiting: the same number of tasks, but 2 µs of work and a 10,000 µs wait: all the CPU work
 *   (2,000 µs) fits inside one wait, so one worker keeps up nearly as well as four.
 * - cpuBound: 100 tasks of 2,000 µs and no wait: four workers, or four cores of threads, take a
 *   quarter of the time one worker takes.
 * - few: five tasks that read from an SSD: a thread each does as well as the executor.
 */
export const MULTI_WORKER_PRESETS = {
  busy: { tasks: 1_000, io: F.datacenterRoundTrip, cpu: 20, cores: 4 },
  waiting: { tasks: 1_000, io: 10_000, cpu: 2, cores: 4 },
  cpuBound: { tasks: 100, io: 0, cpu: 2_000, cores: 4 },
  few: { tasks: 5, io: F.ssdRead, cpu: 100, cores: 4 },
} as const satisfies Record<string, MultiWorkerParams>;

/**
 * The same workload as three scenarios: `one`, an executor with a single worker thread (lessons
 * 5 to 7); `many`, an executor with one worker thread per core; `threads`, a thread per task on
 * the same cores (lessons 1 to 4). Parameters are first put on their scales.
 */
export function multiWorker(params: MultiWorkerParams): Record<MultiWorkerModel, Scenario> {
  // Lesson 6's two runs of this workload, plus the same executor with a single worker thread.
  const { threads, async } = threadsVsAsync(params);
  return { one: { ...async, cores: 1 }, many: async, threads };
}

/**
 * The executor with a worker per core, with one more task at the head of the list: `G`, which
 * makes a blocking call of `blockUs` (say, std::thread::sleep inside an async fn). It holds one
 * worker for that long; the lesson compares the finish time with and without it, on one worker
 * and on several.
 */
export function withBlockingCall(params: MultiWorkerParams, blockUs: number): Scenario {
  const base = multiWorker(params).many;
  return { ...base, tasks: [{ name: 'G', arrival: 0, steps: [{ block: blockUs }] }, ...base.tasks] };
}
