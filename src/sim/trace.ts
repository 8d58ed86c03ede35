/**
 * The trace: what happened, as data. Diagrams only read it; they never simulate.
 *
 * Three views of one run, all recorded by the engine in one pass:
 * - `events`: the event list (arrive, dispatch, switch, run, block, hold, wake, yield, preempt,
 *   finish, idle), in time order; `event(i)` gives one as an object.
 * - core segments: what each core is doing over time (running a task, switching, held by a
 *   blocking call, idle), covering [0, makespan] without gaps.
 * - the run queue's entries, and each task's events indexed by task, so that `seek(t)` answers
 *   "what is the state at time t" with binary searches instead of a replay: O(log n) per core,
 *   per task and for the queue.
 *
 * Times are stored as integer nanoseconds (exact, so equal instants compare equal) and exposed
 * in microseconds, the unit of scenarios.
 */
import { lowerBound, upperBound } from './grow.ts';
import type { Model } from './scenario.ts';

export const EVENT_TYPES = [
  'arrive',
  'dispatch',
  'switch',
  'run',
  'block',
  'hold',
  'wake',
  'yield',
  'preempt',
  'finish',
  'idle',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One event. `task`/`core` are indices (-1 when not relevant); `from` is the task switched away from. */
export type TraceEvent =
  | { readonly t: number; readonly type: 'arrive' | 'wake'; readonly task: number }
  | { readonly t: number; readonly type: 'dispatch' | 'run' | 'yield' | 'preempt' | 'finish'; readonly task: number; readonly core: number }
  | { readonly t: number; readonly type: 'block' | 'hold'; readonly task: number; readonly core: number; readonly until: number }
  | { readonly t: number; readonly type: 'switch'; readonly task: number; readonly core: number; readonly from: number }
  | { readonly t: number; readonly type: 'idle'; readonly core: number };

export const TASK_STATES = ['new', 'ready', 'running', 'blocked', 'done'] as const;
/** `new`: not arrived yet. The other four are the states every diagram names. */
export type TaskState = (typeof TASK_STATES)[number];

export const SEGMENT_KINDS = ['idle', 'switch', 'run', 'held'] as const;
/** `held`: (async only) a blocking call holds the worker thread; no other task can use it. */
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** A stretch of one core's time. `task` is the task running, switched to, or holding it; -1 when idle. */
export interface Segment {
  readonly core: number;
  readonly kind: SegmentKind;
  readonly task: number;
  readonly start: number;
  readonly end: number;
}

/** The state of the whole system at one instant (the state just after everything at `t` happened). */
export interface Snapshot {
  readonly t: number;
  readonly cores: readonly Segment[];
  /** Tasks in the run queue at `t`, head first. */
  readonly queue: readonly number[];
  /** Number of tasks in each state at `t`. */
  readonly counts: Readonly<Record<TaskState, number>>;
}

/** Raw columns the engine hands over; see Trace for their meaning. Times are integer ns. */
export interface TraceColumns {
  readonly model: Model;
  readonly cores: number;
  readonly taskNames: readonly string[];
  readonly arrivals: Float64Array;
  readonly switchCost: number;
  /** Events in time order; `from` is the task a switch leaves (-1 for other events). */
  readonly ev: { t: Float64Array; type: Uint8Array; task: Int32Array; core: Int32Array; from: Int32Array };
  /** Per core, its segments in time order; each ends where the next starts, the last at the makespan. */
  readonly seg: readonly { kind: Uint8Array; task: Int32Array; start: Float64Array }[];
  /** Run queue entries in FIFO order: who joined when, and when they left. */
  readonly queue: { task: Int32Array; enq: Float64Array; deq: Float64Array };
  readonly makespanNs: number;
  /** Time during which at least one I/O or blocking call was in flight. */
  readonly ioBusyNs: number;
}

const US = 1000; // nanoseconds per microsecond
const toUs = (ns: number): number => ns / US;

/** The state a task is in after an event of each type; -1 for events that change no task's state. */
const DISPATCH = EVENT_TYPES.indexOf('dispatch');

const STATE_AFTER: readonly number[] = EVENT_TYPES.map((type) => {
  switch (type) {
    case 'arrive':
    case 'wake':
    case 'yield':
    case 'preempt':
      return TASK_STATES.indexOf('ready');
    case 'run':
      return TASK_STATES.indexOf('running');
    case 'block':
    case 'hold':
      return TASK_STATES.indexOf('blocked');
    case 'finish':
      return TASK_STATES.indexOf('done');
    default:
      return -1;
  }
});

export class Trace {
  readonly model: Model;
  readonly cores: number;
  readonly taskNames: readonly string[];
  /** Time the last task finished (µs). */
  readonly makespan: number;
  /** Time during which at least one I/O or blocking call was in flight (µs). */
  readonly ioBusy: number;
  readonly switchCost: number;
  private readonly c: TraceColumns;
  /**
   * Each task's state-changing events, grouped by task (event indices, in time order):
   * task i's are byTask[taskStart[i] .. taskStart[i+1]). Built on first use: a run whose report
   * is all that is wanted (the side-by-side tables, the scaling meters) never pays for it.
   */
  private index: { readonly byTask: Int32Array; readonly taskStart: Int32Array } | null = null;
  /** See previousDispatch; built on first use, like the task index. */
  private prevDispatch: Int32Array | null = null;
  /** See countsAt; built on first use, like the task index. */
  private tally: { readonly at: Float64Array; readonly counts: Int32Array } | null = null;

  constructor(columns: TraceColumns) {
    this.c = columns;
    this.model = columns.model;
    this.cores = columns.cores;
    this.taskNames = columns.taskNames;
    this.makespan = toUs(columns.makespanNs);
    this.ioBusy = toUs(columns.ioBusyNs);
    this.switchCost = columns.switchCost;
  }

  private taskIndex(): { readonly byTask: Int32Array; readonly taskStart: Int32Array } {
    return (this.index ??= this.buildIndex());
  }

  /** A counting sort of the state-changing events by task: stable, so each task's stay in time order. */
  private buildIndex(): { byTask: Int32Array; taskStart: Int32Array } {
    const { type, task } = this.c.ev;
    const n = this.taskNames.length;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < type.length; i++) if (STATE_AFTER[type[i]!]! >= 0) start[task[i]! + 1]! += 1;
    for (let k = 0; k < n; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, n);
    const order = new Int32Array(start[n]!);
    for (let i = 0; i < type.length; i++) {
      if (STATE_AFTER[type[i]!]! < 0) continue;
      const k = task[i]!;
      order[fill[k]!] = i;
      fill[k]! += 1;
    }
    return { byTask: order, taskStart: start };
  }

  get taskCount(): number {
    return this.taskNames.length;
  }

  get eventCount(): number {
    return this.c.ev.t.length;
  }

  /** Event i, in time order (events at one instant keep the order they happened in). */
  event(i: number): TraceEvent {
    const { ev } = this.c;
    const t = toUs(ev.t[i]!);
    const type = EVENT_TYPES[ev.type[i]!]!;
    const task = ev.task[i]!;
    const core = ev.core[i]!;
    switch (type) {
      case 'arrive':
      case 'wake':
        return { t, type, task };
      case 'idle':
        return { t, type, core };
      case 'block':
      case 'hold':
        return { t, type, task, core, until: this.nextChange(task, i) };
      case 'switch':
        return { t, type, task, core, from: ev.from[i]! };
      default:
        return { t, type, task, core };
    }
  }

  /** When the task's next state change after event i happens (µs): a block's or hold's end. */
  private nextChange(task: number, i: number): number {
    const { byTask, taskStart } = this.taskIndex();
    const lo = taskStart[task]!;
    const hi = taskStart[task + 1]!;
    // The task's events are in time (and index) order: find the first after event i.
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (byTask[mid]! <= i) a = mid + 1;
      else b = mid;
    }
    return a < hi ? toUs(this.c.ev.t[byTask[a]!]!) : this.makespan;
  }

  /** Time of event i (µs), without building the object. */
  eventTime(i: number): number {
    return toUs(this.c.ev.t[i]!);
  }

  /** All events, as objects. Fine for lesson-sized runs; large ones should page with event(i). */
  events(): TraceEvent[] {
    const out: TraceEvent[] = [];
    for (let i = 0; i < this.eventCount; i++) out.push(this.event(i));
    return out;
  }

  /** End of event i's instant: events [i, instantEnd(i)) happen at the same time as event i. */
  instantEnd(i: number): number {
    return upperBound(this.c.ev.t, this.c.ev.t[i]!);
  }

  /**
   * For a dispatch event i: the task last dispatched on the same core before event i's instant,
   * or -1 (also for any other event). A task dispatched where it ran last needs no switch. One
   * pass over the run on first use, so asking costs the same however long the run is.
   */
  previousDispatch(i: number): number {
    return (this.prevDispatch ??= this.buildPreviousDispatch())[i] ?? -1;
  }

  private buildPreviousDispatch(): Int32Array {
    const { t: times, type, task, core } = this.c.ev;
    const n = times.length;
    const prev = new Int32Array(n).fill(-1);
    // Last dispatch per core before the current instant, and during it.
    const before = new Int32Array(this.cores).fill(-1);
    const during = new Int32Array(this.cores).fill(-1);
    let instantStart = 0;
    for (let i = 0; i <= n; i++) {
      if (i === n || times[i] !== times[instantStart]) {
        for (let c = 0; c < this.cores; c++) if (during[c]! >= 0) (before[c] = during[c]!), (during[c] = -1);
        instantStart = i;
        if (i === n) break;
      }
      if (type[i] === DISPATCH) {
        prev[i] = before[core[i]!]!;
        during[core[i]!] = task[i]!;
      }
    }
    return prev;
  }

  /** Number of events that happen at or before t: events [0, n) have happened by time t. */
  eventsUpTo(t: number): number {
    return upperBound(this.c.ev.t, Math.round(t * US));
  }

  /** Indices [from, to) of the events that happen exactly at t. */
  eventsAt(t: number): { from: number; to: number } {
    const ns = Math.round(t * US);
    return { from: lowerBound(this.c.ev.t, ns), to: upperBound(this.c.ev.t, ns) };
  }

  /** The instants at which something happens, in order, without repeats: the stops for "step". */
  eventTimes(): number[] {
    const out: number[] = [];
    const times = this.c.ev.t;
    for (let i = 0; i < times.length; i++) if (i === 0 || times[i] !== times[i - 1]) out.push(toUs(times[i]!));
    return out;
  }

  /** The first instant after t at which something happens, or null at the end. */
  nextEventTime(t: number): number | null {
    const i = upperBound(this.c.ev.t, Math.round(t * US));
    return i < this.eventCount ? this.eventTime(i) : null;
  }

  /** The last instant before t at which something happens, or null at the start. */
  prevEventTime(t: number): number | null {
    const i = lowerBound(this.c.ev.t, Math.round(t * US));
    return i > 0 ? this.eventTime(i - 1) : null;
  }

  /** Every segment of one core, in time order. */
  segments(core: number): Segment[] {
    const out: Segment[] = [];
    for (let k = 0; k < this.segmentCount(core); k++) out.push(this.segment(core, k));
    return out;
  }

  /** Number of segments of one core; with segment(core, k), pages through large runs. */
  segmentCount(core: number): number {
    return this.c.seg[core]!.start.length;
  }

  /** Segment k of one core. */
  segment(core: number, k: number): Segment {
    const s = this.c.seg[core]!;
    const end = k + 1 < s.start.length ? s.start[k + 1]! : this.c.makespanNs;
    return { core, kind: SEGMENT_KINDS[s.kind[k]!]!, task: s.task[k]!, start: toUs(s.start[k]!), end: toUs(end) };
  }

  /** What core `core` is doing at t: the segment with start <= t < end. */
  coreAt(core: number, t: number): Segment {
    const s = this.c.seg[core]!;
    const ns = Math.round(t * US);
    // Once everything has finished (or before anything exists), the core is idle.
    if (s.start.length === 0 || ns >= this.c.makespanNs) {
      const at = Math.max(0, Math.min(t, this.makespan));
      return { core, kind: 'idle', task: -1, start: at, end: at };
    }
    return this.segment(core, Math.max(0, upperBound(s.start, ns) - 1));
  }

  /** The state of task `task` at t (after everything that happens at t). */
  taskStateAt(task: number, t: number): TaskState {
    const { byTask, taskStart } = this.taskIndex();
    const lo = taskStart[task]!;
    const hi = taskStart[task + 1]!;
    const ns = Math.round(t * US);
    const times = this.c.ev.t;
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (times[byTask[mid]!]! <= ns) a = mid + 1;
      else b = mid;
    }
    return a === lo ? 'new' : TASK_STATES[STATE_AFTER[this.c.ev.type[byTask[a - 1]!]!]!]!;
  }

  /** Each state change of one task, in order: when it became what. */
  taskHistory(task: number): { t: number; state: TaskState }[] {
    const out: { t: number; state: TaskState }[] = [];
    const { byTask, taskStart } = this.taskIndex();
    for (let k = taskStart[task]!; k < taskStart[task + 1]!; k++) {
      const i = byTask[k]!;
      out.push({ t: toUs(this.c.ev.t[i]!), state: TASK_STATES[STATE_AFTER[this.c.ev.type[i]!]!]! });
    }
    return out;
  }

  /**
   * Tasks in the run queue at t, head first. The queue is FIFO, so entries leave in the order they
   * joined: both join and leave times are sorted, and the queue at t is one contiguous range.
   */
  queueAt(t: number): number[] {
    const { from, to } = this.queueRange(t);
    return Array.from(this.c.queue.task.subarray(from, to));
  }

  /** Length of the run queue at t, in O(log n) without building the list. */
  queueLengthAt(t: number): number {
    const { from, to } = this.queueRange(t);
    return to - from;
  }

  private queueRange(t: number): { from: number; to: number } {
    const ns = Math.round(t * US);
    const q = this.c.queue;
    const to = upperBound(q.enq, ns);
    return { from: upperBound(q.deq, ns, 0, to), to };
  }

  /**
   * How many tasks are in each state at t (after everything that happens at t), in O(log n): the
   * counts after each instant are tallied once per trace, so a frame of a 10,000-task run does not
   * look up 10,000 tasks.
   */
  countsAt(t: number): Record<TaskState, number> {
    const { at, counts } = (this.tally ??= this.buildTally());
    const k = upperBound(at, Math.round(t * US)) - 1;
    const out = { new: this.taskCount, ready: 0, running: 0, blocked: 0, done: 0 };
    if (k < 0) return out;
    const row = k * TASK_STATES.length;
    TASK_STATES.forEach((state, s) => (out[state] = counts[row + s]!));
    return out;
  }

  /** One replay of the events: the instants at which some task changes state, and the counts after each. */
  private buildTally(): { at: Float64Array; counts: Int32Array } {
    const { t: times, type, task } = this.c.ev;
    const width = TASK_STATES.length;
    const state = new Uint8Array(this.taskCount); // 0 is 'new'
    const now = new Int32Array(width);
    now[0] = this.taskCount;
    const at: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < times.length; i++) {
      const after = STATE_AFTER[type[i]!]!;
      if (after < 0) continue;
      const k = task[i]!;
      now[state[k]!]! -= 1;
      now[after]! += 1;
      state[k] = after;
      // One row per instant: a later change at the same instant overwrites it.
      if (at.length > 0 && at[at.length - 1] === times[i]) counts.length -= width;
      else at.push(times[i]!);
      for (let s = 0; s < width; s++) counts.push(now[s]!);
    }
    return { at: Float64Array.from(at), counts: Int32Array.from(counts) };
  }

  /** Everything at t: each core's segment, the run queue, and how many tasks are in each state. */
  seek(t: number): Snapshot {
    const cores: Segment[] = [];
    for (let c = 0; c < this.cores; c++) cores.push(this.coreAt(c, t));
    return { t, cores, queue: this.queueAt(t), counts: this.countsAt(t) };
  }

  /** The arrival time of a task (µs). */
  arrival(task: number): number {
    return toUs(this.c.arrivals[task]!);
  }

  /** Raw columns (integer ns), for the report and for renderers that draw thousands of spans. */
  get columns(): TraceColumns {
    return this.c;
  }
}
