/**
 * Lesson 4's scenario, "thread scaling": the same server-like workload with 1 to 100,000 tasks,
 * one OS thread per task, so that the diagram can show what each thread costs as their number grows.
 *
 * Realistic costs, nothing exaggerated (the diagram says so on screen): 8 cores, a 3 ms time slice
 * (Linux on 8 or more CPUs), a 2 µs context switch (measured 1.2 to 2.2 µs). Each task computes a
 * little (30 µs ± 30 %) and then waits for a round trip within a datacenter (500 µs ± 30 %), three
 * times, like a request handler that calls other services. Every task (and so every thread) exists
 * from the start: the question is what many threads at once cost, not how fast they are created.
 * Pure data: no DOM, no clock.
 */
import { FIGURES } from '../figures.ts';
import type { Scenario } from '../scenario.ts';
import { workload } from '../workload.ts';

/**
 * The counts the diagram's scale stops at: 1, 2, 5 in each decade, from 1 to 100,000. They are
 * also the values a link may hold, so they must not change once published (only be added to).
 */
export const THREAD_SCALING_STOPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
] as const;

/** The count the diagram opens at: the C10K problem's 10,000 clients at once. */
export const THREAD_SCALING_DEFAULT = 10_000;

/** The workload's shape and costs, quoted by the diagram's note. */
export const THREAD_SCALING_PRESET = {
  cores: 8,
  rounds: 3,
  cpu: 30,
  io: FIGURES.datacenterRoundTrip.value,
  jitter: 0.3,
  timeSlice: FIGURES.timeSlice.value,
  switchCost: FIGURES.threadSwitch.value,
  seed: 4,
} as const;

/** `tasks` tasks of the preset's shape, one thread each, all started at once. */
export function threadScaling(tasks: number): Scenario {
  const p = THREAD_SCALING_PRESET;
  return workload({
    model: 'threads',
    cores: p.cores,
    tasks: Math.max(1, Math.round(tasks)),
    rounds: p.rounds,
    cpu: p.cpu,
    io: p.io,
    jitter: p.jitter,
    spread: 0,
    timeSlice: p.timeSlice,
    switchCost: p.switchCost,
    seed: p.seed,
  });
}

/**
 * What the diagram shows at one stop: a few numbers computed from one run of the core, small enough
 * to pass to the browser for every stop at once (no traces). Times in µs, sizes in bytes.
 */
export interface StopFigures {
  readonly tasks: number;
  /** Address space reserved for thread stacks. */
  readonly reserved: number;
  /** Memory really in use: touched stack pages and kernel stacks. */
  readonly resident: number;
  /** Core time running tasks, switching and idle, summed over the cores, until the last task is done. */
  readonly busy: number;
  readonly switching: number;
  readonly idle: number;
  readonly switches: number;
  /** When the last task is done. */
  readonly makespan: number;
  /** How long a thread waits, on average, from becoming ready (started or woken) to running. */
  readonly meanWait: number;
}
