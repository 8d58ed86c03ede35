/**
 * The report: the numbers a reader compares (finish time, CPU lost to switching, waiting, memory).
 * Computed from the trace's recorded columns, not by simulating again.
 */
import { estimateMemory, type MemoryEstimate } from './memory.ts';
import type { Scenario } from './scenario.ts';
import { stepKind } from './scenario.ts';
import { EVENT_TYPES, SEGMENT_KINDS, type Trace } from './trace.ts';

export interface TaskReport {
  readonly name: string;
  readonly firstRun: number;
  readonly finish: number;
  readonly turnaround: number;
  /** Time ready but not running: turnaround minus the task's own cpu, io and block time. */
  readonly waiting: number;
}

export interface Report {
  readonly makespan: number;
  /** CPU time running task steps, summed over cores. */
  readonly busy: number;
  /** CPU time spent switching. */
  readonly switching: number;
  /** Core time with nothing to run (includes workers held by a blocking call). */
  readonly idle: number;
  /** Async only: worker time held by blocking calls (part of `idle`: the core does no work). */
  readonly held: number;
  /** Time during which at least one I/O is in flight. */
  readonly ioBusy: number;
  readonly switches: number;
  readonly tasks: readonly TaskReport[];
  readonly memory: MemoryEstimate;
}

const US = 1000;
const round = (us: number): number => Math.round(us * US) / US;

/** Sums and per-task figures for one run. */
export function report(scenario: Scenario, trace: Trace): Report {
  const c = trace.columns;
  const sums = [0, 0, 0, 0]; // by segment kind, in ns
  for (const seg of c.seg) {
    for (let k = 0; k < seg.start.length; k++) {
      const end = k + 1 < seg.start.length ? seg.start[k + 1]! : c.makespanNs;
      sums[seg.kind[k]!]! += end - seg.start[k]!;
    }
  }
  const n = trace.taskCount;
  const firstRun = new Float64Array(n).fill(-1);
  const finish = new Float64Array(n);
  const RUN = EVENT_TYPES.indexOf('run');
  const FINISH = EVENT_TYPES.indexOf('finish');
  const SWITCH = EVENT_TYPES.indexOf('switch');
  let switches = 0;
  for (let i = 0; i < c.ev.t.length; i++) {
    const type = c.ev.type[i]!;
    const task = c.ev.task[i]!;
    if (type === RUN && firstRun[task] === -1) firstRun[task] = c.ev.t[i]!;
    else if (type === FINISH) finish[task] = c.ev.t[i]!;
    else if (type === SWITCH) switches++;
  }
  const tasks = scenario.tasks.map((spec, i): TaskReport => {
    let own = 0;
    for (const s of spec.steps) {
      const kind = stepKind(s);
      if (kind !== 'yield') own += Math.round((s as Record<string, number>)[kind]! * US);
    }
    const turnaround = finish[i]! - c.arrivals[i]!;
    return {
      name: spec.name,
      firstRun: firstRun[i]! / US,
      finish: finish[i]! / US,
      turnaround: turnaround / US,
      waiting: (turnaround - own) / US,
    };
  });
  const kind = (k: (typeof SEGMENT_KINDS)[number]): number => round(sums[SEGMENT_KINDS.indexOf(k)]! / US);
  return {
    makespan: trace.makespan,
    busy: kind('run'),
    switching: kind('switch'),
    idle: round(kind('idle') + kind('held')),
    held: kind('held'),
    ioBusy: trace.ioBusy,
    switches,
    tasks,
    memory: estimateMemory(scenario),
  };
}
