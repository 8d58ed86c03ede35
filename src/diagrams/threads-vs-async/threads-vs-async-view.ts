/**
 * Lesson 6's comparison in numbers and words: the table's rows, a one-sentence verdict, the "tasks
 * done over time" curve and the short transcript of a large run. Everything is read from the two
 * runs' figures and finish times; nothing is simulated here. Pure, so it is unit-tested.
 */
import { formatBytes, formatAmount, formatUs } from '../kit/format.ts';
import type { TranscriptEntry } from '../kit/narrate.ts';
import { atInstants, formatCount, formatShare, formatTime, type ModelFigures, type ModelName } from '../kit/compare/workload.ts';

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

export interface Row {
  readonly key: string;
  readonly label: string;
  readonly threads: string;
  readonly async: string;
  /** Which model does better on this row, and by how much in words; null when neither does. */
  readonly better: { readonly model: ModelName; readonly text: string } | null;
}

function row(key: string, label: string, t: number, a: number, show: (x: number) => string, word: 'sooner' | 'less' | null): Row {
  const diff = word === null ? null : lowerBy(t, a, word);
  return {
    key,
    label,
    threads: show(t),
    async: show(a),
    better: diff === null ? null : { model: diff.lower === 'a' ? 'threads' : 'async', text: diff.text },
  };
}

/** The table: one row per quantity, the threads column first. */
export function compareRows(t: ModelFigures, a: ModelFigures): Row[] {
  const switching = (f: ModelFigures): string => `${formatTime(f.switching)} (${formatShare(f.switchingShare)} of CPU time)`;
  return [
    row('makespan', 'Finish time of the last task', t.makespan, a.makespan, formatTime, 'sooner'),
    { ...row('switching', 'CPU time spent switching', t.switching, a.switching, formatTime, 'less'), threads: switching(t), async: switching(a) },
    {
      key: 'switches',
      label: 'Switches × cost of one',
      threads: `${formatCount(t.switches)} × ${formatUs(t.switchCost)}`,
      async: `${formatCount(a.switches)} × ${formatUs(a.switchCost)}`,
      better: null,
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
export function verdict(t: ModelFigures, a: ModelFigures): string {
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

/** How many of the sorted finish times are at or before t. */
export function doneBy(finishes: Float64Array, t: number): number {
  let lo = 0;
  let hi = finishes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (finishes[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The SVG path of the step curve "tasks done by time t", from 0 to `end`, with at most about two
 * points per pixel column however many tasks there are. `x` and `y` map time and count to pixels.
 */
export function doneCurvePath(finishes: Float64Array, end: number, x: (t: number) => number, y: (n: number) => number): string {
  const pts: string[] = [`M${x(0).toFixed(1)},${y(0).toFixed(1)}`];
  let n = 0;
  let lastPx = -Infinity;
  for (let i = 0; i < finishes.length; ) {
    const at = finishes[i]!;
    const px = x(at);
    // Every task finishing within this pixel column counts as one step.
    let j = i;
    while (j < finishes.length && x(finishes[j]!) - px < 1) j++;
    const col = Math.max(px, lastPx);
    const up = y(n + (j - i)).toFixed(1);
    // Where finishes are a pixel or two apart the steps blur into a slope: draw it as one, so a
    // dashed line stays dashed; wider apart, draw the step itself.
    if (col - lastPx <= 2) pts.push(`L${col.toFixed(1)},${up}`);
    else pts.push(`H${col.toFixed(1)}`, `V${up}`);
    lastPx = col;
    n += j - i;
    i = j;
  }
  pts.push(`H${x(end).toFixed(1)}`);
  return pts.join('');
}

/**
 * The transcript of a run too large to tell event by event: for each model, when the tasks
 * arrive, the first finishes, half are done and the last finishes. Entries at one instant merge.
 */
export function milestones(runs: Readonly<Record<ModelName, Float64Array>>): TranscriptEntry[] {
  const lines: TranscriptEntry[] = [];
  const add = (t: number, text: string): void => void lines.push({ t, text });
  const n = runs.threads.length;
  add(0, `${n === 1 ? 'The task arrives' : `All ${formatCount(n)} tasks arrive`} in both models.`);
  for (const model of ['threads', 'async'] as const) {
    const f = runs[model];
    const name = model === 'threads' ? 'Threads' : 'Async';
    if (n > 1) add(f[0]!, `${name}: the first task is done.`);
    if (n > 3) add(f[Math.ceil(n / 2) - 1]!, `${name}: half of the tasks are done.`);
    add(f[n - 1]!, `${name}: ${n === 1 ? 'the task is' : `all ${formatCount(n)} tasks are`} done.`);
  }
  return atInstants(lines);
}

/** Two runs' transcripts as one, in time order, each entry saying which model it is about. */
export function mergeTranscripts(threads: readonly TranscriptEntry[], async: readonly TranscriptEntry[]): TranscriptEntry[] {
  const said = (list: readonly TranscriptEntry[], name: string) => list.map((e) => ({ t: e.t, text: `${name}: ${e.text}` }));
  return atInstants([...said(threads, 'Threads'), ...said(async, 'Async')]);
}
