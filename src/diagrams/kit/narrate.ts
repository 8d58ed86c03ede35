/**
 * Narration: trace events turned into short present-tense sentences in the course's words
 * (task, thread, core, scheduler, time slice, preempt, context switch; and for async: executor,
 * worker, poll, await, waker). Pure functions of the trace, so the live line, the transcript and
 * the tests all say the same thing.
 *
 * Events at one instant are told together, one sentence per core (what left it, then what it
 * does next) and one per group of tasks that arrive or wake:
 *   "20 µs: A's time slice ends and the scheduler preempts it; core 0 switches to C (a 2 µs context switch)."
 *
 * A diagram may pass NarrateOptions to name things the trace only numbers ("the thread" for an
 * executor's one thread, "SSD read" for what a task awaits); without them the words are as above.
 */
import type { Trace, TraceEvent } from '../../sim/index.ts';
import { capitalize, formatUs, listWords } from './format.ts';

/**
 * Optional names a diagram can give to what the trace only numbers. Without them the sentences
 * say `core 0` / `worker 0` and `I/O`.
 */
export interface NarrateOptions {
  /** What to call a core or worker, e.g. `the thread` for an executor with one thread. */
  readonly unit?: (core: number) => string;
  /** What a task waits for, as a noun without article, e.g. `SSD read`. */
  readonly awaits?: (task: number) => string;
}

type CoreEvent = Extract<TraceEvent, { core: number }>;

/** What to call the parts of each model. */
interface Words {
  /** `core 0` or `worker 0`. */
  unit(core: number): string;
  leave(e: CoreEvent, name: string): string;
  take(core: number, task: string, from: string | null, fromJustLeft: boolean, runs: boolean, again: boolean): string;
  resume(core: number, task: string, afterHold: boolean): string;
  /** A task yielded and, nobody else being ready, got its core straight back. */
  yieldBack(core: number, task: string): string;
  idle(core: number): string;
  arrive(names: readonly string[]): string;
  /** `tasks`: the same tasks as `names`, by index. */
  wake(names: readonly string[], tasks: readonly number[]): string;
}

/** Sentences name at most this many tasks that arrive or wake together, then count the rest. */
const MAX_NAMES = 8;

function threadWords(switchCost: string, options: NarrateOptions): Words {
  const unit = options.unit ?? ((core: number): string => `core ${core}`);
  const awaits = options.awaits;
  return {
    unit,
    leave(e, name) {
      switch (e.type) {
        case 'preempt':
          return `${name}'s time slice ends and the scheduler preempts it`;
        case 'yield':
          return `${name} yields ${unit(e.core)}`;
        case 'block':
        case 'hold':
          return `${name} blocks on ${awaits ? `its ${awaits(e.task)}` : 'I/O'} until ${formatUs(e.until)}`;
        case 'finish':
          return `${name} finishes: it is done`;
        default:
          return `${name} leaves ${unit(e.core)}`;
      }
    },
    take(core, task, from, fromJustLeft, runs, again) {
      if (from !== null) {
        const what = fromJustLeft ? `switches to ${task}` : `switches from ${from} to ${task}`;
        return runs
          ? `${unit(core)} ${what} and ${task} starts running`
          : `${unit(core)} ${what} (a ${switchCost} context switch)`;
      }
      if (again) return `${task} runs on ${unit(core)} again, with no context switch: it was the last thread there`;
      return runs ? `${task} starts running on ${unit(core)}` : `${unit(core)} takes ${task} from the run queue`;
    },
    resume(core, task) {
      return `the context switch is done and ${task} starts running on ${unit(core)}`;
    },
    yieldBack(core, task) {
      return `nobody else is ready, so ${task} carries on running on ${unit(core)}, with no context switch`;
    },
    idle(core) {
      return `${unit(core)} has nothing to run and sits idle`;
    },
    arrive(names) {
      return names.length === 1
        ? `${names[0]} arrives and joins the run queue`
        : `${listWords(names, MAX_NAMES)} arrive and join the run queue`;
    },
    wake(names, tasks) {
      return names.length === 1
        ? `${names[0]}'s ${awaits ? awaits(tasks[0]!) : 'I/O'} completes: it is ready again and joins the run queue`
        : `I/O completes for ${listWords(names, MAX_NAMES)}: they are ready again and join the run queue`;
    },
  };
}

function asyncWords(switchCost: string, options: NarrateOptions): Words {
  const unit = options.unit ?? ((core: number): string => `worker ${core}`);
  const awaits = options.awaits;
  return {
    unit,
    leave(e, name) {
      switch (e.type) {
        case 'yield':
          return `${name} yields to the executor`;
        case 'block':
          return `${name} awaits ${awaits ? `its ${awaits(e.task)}` : 'I/O'} (ready at ${formatUs(e.until)}), so its poll returns Pending`;
        case 'hold':
          return `${name} makes a blocking call that holds ${unit(e.core)} until ${formatUs(e.until)}: no other task can run there`;
        case 'finish':
          return `${name}'s future completes: it is done`;
        default:
          return `${name} stops on ${unit(e.core)}`;
      }
    },
    take(core, task, from, fromJustLeft, runs) {
      if (from !== null) {
        const what = fromJustLeft ? `on to ${task}` : `from ${from} to ${task}`;
        return runs
          ? `the executor moves ${unit(core)} ${what} and polls it`
          : `the executor moves ${unit(core)} ${what} (a ${switchCost} task switch)`;
      }
      return runs ? `the executor polls ${task} on ${unit(core)}` : `${unit(core)} takes ${task} from the run queue`;
    },
    resume(core, task, afterHold) {
      return afterHold
        ? `${task}'s blocking call returns and ${task} carries on, on ${unit(core)}`
        : `the switch is done and the executor polls ${task} on ${unit(core)}`;
    },
    yieldBack(core, task) {
      return `no other task is ready, so the executor polls ${task} again on ${unit(core)}`;
    },
    idle(core) {
      return `${unit(core)} finds the run queue empty and waits`;
    },
    arrive(names) {
      return names.length === 1
        ? `${names[0]} is spawned and joins the run queue`
        : `${listWords(names, MAX_NAMES)} are spawned and join the run queue`;
    },
    wake(names, tasks) {
      return names.length === 1
        ? awaits
          ? `${names[0]}'s ${awaits(tasks[0]!)} is done: the reactor calls ${names[0]}'s waker, which puts ${names[0]} back in the run queue`
          : `${names[0]}'s I/O is ready: the reactor calls its waker, which puts ${names[0]} back in the run queue`
        : `I/O is ready for ${listWords(names, MAX_NAMES)}: the reactor calls their wakers, which put them back in the run queue`;
    },
  };
}

/** The model's words for this trace. */
function wordsFor(trace: Trace, options: NarrateOptions): Words {
  const cost = formatUs(trace.switchCost);
  return trace.model === 'async' ? asyncWords(cost, options) : threadWords(cost, options);
}

/** The sentences for the events with indices [from, to), which all happen at one instant. */
export function narrateEvents(trace: Trace, from: number, to: number, options: NarrateOptions = {}): string {
  if (to <= from) return '';
  const words = wordsFor(trace, options);
  const name = (i: number): string => trace.taskNames[i] ?? `task ${i}`;
  const t = trace.eventTime(from);
  // Items in the order of their first event: a group of arrivals, a group of wake-ups, or a core.
  /** `at`: index of the event that started the take (its dispatch, or its switch). */
  type Take = { task: number; at: number; from: number | null; runs: boolean; again: boolean };
  type CoreItem = { kind: 'core'; core: number; clauses: (string | Take)[]; left: number; leftBy: string };
  type TaskItem = { kind: 'arrive' | 'wake'; tasks: number[] };
  const items: (CoreItem | TaskItem)[] = [];
  const byCore = new Map<number, CoreItem>();
  const groups = new Map<'arrive' | 'wake', TaskItem>();
  for (let i = from; i < to; i++) {
    const e = trace.event(i);
    if (!('core' in e)) {
      let group = groups.get(e.type);
      if (!group) items.push((group = { kind: e.type, tasks: [] })), groups.set(e.type, group);
      group.tasks.push(e.task);
      continue;
    }
    let item = byCore.get(e.core);
    if (!item) items.push((item = { kind: 'core', core: e.core, clauses: [], left: -1, leftBy: '' })), byCore.set(e.core, item);
    const pending = item.clauses[item.clauses.length - 1];
    const take = typeof pending === 'object' ? pending : null;
    switch (e.type) {
      case 'dispatch':
        item.clauses.push({ task: e.task, at: i, from: null, runs: false, again: false });
        break;
      case 'switch':
        if (take && take.task === e.task) take.from = e.from;
        else item.clauses.push({ task: e.task, at: i, from: e.from, runs: false, again: false });
        break;
      case 'run':
        if (take && take.task === e.task) {
          take.runs = true;
          if (take.from === null) take.again = trace.previousDispatch(take.at) === e.task;
        } else {
          const afterHold = t > 0 && trace.coreAt(e.core, Math.max(0, t - 1e-3)).kind === 'held';
          item.clauses.push(words.resume(e.core, name(e.task), afterHold));
        }
        break;
      case 'idle':
        item.clauses.push(words.idle(e.core));
        break;
      default:
        item.clauses.push(words.leave(e, name(e.task)));
        item.left = e.task;
        item.leftBy = e.type;
    }
  }
  const sentences = items.map((item) => {
    if (item.kind !== 'core') {
      return item.kind === 'arrive' ? words.arrive(item.tasks.map(name)) : words.wake(item.tasks.map(name), item.tasks);
    }
    return item.clauses
      .map((c) =>
        typeof c === 'string'
          ? c
          : c.task === item.left && item.leftBy === 'yield' && c.from === null && c.runs
            ? words.yieldBack(item.core, name(c.task))
            : words.take(item.core, name(c.task), c.from === null ? null : name(c.from), c.from === item.left, c.runs, c.again),
      )
      .join('; ');
  });
  let text = sentences.map((s) => `${capitalize(s)}.`).join(' ');
  if (to === trace.eventCount && t === trace.makespan) {
    const n = trace.taskCount;
    text += n === 1 ? ` The only task is done after ${formatUs(t)}.` : ` All ${n} tasks are done after ${formatUs(t)}.`;
  }
  return text;
}

/**
 * The live line for playhead time t: what happened at the latest instant at or before t, in
 * words, prefixed with that instant's time. It changes only when t crosses an event instant, so a
 * screen reader hears each step once.
 */
export function describeMoment(trace: Trace, t: number, options: NarrateOptions = {}): string {
  const n = trace.eventsUpTo(t);
  if (n === 0) return `${formatUs(t)}: nothing has happened yet.`;
  const at = trace.eventTime(n - 1);
  const { from, to } = trace.eventsAt(at);
  return `${formatUs(at)}: ${narrateEvents(trace, from, to, options)}`;
}

/** One line of a transcript: an instant (or a label) and what happened. */
export interface TranscriptEntry {
  readonly t: number;
  readonly text: string;
  /** Shown before the text instead of t in µs, when the entry is not a moment (e.g. "Step 3", "10,000 threads"). */
  readonly label?: string;
}

/**
 * The whole run in words, one entry per instant at which something happens. Long runs are cut
 * after `limit` instants; `omitted` says how many more there were.
 */
export function transcript(trace: Trace, limit = 400, options: NarrateOptions = {}): { entries: TranscriptEntry[]; omitted: number } {
  const entries: TranscriptEntry[] = [];
  let instants = 0;
  for (let i = 0; i < trace.eventCount; ) {
    const to = trace.instantEnd(i);
    if (instants < limit) entries.push({ t: trace.eventTime(i), text: narrateEvents(trace, i, to, options) });
    instants++;
    i = to;
  }
  return { entries, omitted: instants - entries.length };
}
