/**
 * Geometry of the timeline's task rows: one row per task showing its state over time (running,
 * ready, blocked), where the core lanes above show what each core does. Read from the trace's
 * state history; instants a task spends in a state for no time (a yield answered at once) are
 * left out. Meant for lesson-sized runs: a row holds one box per state change. Pure.
 */
import type { Trace } from '../../sim/index.ts';

/** A task's state as its row draws it. */
export type RowState = 'running' | 'ready' | 'blocked';

/** One stretch of a task's row in one state, in pixels. */
export interface StateBox {
  readonly state: RowState;
  readonly start: number;
  readonly end: number;
  /** Left edge and width in px; a box narrower than `minPx` is widened around its centre. */
  readonly x: number;
  readonly w: number;
}

/** Task `task`'s boxes between x0 (time 0) and x0 + width (the makespan), in time order. */
export function layoutTaskRow(trace: Trace, task: number, x0: number, width: number, minPx = 1): StateBox[] {
  const scale = width / Math.max(trace.makespan, Number.EPSILON);
  const history = trace.taskHistory(task);
  const out: StateBox[] = [];
  for (let i = 0; i < history.length; i++) {
    const { t: start, state } = history[i]!;
    const end = history[i + 1]?.t ?? trace.makespan;
    if (end <= start || (state !== 'running' && state !== 'ready' && state !== 'blocked')) continue;
    const last = out[out.length - 1];
    // A state left and re-entered at one instant (yield, then dispatched again) is one stretch.
    if (last && last.state === state && last.end === start) {
      out[out.length - 1] = box(state, last.start, end);
      continue;
    }
    out.push(box(state, start, end));
  }
  return out;

  function box(state: RowState, start: number, end: number): StateBox {
    const w = (end - start) * scale;
    const left = x0 + start * scale;
    if (w >= minPx) return { state, start, end, x: left, w };
    const x = Math.min(Math.max(x0, left + w / 2 - minPx / 2), x0 + width - minPx);
    return { state, start, end, x, w: minPx };
  }
}
