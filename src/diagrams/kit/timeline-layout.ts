/**
 * The timeline's geometry, kept apart from rendering so it can be tested: time axis ticks, and
 * each lane's spans at the current scale. Spans narrower than a pixel are merged with their
 * neighbours, so a lane never holds more drawn spans than it has pixels, and a run with a million
 * segments still draws a few thousand elements. Pure.
 */
import type { SegmentKind, Trace } from '../../sim/index.ts';

/** One drawn span. `mixed`: several segments too narrow to draw one by one. */
export interface SpanBox {
  readonly kind: SegmentKind | 'mixed';
  /** The task running, switched to or holding; -1 for idle and mixed. */
  readonly task: number;
  readonly start: number;
  readonly end: number;
  /** Left edge and width in px (width at least `minPx` for a drawn span). */
  readonly x: number;
  readonly w: number;
  /** How many segments it stands for. */
  readonly count: number;
}

/**
 * The spans of one core between x0 (time 0) and x0 + width (time `end`: the makespan unless a
 * longer axis is shared with another run), idle ones left out.
 * `minPx`: narrower segments are merged until the group is at least this wide.
 */
export function layoutLane(trace: Trace, core: number, x0: number, width: number, minPx = 1, end = trace.makespan): SpanBox[] {
  const out: SpanBox[] = [];
  const scale = width / Math.max(end, trace.makespan, Number.EPSILON);
  const x = (t: number): number => x0 + t * scale;
  // The pending group of narrow segments.
  let gStart = 0;
  let gEnd = 0;
  let gBusy = 0; // non-idle segments in the group
  let gLast: { kind: SegmentKind; task: number; start: number; end: number } | null = null;
  const flush = (): void => {
    if (gBusy === 1 && gLast) {
      out.push(box(gLast.kind, gLast.task, gLast.start, gLast.end, 1));
    } else if (gBusy > 1) {
      out.push(box('mixed', -1, gStart, gEnd, gBusy));
    }
    gBusy = 0;
    gLast = null;
  };
  const box = (kind: SpanBox['kind'], task: number, start: number, end: number, count: number): SpanBox => {
    const w = (end - start) * scale;
    const left = x(start);
    if (w >= minPx) return { kind, task, start, end, x: left, w, count };
    // Too narrow: widen it around its centre so it stays visible, within the plot.
    const cx = left + w / 2;
    const l = Math.min(Math.max(x0, cx - minPx / 2), x0 + width - minPx);
    return { kind, task, start, end, x: l, w: minPx, count };
  };
  const n = trace.segmentCount(core);
  for (let k = 0; k < n; k++) {
    const s = trace.segment(core, k);
    const w = (s.end - s.start) * scale;
    if (w >= minPx) {
      flush();
      if (s.kind !== 'idle') out.push(box(s.kind, s.task, s.start, s.end, 1));
      continue;
    }
    if (gBusy === 0 && gLast === null) gStart = s.start;
    gEnd = s.end;
    if (s.kind !== 'idle') {
      gBusy++;
      gLast = s;
    }
    if ((gEnd - gStart) * scale >= minPx) flush();
    else if (s.kind === 'idle' && gBusy === 0) gStart = s.end; // leading idle bits do not widen the group
  }
  flush();
  return out;
}

/** About `count` round tick values (1, 2 or 5 times a power of ten apart) from 0 to `max`. */
export function niceTicks(max: number, count: number): number[] {
  if (!(max > 0) || !(count >= 1)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const err = rough / power;
  // The multiplier nearest to the rough step on a log scale (thresholds are the geometric means).
  const step = power * (err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1);
  const ticks: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}

/** A rough width in px of `text` at 12 px in a sans-serif face, to decide whether a label fits. */
export function textWidth(text: string, fontPx = 12): number {
  return text.length * fontPx * 0.62;
}
