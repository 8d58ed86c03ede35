/**
 * The figures of a whole run that the comparisons of lessons 6 and 9 put side by side, read from
 * the run's report: time, CPU time, switching, memory and time to done per task. Pure.
 */
import type { Report } from '../../../sim/index.ts';

/** One run's figures. Times in µs, sizes in bytes. */
export interface RunFigures {
  readonly tasks: number;
  readonly makespan: number;
  readonly busy: number;
  readonly switching: number;
  /** Core time idle until the last task is done. */
  readonly idle: number;
  readonly switches: number;
  readonly switchCost: number;
  /** Share of the CPU time used that went to switching: switching / (busy + switching), 0 to 1. */
  readonly switchingShare: number;
  readonly threads: number;
  readonly resident: number;
  readonly reserved: number;
  /** Time from a task's arrival to its finish. */
  readonly meanTurnaround: number;
  readonly medianTurnaround: number;
  readonly worstTurnaround: number;
}

/** The figures of one run, from its report and the cost of one of its switches. */
export function runFigures(r: Report, switchCost: number): RunFigures {
  let sum = 0;
  let worst = 0;
  for (const t of r.tasks) {
    sum += t.turnaround;
    if (t.turnaround > worst) worst = t.turnaround;
  }
  const times = Float64Array.from(r.tasks, (t) => t.turnaround).sort();
  const used = r.busy + r.switching;
  return {
    tasks: r.tasks.length,
    makespan: r.makespan,
    busy: r.busy,
    switching: r.switching,
    idle: r.idle,
    switches: r.switches,
    switchCost,
    switchingShare: used > 0 ? r.switching / used : 0,
    threads: r.memory.threads,
    resident: r.memory.resident,
    reserved: r.memory.reserved,
    meanTurnaround: r.tasks.length > 0 ? sum / r.tasks.length : 0,
    medianTurnaround: times[Math.floor((times.length - 1) / 2)] ?? 0,
    worstTurnaround: worst,
  };
}

/** Each task's finish time, sorted: the "tasks done over time" curve is its step function. */
export function sortedFinishes(r: Report): Float64Array {
  const out = Float64Array.from(r.tasks, (t) => t.finish);
  return out.sort();
}
