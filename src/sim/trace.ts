/**
 * The trace: what happened, as data. Diagrams only read it; they never simulate.
 *
 * Three views of one run, all recorded by the engine in one pass:
 * - `events`: the event list (arrive, dispatch, switch, run, block, hold, wake, yield, preempt,
 *   finish, idle), in time order; `event(i)` gives one as an object.
 * - core segments: what each core is doing over time (running a task, switching, held by a
 *   blocking call, idle), covering [0, makespan] without gaps.
 * - task states and the run queue, so that `seek(t)` answers "what is the state at time t"
 *   with binary searches instead of a replay: O(log n) per core, per task and for the queue.
 *
 * Times are stored as integer nanoseconds (exact, so equal instants compare equal) and exposed
 * in microseconds, the unit of scenarios.
 */
import { groupBy, lowerBound, upperBound } from './grow.ts';
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

/** Raw columns the engine hands over; see Trace for their meaning. */
export interface TraceColumns {
  readonly model: Model;
  readonly cores: number;
  readonly taskNames: readonly string[];
  readonly arrivals: Float64Array;
  readonly switchCost: number;
  readonly ev: { t: Float64Array; type: Uint8Array; task: Int32Array; core: Int32Array; arg: Float64Array };
  readonly seg: { core: Int32Array; kind: Uint8Array; task: Int32Array; start: Float64Array; end: Float64Array };
  readonly st: { task: Int32Array; t: Float64Array; state: Uint8Array };
  readonly queue: { task: Int32Array; enq: Float64Array; deq: Float64Array };
  readonly makespanNs: number;
  /** Time during which at least one I/O or blocking call was in flight. */
  readonly ioBusyNs: number;
}

const US = 1000; // nanoseconds per microsecond
const toUs = (ns: number): number => ns / US;

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
  // Segments grouped by core (each core's in time order); task state changes grouped by task.
  private readonly segOrder: Int32Array;
  private readonly segStart: Int32Array;
  private readonly segStartTimes: Float64Array;
  private readonly stOrder: Int32Array;
  private readonly stStart: Int32Array;
  private readonly stTimes: Float64Array;

  constructor(columns: TraceColumns) {
    this.c = columns;
    this.model = columns.model;
    this.cores = columns.cores;
    this.taskNames = columns.taskNames;
    this.makespan = toUs(columns.makespanNs);
    this.ioBusy = toUs(columns.ioBusyNs);
    this.switchCost = columns.switchCost;
    const seg = groupBy(columns.seg.core, columns.cores);
    this.segOrder = seg.order;
    this.segStart = seg.start;
    this.segStartTimes = new Float64Array(seg.order.length);
    for (let i = 0; i < seg.order.length; i++) this.segStartTimes[i] = columns.seg.start[seg.order[i]!]!;
    const st = groupBy(columns.st.task, columns.taskNames.length);
    this.stOrder = st.order;
    this.stStart = st.start;
    this.stTimes = new Float64Array(st.order.length);
    for (let i = 0; i < st.order.length; i++) this.stTimes[i] = columns.st.t[st.order[i]!]!;
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
        return { t, type, task, core, until: toUs(ev.arg[i]!) };
      case 'switch':
        return { t, type, task, core, from: ev.arg[i]! };
      default:
        return { t, type, task, core };
    }
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
    for (let i = this.segStart[core]!; i < this.segStart[core + 1]!; i++) out.push(this.segmentAt(i));
    return out;
  }

  /** Number of segments of one core; with segment(core, k), pages through large runs. */
  segmentCount(core: number): number {
    return this.segStart[core + 1]! - this.segStart[core]!;
  }

  segment(core: number, k: number): Segment {
    return this.segmentAt(this.segStart[core]! + k);
  }

  /** What core `core` is doing at t: the segment with start <= t < end (the last one at the end). */
  coreAt(core: number, t: number): Segment {
    const lo = this.segStart[core]!;
    const hi = this.segStart[core + 1]!;
    const ns = Math.round(t * US);
    // Once everything has finished (or before anything exists), the core is idle.
    if (hi === lo || ns >= this.c.makespanNs) {
      const at = Math.max(0, Math.min(t, this.makespan));
      return { core, kind: 'idle', task: -1, start: at, end: at };
    }
    const k = Math.max(lo, upperBound(this.segStartTimes, ns, lo, hi) - 1);
    return this.segmentAt(k);
  }

  /** The state of task `task` at t (after everything that happens at t). */
  taskStateAt(task: number, t: number): TaskState {
    const lo = this.stStart[task]!;
    const hi = this.stStart[task + 1]!;
    const k = upperBound(this.stTimes, Math.round(t * US), lo, hi) - 1;
    return k < lo ? 'new' : TASK_STATES[this.c.st.state[this.stOrder[k]!]!]!;
  }

  /** Each state change of one task, in order: when it became what. */
  taskHistory(task: number): { t: number; state: TaskState }[] {
    const out: { t: number; state: TaskState }[] = [];
    for (let k = this.stStart[task]!; k < this.stStart[task + 1]!; k++) {
      const row = this.stOrder[k]!;
      out.push({ t: toUs(this.c.st.t[row]!), state: TASK_STATES[this.c.st.state[row]!]! });
    }
    return out;
  }

  /**
   * Tasks in the run queue at t, head first. The queue is FIFO, so entries leave in the order they
   * joined: both join and leave times are sorted, and the queue at t is one contiguous range.
   */
  queueAt(t: number): number[] {
    const { range, task } = this.queueRange(t);
    return Array.from(task.subarray(range.from, range.to));
  }

  /** Length of the run queue at t, in O(log n) without building the list. */
  queueLengthAt(t: number): number {
    const { range } = this.queueRange(t);
    return range.to - range.from;
  }

  private queueRange(t: number): { range: { from: number; to: number }; task: Int32Array } {
    const ns = Math.round(t * US);
    const q = this.c.queue;
    const to = upperBound(q.enq, ns);
    const from = upperBound(q.deq, ns, 0, to);
    return { range: { from, to }, task: q.task };
  }

  /** Everything at t: each core's segment, the run queue, and how many tasks are in each state. */
  seek(t: number): Snapshot {
    const cores: Segment[] = [];
    for (let c = 0; c < this.cores; c++) cores.push(this.coreAt(c, t));
    const counts: Record<TaskState, number> = { new: 0, ready: 0, running: 0, blocked: 0, done: 0 };
    for (let i = 0; i < this.taskCount; i++) counts[this.taskStateAt(i, t)]++;
    return { t, cores, queue: this.queueAt(t), counts };
  }

  /** The arrival time of a task (µs). */
  arrival(task: number): number {
    return toUs(this.c.arrivals[task]!);
  }

  /** Raw columns, for the report and for renderers that draw thousands of spans. */
  get columns(): TraceColumns {
    return this.c;
  }

  private segmentAt(i: number): Segment {
    const row = this.segOrder[i]!;
    const s = this.c.seg;
    return {
      core: s.core[row]!,
      kind: SEGMENT_KINDS[s.kind[row]!]!,
      task: s.task[row]!,
      start: toUs(s.start[row]!),
      end: toUs(s.end[row]!),
    };
  }
}
