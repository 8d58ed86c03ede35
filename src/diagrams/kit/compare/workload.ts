/**
 * What lessons 6 and 9 share about a workload run several ways: its link schema, each run's
 * figures from its report, and how counts, shares and times are written. The two-run view of
 * lesson 6 is in threads-vs-async-view.ts, the three-run one of lesson 9 in multi-worker-compare.ts.
 * Pure, so it is unit-tested.
 */
import type { Report, TaskState } from '../../../sim/index.ts';
import { normalizeParams, THREADS_VS_ASYNC_CORES, THREADS_VS_ASYNC_STOPS, type ThreadsVsAsyncParams } from '../../../sim/scenarios/threads-vs-async.ts';
import { formatUs } from '../format.ts';
import type { TranscriptEntry } from '../narrate.ts';
import type { Schema, StateOf } from '../permalink.ts';
import type { Linked } from '../use-diagram.ts';

export type ModelName = 'threads' | 'async';

/** One model's figures for the whole run. Times in µs, sizes in bytes. */
export interface ModelFigures {
  readonly tasks: number;
  readonly makespan: number;
  readonly busy: number;
  readonly switching: number;
  readonly switches: number;
  readonly switchCost: number;
  /** Share of the CPU time used that went to switching: switching / (busy + switching), 0 to 1. */
  readonly switchingShare: number;
  readonly threads: number;
  readonly resident: number;
  readonly reserved: number;
  /** Time from a task's arrival to its finish. */
  readonly meanTurnaround: number;
  readonly worstTurnaround: number;
}

/** The figures of one run, from its report. */
export function modelFigures(r: Report, switchCost: number): ModelFigures {
  let sum = 0;
  let worst = 0;
  for (const t of r.tasks) {
    sum += t.turnaround;
    if (t.turnaround > worst) worst = t.turnaround;
  }
  const used = r.busy + r.switching;
  return {
    tasks: r.tasks.length,
    makespan: r.makespan,
    busy: r.busy,
    switching: r.switching,
    switches: r.switches,
    switchCost,
    switchingShare: used > 0 ? r.switching / used : 0,
    threads: r.memory.threads,
    resident: r.memory.resident,
    reserved: r.memory.reserved,
    meanTurnaround: r.tasks.length > 0 ? sum / r.tasks.length : 0,
    worstTurnaround: worst,
  };
}

/** A count with grouped thousands, as prose writes it: 1,000. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** `1 core`, `4 cores`, `1,000 tasks`. */
export const plural = (n: number, noun: string): string => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The link state of a diagram that runs this workload (lessons 6 and 9): each parameter on its
 * scale, starting from `defaults`, and the playhead. A `t` of -1 is never written to a link: a
 * missing or unusable t means the diagram's own telling moment (where a run finishes).
 */
export function workloadSchema(defaults: ThreadsVsAsyncParams) {
  return {
    tasks: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.tasks.map(String), default: String(defaults.tasks) },
    io: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.io.map(String), default: String(defaults.io) },
    cpu: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.cpu.map(String), default: String(defaults.cpu) },
    cores: { type: 'int', ...THREADS_VS_ASYNC_CORES, default: defaults.cores },
    t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: -1 },
  } as const satisfies Schema;
}

/** The link fields of a workload diagram. */
export type WorkloadSchema = ReturnType<typeof workloadSchema>;

/** A workload link's settings, each parameter on its scale; a link without a time shows the run's initial moment. */
export function workloadFromLink(state: StateOf<WorkloadSchema>): Linked<ThreadsVsAsyncParams> {
  const settings = normalizeParams({ tasks: Number(state.tasks), io: Number(state.io), cpu: Number(state.cpu), cores: state.cores });
  return { settings, t: state.t >= 0 ? state.t : 'initial' };
}

/** The link fields of a workload at playhead t. */
export function workloadToLink(p: ThreadsVsAsyncParams, t: number): StateOf<WorkloadSchema> {
  return { tasks: String(p.tasks), io: String(p.io), cpu: String(p.cpu), cores: p.cores, t };
}

/** Whether two workloads are the same (a preset is active, a link changes nothing). */
export const sameWorkload = (a: ThreadsVsAsyncParams, b: ThreadsVsAsyncParams): boolean =>
  a.tasks === b.tasks && a.io === b.io && a.cpu === b.cpu && a.cores === b.cores;

/** A share as a percentage: `17%`, `0.4%`, `0%`. */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct === 0) return '0%';
  if (pct < 1) return `${Math.max(0.1, Math.round(pct * 10) / 10)}%`;
  return `${Math.round(pct)}%`;
}

/** Durations in the tables: whole µs from 100 µs up, so that columns of large numbers stay short. */
export function formatTime(us: number): string {
  return formatUs(us >= 100 ? Math.round(us) : Math.round(us * 10) / 10);
}

/** Each task's finish time, sorted: the "tasks done over time" curve is its step function. */
export function sortedFinishes(r: Report): Float64Array {
  const out = Float64Array.from(r.tasks, (t) => t.finish);
  return out.sort();
}

const STATES: readonly TaskState[] = ['running', 'ready', 'blocked', 'done'];

/** `46 of 1,000 done, 4 running, 350 ready, 600 blocked`. */
export function countsText(counts: Readonly<Record<TaskState, number>>, total: number): string {
  const rest = STATES.filter((s) => s !== 'done' && counts[s] > 0).map((s) => `${formatCount(counts[s])} ${s}`);
  return [`${formatCount(counts.done)} of ${formatCount(total)} done`, ...rest].join(', ');
}

/**
 * Transcript lines, one per instant: texts said at the same time are joined in the order given,
 * and the instants sorted. Used by the comparisons' transcripts of several runs on one clock.
 */
export function atInstants(lines: readonly TranscriptEntry[]): TranscriptEntry[] {
  const byTime = new Map<number, string[]>();
  for (const { t, text } of lines) {
    const texts = byTime.get(t);
    if (texts) texts.push(text);
    else byTime.set(t, [text]);
  }
  return [...byTime.entries()].sort((p, q) => p[0] - q[0]).map(([t, texts]) => ({ t, text: texts.join(' ') }));
}
