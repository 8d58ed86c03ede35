/**
 * What the engine writes down while it runs: events, core segments, task state changes and run
 * queue entries, in flat columns. Kept apart from the scheduling rules so that each file says
 * one thing; the Trace reads these columns afterwards.
 */
import { F64, I32, U8 } from './grow.ts';
import { SEGMENT_KINDS, TASK_STATES, type TraceColumns } from './trace.ts';
import type { Model } from './scenario.ts';

export const S_READY = TASK_STATES.indexOf('ready');
export const S_RUNNING = TASK_STATES.indexOf('running');
export const S_BLOCKED = TASK_STATES.indexOf('blocked');
export const S_DONE = TASK_STATES.indexOf('done');
export const K_IDLE = SEGMENT_KINDS.indexOf('idle');
export const K_SWITCH = SEGMENT_KINDS.indexOf('switch');
export const K_RUN = SEGMENT_KINDS.indexOf('run');
export const K_HELD = SEGMENT_KINDS.indexOf('held');

export class Recorder {
  /** The current instant (ns); every record is stamped with it. */
  now = 0;
  readonly eT: F64;
  readonly eType: U8;
  readonly eTask: I32;
  readonly eCore: I32;
  readonly eArg: F64;
  readonly sCore: I32;
  readonly sKind: U8;
  readonly sTask: I32;
  readonly sStart: F64;
  readonly sEnd: F64;
  readonly xTask: I32;
  readonly xT: F64;
  readonly xState: U8;
  readonly qTask: I32;
  readonly qEnq: F64;
  readonly qDeq: F64;
  /** The open segment of each core: what it has been doing since segFrom. */
  private readonly segKind: Uint8Array;
  private readonly segTask: Int32Array;
  private readonly segFrom: Float64Array;

  /** Capacities are sized from the workload (they grow if the guess is short). */
  constructor(tasks: number, steps: number, cores: number) {
    const ev = 2 * tasks + 3 * steps + 4 * cores;
    const seg = 2 * steps + tasks + cores;
    const st = 2 * steps + 2 * tasks;
    const q = steps + tasks;
    this.eT = new F64(ev);
    this.eType = new U8(ev);
    this.eTask = new I32(ev);
    this.eCore = new I32(ev);
    this.eArg = new F64(ev);
    this.sCore = new I32(seg);
    this.sKind = new U8(seg);
    this.sTask = new I32(seg);
    this.sStart = new F64(seg);
    this.sEnd = new F64(seg);
    this.xTask = new I32(st);
    this.xT = new F64(st);
    this.xState = new U8(st);
    this.qTask = new I32(q);
    this.qEnq = new F64(q);
    this.qDeq = new F64(q);
    this.segKind = new Uint8Array(cores).fill(K_IDLE);
    this.segTask = new Int32Array(cores).fill(-1);
    this.segFrom = new Float64Array(cores);
  }

  event(type: number, task: number, core: number, arg: number): void {
    this.eT.push(this.now);
    this.eType.push(type);
    this.eTask.push(task);
    this.eCore.push(core);
    this.eArg.push(arg);
  }

  state(task: number, state: number): void {
    this.xTask.push(task);
    this.xT.push(this.now);
    this.xState.push(state);
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
      this.sCore.push(core);
      this.sKind.push(this.segKind[core]!);
      this.sTask.push(this.segTask[core]!);
      this.sStart.push(this.segFrom[core]!);
      this.sEnd.push(this.now);
    }
  }

  /** A task joins the back of the run queue; returns its entry's index. */
  join(task: number): void {
    this.state(task, S_READY);
    this.qTask.push(task);
    this.qEnq.push(this.now);
    this.qDeq.push(Infinity);
  }

  /** The queue entry `entry` leaves it now. */
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
      ev: { t: this.eT.done(), type: this.eType.done(), task: this.eTask.done(), core: this.eCore.done(), arg: this.eArg.done() },
      seg: { core: this.sCore.done(), kind: this.sKind.done(), task: this.sTask.done(), start: this.sStart.done(), end: this.sEnd.done() },
      st: { task: this.xTask.done(), t: this.xT.done(), state: this.xState.done() },
      queue: { task: this.qTask.done(), enq: this.qEnq.done(), deq: this.qDeq.done() },
      makespanNs,
      ioBusyNs,
    };
  }
}
