/**
 * The spans of the timeline's lanes (Timeline.tsx), drawn as one layer: each span a rect with its
 * tooltip and, when wide enough, a label; a lane with many spans (a dense one) is drawn as one
 * path per kind of span instead. Timeline draws two such layers, the past solid over the future
 * faded, and moves only the edge between them.
 */
import type { Trace } from '../../sim/index.ts';
import { formatAmount, formatUs } from './format.ts';
import { textWidth, type SpanBox } from './timeline-layout.ts';

/** A lane's name: the one given, or the model's words. May hold `\n` line breaks. */
export function laneName(trace: Trace, core: number, names?: readonly string[]): string {
  return names?.[core] ?? `${trace.model === 'async' ? 'Worker' : 'Core'} ${core}`;
}

/** A lane's name on one line, for sentences. */
function laneWords(trace: Trace, core: number, names?: readonly string[]): string {
  return laneName(trace, core, names).replace(/\s*\n\s*/g, ' ');
}

function spanTitle(trace: Trace, core: number, s: SpanBox, names?: readonly string[]): string {
  const where = laneWords(trace, core, names).toLowerCase();
  const when = `${formatAmount(s.start)}–${formatUs(s.end)}`;
  const name = trace.taskNames[s.task] ?? '';
  switch (s.kind) {
    case 'run':
      return `${name} runs on ${where}, ${when}`;
    case 'switch':
      return `${laneWords(trace, core, names)} switches to ${name} (${trace.model === 'async' ? 'task switch' : 'context switch'}), ${when}`;
    case 'held':
      return `${name}'s blocking call holds ${where}, ${when}`;
    default:
      return `${s.count} short spans on ${where}, ${when}`;
  }
}

function spanLabel(trace: Trace, s: SpanBox): string | null {
  const name = trace.taskNames[s.task] ?? '';
  const text = s.kind === 'run' ? name : s.kind === 'switch' ? 'switch' : s.kind === 'held' ? `${name} held` : null;
  if (text === null) return null;
  return s.w >= textWidth(text) + 8 ? text : null;
}

/** Classes for a span's rect; its label gets the same with `tl-label`. */
function spanClass(s: SpanBox): string {
  if (s.kind === 'run') return `tl-run dg-task-${s.task % 8}`;
  if (s.kind === 'switch') return s.w < 5 ? 'tl-switch tl-thin' : 'tl-switch';
  if (s.kind === 'held') return 'tl-held';
  return 'tl-mixed';
}

/** Spans are drawn a little inside their time range, so that neighbours keep a visible gap. */
const inset = (w: number): number => (w >= 4 ? 0.75 : 0);

/** A core's lane: where it is drawn and its spans, laid out for the plot's width. */
export interface Lane {
  readonly core: number;
  readonly y: number;
  readonly spans: readonly SpanBox[];
}

/**
 * One layer of spans; `past` draws them solid, otherwise faded and with tooltips (the faded layer
 * lies underneath the whole width, so it is the one the pointer reaches). A span is one rect, plus
 * a label when it is wide enough: a few thousand elements at most, however long the run.
 */
export interface LayerProps {
  readonly id: string;
  readonly trace: Trace;
  readonly lanes: readonly Lane[];
  readonly barH: number;
  readonly past: boolean;
  readonly names: readonly string[] | undefined;
}

/**
 * A lane with more spans than this is drawn as one <path> per kind of span instead of one <rect>
 * each: a 10,000-thread run would otherwise put thousands of elements in each layer, and every
 * re-run would rewrite them all. Its spans are then too thin to point at one by one anyway.
 */
const DENSE_SPANS = 40;

/** A span's box as a closed subpath, to 0.1 px. */
const boxPath = (x: number, y: number, w: number, h: number): string => {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return `M${r(x)} ${r(y)}h${r(w)}v${r(h)}h${r(-w)}z`;
};

/** One layer of every lane's spans, past or future (see LayerProps). */
export function SpanLayer({ id, trace, lanes, barH, past, names }: LayerProps) {
  const patterns = { switch: `url(#${id}-tl-hatch)`, held: `url(#${id}-tl-cross)` };
  const shapes = [];
  const labels = [];
  for (const lane of lanes) {
    // Runs first, then switches and held spans on top: a switch narrower than a run's outline
    // would otherwise vanish under its neighbour's stroke.
    const ordered = [...lane.spans.filter((s) => s.kind === 'run'), ...lane.spans.filter((s) => s.kind !== 'run')];
    const dense = ordered.length > DENSE_SPANS;
    // Dense lane: subpaths grouped by class and fill, in first-seen order (runs before the rest).
    const groups = new Map<string, { cls: string; fill: string | undefined; d: string[] }>();
    for (const [k, s] of ordered.entries()) {
      const cls = spanClass(s);
      const fill = s.kind === 'switch' && s.w >= 5 ? patterns.switch : s.kind === 'held' ? patterns.held : undefined;
      // A switch is a shorter bar: its shape, not only its colour, sets it apart from work.
      const short = s.kind === 'switch';
      const x = s.x + inset(s.w);
      const y = short ? lane.y + barH * 0.2 : lane.y;
      const w = s.w - 2 * inset(s.w);
      const h = short ? barH * 0.6 : barH;
      if (dense) {
        const groupKey = `${cls} ${fill ?? ''}`;
        const group = groups.get(groupKey) ?? { cls, fill, d: [] };
        group.d.push(boxPath(x, y, w, h));
        groups.set(groupKey, group);
        continue;
      }
      // Keyed by position, not by time: when a new run replaces the old (a parameter changed),
      // Preact updates the existing elements in place instead of removing and recreating thousands.
      const key = `${lane.core}-${k}`;
      shapes.push(
        <rect key={key} class={`tl-shape ${cls}`} x={x} y={y} width={w} height={h} fill={fill}>
          {past ? null : <title>{spanTitle(trace, lane.core, s, names)}</title>}
        </rect>,
      );
      const label = spanLabel(trace, s);
      if (label !== null) {
        labels.push(
          <text key={key} class={`tl-label ${cls}`} x={s.x + s.w / 2} y={lane.y + barH / 2} text-anchor="middle" dominant-baseline="central">
            {label}
          </text>,
        );
      }
    }
    if (dense) {
      const where = laneWords(trace, lane.core, names);
      shapes.push(
        <g key={`${lane.core}-dense`}>
          {past ? null : <title>{`${where}: ${ordered.length.toLocaleString('en')} spans, too many to point at one by one; the transcript lists what happens`}</title>}
          {[...groups.values()].map((g) => (
            <path key={`${g.cls} ${g.fill ?? ''}`} class={`tl-shape ${g.cls}`} d={g.d.join('')} fill={g.fill} />
          ))}
        </g>,
      );
    }
  }
  return (
    <g class={past ? 'tl-layer tl-past' : 'tl-layer tl-future'}>
      {shapes}
      {labels}
    </g>
  );
}
