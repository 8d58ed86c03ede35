/**
 * The thread state machine at one moment, read from a trace: which box (running, ready, blocked,
 * done) each thread is in at time t, and which moves between boxes happened at the latest instant
 * at or before t (the instant the narration tells). Pure, so the picture, its text alternative
 * and the tests agree. Meant for the threads model: in it, `run` always follows a dispatch.
 */
import type { Trace } from '../../sim/index.ts';
import { formatUs, listWords } from '../kit/format.ts';

/** A move between states; each is drawn as one arrow (preempted and yields share one). */
export type MoveKind = 'spawned' | 'dispatched' | 'yields' | 'preempted' | 'blocks' | 'wakes' | 'finishes';
/** An arrow of the drawing; preempted and yields share one. */
export type Arrow = 'start' | 'dispatch' | 'back' | 'block' | 'wake' | 'finish';

/** The arrow each move is drawn on. */
export const ARROW_OF: Readonly<Record<MoveKind, Arrow>> = {
  spawned: 'start',
  dispatched: 'dispatch',
  yields: 'back',
  preempted: 'back',
  blocks: 'block',
  wakes: 'wake',
  finishes: 'finish',
};

/** One thread's move between states. */
export interface Move {
  readonly task: number;
  readonly kind: MoveKind;
}

/** One core, as the Running box shows it. `switchingTo`: a context switch to that thread is under way. */
export interface CoreSlot {
  readonly core: number;
  readonly task: number;
  readonly switchingTo: number;
}

/** The state machine at one instant: where each thread is, and the moves just made. */
export interface MachineState {
  readonly t: number;
  /** The latest instant at or before t at which something happened, or null before the first. */
  readonly at: number | null;
  /** The moves at `at`, in the order they happened. */
  readonly moves: readonly Move[];
  /** Ready threads in the run queue, head first. */
  readonly queue: readonly number[];
  /** Ready threads already picked for a core, during the context switch to them. */
  readonly switching: readonly { readonly task: number; readonly core: number }[];
  readonly cores: readonly CoreSlot[];
  /** Blocked threads and when their wait ends (µs). */
  readonly blocked: readonly { readonly task: number; readonly until: number }[];
  readonly done: readonly number[];
}

const KIND_OF_EVENT: Readonly<Partial<Record<string, MoveKind>>> = {
  arrive: 'spawned',
  run: 'dispatched',
  yield: 'yields',
  preempt: 'preempted',
  block: 'blocks',
  hold: 'blocks',
  wake: 'wakes',
  finish: 'finishes',
};

/** When task `task`'s current wait ends: the `until` of its latest block at or before t. */
function blockedUntil(trace: Trace, task: number, t: number): number {
  const history = trace.taskHistory(task);
  let since = -1;
  for (const h of history) if (h.t <= t && h.state === 'blocked') since = h.t;
  const { from, to } = trace.eventsAt(since);
  for (let i = from; i < to; i++) {
    const e = trace.event(i);
    if ((e.type === 'block' || e.type === 'hold') && e.task === task) return e.until;
  }
  return Number.NaN;
}

/** Where every thread is at t, and what just moved. */
export function machineAt(trace: Trace, t: number): MachineState {
  const n = trace.eventsUpTo(t);
  const at = n === 0 ? null : trace.eventTime(n - 1);
  const moves: Move[] = [];
  if (at !== null) {
    const { from, to } = trace.eventsAt(at);
    for (let i = from; i < to; i++) {
      const e = trace.event(i);
      const kind = KIND_OF_EVENT[e.type];
      if (kind !== undefined && 'task' in e) moves.push({ task: e.task, kind });
    }
  }
  const cores: CoreSlot[] = [];
  const switching: { task: number; core: number }[] = [];
  for (let core = 0; core < trace.cores; core++) {
    const seg = trace.coreAt(core, t);
    const running = seg.kind === 'run' && trace.taskStateAt(seg.task, t) === 'running' ? seg.task : -1;
    const switchingTo = seg.kind === 'switch' ? seg.task : -1;
    if (switchingTo !== -1) switching.push({ task: switchingTo, core });
    cores.push({ core, task: running, switchingTo });
  }
  const blocked: { task: number; until: number }[] = [];
  const done: number[] = [];
  for (let task = 0; task < trace.taskCount; task++) {
    const state = trace.taskStateAt(task, t);
    if (state === 'blocked') blocked.push({ task, until: blockedUntil(trace, task, t) });
    else if (state === 'done') done.push(task);
  }
  return { t, at, moves, queue: trace.queueAt(t), switching, cores, blocked, done };
}

/**
 * The moves at the latest instant grouped by arrow, as the text of each arrow's tag: the names
 * of the threads that took it ("now: A, B"). The shared "preempted or yields" arrow also says
 * which of the two happened ("now: C yields").
 */
export function arrowTags(trace: Trace, moves: readonly Move[]): Map<Arrow, string> {
  const byArrow = new Map<Arrow, Map<MoveKind, string[]>>();
  for (const m of moves) {
    const arrow = ARROW_OF[m.kind];
    let kinds = byArrow.get(arrow);
    if (!kinds) byArrow.set(arrow, (kinds = new Map()));
    const names = kinds.get(m.kind) ?? [];
    const name = trace.taskNames[m.task] ?? '?';
    if (!names.includes(name)) names.push(name);
    kinds.set(m.kind, names);
  }
  const out = new Map<Arrow, string>();
  for (const [arrow, kinds] of byArrow) {
    const parts = [...kinds].map(([kind, names]) => (arrow === 'back' ? `${names.join(', ')} ${kind}` : names.join(', ')));
    out.set(arrow, `now: ${[...new Set(parts)].join('; ')}`);
  }
  return out;
}

const MOVE_WORDS: Readonly<Record<MoveKind, (name: string) => string>> = {
  spawned: (n) => `${n} is spawned (into ready)`,
  dispatched: (n) => `${n} is dispatched (ready to running)`,
  yields: (n) => `${n} yields (running to ready)`,
  preempted: (n) => `${n} is preempted (running to ready)`,
  blocks: (n) => `${n} blocks on I/O (running to blocked)`,
  wakes: (n) => `${n}'s I/O completes (blocked to ready)`,
  finishes: (n) => `${n} finishes (running to done)`,
};

/** The state machine in words: who is in which state at t, and what moved at the latest instant. */
export function describeMachine(trace: Trace, m: MachineState): string {
  const name = (i: number): string => trace.taskNames[i] ?? '?';
  const none = (list: readonly string[]): string => (list.length === 0 ? 'none' : listWords(list));
  const running = m.cores.map((c) =>
    c.task !== -1
      ? `${name(c.task)} on core ${c.core}`
      : c.switchingTo !== -1
        ? `core ${c.core} switching to ${name(c.switchingTo)}`
        : `core ${c.core} idle`,
  );
  const parts = [
    `Thread states at ${formatUs(m.t)}.`,
    `Running: ${listWords(running)}.`,
    `Ready (run queue, head first): ${none(m.queue.map(name))}.`,
    `Blocked: ${none(m.blocked.map((b) => `${name(b.task)} until ${formatUs(b.until)}`))}.`,
    `Done: ${none(m.done.map(name))}.`,
  ];
  if (m.at !== null && m.moves.length > 0) {
    const moves = m.moves.map((mv) => MOVE_WORDS[mv.kind](name(mv.task)));
    parts.push(`At ${formatUs(m.at)}: ${listWords(moves)}.`);
  }
  return parts.join(' ');
}
