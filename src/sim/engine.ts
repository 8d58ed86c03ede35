/**
 * The simulation: a scenario in, a Trace out. Pure and deterministic: no clock, no randomness,
 * no DOM; the same scenario gives the same trace in Node, at build time and in the browser.
 *
 * Rules (they are the course's definitions, so results can be checked by hand):
 * - One FIFO run queue. Tasks that arrive or wake at one instant join its back in task-list order;
 *   a task that yields, or a thread preempted at the end of its slice, joins after those.
 * - An idle core takes the head of the queue at once; idle cores choose in core order.
 * - A core starting a task other than the one it ran last pays `switchCost` first (the first
 *   dispatch on a core is free). A slice that ends while nobody is waiting for a core goes on.
 * - `threads`: preemptive round robin with `timeSlice`; `block` is a blocking call like `io`.
 * - `async`: cooperative; a task runs until it awaits I/O (`io`), yields or finishes. A `block`
 *   step is a blocking call inside the task: it holds its worker thread until it returns.
 *
 * Times are integer nanoseconds inside, so that instants compare exactly. The state lives in a
 * class with typed-array fields so that V8 keeps its methods optimized across runs.
 */
import { EventHeap } from './heap.ts';
import { I32 } from './grow.ts';
import { K_HELD, K_IDLE, K_RUN, K_SWITCH, Recorder } from './recorder.ts';
import type { Scenario } from './scenario.ts';
import { EVENT_TYPES, Trace, type EventType } from './trace.ts';

const NS = 1000;
const toNs = (us: number): number => Math.round(us * NS);

// Step kinds, flattened.
const CPU = 0;
const IO = 1;
const YIELD = 2;
const BLOCK = 3;

// What a core is due to do next. A core has at most one such event pending, so these live in
// per-core slots (`coreDue`), not in the heap: the heap holds only I/O completions (wake-ups).
const RUNSTART = 1; // the core finishes switching and starts its task
const PIECE_END = 2; // the core's current stretch of CPU work ends (step done or slice over)
const HOLD_END = 3; // async: a blocking call that held the worker returns

// Core modes.
const IDLE = 0;
const SWITCHING = 1;
const RUNNING = 2;
const HELD = 3;

const ev = (type: EventType): number => EVENT_TYPES.indexOf(type);
const E_ARRIVE = ev('arrive');
const E_DISPATCH = ev('dispatch');
const E_SWITCH = ev('switch');
const E_RUN = ev('run');
const E_BLOCK = ev('block');
const E_HOLD = ev('hold');
const E_WAKE = ev('wake');
const E_YIELD = ev('yield');
const E_PREEMPT = ev('preempt');
const E_FINISH = ev('finish');
const E_IDLE = ev('idle');

/** Runs a (validated) scenario and records everything that happens. */
export function simulate(scenario: Scenario): Trace {
  return new Engine(scenario).run();
}

class Engine {
  private readonly scenario: Scenario;
  private readonly n: number;
  private readonly cores: number;
  private readonly slice: number;
  private readonly switchCost: number;
  // Steps, flattened: task i's steps are stepKind/stepAmt[stepStart[i] .. stepStart[i+1]).
  private readonly stepStart: Int32Array;
  private readonly stepKind: Uint8Array;
  private readonly stepAmt: Float64Array;
  private readonly arrivals: Float64Array;
  /** Tasks in arrival order: by time, then task-list order. */
  private readonly byArrival: Int32Array;
  // Per task.
  private readonly step: Int32Array; // absolute index of the current step
  private readonly remaining: Float64Array; // ns of CPU left in the current cpu step
  private readonly arrived: Uint8Array;
  private readonly leftCore: Int32Array; // the core a yielding or preempted task just left
  // Per core.
  private readonly cur: Int32Array; // task on the core, or -1
  private readonly last: Int32Array; // task the core ran last, or -1 (a switch is to another)
  private readonly mode: Uint8Array;
  private readonly sliceLeft: Float64Array;
  private readonly pieceStart: Float64Array;
  private readonly announcedIdle: Uint8Array;
  // This instant's work lists (typed stacks: no garbage per instant).
  private readonly coreEvents: I32;
  private readonly ready: I32;
  private readonly late = new I32(64); // yielded at this instant, waiting to join the queue
  private readonly expired: I32; // cores whose slice ended at this instant
  /** I/O completions: payload = task. */
  private readonly heap = new EventHeap();
  /** When each core's pending event is due (Infinity: none), and which kind it is. */
  private readonly coreDue: Float64Array;
  private readonly coreDueKind: Uint8Array;
  /** The earliest of coreDue, kept up to date so an instant scans the cores only when one is due. */
  private minDue = Infinity;
  private readonly rec: Recorder;
  private qHead = 0; // next queue entry to leave
  private nextArrival = 0;
  private ioStart = -1;
  private ioEnd = -1;
  private ioBusy = 0;
  private makespan = 0;
  /** How many cores are idle: lets an instant skip scanning the cores when none is. */
  private idleCores: number;
  /** Cores freed at this instant: those still idle at its end get an `idle` event. */
  private readonly freed: I32;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    const n = (this.n = scenario.tasks.length);
    const cores = (this.cores = scenario.cores);
    const isAsync = scenario.model === 'async';
    this.slice = !isAsync && scenario.timeSlice !== null ? toNs(scenario.timeSlice) : Infinity;
    this.switchCost = toNs(scenario.switchCost);
    const stepStart = (this.stepStart = new Int32Array(n + 1));
    for (let i = 0; i < n; i++) stepStart[i + 1] = stepStart[i]! + scenario.tasks[i]!.steps.length;
    const steps = stepStart[n]!;
    const stepKind = (this.stepKind = new Uint8Array(steps));
    const stepAmt = (this.stepAmt = new Float64Array(steps));
    const arrivals = (this.arrivals = new Float64Array(n));
    for (let i = 0; i < n; i++) {
      const task = scenario.tasks[i]!;
      arrivals[i] = toNs(task.arrival);
      let k = stepStart[i]!;
      for (const s of task.steps) {
        if ('cpu' in s) (stepKind[k] = CPU), (stepAmt[k] = toNs(s.cpu));
        else if ('io' in s) (stepKind[k] = IO), (stepAmt[k] = toNs(s.io));
        else if ('block' in s) (stepKind[k] = isAsync ? BLOCK : IO), (stepAmt[k] = toNs(s.block));
        else stepKind[k] = YIELD;
        k++;
      }
    }
    this.byArrival = new Int32Array(n);
    for (let i = 0; i < n; i++) this.byArrival[i] = i;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (arrivals[i]! < arrivals[i - 1]!) sorted = false;
    if (!sorted) this.byArrival.sort((a, b) => arrivals[a]! - arrivals[b]! || a - b);
    this.step = stepStart.slice(0, n);
    this.remaining = new Float64Array(n);
    for (let i = 0; i < n; i++) if (stepKind[this.step[i]!] === CPU) this.remaining[i] = stepAmt[this.step[i]!]!;
    this.arrived = new Uint8Array(n);
    this.leftCore = new Int32Array(n);
    this.cur = new Int32Array(cores).fill(-1);
    this.last = new Int32Array(cores).fill(-1);
    this.mode = new Uint8Array(cores);
    this.sliceLeft = new Float64Array(cores);
    this.pieceStart = new Float64Array(cores);
    this.announcedIdle = new Uint8Array(cores);
    this.idleCores = cores;
    this.freed = new I32(cores);
    for (let c = 0; c < cores; c++) this.freed.push(c);
    this.coreEvents = new I32(cores);
    this.ready = new I32(64);
    this.expired = new I32(cores);
    this.coreDue = new Float64Array(cores).fill(Infinity);
    this.coreDueKind = new Uint8Array(cores);
    this.rec = new Recorder(n, steps, cores);
  }

  run(): Trace {
    const { heap, n } = this;
    this.instant(0);
    for (;;) {
      let next = Math.min(heap.peekTime(), this.minDue);
      if (this.nextArrival < n) next = Math.min(next, this.arrivals[this.byArrival[this.nextArrival]!]!);
      if (next === Infinity) break;
      this.instant(next);
    }
    this.closeIo();
    const rec = this.rec;
    rec.now = this.makespan;
    for (let c = 0; c < this.cores; c++) rec.close(c);
    const s = this.scenario;
    return new Trace(
      rec.columns(s.model, this.cores, s.tasks.map((t) => t.name), this.arrivals, s.switchCost, this.makespan, this.ioBusy),
    );
  }

  /** Everything that happens at one instant, in the order the rules give. */
  private instant(now: number): void {
    const { heap, rec, coreEvents, ready, cur, coreDue } = this;
    rec.now = now;
    coreEvents.clear();
    ready.clear();
    while (heap.size > 0 && heap.peekTime() === now) ready.push(heap.pop());
    if (this.minDue === now) {
      let min = Infinity;
      for (let c = 0; c < coreDue.length; c++) {
        if (coreDue[c] === now) {
          coreDue[c] = Infinity;
          coreEvents.push(c);
        } else if (coreDue[c]! < min) min = coreDue[c]!;
      }
      this.minDue = min;
    }
    // 1. Cores whose switch, stretch of work or blocking call ends now, in core order.
    for (let i = 0; i < coreEvents.length; i++) {
      const core = coreEvents.data[i]!;
      const task = cur[core]!;
      const kind = this.coreDueKind[core];
      if (kind === RUNSTART) this.startRunning(core);
      else if (kind === HOLD_END) {
        this.mode[core] = RUNNING;
        rec.event(E_RUN, task, core);
        this.advance(core, task);
      } else {
        const ran = now - this.pieceStart[core]!;
        this.remaining[task] = this.remaining[task]! - ran;
        this.sliceLeft[core] = this.sliceLeft[core]! - ran;
        if (this.remaining[task]! <= 0) this.advance(core, task);
        else this.expired.push(core);
      }
    }
    // 2. Arrivals and wake-ups join the back of the queue, in task-list order.
    while (this.nextArrival < this.n && this.arrivals[this.byArrival[this.nextArrival]!] === now) {
      ready.push(this.byArrival[this.nextArrival++]!);
    }
    ready.sort();
    for (let i = 0; i < ready.length; i++) {
      const task = ready.data[i]!;
      rec.event(this.arrived[task] ? E_WAKE : E_ARRIVE, task, -1);
      this.arrived[task] = 1;
      rec.join(task);
    }
    // A dispatched task may yield or block at once, so settle the instant until nothing changes.
    do {
      // 3. Tasks that yielded join after those.
      this.joinLate();
      // 4. Idle cores take the head of the queue, lowest-numbered first.
      this.dispatchIdle();
      // 5. Slices that ended.
      if (this.expired.length > 0) this.endSlices();
    } while (this.late.length > 0 || this.expired.length > 0 || (this.idleCores > 0 && this.qHead < rec.qTask.length));
    const freed = this.freed;
    if (freed.length > 0) {
      freed.sort();
      for (let i = 0; i < freed.length; i++) {
        const c = freed.data[i]!;
        if (this.mode[c] === IDLE && !this.announcedIdle[c]) {
          this.announcedIdle[c] = 1;
          rec.event(E_IDLE, -1, c);
        }
      }
      freed.clear();
    }
  }

  private dispatchIdle(): void {
    const q = this.rec.qTask;
    for (let c = 0; c < this.cores && this.idleCores > 0 && this.qHead < q.length; ) {
      if (this.mode[c] === IDLE) this.dispatch(c);
      else c++;
    }
  }

  /**
   * Preempt as many threads whose slice ended as there are tasks waiting for a core, in core
   * order; the others go on with a fresh slice. Preempted threads join the back of the queue,
   * then their cores take the head: a task that was already waiting, never one just preempted.
   */
  private endSlices(): void {
    const { expired, rec, cur } = this;
    expired.sort();
    const cut = Math.min(rec.qTask.length - this.qHead, expired.length);
    const preempted = Array.from(expired.data.subarray(0, cut));
    const goOn = Array.from(expired.data.subarray(cut, expired.length));
    expired.clear();
    for (const core of goOn) {
      this.sliceLeft[core] = this.slice;
      this.proceed(core, cur[core]!);
    }
    const tasks = preempted.map((c) => cur[c]!).sort((a, b) => a - b);
    for (const core of preempted) {
      this.leftCore[cur[core]!] = core;
      cur[core] = -1;
      this.mode[core] = IDLE;
      this.idleCores++;
    }
    for (const task of tasks) {
      rec.event(E_PREEMPT, task, this.leftCore[task]!);
      rec.join(task);
    }
    for (const core of preempted) if (this.mode[core] === IDLE && this.qHead < rec.qTask.length) this.dispatch(core);
  }

  /** Tasks that yielded join the back of the queue, in task-list order. */
  private joinLate(): void {
    const { late, rec } = this;
    late.sort();
    for (let i = 0; i < late.length; i++) {
      const task = late.data[i]!;
      rec.event(E_YIELD, task, this.leftCore[task]!);
      rec.join(task);
    }
    late.clear();
  }

  /** The head of the queue goes to `core`, through a switch if the core ran another task last. */
  private dispatch(core: number): void {
    const rec = this.rec;
    const entry = this.qHead++;
    const task = rec.qTask.data[entry]!;
    rec.leave(entry);
    rec.event(E_DISPATCH, task, core);
    this.cur[core] = task;
    this.mode[core] = RUNNING; // until startRunning or the switch below says more
    this.idleCores--;
    const from = this.last[core]!;
    this.last[core] = task;
    if (from !== -1 && from !== task) {
      rec.event(E_SWITCH, task, core, from);
      if (this.switchCost > 0) {
        this.mode[core] = SWITCHING;
        rec.segment(core, K_SWITCH, task);
        this.due(core, rec.now + this.switchCost, RUNSTART);
        return;
      }
    }
    this.startRunning(core);
    // A task that yields the moment it starts joins the queue now, before the core looks again.
    if (this.late.length > 0) this.joinLate();
  }

  private startRunning(core: number): void {
    const task = this.cur[core]!;
    this.mode[core] = RUNNING;
    this.sliceLeft[core] = this.slice;
    this.rec.event(E_RUN, task, core);
    this.proceed(core, task);
  }

  /** Moves the task on `core` to its next step and carries on. */
  private advance(core: number, task: number): void {
    const k = this.step[task]! + 1;
    this.step[task] = k;
    if (k < this.stepStart[task + 1]! && this.stepKind[k] === CPU) this.remaining[task] = this.stepAmt[k]!;
    this.proceed(core, task);
  }

  /** The task on `core` carries on with its current step, whatever kind it is. */
  private proceed(core: number, task: number): void {
    const rec = this.rec;
    const now = rec.now;
    const k = this.step[task]!;
    if (k === this.stepStart[task + 1]) {
      rec.event(E_FINISH, task, core);
      this.makespan = now;
      this.freeCore(core);
      return;
    }
    const kind = this.stepKind[k]!;
    const amount = this.stepAmt[k]!;
    if (kind === CPU) {
      if (this.sliceLeft[core]! <= 0) {
        this.expired.push(core);
        return;
      }
      this.pieceStart[core] = now;
      this.due(core, now + Math.min(this.remaining[task]!, this.sliceLeft[core]!), PIECE_END);
      rec.segment(core, K_RUN, task);
    } else if (kind === IO) {
      rec.event(E_BLOCK, task, core);
      this.waitFor(now, amount);
      this.heap.push(now + amount, task);
      this.nextStep(task, k);
      this.freeCore(core);
    } else if (kind === BLOCK) {
      rec.event(E_HOLD, task, core);
      this.waitFor(now, amount);
      this.mode[core] = HELD;
      rec.segment(core, K_HELD, task);
      this.due(core, now + amount, HOLD_END);
    } else {
      // The yield event is recorded when the task joins the queue (joinLate), so that the order
      // of arrive/wake/yield/preempt events is exactly the order tasks join the queue.
      this.leftCore[task] = core;
      this.nextStep(task, k);
      this.late.push(task);
      this.freeCore(core);
    }
  }

  private due(core: number, time: number, kind: number): void {
    this.coreDue[core] = time;
    this.coreDueKind[core] = kind;
    if (time < this.minDue) this.minDue = time;
  }

  /** Past step k, without running anything (after an I/O wait starts, or a yield). */
  private nextStep(task: number, k: number): void {
    this.step[task] = k + 1;
    if (k + 1 < this.stepStart[task + 1]! && this.stepKind[k + 1] === CPU) this.remaining[task] = this.stepAmt[k + 1]!;
  }

  private freeCore(core: number): void {
    this.cur[core] = -1;
    this.mode[core] = IDLE;
    this.idleCores++;
    this.announcedIdle[core] = 0;
    this.freed.push(core);
    this.rec.segment(core, K_IDLE, -1);
  }

  /** Tracks the union of I/O intervals; they start in time order, so one sweep suffices. */
  private waitFor(now: number, amount: number): void {
    const end = now + amount;
    if (now > this.ioEnd) {
      this.closeIo();
      this.ioStart = now;
      this.ioEnd = end;
    } else if (end > this.ioEnd) this.ioEnd = end;
  }

  private closeIo(): void {
    if (this.ioEnd > this.ioStart) this.ioBusy += this.ioEnd - this.ioStart;
    this.ioStart = this.ioEnd;
  }
}
