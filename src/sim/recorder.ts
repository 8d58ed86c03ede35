/**
 * What the engine writes down while it runs, in flat columns: the events, each core's segments,
 * and the run queue's entries. Task states are not recorded separately: every state change is an
 * event of that task, and the Trace indexes events by task instead.
 *
 * Memory matters here more than anywhere: at 100,000 tasks a run records millions of rows, and
 * every megabyte of new typed arrays pushes V8 towards a full garbage collection that must walk
 * the whole scenario. So columns are as narrow as they can be and nothing is stored twice.
 */
import { F64, I32, U8 } from './grow.ts';
import { SEGMENT_KINDS, type TraceColumns } from './trace.ts';
import type { Model } from './scenario.ts';

export const K_IDLE = SEGMENT_KINDS.indexOf('idle');
export const K_SWITCH = SEGMENT_KINDS.indexOf('switch');
export const K_RUN = SEGMENT_KINDS.indexOf('run');
export const K_HELD = SEGMENT_KINDS.indexOf('held');

/** One core's segments: contiguous, so each ends where the next starts (the last at the makespan). */
class CoreSegments {
  readonly kind: U8;
  readonly task: I32;
  readonly start: F64;
  constructor(capacity: number) {
    this.kind = new U8(capacity);
    this.task = new I32(capacity);
    this.start = new F64(capacity);
  }
}

export class Recorder {
  /** The current instant (ns); every record is stamped with it. */
  now = 0;
  // The event columns grow together, so they share one length and one capacity check.
  eT: Float64Array;
  eType: Uint8Array;
  eTask: Int32Array;
  eCore: Int32Array;
  /** For a switch, the task switched away from; -1 otherwise. */
  eFrom: Int32Array;
  eLength = 0;
  readonly qTask: I32;
  readonly qEnq: F64;
  readonly qDeq: F64;
  private readonly segs: CoreSegments[];
  /** The open segment of each core: what it has been doing since segFrom. */
  private readonly segKind: Uint8Array;
  private readonly segTask: Int32Array;
  private readonly segFrom: Float64Array;

  /** Capacities come from the workload's size (columns grow if the guess is short). */
  constructor(tasks: number, steps: number, cores: number) {
    const ev = 2 * tasks + 3 * steps + 2 * cores;
    const q = steps + tasks;
    this.eT = new Float64Array(ev);
    this.eType = new Uint8Array(ev);
    this.eTask = new Int32Array(ev);
    this.eCore = new Int32Array(ev);
    this.eFrom = new Int32Array(ev);
    this.qTask = new I32(q);
    this.qEnq = new F64(q);
    this.qDeq = new F64(q);
    const perCore = Math.ceil((2 * steps + tasks) / cores) + 4;
    this.segs = Array.from({ length: cores }, () => new CoreSegments(perCore));
    this.segKind = new Uint8Array(cores).fill(K_IDLE);
    this.segTask = new Int32Array(cores).fill(-1);
    this.segFrom = new Float64Array(cores);
  }

  event(type: number, task: number, core: number, from = -1): void {
    const i = this.eLength;
    if (i === this.eT.length) this.growEvents();
    this.eT[i] = this.now;
    this.eType[i] = type;
    this.eTask[i] = task;
    this.eCore[i] = core;
    this.eFrom[i] = from;
    this.eLength = i + 1;
  }

  private growEvents(): void {
    const size = this.eT.length * 2;
    const grow = <T extends Float64Array | Uint8Array | Int32Array>(a: T, make: new (n: number) => T): T => {
      const next = new make(size);
      next.set(a);
      return next;
    };
    this.eT = grow(this.eT, Float64Array);
    this.eType = grow(this.eType, Uint8Array);
    this.eTask = grow(this.eTask, Int32Array);
    this.eCore = grow(this.eCore, Int32Array);
    this.eFrom = grow(this.eFrom, Int32Array);
  }

  /** A core starts doing something else; the stretch it ends is kept unless it lasted no time. */
  segment(core: number, kind: number, task: number): void {
    if (this.segKind[core] === kind && this.segTask[core] === task) return; // the same stretch goes on
    this.close(core);
    this.segKind[core] = kind;
    this.segTask[core] = task;
    this.segFrom[core] = this.now;
  }

  /** Ends a core's open segment at `now`. */
  close(core: number): void {
    if (this.now > this.segFrom[core]!) {
      const s = this.segs[core]!;
      s.kind.push(this.segKind[core]!);
      s.task.push(this.segTask[core]!);
      s.start.push(this.segFrom[core]!);
    }
  }

  /** A task joins the back of the run queue. */
  join(task: number): void {
    this.qTask.push(task);
    this.qEnq.push(this.now);
    this.qDeq.push(Infinity);
  }

  /** Queue entry `entry` leaves it now. */
  leave(entry: number): void {
    this.qDeq.data[entry] = this.now;
  }

  columns(model: Model, cores: number, taskNames: readonly string[], arrivals: Float64Array, switchCost: number, makespanNs: number, ioBusyNs: number): TraceColumns {
    return {
      model,
      cores,
      taskNames,
      arrivals,
      switchCost,
      ev: {
        t: this.eT.subarray(0, this.eLength),
        type: this.eType.subarray(0, this.eLength),
        task: this.eTask.subarray(0, this.eLength),
        core: this.eCore.subarray(0, this.eLength),
        from: this.eFrom.subarray(0, this.eLength),
      },
      seg: this.segs.map((s) => ({ kind: s.kind.done(), task: s.task.done(), start: s.start.done() })),
      queue: { task: this.qTask.done(), enq: this.qEnq.done(), deq: this.qDeq.done() },
      makespanNs,
      ioBusyNs,
    };
  }
}
