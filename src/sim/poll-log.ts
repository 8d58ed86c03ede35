/**
 * The poll log: an async run told as a future's life, polls and wakes, derived from the Trace.
 * Pure: a Trace and its Scenario in, entries out, so the diagram, its narration and the tests
 * read the same story.
 *
 * The mapping, for each task of an async run:
 * - each stretch of running that starts with a `run` event is one call of the task's `poll`
 *   (a `run` right after a `hold` is the same poll carrying on after a blocking call);
 * - an `io` step is an await point whose future is not ready: the task's `block` event there is
 *   the poll returning `Pending` (having stored a clone of its waker);
 * - the `wake` event that ends the I/O is the reactor calling that waker, which puts the task back
 *   in the run queue (it does not run it: the next `run` is the next poll);
 * - a `yield` step is an await point whose future wakes its own task and returns `Pending`;
 * - an await point between two stretches of CPU (given in `awaits`) is one whose future is ready
 *   at once: the poll goes straight on, and the entry says so;
 * - `finish` is the poll that returns `Ready`.
 */
import type { Scenario, Step } from './scenario.ts';
import type { Trace } from './trace.ts';

/** One line of the log. `task` is the task's index; `awaitNo` counts a task's await points from 1. */
export type PollLogEntry =
  /** The executor calls the task's poll (`n`-th time); it resumes after await `from` (0: the top). */
  | { readonly type: 'poll'; readonly t: number; readonly task: number; readonly n: number; readonly from: number }
  /** An await on a future that is ready at once: the poll goes on without giving the thread back. */
  | { readonly type: 'through'; readonly t: number; readonly task: number; readonly n: number; readonly awaitNo: number }
  /** The poll returns Pending at await `awaitNo`, until `until` (I/O) or at once (`self`: a yield). */
  | {
      readonly type: 'pending';
      readonly t: number;
      readonly task: number;
      readonly n: number;
      readonly awaitNo: number;
      readonly by: 'reactor' | 'self';
    }
  /** The task's waker is called (by the reactor, or by the future itself): back in the run queue. */
  | { readonly type: 'wake'; readonly t: number; readonly task: number; readonly awaitNo: number; readonly by: 'reactor' | 'self' }
  /** The `n`-th poll returns Ready: the future is done and must not be polled again. */
  | { readonly type: 'ready'; readonly t: number; readonly task: number; readonly n: number };

export type PollLogType = PollLogEntry['type'];

const isCpuLike = (s: Step): boolean => 'cpu' in s || 'block' in s;
const length = (s: Step): number => ('cpu' in s ? s.cpu : 'block' in s ? s.block : 0);

/**
 * The log of an async run, in time order (entries at one instant in the order they happen).
 * `awaits` gives, per task name, the step index of each await point in order: an `io` or `yield`
 * step, or the index of a cpu step (or the number of steps) where a ready await sits. A task
 * without an entry has an await point at each of its `io` and `yield` steps.
 */
export function pollLog(
  trace: Trace,
  scenario: Scenario,
  awaits: Readonly<Record<string, readonly number[]>> = {},
): PollLogEntry[] {
  if (trace.model !== 'async') throw new RangeError('pollLog: only an async run has polls');
  const tasks = scenario.tasks.map((spec) => {
    const steps = spec.steps;
    const at = awaits[spec.name] ?? steps.flatMap((s, i) => ('io' in s || 'yield' in s ? [i] : []));
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      if (('io' in s || 'yield' in s) && !at.includes(i)) {
        throw new RangeError(`pollLog: ${spec.name}'s step ${i} gives the thread back but is not in its await points`);
      }
    }
    return { steps, at, step: 0, polls: 0, resume: 0, held: false };
  });
  /** Entries with a sort key: time, then the order they happen in at that time. */
  const out: { e: PollLogEntry; key: number }[] = [];
  const awaitNo = (task: number, step: number): number => tasks[task]!.at.indexOf(step) + 1;

  for (let i = 0; i < trace.eventCount; i++) {
    const e = trace.event(i);
    if (e.type === 'idle' || e.type === 'arrive' || e.type === 'dispatch' || e.type === 'switch') continue;
    const k = tasks[e.task]!;
    switch (e.type) {
      case 'hold':
        k.held = true;
        break;
      case 'run': {
        if (k.held) {
          k.held = false; // the blocking call is over; the same poll carries on
          break;
        }
        k.polls += 1;
        out.push({ e: { type: 'poll', t: e.t, task: e.task, n: k.polls, from: k.resume }, key: i });
        // Walk the stretch this poll runs, noting the ready awaits it passes on the way.
        let t = e.t;
        for (let s = k.step; s <= k.steps.length; s++) {
          const step = k.steps[s];
          if (step !== undefined && !isCpuLike(step)) break;
          const no = awaitNo(e.task, s);
          if (no > 0) out.push({ e: { type: 'through', t, task: e.task, n: k.polls, awaitNo: no }, key: t === e.t ? i + 0.5 : -1 });
          if (step === undefined) break;
          t += length(step);
        }
        break;
      }
      case 'block':
      case 'yield': {
        // Where the poll stopped: the first step from here that gives the thread back.
        let s = k.step;
        while (s < k.steps.length && isCpuLike(k.steps[s]!)) s++;
        const no = awaitNo(e.task, s);
        const by = e.type === 'block' ? 'reactor' : 'self';
        out.push({ e: { type: 'pending', t: e.t, task: e.task, n: k.polls, awaitNo: no, by }, key: i });
        if (by === 'self') out.push({ e: { type: 'wake', t: e.t, task: e.task, awaitNo: no, by }, key: i + 0.25 });
        k.step = s + 1;
        k.resume = no;
        break;
      }
      case 'wake':
        out.push({ e: { type: 'wake', t: e.t, task: e.task, awaitNo: k.resume, by: 'reactor' }, key: i });
        break;
      case 'finish':
        out.push({ e: { type: 'ready', t: e.t, task: e.task, n: k.polls }, key: i });
        k.step = k.steps.length;
        break;
      case 'preempt':
        break;
    }
  }
  // Stable: equal keys keep the order they were pushed in.
  return out.sort((a, b) => a.e.t - b.e.t || a.key - b.key).map((x) => x.e);
}

/** Where a task's future is at time t, read from its log. */
export interface FutureAt {
  /**
   * `new`: not polled yet; `running`: inside a poll; `suspended`: returned Pending, not woken yet;
   * `queued`: woken, waiting in the run queue for its next poll; `done`: returned Ready.
   */
  readonly phase: 'new' | 'running' | 'suspended' | 'queued' | 'done';
  /**
   * The await point the future is at: where it is suspended (or queued), the last one a running
   * poll resumed from or passed, 0 for the top of the function (new, or running from the start).
   */
  readonly awaitNo: number;
  /** Whether, while running, the future has just gone through a ready await (`awaitNo`). */
  readonly passedReady: boolean;
  /** Polls so far, counting one that is running. */
  readonly polls: number;
  /** The await the future last resumed from (while running), 0 from the top. */
  readonly resumedFrom: number;
  /** When the future last changed (the time of its latest entry), or -1 before its first. */
  readonly since: number;
}

/** The state of `task`'s future at t (after everything that happens at t). */
export function futureAt(log: readonly PollLogEntry[], task: number, t: number): FutureAt {
  let at: FutureAt = { phase: 'new', awaitNo: 0, passedReady: false, polls: 0, resumedFrom: 0, since: -1 };
  for (const e of log) {
    if (e.t > t) break;
    if (e.task !== task) continue;
    switch (e.type) {
      case 'poll':
        at = { phase: 'running', awaitNo: e.from, passedReady: false, polls: e.n, resumedFrom: e.from, since: e.t };
        break;
      case 'through':
        at = { ...at, awaitNo: e.awaitNo, passedReady: true, since: e.t };
        break;
      case 'pending':
        at = { ...at, phase: 'suspended', awaitNo: e.awaitNo, passedReady: false, since: e.t };
        break;
      case 'wake':
        at = { ...at, phase: 'queued', since: e.t };
        break;
      case 'ready':
        at = { ...at, phase: 'done', passedReady: false, since: e.t };
        break;
    }
  }
  return at;
}

/** How many entries of the log have happened by time t: entries [0, n). */
export function entriesUpTo(log: readonly PollLogEntry[], t: number): number {
  let n = 0;
  while (n < log.length && log[n]!.t <= t) n++;
  return n;
}

/** One entry per line, for snapshots and reading by hand: `120 wake H await1 by reactor`. */
export function formatPollLog(log: readonly PollLogEntry[], names: readonly string[]): string[] {
  return log.map((e) => {
    const who = `${e.t} ${e.type} ${names[e.task] ?? `#${e.task}`}`;
    switch (e.type) {
      case 'poll':
        return `${who} #${e.n} from ${e.from === 0 ? 'top' : `await${e.from}`}`;
      case 'through':
        return `${who} #${e.n} await${e.awaitNo} ready`;
      case 'pending':
        return `${who} #${e.n} await${e.awaitNo} woken by ${e.by}`;
      case 'wake':
        return `${who} await${e.awaitNo} by ${e.by}`;
      case 'ready':
        return `${who} #${e.n}`;
    }
  });
}
