/**
 * Generated workloads: many tasks of the same shape (compute a little, wait for I/O, repeat), with
 * seeded jitter. Used by the scaling diagrams and the benchmark, where listing tasks by hand is
 * impossible. Pure: the same parameters give the same tasks.
 */
import { between, rng } from './rng.ts';
import type { Model, Scenario, Step, TaskSpec } from './scenario.ts';

export interface WorkloadParams {
  readonly model: Model;
  readonly cores: number;
  readonly tasks: number;
  /** cpu/io pairs per task: a task has `2 × rounds` steps. */
  readonly rounds: number;
  /** CPU work per round (µs), jittered by ±jitter. */
  readonly cpu: number;
  /** I/O wait per round (µs), jittered by ±jitter. */
  readonly io: number;
  /** Relative jitter, 0 to 1 (0.2 means ±20 %). */
  readonly jitter: number;
  /** Tasks arrive spread evenly over this many µs (0: all at once). */
  readonly spread: number;
  readonly timeSlice: number | null;
  readonly switchCost: number;
  readonly seed: number;
}

/** Task names that stay short at any count: A…Z, then T27, T28, … */
export function taskName(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `T${i + 1}`;
}

/** A scenario of `tasks` identical-shaped tasks with seeded jitter. */
export function workload(p: WorkloadParams): Scenario {
  const next = rng(p.seed);
  const jittered = (x: number): number => {
    if (p.jitter <= 0 || x <= 0) return x;
    const spread = Math.round(x * p.jitter);
    return Math.max(1, x + between(next, -spread, spread));
  };
  const tasks: TaskSpec[] = [];
  for (let i = 0; i < p.tasks; i++) {
    const steps: Step[] = [];
    for (let r = 0; r < p.rounds; r++) {
      if (p.cpu > 0) steps.push({ cpu: jittered(p.cpu) });
      if (p.io > 0) steps.push({ io: jittered(p.io) });
    }
    if (steps.length === 0) steps.push({ cpu: 1 });
    const arrival = p.spread > 0 && p.tasks > 1 ? Math.round((p.spread * i) / (p.tasks - 1)) : 0;
    tasks.push({ name: taskName(i), arrival, steps });
  }
  return { model: p.model, cores: p.cores, timeSlice: p.timeSlice, switchCost: p.switchCost, tasks };
}
