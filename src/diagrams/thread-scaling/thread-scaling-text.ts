/**
 * Lesson 4's diagram in words: a short narration of one stop of the scale (read out as the reader
 * moves), a full account of each stop (the transcript), and what the whole scale shows (the
 * description). Pure functions of the per-stop numbers, so the page, the tests and a screen reader
 * all say the same thing.
 */
import type { StopFigures } from '../../sim/scenarios/thread-scaling.ts';
import { capitalize, formatBytes, formatDuration, formatSignificant, listWords } from '../kit/format.ts';
import { LIMIT_MARKS, limitStatus, type LimitMark } from './thread-limits.ts';
import type { TranscriptEntry } from '../kit/narrate.ts';

/** The fixed context every sentence refers to. */
export interface ScalingContext {
  readonly cores: number;
  /** A machine's RAM (bytes) to compare reservations with. */
  readonly ram: number;
  /** The I/O wait each round of a task makes (µs). */
  readonly io: number;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** `1 thread`, `10,000 threads`. */
export function threadCount(n: number): string {
  return `${count(n)} thread${n === 1 ? '' : 's'}`;
}

/** A share as a percentage with at most one decimal: `8.2%`, `0%`, `99.2%`. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  return `${Math.round((part / whole) * 1000) / 10}%`;
}

/** The cores' time (µs, summed over cores) until the last task is done. */
export function coreTotal(s: StopFigures): number {
  return s.busy + s.switching + s.idle;
}

/** Which of three regimes a stop is in: cores mostly idle, partly busy, or always busy. */
export function coreRegime(s: StopFigures): 'idle' | 'partly' | 'saturated' {
  const idle = s.idle / coreTotal(s);
  return idle >= 0.5 ? 'idle' : idle < 0.01 ? 'saturated' : 'partly';
}

function memory(s: StopFigures, ctx: ScalingContext): string {
  const one = s.tasks === 1;
  const base =
    `${capitalize(threadCount(s.tasks))} ${one ? 'reserves' : 'reserve'} ${formatBytes(s.reserved)} of address space ` +
    `but really ${one ? 'uses' : 'use'} about ${formatBytes(s.resident)} of memory`;
  if (s.reserved <= ctx.ram) return `${base}.`;
  return `${base}; the reservation is ${formatSignificant(s.reserved / ctx.ram, 2)} times a ${formatBytes(ctx.ram)} machine's RAM.`;
}

function cores(s: StopFigures, ctx: ScalingContext): string {
  const total = coreTotal(s);
  const wait = s.meanWait === 0 ? 'no thread ever waits for a core' : `a ready thread waits ${formatDuration(s.meanWait)} for a core on average`;
  switch (coreRegime(s)) {
    case 'idle':
      return `The ${ctx.cores} cores are idle ${formatShare(s.idle, total)} of the time, and ${wait}.`;
    case 'partly':
      return `The cores are busy ${formatShare(s.busy + s.switching, total)} of the time, ${formatShare(s.switching, total)} switching, and ${wait}.`;
    case 'saturated':
      return `The cores are always busy, ${formatShare(s.switching, total)} of the time switching, and ${wait}.`;
  }
}

function statuses(threads: number): { past: LimitMark[]; near: LimitMark[]; next: LimitMark | undefined } {
  return {
    past: LIMIT_MARKS.filter((m) => limitStatus(m, threads) === 'past'),
    near: LIMIT_MARKS.filter((m) => limitStatus(m, threads) === 'near'),
    next: LIMIT_MARKS.find((m) => limitStatus(m, threads) === 'below'),
  };
}

function beyondScale(m: LimitMark): string {
  return m.value > 100_000 ? ', beyond the end of the scale' : '';
}

/** The marks in a few words: "Past the C10K mark. Next: the default pid_max at 32,768." */
function limitsShort(threads: number): string {
  const { past, near, next } = statuses(threads);
  const parts: string[] = [];
  if (past.length > 0) parts.push(`${threads === past.at(-1)!.value ? 'At' : 'Past'} ${listWords(past.map((m) => m.name))}.`);
  if (near.length > 0) parts.push(`${capitalize(listWords(near.map((m) => m.name)))} may already stop a process here.`);
  if (next) parts.push(`Next: ${next.name} at ${count(next.value)}${beyondScale(next)}.`);
  return parts.join(' ');
}

/** The marks in full sentences, saying what each one limits. */
function limitsFull(threads: number): string {
  const { past, near, next } = statuses(threads);
  const parts: string[] = [];
  if (past.length > 0) parts.push(`It is ${threads === past.at(-1)!.value ? 'at' : 'past'} ${listWords(past.map((m) => m.phrase))}.`);
  for (const m of near) if (m.near) parts.push(m.near);
  if (next) parts.push(`Next on the scale: ${next.phrase}${beyondScale(next)}.`);
  return parts.join(' ');
}

function coresFull(s: StopFigures, ctx: ScalingContext): string {
  const total = coreTotal(s);
  const split =
    `Until the last task is done, at ${formatDuration(s.makespan)}, the ${ctx.cores} cores spend ${formatShare(s.busy, total)} of their time ` +
    `running tasks, ${formatShare(s.switching, total)} on ${count(s.switches)} context switch${s.switches === 1 ? '' : 'es'} ` +
    `and ${formatShare(s.idle, total)} idle`;
  const regime = coreRegime(s);
  const why = regime === 'idle' ? ': the tasks spend most of their lives waiting for their round trips' : regime === 'saturated' ? ': there is always a thread ready to run' : '';
  if (s.meanWait === 0) return `${split}${why}. A thread never waits for a core.`;
  const wait = `A thread that becomes ready waits ${formatDuration(s.meanWait)} on average before it runs`;
  const ratio = s.meanWait >= ctx.io ? `: ${formatSignificant(s.meanWait / ctx.io, 2)} times the ${formatDuration(ctx.io)} round trip it was waiting for` : '';
  return `${split}${why}. ${wait}${ratio}.`;
}

/** What one stop shows, in three short sentences: the live narration line. */
export function narrateStop(s: StopFigures, ctx: ScalingContext): string {
  return [memory(s, ctx), cores(s, ctx), limitsShort(s.tasks)].join(' ');
}

/** What one stop shows, in full: a transcript entry. */
export function explainStop(s: StopFigures, ctx: ScalingContext): string {
  const note = s.reserved > ctx.ram ? ' Only the pages a thread touches take memory, so the reservation can exceed the RAM.' : '';
  return [memory(s, ctx) + note, coresFull(s, ctx), limitsFull(s.tasks)].join(' ');
}

/** One transcript entry per stop, labelled with its thread count. */
export function scalingTranscript(stops: readonly StopFigures[], ctx: ScalingContext): TranscriptEntry[] {
  return stops.map((s) => ({ t: s.tasks, label: threadCount(s.tasks), text: explainStop(s, ctx) }));
}

/** The whole diagram in words: what is on it and how the numbers change from one end to the other. */
export function describeScaling(stops: readonly StopFigures[], ctx: ScalingContext): string {
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return '';
  const share = (s: StopFigures): string => formatShare(s.switching, coreTotal(s));
  const marks = LIMIT_MARKS.map((m) => `${m.name} at ${count(m.value)}${beyondScale(m)}`);
  return (
    `A scale of task counts from ${count(first.tasks)} to ${count(last.tasks)}, one thread per task, with meters for the memory ` +
    `the threads reserve and really use, for how the ${ctx.cores} cores spend their time, and for how long a ready thread waits for a core. ` +
    `From one end to the other, reserved address space grows from ${formatBytes(first.reserved)} to ${formatBytes(last.reserved)} ` +
    `and memory really used from ${formatBytes(first.resident)} to ${formatBytes(last.resident)}; the share of core time spent on ` +
    `context switches grows from ${share(first)} to ${share(last)} and levels off once the cores are always busy; the average wait ` +
    `for a core grows from ${formatDuration(first.meanWait)} to ${formatDuration(last.meanWait)}. Marks on the scale: ${listWords(marks)}.`
  );
}
