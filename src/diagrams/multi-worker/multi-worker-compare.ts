/**
 * The multi-worker comparison in numbers and words: three runs of one workload (an executor with
 * one worker thread, one with a worker thread per core, a thread per task) as the rows of a
 * three-column table, a one-sentence verdict and the narration of a large run. Read from the
 * runs' figures; nothing is simulated here. Pure.
 */
import type { TaskState } from '../../sim/index.ts';
import { MULTI_WORKER_MODELS as MODELS, type MultiWorkerModel } from '../../sim/scenarios/multi-worker.ts';
import type { CompareRow } from '../kit/compare/CompareTable.tsx';
import type { RunFigures } from '../kit/compare/figures.ts';
import { countsText } from '../kit/compare/words.ts';
import { formatAmount, formatBytes, formatCount, formatShare, formatTime, formatUs } from '../kit/format.ts';

/** The three runs and their order, from the scenario, so that the diagram reads them here with the rest. */
export type { MultiWorkerModel };
export { MODELS };

/** Each model's name in sentences, for `cores` cores: `one worker`, `4 workers`, `threads`. */
export function modelNames(cores: number): Record<MultiWorkerModel, string> {
  return { one: '1 worker', many: `${cores} worker${cores === 1 ? '' : 's'}`, threads: 'Threads' };
}

/** Values closer than this (relative) count as the same. */
const SAME = 0.01;

/** One row of the table: a quantity for each run; the lowest values, when lower is better, are marked. */
export type Row = CompareRow<MultiWorkerModel>;

/** The models with the lowest value (within 1 %), or none when all three tie. */
function lowest(values: Readonly<Record<MultiWorkerModel, number>>): MultiWorkerModel[] {
  const min = Math.min(...MODELS.map((m) => values[m]));
  const best = MODELS.filter((m) => values[m] - min <= SAME * Math.max(values[m], Number.EPSILON));
  return best.length === MODELS.length ? [] : best;
}

function row(key: string, label: string, f: Readonly<Record<MultiWorkerModel, RunFigures>>, pick: (x: RunFigures) => number, show: (x: number) => string, ranked: boolean): Row {
  const values = { one: pick(f.one), many: pick(f.many), threads: pick(f.threads) };
  return {
    key,
    label,
    values: { one: show(values.one), many: show(values.many), threads: show(values.threads) },
    best: ranked ? lowest(values) : [],
  };
}

/**
 * How a finish time compares with one worker's, in words: `4× sooner`, `8% sooner`, `the same`,
 * `12% later`.
 */
export function comparedWith(base: number, other: number): string {
  if (Math.abs(base - other) <= SAME * Math.max(base, other)) return 'the same time';
  if (other > base) return `${Math.round(((other - base) / base) * 100)}% later`;
  const ratio = base / Math.max(other, Number.EPSILON);
  if (ratio >= 1.5) return `${formatAmount(Math.round(ratio * 10) / 10)}× sooner`;
  return `${Math.round(((base - other) / base) * 100)}% sooner`;
}

/** The table: one row per quantity, columns in MODELS order. */
export function compareRows(f: Readonly<Record<MultiWorkerModel, RunFigures>>, cores: number): Row[] {
  const names = modelNames(cores);
  const vsOne = (m: MultiWorkerModel): string => {
    const words = comparedWith(f.one.makespan, f[m].makespan);
    return words === 'the same time' ? `same as ${names.one}` : `${words} than ${names.one}`;
  };
  const share = (x: RunFigures): string => `${formatTime(x.switching)} (${formatShare(x.switchingShare)})`;
  const switching = row('switching', 'CPU time switching', f, (x) => x.switching, formatTime, true);
  return [
    { ...row('makespan', 'Finish time of the last task', f, (x) => x.makespan, formatTime, true), notes: { many: vsOne('many'), threads: vsOne('threads') } },
    row('busy', 'CPU time working, all cores', f, (x) => x.busy, formatTime, false),
    { ...switching, values: { one: share(f.one), many: share(f.many), threads: share(f.threads) } },
    row('idle', 'Core time idle, until the last task is done', f, (x) => x.idle, formatTime, false),
    row('median', 'Time to done per task, median', f, (x) => x.medianTurnaround, formatTime, true),
    row('worst', 'Time to done per task, worst', f, (x) => x.worstTurnaround, formatTime, true),
    row('threads', 'OS threads', f, (x) => x.threads, formatCount, false),
    row('resident', 'Memory in use (resident)', f, (x) => x.resident, formatBytes, true),
    row('reserved', 'Address space reserved for stacks', f, (x) => x.reserved, formatBytes, true),
  ];
}

/**
 * Below CLOSE_TIME the verdict calls two finish times the same; more workers saving less than
 * LITTLE of one worker's time is called a small gain; memory within 1.5× counts as close.
 */
const CLOSE_TIME = 0.05;
const LITTLE = 0.2;
const CLOSE_MEMORY = 1.5;

/** The comparison in one or two sentences: what more workers buy, and what threads cost. */
export function verdict(f: Readonly<Record<MultiWorkerModel, RunFigures>>, cores: number): string {
  const names = modelNames(cores);
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= CLOSE_TIME * Math.max(a, b);
  let first: string;
  const saved = (f.one.makespan - f.many.makespan) / Math.max(f.one.makespan, Number.EPSILON);
  const why = ': extra workers only help while ready tasks queue for a worker';
  if (cores === 1) first = 'With one core there is one worker either way';
  else if (saved <= SAME) first = `${names.many} finish at the same time as ${names.one}${why}`;
  else if (saved < LITTLE) first = `${names.many} finish only ${comparedWith(f.one.makespan, f.many.makespan)} than ${names.one}${why}`;
  else first = `${names.many} finish ${comparedWith(f.one.makespan, f.many.makespan)} than ${names.one}`;
  let second: string;
  if (close(f.many.makespan, f.threads.makespan)) second = `threads finish at about the same time as ${names.many}`;
  else second = `threads finish ${comparedWith(f.many.makespan, f.threads.makespan)} than ${names.many}`;
  const ratio = f.threads.resident / Math.max(f.many.resident, 1);
  const memory =
    ratio < CLOSE_MEMORY && ratio > 1 / CLOSE_MEMORY
      ? `use about as much memory (${formatBytes(f.threads.resident)} against ${formatBytes(f.many.resident)})`
      : ratio >= CLOSE_MEMORY
        ? `keep ${formatAmount(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10)}× as much memory resident (${formatBytes(f.threads.resident)} against ${formatBytes(f.many.resident)})`
        : `keep less memory resident (${formatBytes(f.threads.resident)} against ${formatBytes(f.many.resident)})`;
  return `${first}; ${second} and ${memory}.`;
}

/** The live line for a large run: each model's tasks by state at t. */
export function countsNarration(t: number, counts: Readonly<Record<MultiWorkerModel, Readonly<Record<TaskState, number>>>>, tasks: number, cores: number): string {
  const names = modelNames(cores);
  return `${formatUs(t)}: ${MODELS.map((m) => `${names[m]}: ${countsText(counts[m], tasks)}`).join('. ')}.`;
}
