/**
 * What the executor-loop diagram draws at time t, read from the trace (never simulated again):
 * what the one thread is doing, the run queue, the tasks parked on I/O with the time each
 * completes, the tasks done, and what the latest instant at or before t did, so the picture can
 * point at the step of the loop that just happened. Pure.
 */
import type { Trace } from '../../sim/index.ts';

/** A task parked on I/O and when its I/O completes (the `until` of its latest block event). */
export interface Parked {
  readonly task: number;
  readonly until: number;
}

/** What the events of one instant did, grouped by the step of the executor's loop. */
export interface LoopSteps {
  /** The instant; -1 before anything has happened. */
  readonly t: number;
  /** Tasks the thread took from the run queue (dispatched), switching to them or not. */
  readonly taken: readonly number[];
  /** Tasks polled (started running). */
  readonly polled: readonly number[];
  /** Tasks that awaited I/O: their poll returned Pending and they were parked. */
  readonly pending: readonly number[];
  /** Tasks the reactor woke: their I/O completed and they joined the run queue. */
  readonly woken: readonly number[];
  /** Tasks whose poll returned Ready: done. */
  readonly finished: readonly number[];
  /** Tasks spawned into the run queue. */
  readonly spawned: readonly number[];
}

/** The executor's loop at one instant, as the panel draws it. */
export interface ExecutorView {
  /** What the thread does at t: runs `task`, switches to `task`, or is idle (task -1). */
  readonly thread: { readonly kind: 'run' | 'switch' | 'idle' | 'held'; readonly task: number };
  /** The run queue, head first. */
  readonly queue: readonly number[];
  /** Parked tasks, the one whose I/O completes first first (ties in task order). */
  readonly parked: readonly Parked[];
  /** Tasks done, in task order. */
  readonly done: readonly number[];
  readonly latest: LoopSteps;
}

/** What happened at the latest instant at or before t. */
export function latestSteps(trace: Trace, t: number): LoopSteps {
  const steps = { t: -1, taken: [] as number[], polled: [] as number[], pending: [] as number[], woken: [] as number[], finished: [] as number[], spawned: [] as number[] };
  const n = trace.eventsUpTo(t);
  if (n === 0) return steps;
  const at = trace.eventTime(n - 1);
  steps.t = at;
  const { from, to } = trace.eventsAt(at);
  for (let i = from; i < to; i++) {
    const e = trace.event(i);
    if (e.type === 'dispatch') steps.taken.push(e.task);
    else if (e.type === 'run') steps.polled.push(e.task);
    else if (e.type === 'block') steps.pending.push(e.task);
    else if (e.type === 'wake') steps.woken.push(e.task);
    else if (e.type === 'finish') steps.finished.push(e.task);
    else if (e.type === 'arrive') steps.spawned.push(e.task);
  }
  return steps;
}

/**
 * The parked tasks at t with their completion times. Scans back from t only until every blocked
 * task's latest block event is found, so it costs what the recent past costs, not the whole run.
 */
export function parkedAt(trace: Trace, t: number): Parked[] {
  const waiting = new Set<number>();
  for (let task = 0; task < trace.taskCount; task++) if (trace.taskStateAt(task, t) === 'blocked') waiting.add(task);
  const out: Parked[] = [];
  for (let i = trace.eventsUpTo(t) - 1; i >= 0 && waiting.size > 0; i--) {
    const e = trace.event(i);
    if ((e.type === 'block' || e.type === 'hold') && waiting.has(e.task)) {
      waiting.delete(e.task);
      out.push({ task: e.task, until: e.until });
    }
  }
  return out.sort((a, b) => a.until - b.until || a.task - b.task);
}

/** Everything the diagram shows at t. */
export function executorView(trace: Trace, t: number): ExecutorView {
  const seg = trace.coreAt(0, t);
  const done: number[] = [];
  for (let task = 0; task < trace.taskCount; task++) if (trace.taskStateAt(task, t) === 'done') done.push(task);
  return {
    thread: { kind: seg.kind, task: seg.kind === 'idle' ? -1 : seg.task },
    queue: trace.queueAt(t),
    parked: parkedAt(trace, t),
    done,
    latest: latestSteps(trace, t),
  };
}
