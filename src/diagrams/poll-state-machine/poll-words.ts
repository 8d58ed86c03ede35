/**
 * Words and view model for lesson 8's diagram, "poll-state-machine": the poll log's lines, the
 * narration at each instant, the transcript, where the code's marker sits and what each state of
 * the state machine says. Pure functions of the trace and its poll log (src/sim/poll-log.ts), so
 * the picture, the live narration and the tests all tell the same story.
 */
import type { Trace } from '../../sim/index.ts';
import { futureAt, type FutureAt, type PollLogEntry } from '../../sim/poll-log.ts';
import { capitalize, formatUs } from '../kit/format.ts';
import type { Stops } from '../kit/use-playback.ts';

/** What the diagram calls the things the trace only numbers. */
export interface PollWords {
  /** The task whose future the diagram follows (its code and state machine are shown). */
  readonly focus: number;
  /** Per await point of the focus task (1-based, index 0 unused): what it awaits, e.g. `read_request()`. */
  readonly awaits: readonly string[];
  /** Per await point: what the reactor learns when its I/O is done, e.g. `the request’s bytes are in`. */
  readonly ioDone: readonly string[];
}

const awaitName = (w: PollWords, task: number, k: number): string =>
  (task === w.focus ? w.awaits[k] : undefined) ?? `the future at await ${k}`;
const ioDone = (w: PollWords, task: number, k: number): string =>
  (task === w.focus ? w.ioDone[k] : undefined) ?? 'its I/O is done';

/** One log line without its time: who acts, and what happens. */
export function logLine(e: PollLogEntry, names: readonly string[], w: PollWords): { who: string; text: string } {
  const name = names[e.task] ?? '?';
  switch (e.type) {
    case 'poll':
      return {
        who: 'executor',
        text: `poll #${e.n} of ${name}: ${e.from === 0 ? 'runs from the top' : `resumes at await ${e.from}`}`,
      };
    case 'through':
      return { who: name, text: `${awaitName(w, e.task, e.awaitNo)} is ready at once: await ${e.awaitNo} goes straight on` };
    case 'pending':
      return e.by === 'reactor'
        ? { who: name, text: `${awaitName(w, e.task, e.awaitNo)} not ready: waker stored, poll returns Pending` }
        : { who: name, text: `yields at await ${e.awaitNo}: wakes its own task, returns Pending` };
    case 'wake':
      return e.by === 'reactor'
        ? { who: 'reactor', text: `${ioDone(w, e.task, e.awaitNo)}: waker.wake(), ${name} back in the run queue` }
        : { who: name, text: `waker.wake(): ${name} back in the run queue` };
    case 'ready':
      return { who: name, text: `poll #${e.n} returns Ready: done` };
  }
}

/** The instants worth stopping at: every trace event's and every log entry's, as a playback clock. */
export function pollStops(trace: Trace, log: readonly PollLogEntry[]): Stops & { readonly times: readonly number[] } {
  const times = [...new Set([...trace.eventTimes(), ...log.map((e) => e.t)])].sort((a, b) => a - b);
  return {
    times,
    makespan: trace.makespan,
    nextEventTime: (t) => times.find((x) => x > t) ?? null,
    prevEventTime: (t) => {
      for (let i = times.length - 1; i >= 0; i--) if (times[i]! < t) return times[i]!;
      return null;
    },
  };
}

/** The last stop at or before t (0 before the first). */
export function instantAt(times: readonly number[], t: number): number {
  let at = 0;
  for (const x of times) if (x <= t) at = x;
  return at;
}

/** Where the code's marker sits: the line (1-based) and what the future is doing there. */
export interface CodeMarker {
  readonly line: number;
  readonly kind: 'running' | 'suspended' | 'done';
  /** The marker in words, e.g. `suspended at await 1, in the run queue`. */
  readonly text: string;
}

/**
 * The code's marker for a future whose `async fn` starts on line 1 and has await k on line k + 1,
 * with `lines` lines in all (the last is the closing brace), at time t. At the instant a poll
 * starts, a running future is where it resumes: line 1 for the first poll, else the line of the
 * await it stopped at; at the instant it passes a ready await, on that await's line. In between it
 * is on the line after. A suspended future is on its await's line.
 */
export function codeMarker(at: FutureAt, lines: number, t: number): CodeMarker {
  switch (at.phase) {
    case 'new':
      return { line: 1, kind: 'suspended', text: 'not polled yet: nothing has run' };
    case 'running': {
      const instant = t === at.since;
      if (at.passedReady) {
        return instant
          ? { line: at.awaitNo + 1, kind: 'running', text: `await ${at.awaitNo} is ready at once: goes straight on` }
          : { line: Math.min(lines - 1, at.awaitNo + 2), kind: 'running', text: `running: went straight on past await ${at.awaitNo}` };
      }
      if (at.awaitNo === 0) {
        return instant
          ? { line: 1, kind: 'running', text: 'the first poll starts at the top' }
          : { line: 2, kind: 'running', text: 'running: the first poll runs from the top' };
      }
      return instant
        ? { line: at.awaitNo + 1, kind: 'running', text: `poll #${at.polls} resumes here, at await ${at.awaitNo}` }
        : { line: Math.min(lines - 1, at.awaitNo + 2), kind: 'running', text: `running: resumed at await ${at.awaitNo}` };
    }
    case 'suspended':
      return { line: at.awaitNo + 1, kind: 'suspended', text: `suspended at await ${at.awaitNo}, waiting to be woken` };
    case 'queued':
      return { line: at.awaitNo + 1, kind: 'suspended', text: `suspended at await ${at.awaitNo}, woken: in the run queue` };
    case 'done':
      return { line: lines, kind: 'done', text: 'done: returned Ready' };
  }
}

/** What one box of the state machine says at the playhead (state k: 0 Start, 1 … n awaits, n + 1 Done). */
export interface StateTag {
  readonly kind: 'stored' | 'polled' | 'skipped' | 'none';
  readonly text: string;
}

/** The tag of state `k` of `count` states for a future at `at`. */
export function stateTag(at: FutureAt, k: number, count: number): StateTag {
  const done = count - 1;
  switch (at.phase) {
    case 'new':
      return k === 0 ? { kind: 'stored', text: 'the state now: not polled yet' } : { kind: 'none', text: '' };
    case 'running':
      if (at.passedReady && k === at.awaitNo) return { kind: 'skipped', text: 'passed: its future was ready' };
      if (k === at.resumedFrom) return { kind: 'polled', text: `being polled (poll #${at.polls}): resumed from here` };
      return { kind: 'none', text: '' };
    case 'suspended':
    case 'queued':
      return k === at.awaitNo
        ? { kind: 'stored', text: at.phase === 'queued' ? 'the state now: woken, in the run queue' : 'the state now: Pending, waiting' }
        : { kind: 'none', text: '' };
    case 'done':
      return k === done ? { kind: 'stored', text: 'the state now: polling again may panic' } : { kind: 'none', text: '' };
  }
}

/** Which arrow of the state machine a running poll is on (from state k to k + 1), or -1. */
export function activeArrow(at: FutureAt): number {
  return at.phase === 'running' ? at.awaitNo : -1;
}

/** The narration of one instant: what happened at `t`, and why. */
export function narratePoll(trace: Trace, log: readonly PollLogEntry[], t: number, w: PollWords): string {
  const names = trace.taskNames;
  const name = (i: number): string => names[i] ?? '?';
  const parts: string[] = [];
  const { from, to } = trace.eventsAt(t);
  const busy = (): number => {
    const seg = trace.coreAt(0, t);
    return seg.kind === 'run' || seg.kind === 'held' ? seg.task : -1;
  };
  for (let i = from; i < to; i++) {
    const e = trace.event(i);
    if (e.type !== 'arrive') continue;
    const polledNow = log.some((x) => x.type === 'poll' && x.t === t && x.task === e.task);
    const runner = busy();
    parts.push(
      polledNow
        ? `${name(e.task)} is spawned and joins the run queue`
        : `${name(e.task)} is spawned and joins the run queue. ${runner >= 0 ? `${name(runner)}’s poll is still running, so ${name(e.task)} waits` : ''}`.trim(),
    );
  }
  for (const e of log) {
    if (e.t !== t) continue;
    const n = name(e.task);
    switch (e.type) {
      case 'poll':
        parts.push(
          e.n === 1
            ? `the executor polls ${n} for the first time (poll #1): its code runs from the top`
            : `the executor polls ${n} again (poll #${e.n}): ${n} resumes at await ${e.from}, where it stopped`,
        );
        break;
      case 'through':
        parts.push(
          `at await ${e.awaitNo}, ${awaitName(w, e.task, e.awaitNo)} is ready at once, so the .await goes straight on: ${n}’s poll does not return, and ${n} keeps the thread`,
        );
        break;
      case 'pending':
        parts.push(
          e.by === 'reactor'
            ? `at await ${e.awaitNo}, ${awaitName(w, e.task, e.awaitNo)} is not ready, so ${n}’s poll stores a clone of the waker and returns Pending`
            : `${n} yields at await ${e.awaitNo}: its poll wakes its own task and returns Pending`,
        );
        break;
      case 'wake': {
        if (e.by === 'self') break;
        const runner = busy();
        const stillBusy = runner >= 0 && runner !== e.task && trace.coreAt(0, t).start < t;
        parts.push(
          `${ioDone(w, e.task, e.awaitNo)}: the reactor calls ${n}’s waker, and waker.wake() puts ${n} back in the run queue` +
            (stillBusy ? `. It does not run ${n}: the worker thread is still inside ${name(runner)}’s poll, and ${n} waits its turn` : ''),
        );
        break;
      }
      case 'ready':
        parts.push(
          e.task === w.focus
            ? `${n}’s poll returns Ready: ${n} is done after ${e.n} ${e.n === 1 ? 'poll' : 'polls'}, and its future must not be polled again`
            : `${n}’s poll returns Ready: ${n} is done`,
        );
        break;
    }
  }
  for (let i = from; i < to; i++) {
    const e = trace.event(i);
    if (e.type === 'idle' && t < trace.makespan) {
      parts.push('the run queue is empty, so the worker thread sleeps until the reactor wakes a task');
    }
  }
  if (parts.length === 0) {
    const at = futureAt(log, w.focus, t);
    const runner = busy();
    parts.push(runner >= 0 ? `${name(runner)}’s poll is running` : `the worker thread waits; ${name(w.focus)} is ${at.phase}`);
  }
  return `${formatUs(t)}: ${parts.map((p) => `${capitalize(p)}.`).join(' ')}`;
}

/** The transcript: one entry per stop, with its narration. */
export function pollTranscript(trace: Trace, log: readonly PollLogEntry[], times: readonly number[], w: PollWords): { t: number; text: string }[] {
  return times.map((t) => ({ t, text: narratePoll(trace, log, t, w).replace(/^[^:]*: /, '') }));
}
