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
 * Times are integer nanoseconds inside, so that instants compare exactly.
 */
import { EventHeap } from './heap.ts';
import { F64, I32 } from './grow.ts';
import type { Scenario } from './scenario.ts';
import { EVENT_TYPES, SEGMENT_KINDS, TASK_STATES, Trace, type EventType, type SegmentKind, type TaskState } from './trace.ts';

const NS = 1000;
const toNs = (us: number): number => Math.round(us * NS);

// Step kinds, flattened.
const CPU = 0;
const IO = 1;
const YIELD = 2;
const BLOCK = 3;

// Future-event payloads: id * 4 + kind.
const WAKE = 0; // a task's I/O (or blocking call, in threads) completes
const RUNSTART = 1; // a core finishes switching and starts its task
const PIECE_END = 2; // a core's current stretch of CPU work ends (step done or slice over)
const HOLD_END = 3; // async: a blocking call that held a worker returns

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
const st = (s: TaskState): number => TASK_STATES.indexOf(s);
const S_READY = st('ready');
const S_RUNNING = st('running');
const S_BLOCKED = st('blocked');
const S_DONE = st('done');
const sk = (k: SegmentKind): number => SEGMENT_KINDS.indexOf(k);
const K_IDLE = sk('idle');
const K_SWITCH = sk('switch');
const K_RUN = sk('run');
const K_HELD = sk('held');

/** Runs a (validated) scenario and records everything that happens. */
export function simulate(scenario: Scenario): Trace {
  const n = scenario.tasks.length;
  const cores = scenario.cores;
  const isAsync = scenario.model === 'async';
  const slice = !isAsync && scenario.timeSlice !== null ? toNs(scenario.timeSlice) : Infinity;
  const switchCost = toNs(scenario.switchCost);

  // Flatten the steps: task i's steps are stepKind/stepAmt[stepStart[i] .. stepStart[i+1]).
  const stepStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) stepStart[i + 1] = stepStart[i]! + scenario.tasks[i]!.steps.length;
  const stepKind = new Uint8Array(stepStart[n]!);
  const stepAmt = new Float64Array(stepStart[n]!);
  const arrivals = new Float64Array(n);
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
  // Arrival order: by time, then task-list order.
  const byArrival = Int32Array.from({ length: n }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (arrivals[i]! < arrivals[i - 1]!) sorted = false;
  if (!sorted) byArrival.sort((a, b) => arrivals[a]! - arrivals[b]! || a - b);

  // Per-task runtime state.
  const step = stepStart.slice(0, n); // absolute index of the current step
  const remaining = new Float64Array(n); // ns of CPU left in the current cpu step
  const arrived = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (stepKind[step[i]!] === CPU) remaining[i] = stepAmt[step[i]!]!;

  // Per-core runtime state.
  const cur = new Int32Array(cores).fill(-1);
  const last = new Int32Array(cores).fill(-1);
  const mode = new Uint8Array(cores);
  const sliceLeft = new Float64Array(cores);
  const pieceStart = new Float64Array(cores);
  const segKind = new Uint8Array(cores).fill(K_IDLE);
  const segTask = new Int32Array(cores).fill(-1);
  const segFrom = new Float64Array(cores);
  const announcedIdle = new Uint8Array(cores);

  // Recorded columns.
  const eT = new F64(), eType = new I32(), eTask = new I32(), eCore = new I32(), eArg = new F64();
  const sCore = new I32(), sKind = new I32(), sTask = new I32(), sStart = new F64(), sEnd = new F64();
  const xTask = new I32(), xT = new F64(), xState = new I32();
  const qTask = new I32(), qEnq = new F64(), qDeq = new F64();
  let qHead = 0;
  let ioStart = -1, ioEnd = -1, ioBusy = 0;
  let makespan = 0;

  const heap = new EventHeap();
  let now = 0;

  const emit = (type: number, task: number, core: number, arg = 0): void => {
    eT.push(now), eType.push(type), eTask.push(task), eCore.push(core), eArg.push(arg);
  };
  const setState = (task: number, state: number): void => {
    xTask.push(task), xT.push(now), xState.push(state);
  };
  /** Starts a new segment on a core, closing the current one (dropped if it lasted no time). */
  const closeSegment = (core: number): void => {
    if (now > segFrom[core]!) {
      sCore.push(core), sKind.push(segKind[core]!), sTask.push(segTask[core]!);
      sStart.push(segFrom[core]!), sEnd.push(now);
    }
  };
  const segment = (core: number, kind: number, task: number): void => {
    if (segKind[core] === kind && segTask[core] === task) return; // the same stretch goes on
    closeSegment(core);
    segKind[core] = kind;
    segTask[core] = task;
    segFrom[core] = now;
  };
  const enqueue = (task: number): void => {
    setState(task, S_READY);
    qTask.push(task), qEnq.push(now), qDeq.push(Infinity);
  };
  const waitFor = (amount: number): void => {
    const end = now + amount;
    if (now > ioEnd) {
      if (ioEnd > ioStart) ioBusy += ioEnd - ioStart;
      ioStart = now;
      ioEnd = end;
    } else if (end > ioEnd) ioEnd = end;
  };
  const freeCore = (core: number): void => {
    cur[core] = -1;
    mode[core] = IDLE;
    announcedIdle[core] = 0;
    segment(core, K_IDLE, -1);
  };

  // Slices that ended at this instant; yields and preemptions wait in `late` (see the rules).
  const expired: number[] = [];
  const late: number[] = [];

  /** The task on `core` carries on with its current step, whatever kind it is. */
  const proceed = (core: number, task: number): void => {
    const k = step[task]!;
    if (k === stepStart[task + 1]) {
      emit(E_FINISH, task, core);
      setState(task, S_DONE);
      makespan = now;
      freeCore(core);
      return;
    }
    const kind = stepKind[k]!;
    if (kind === CPU) {
      if (sliceLeft[core]! <= 0) {
        expired.push(core);
        return;
      }
      pieceStart[core] = now;
      heap.push(now + Math.min(remaining[task]!, sliceLeft[core]!), core * 4 + PIECE_END);
      segment(core, K_RUN, task);
    } else if (kind === IO) {
      emit(E_BLOCK, task, core, now + stepAmt[k]!);
      setState(task, S_BLOCKED);
      waitFor(stepAmt[k]!);
      heap.push(now + stepAmt[k]!, task * 4 + WAKE);
      step[task] = k + 1;
      if (stepKind[k + 1] === CPU && k + 1 < stepStart[task + 1]!) remaining[task] = stepAmt[k + 1]!;
      freeCore(core);
    } else if (kind === BLOCK) {
      emit(E_HOLD, task, core, now + stepAmt[k]!);
      setState(task, S_BLOCKED);
      waitFor(stepAmt[k]!);
      mode[core] = HELD;
      segment(core, K_HELD, task);
      heap.push(now + stepAmt[k]!, core * 4 + HOLD_END);
    } else {
      emit(E_YIELD, task, core);
      step[task] = k + 1;
      if (stepKind[k + 1] === CPU && k + 1 < stepStart[task + 1]!) remaining[task] = stepAmt[k + 1]!;
      late.push(task);
      freeCore(core);
    }
  };
  /** Moves the task on `core` to its next step and carries on. */
  const advance = (core: number, task: number): void => {
    const k = step[task]! + 1;
    step[task] = k;
    if (k < stepStart[task + 1]! && stepKind[k] === CPU) remaining[task] = stepAmt[k]!;
    proceed(core, task);
  };
  const startRunning = (core: number): void => {
    const task = cur[core]!;
    mode[core] = RUNNING;
    sliceLeft[core] = slice;
    emit(E_RUN, task, core);
    setState(task, S_RUNNING);
    proceed(core, task);
  };
  const dispatch = (core: number): void => {
    const entry = qHead++;
    const task = qTask.data[entry]!;
    qDeq.data[entry] = now;
    emit(E_DISPATCH, task, core);
    cur[core] = task;
    const from = last[core]!;
    last[core] = task;
    if (from !== -1 && from !== task) {
      emit(E_SWITCH, task, core, from);
      if (switchCost > 0) {
        mode[core] = SWITCHING;
        segment(core, K_SWITCH, task);
        heap.push(now + switchCost, core * 4 + RUNSTART);
        return;
      }
    }
    startRunning(core);
  };

  const coreEvents: number[] = [];
  const ready: number[] = [];
  const byNumber = (a: number, b: number): number => a - b;
  let nextArrival = 0;
  let first = true;

  while (first || heap.size > 0 || nextArrival < n) {
    // The next instant: the earliest future event or arrival (and always t = 0 first).
    now = first ? 0 : Math.min(heap.peekTime(), nextArrival < n ? arrivals[byArrival[nextArrival]!]! : Infinity);
    first = false;
    coreEvents.length = 0;
    ready.length = 0;
    while (heap.size > 0 && heap.peekTime() === now) {
      const p = heap.pop();
      if ((p & 3) === WAKE) ready.push(p >> 2);
      else coreEvents.push(p);
    }
    // 1. Cores whose switch, stretch of work or blocking call ends now, in core order.
    coreEvents.sort(byNumber);
    for (const p of coreEvents) {
      const core = p >> 2;
      const task = cur[core]!;
      const kind = p & 3;
      if (kind === RUNSTART) startRunning(core);
      else if (kind === HOLD_END) {
        mode[core] = RUNNING;
        emit(E_RUN, task, core);
        setState(task, S_RUNNING);
        advance(core, task);
      } else {
        const ran = now - pieceStart[core]!;
        remaining[task] = remaining[task]! - ran;
        sliceLeft[core] = sliceLeft[core]! - ran;
        if (remaining[task]! <= 0) advance(core, task);
        else expired.push(core);
      }
    }
    // 2. Arrivals and wake-ups join the back of the queue, in task-list order.
    while (nextArrival < n && arrivals[byArrival[nextArrival]!] === now) ready.push(byArrival[nextArrival++]!);
    if (ready.length > 1) ready.sort(byNumber);
    for (const task of ready) {
      emit(arrived[task] ? E_WAKE : E_ARRIVE, task, -1);
      arrived[task] = 1;
      enqueue(task);
    }
    // A dispatched task may yield or block at once, so settle the instant until nothing changes.
    do {
      // 3. Tasks that yielded join after those.
      if (late.length > 1) late.sort(byNumber);
      for (const task of late) enqueue(task);
      late.length = 0;
      // 4. Idle cores take the head of the queue, lowest-numbered first.
      for (let c = 0; c < cores && qHead < qTask.length; ) {
        if (mode[c] === IDLE) dispatch(c);
        else c++;
      }
      // 5. Slices that ended: preempt as many threads as there are tasks waiting for a core, in
      //    core order; the others go on. Preempted threads join the back, then their cores
      //    take the head (a task that was already waiting, never one just preempted).
      if (expired.length > 0) {
        expired.sort(byNumber);
        const preempted = expired.splice(0, Math.min(qTask.length - qHead, expired.length));
        const goOn = expired.splice(0);
        for (const core of goOn) {
          sliceLeft[core] = slice;
          proceed(core, cur[core]!);
        }
        const tasks = preempted.map((c) => cur[c]!).sort(byNumber);
        for (const core of preempted) {
          emit(E_PREEMPT, cur[core]!, core);
          cur[core] = -1;
          mode[core] = IDLE;
        }
        for (const task of tasks) enqueue(task);
        for (const core of preempted) if (mode[core] === IDLE && qHead < qTask.length) dispatch(core);
      }
    } while (late.length > 0 || expired.length > 0 || hasIdleCoreAndWork());
    for (let c = 0; c < cores; c++) {
      if (mode[c] === IDLE && !announcedIdle[c]) {
        announcedIdle[c] = 1;
        segment(c, K_IDLE, -1);
        emit(E_IDLE, -1, c);
      }
    }
  }
  if (ioEnd > ioStart) ioBusy += ioEnd - ioStart;
  // Close every core's last segment at the makespan.
  now = makespan;
  for (let c = 0; c < cores; c++) closeSegment(c);

  return new Trace({
    model: scenario.model,
    cores,
    taskNames: scenario.tasks.map((t) => t.name),
    arrivals,
    switchCost: scenario.switchCost,
    ev: { t: eT.done(), type: Uint8Array.from(eType.done()), task: eTask.done(), core: eCore.done(), arg: eArg.done() },
    seg: { core: sCore.done(), kind: Uint8Array.from(sKind.done()), task: sTask.done(), start: sStart.done(), end: sEnd.done() },
    st: { task: xTask.done(), t: xT.done(), state: Uint8Array.from(xState.done()) },
    queue: { task: qTask.done(), enq: qEnq.done(), deq: qDeq.done() },
    makespanNs: makespan,
    ioBusyNs: ioBusy,
  });

  function hasIdleCoreAndWork(): boolean {
    if (qHead >= qTask.length) return false;
    for (let c = 0; c < cores; c++) if (mode[c] === IDLE) return true;
    return false;
  }
}
