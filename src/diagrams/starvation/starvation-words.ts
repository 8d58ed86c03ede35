/**
 * The starvation diagram's own sentences, added after the shared narration (narrate.ts) says what
 * happened: why a request that just became ready is not polled (G still has the worker), and why
 * G yields (a yield point, or its budget ran out). Pure functions of the trace and the settings.
 */
import { EVENT_TYPES, type Trace } from '../../sim/index.ts';
import { GREEDY, STARVATION_PRESET, type YieldCause } from '../../sim/scenarios/starvation.ts';
import { describeMoment, transcript, type TranscriptEntry } from '../kit/narrate.ts';
import { formatUs, listWords } from '../kit/format.ts';

/** What the sentences need to know beyond the trace. */
export interface StarvationContext {
  /** Why G yields, for each of its yields in order (see greedyYieldCauses). */
  readonly causes: readonly YieldCause[];
  /** Whether G's work runs on another thread (spawn_blocking), so G's await is waiting for it. */
  readonly spawnBlocking: boolean;
}

/** Event indices of G's yields, in order: the k-th one has cause `causes[k]`. */
function greedyYields(trace: Trace, greedy: number): number[] {
  const out: number[] = [];
  const { type, task } = trace.columns.ev;
  const YIELD = EVENT_TYPES.indexOf('yield');
  for (let i = 0; i < type.length; i++) if (type[i] === YIELD && task[i] === greedy) out.push(i);
  return out;
}

/** Makes a function that explains the instant `at` (an event instant) in one or two sentences, or ''. */
export function starvationExplainer(trace: Trace, ctx: StarvationContext): (at: number) => string {
  const greedy = trace.taskNames.indexOf(GREEDY);
  const yields = greedyYields(trace, greedy);
  const name = (i: number): string => trace.taskNames[i] ?? `task ${i}`;
  return (at) => {
    const { from, to } = trace.eventsAt(at);
    const out: string[] = [];
    const waiting: number[] = [];
    const queue = new Set(trace.queueAt(at));
    for (let i = from; i < to; i++) {
      const e = trace.event(i);
      if ((e.type === 'arrive' || e.type === 'wake') && e.task !== greedy && queue.has(e.task)) waiting.push(e.task);
      if (!('task' in e) || e.task !== greedy) continue;
      if (e.type === 'yield') {
        const cause = ctx.causes[yields.indexOf(i)];
        if (cause === 'budget') {
          out.push(
            `G has made ${STARVATION_PRESET.budget} operations in this poll, its whole budget: its next recv().await returns Pending although a message is waiting, so G yields.`,
          );
        } else if (cause === 'yield-point') {
          out.push(`G reached a yield point (yield_now().await) after ${formatUs(STARVATION_PRESET.yieldEvery)} of work.`);
        }
      } else if (e.type === 'block' && ctx.spawnBlocking) {
        out.push('With spawn_blocking, G’s work runs on a thread of the blocking pool and G only awaits its result, so the worker is free.');
      }
    }
    if (waiting.length > 0) {
      const seg = trace.coreAt(0, at);
      const who = listWords(waiting.map(name));
      const verb = waiting.length === 1 ? 'waits' : 'wait';
      if (seg.task === greedy && seg.kind === 'held') {
        out.push(`G’s blocking call still holds worker 0, so ${who} ${verb} in the run queue.`);
      } else if (seg.task === greedy && seg.kind === 'run') {
        out.push(`G still has worker 0 and has not reached an await point, so ${who} ${verb} in the run queue.`);
      }
    }
    return out.join(' ');
  };
}

/** The live line at playhead t: the shared narration plus this diagram's explanation. */
export function narrateStarvation(trace: Trace, t: number, explain: (at: number) => string): string {
  const base = describeMoment(trace, t);
  const n = trace.eventsUpTo(t);
  if (n === 0) return base;
  const extra = explain(trace.eventTime(n - 1));
  return extra === '' ? base : `${base} ${extra}`;
}

/** The whole run in words, with this diagram's explanations. */
export function starvationTranscript(trace: Trace, explain: (at: number) => string): { entries: TranscriptEntry[]; omitted: number } {
  const words = transcript(trace);
  return {
    entries: words.entries.map((e) => {
      const extra = explain(e.t);
      return extra === '' ? e : { t: e.t, text: `${e.text} ${extra}` };
    }),
    omitted: words.omitted,
  };
}
