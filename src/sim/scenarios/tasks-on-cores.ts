/**
 * Lesson 1's scenario, "tasks on cores": a few tasks, each with a little CPU work and an I/O wait
 * or two, shared by a few cores under a preemptive thread scheduler.
 *
 * An exaggerated teaching preset (the diagram says so on screen): the time slice is 20 µs instead
 * of Linux's 0.75 to 3 ms so that turns are visible, while a context switch keeps a realistic cost
 * of 2 µs (measured 1.2 to 2.2 µs), so here it is a tenth of a slice. Pure data: no DOM, no clock.
 */
import type { Scenario, Step, TaskSpec } from '../scenario.ts';

/** What the reader can change, with the bounds the diagram's controls and links accept. */
export interface TasksOnCoresParams {
  readonly tasks: number;
  readonly cores: number;
}

export const TASKS_ON_CORES_LIMITS = {
  tasks: { min: 1, max: 8, default: 4 },
  cores: { min: 1, max: 4, default: 2 },
} as const;

/** The preset's costs, quoted by the diagram's note. */
export const TASKS_ON_CORES_PRESET = { timeSlice: 20, switchCost: 2 } as const;

const NAMES = 'ABCDEFGH';

/**
 * Task i's work. The amounts vary with i (in steps of 5 to 20 µs) so that tasks do not move in
 * lockstep: some need two slices, odd-numbered tasks wait for I/O twice, and tasks arrive 5 µs
 * apart, so the narration has a different story for each.
 */
function task(i: number): TaskSpec {
  const steps: Step[] = [{ cpu: 30 + 10 * (i % 3) }, { io: 40 + 20 * (i % 4) }, { cpu: 20 + 10 * ((i + 1) % 2) }];
  if (i % 2 === 1) steps.push({ io: 30 }, { cpu: 15 });
  return { name: NAMES[i]!, arrival: 5 * i, steps };
}

function clampInt(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.round(x))) : lo;
}

/** Builds the scenario for `tasks` tasks (1 to 8, named A, B, C, …) on `cores` cores (1 to 4). */
export function tasksOnCores(params: TasksOnCoresParams): Scenario {
  const n = clampInt(params.tasks, TASKS_ON_CORES_LIMITS.tasks.min, TASKS_ON_CORES_LIMITS.tasks.max);
  const cores = clampInt(params.cores, TASKS_ON_CORES_LIMITS.cores.min, TASKS_ON_CORES_LIMITS.cores.max);
  return {
    model: 'threads',
    cores,
    timeSlice: TASKS_ON_CORES_PRESET.timeSlice,
    switchCost: TASKS_ON_CORES_PRESET.switchCost,
    tasks: Array.from({ length: n }, (_, i) => task(i)),
  };
}
