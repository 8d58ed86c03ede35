/**
 * How the comparisons of lessons 6 and 9 tell several runs of one workload in words: tasks by
 * state at an instant, and a transcript of all runs on one clock, event by event for a small
 * workload or by milestones for a large one. Pure.
 */
import type { TaskState } from '../../../sim/index.ts';
import { formatCount } from '../format.ts';
import type { TranscriptEntry } from '../narrate.ts';

const STATES: readonly TaskState[] = ['running', 'ready', 'blocked', 'done'];

/** `46 of 1,000 done, 4 running, 350 ready, 600 blocked`. */
export function countsText(counts: Readonly<Record<TaskState, number>>, total: number): string {
  const rest = STATES.filter((s) => s !== 'done' && counts[s] > 0).map((s) => `${formatCount(counts[s])} ${s}`);
  return [`${formatCount(counts.done)} of ${formatCount(total)} done`, ...rest].join(', ');
}

/**
 * Transcript lines, one per instant: texts said at the same time are joined in the order given,
 * and the instants sorted.
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

/** Several runs' transcripts as one, in time order, each entry saying which run (`Threads`, `4 workers`) it is about. */
export function mergeTranscripts(runs: readonly { readonly name: string; readonly entries: readonly TranscriptEntry[] }[]): TranscriptEntry[] {
  return atInstants(runs.flatMap(({ name, entries }) => entries.map((e) => ({ t: e.t, text: `${name}: ${e.text}` }))));
}

/**
 * The transcript of runs too large to tell event by event, from each run's sorted finish times:
 * when the tasks arrive (`where`: in which runs, e.g. `in both models`), and for each run when
 * its first task is done, when half are, and when the last is. Entries at one instant merge.
 */
export function milestones(runs: readonly { readonly name: string; readonly finishes: Float64Array }[], where: string): TranscriptEntry[] {
  const lines: TranscriptEntry[] = [];
  const add = (t: number, text: string): void => void lines.push({ t, text });
  const n = runs[0]?.finishes.length ?? 0;
  add(0, `${n === 1 ? 'The task arrives' : `All ${formatCount(n)} tasks arrive`} ${where}.`);
  for (const { name, finishes: f } of runs) {
    if (n > 1) add(f[0]!, `${name}: the first task is done.`);
    if (n > 3) add(f[Math.ceil(n / 2) - 1]!, `${name}: half of the tasks are done.`);
    add(f[n - 1]!, `${name}: ${n === 1 ? 'the task is' : `all ${formatCount(n)} tasks are`} done.`);
  }
  return atInstants(lines);
}
