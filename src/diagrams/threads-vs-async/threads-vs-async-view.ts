/**
 * Lesson 6's comparison in numbers and words: the table's rows and a one-sentence verdict, read
 * from the two runs' figures; nothing is simulated here. Pure, so it is unit-tested.
 */
import type { CompareRow } from '../kit/compare/CompareTable.tsx';
import type { RunFigures } from '../kit/compare/figures.ts';
import { formatAmount, formatBytes, formatCount, formatShare, formatTime, formatUs } from '../kit/format.ts';

/** The two runs: a thread per task, and async tasks on an executor. */
export type ModelName = 'threads' | 'async';

/** The runs in the order the table, the chart and the transcript give them. */
export const MODELS: readonly ModelName[] = ['threads', 'async'];

/** Each run's name in headings and sentences. */
export const MODEL_NAMES: Readonly<Record<ModelName, string>> = { threads: 'Threads', async: 'Async' };

/** Values closer than this (relative) count as the same. */
const SAME = 0.01;

/**
 * How much lower the smaller of two values is, in words: `15% sooner`, `52× less`; null when they
 * are within 1% of each other. `sooner` words a time, `less` an amount.
 */
export function lowerBy(a: number, b: number, word: 'sooner' | 'less'): { lower: 'a' | 'b'; text: string } | null {
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  if (hi <= 0 || (hi - lo) / hi <= SAME) return null;
  const lower = a < b ? 'a' : 'b';
  const ratio = lo > 0 ? hi / lo : Infinity;
  if (word === 'less' && ratio >= 2) {
    return { lower, text: ratio === Infinity ? 'none at all' : `${formatAmount(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10)}× less` };
  }
  return { lower, text: `${Math.round(((hi - lo) / hi) * 100) || '<1'}% ${word}` };
}

/** One row of the table: a quantity for both runs; the better value, if one is, says by how much. */
export type Row = CompareRow<ModelName>;

function row(key: string, label: string, t: number, a: number, show: (x: number) => string, word: 'sooner' | 'less' | null): Row {
  const diff = word === null ? null : lowerBy(t, a, word);
  const values = { threads: show(t), async: show(a) };
  if (diff === null) return { key, label, values, best: [] };
  const better: ModelName = diff.lower === 'a' ? 'threads' : 'async';
  return { key, label, values, best: [better], notes: { [better]: diff.text } };
}

/** The table: one row per quantity, the threads column first. */
export function compareRows(t: RunFigures, a: RunFigures): Row[] {
  const switching = (f: RunFigures): string => `${formatTime(f.switching)} (${formatShare(f.switchingShare)} of CPU time)`;
  return [
    row('makespan', 'Finish time of the last task', t.makespan, a.makespan, formatTime, 'sooner'),
    { ...row('switching', 'CPU time spent switching', t.switching, a.switching, formatTime, 'less'), values: { threads: switching(t), async: switching(a) } },
    {
      key: 'switches',
      label: 'Switches × cost of one',
      values: { threads: `${formatCount(t.switches)} × ${formatUs(t.switchCost)}`, async: `${formatCount(a.switches)} × ${formatUs(a.switchCost)}` },
      best: [],
    },
    row('threads', 'OS threads', t.threads, a.threads, formatCount, null),
    row('resident', 'Memory in use (resident)', t.resident, a.resident, formatBytes, 'less'),
    row('reserved', 'Address space reserved for stacks', t.reserved, a.reserved, formatBytes, 'less'),
    row('mean', 'Time to done per task, mean', t.meanTurnaround, a.meanTurnaround, formatTime, 'sooner'),
    row('worst', 'Time to done per task, worst', t.worstTurnaround, a.worstTurnaround, formatTime, 'sooner'),
  ];
}

/**
 * Below these, the verdict calls a difference small even though the table still shows it: a finish
 * within 5%, switching under 5% of the CPU time, memory within a factor of 1.5.
 */
const CLOSE_TIME = 0.05;
const NOTABLE_SWITCHING = 0.05;
const CLOSE_MEMORY = 1.5;

/** The comparison in one sentence, in the words a reader would use: finish time, switching, memory. */
export function verdict(t: RunFigures, a: RunFigures): string {
  const parts: string[] = [];
  const [first, second] = t.makespan <= a.makespan ? [t, a] : [a, t];
  if (second.makespan - first.makespan <= CLOSE_TIME * second.makespan) {
    parts.push(`Both finish at about the same time (${formatTime(t.makespan)} and ${formatTime(a.makespan)})`);
  } else {
    const pct = Math.round(((second.makespan - first.makespan) / second.makespan) * 100);
    const name = first === t ? 'Threads finish' : 'Async finishes';
    parts.push(`${name} ${formatTime(second.makespan - first.makespan)} (${pct}%) sooner`);
  }
  if (Math.max(t.switchingShare, a.switchingShare) >= NOTABLE_SWITCHING) {
    parts.push(`threads spend ${formatShare(t.switchingShare)} of their CPU time switching, async ${formatShare(a.switchingShare)}`);
  }
  const ratio = t.resident / Math.max(a.resident, 1);
  if (ratio < CLOSE_MEMORY && ratio > 1 / CLOSE_MEMORY) {
    parts.push(`memory in use is close (${formatBytes(t.resident)} and ${formatBytes(a.resident)})`);
  } else {
    const memory = lowerBy(t.resident, a.resident, 'less')!;
    if (memory.lower === 'b') parts.push(`async keeps ${memory.text} memory resident (${formatBytes(a.resident)} against ${formatBytes(t.resident)})`);
    else parts.push(`threads keep ${memory.text} memory resident: the executor's ${a.threads} worker threads cost more than ${t.threads === 1 ? 'one thread' : `${t.threads} threads`}`);
  }
  const last = parts.pop()!;
  return parts.length === 0 ? `${last}.` : `${parts.join(', ')}, and ${last}.`;
}
