/**
 * The timeline every lesson uses: one lane per core (or executor worker), time left to right,
 * a span for each stretch of work. Run spans are filled with their task's colour and labelled
 * with its name when wide enough (and always carry a tooltip), switches are hatched, held workers
 * cross-hatched, idle time left empty. A playhead marks t; what lies after it is drawn faded.
 * Optionally, one thin row per task under the lanes shows its state over time (TaskRows.tsx), and
 * whatever the diagram puts as children (the run queue, the task chips) sits under the picture.
 * Both are handed in by the diagrams that show them, so pages without them never load their code.
 *
 * Speed: the spans are laid out once per trace and width, in two layers (past style and future
 * style). A frame moves only the playhead and the clip that reveals the past layer, so scrubbing
 * a run of any length costs the same.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Trace } from '../../sim/index.ts';
import { formatAmount, formatUs } from './format.ts';
import { useElementWidth } from './hooks.ts';
import { layoutLane, niceTicks, textWidth, type SpanBox } from './timeline-layout.ts';
import type { ComponentChildren } from 'preact';
import type { TaskRow, TaskRowsKit } from './TaskRows.tsx';
import './diagrams.css';

export interface TimelineProps {
  /** The diagram's id: prefixes the SVG's pattern and clip ids, which must be unique on the page. */
  readonly id: string;
  readonly trace: Trace;
  /** Playhead time, µs. */
  readonly t: number;
  /**
   * End of the time axis (µs), when several timelines share one scale; the run's makespan by
   * default. A shorter value is ignored: the axis always holds the whole run.
   */
  readonly end?: number;
  /**
   * At least this many px for the lane names. Timelines stacked on one time scale pass the same
   * value, so that their plots start at the same x.
   */
  readonly minLabelWidth?: number;
  /** Keep room for this many lanes, so that changing the number of cores does not move the page. */
  readonly reserveLanes?: number;
  /** Under the picture, e.g. the run queue and each task's state at t (RunQueue.tsx, TaskStates.tsx). */
  readonly children?: ComponentChildren;
  /**
   * Under the core lanes, one thin row per task with its state over time (running, ready, blocked):
   * pass `TASK_ROWS` from TaskRows.tsx.
   */
  readonly taskRows?: TaskRowsKit;
  /** Id of the element that describes the diagram in words. */
  readonly describedBy?: string;
  /**
   * Names for the lanes, replacing `Core 0` / `Worker 0` (e.g. `Executor\nthread`); a `\n` breaks
   * the label into lines, and the label column widens to fit the longest line.
   */
  readonly laneNames?: readonly string[];
  /** What the lanes are, for the picture's accessible name (e.g. `the executor thread`). */
  readonly subject?: string;
}

/** Width assumed before the real one is measured (server HTML, first render). */
const FALLBACK_WIDTH = 720;
/** Room for the lane names ("Core 0", "Worker 3"), narrower on phones, but never less than they need. */
const labelWidth = (width: number, trace: Trace): number =>
  Math.max(width < 480 ? 58 : 68, Math.ceil(textWidth(laneName(trace, trace.cores - 1))) + 10);
const PAD_R = 14;
const SLOT_H = 40;
const MAX_LANE_H = 56;
const AXIS_H = 30;
const PAD_T = 10;
/** Task rows: gap above the first, and height of each (the CSS reserves the same, see tl-rows-N). */
const ROWS_GAP = 8;
const ROW_H = 22;
const ROW_BAR_H = 16;

/** A lane's name: the one given, or the model's words. May hold `\n` line breaks. */
function laneName(trace: Trace, core: number, names?: readonly string[]): string {
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

/** Segments narrower than this many px are merged: at most about one drawn span per 2 px of lane. */
const MERGE_PX = 2;

interface Lane {
  readonly core: number;
  readonly y: number;
  readonly spans: readonly SpanBox[];
}

/**
 * One layer of spans; `past` draws them solid, otherwise faded and with tooltips (the faded layer
 * lies underneath the whole width, so it is the one the pointer reaches). A span is one rect, plus
 * a label when it is wide enough: a few thousand elements at most, however long the run.
 */
interface LayerProps {
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

function SpanLayer({ id, trace, lanes, barH, past, names }: LayerProps) {
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

/** A lane's label, right-aligned at x and centred on y, one tspan per line. */
function LaneLabel({ lines, x, y }: { lines: readonly string[]; x: number; y: number }) {
  if (lines.length <= 1) {
    return (
      <text class="tl-lane-label" x={x} y={y} text-anchor="end" dominant-baseline="central">
        {lines[0] ?? ''}
      </text>
    );
  }
  const lineH = 13;
  const first = y - ((lines.length - 1) * lineH) / 2;
  return (
    <text class="tl-lane-label" text-anchor="end" dominant-baseline="central">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={first + i * lineH}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function Timeline(props: TimelineProps) {
  const { id, trace, t, end: axisEnd, minLabelWidth = 0, reserveLanes = 0, taskRows, describedBy, laneNames, children } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, FALLBACK_WIDTH);
  const lanesN = trace.cores;
  const slots = Math.max(lanesN, reserveLanes);
  const laneH = Math.min(MAX_LANE_H, (slots * SLOT_H) / lanesN);
  const barH = laneH - 10;
  const rowsN = taskRows ? trace.taskCount : 0;
  const rowsH = rowsN > 0 ? ROWS_GAP + rowsN * ROW_H : 0;
  const height = PAD_T + slots * SLOT_H + rowsH + AXIS_H;
  // Lanes and axis are centred in the reserved height.
  const top = PAD_T + (slots * SLOT_H - lanesN * laneH) / 2;
  const labelLines = Array.from({ length: lanesN }, (_, core) => laneName(trace, core, laneNames).split('\n'));
  // Given names may be longer than `Core 0`: widen the label column to fit them.
  const LABEL_W = Math.max(
    laneNames ? Math.max(labelWidth(width, trace), Math.ceil(Math.max(...labelLines.flat().map((line) => textWidth(line))) + 12)) : labelWidth(width, trace),
    minLabelWidth,
  );
  const plotW = Math.max(40, width - LABEL_W - PAD_R);
  const span = Math.max(axisEnd ?? 0, trace.makespan);
  const end = Math.max(span, Number.EPSILON);
  const x = (time: number): number => LABEL_W + (time / end) * plotW;
  const rowsTop = top + lanesN * laneH + ROWS_GAP;
  const axisY = top + lanesN * laneH + rowsH + 4;

  const lanes = useMemo(
    () =>
      Array.from({ length: lanesN }, (_, core): Lane => ({
        core,
        y: top + core * laneH + 5,
        spans: layoutLane(trace, core, LABEL_W, plotW, MERGE_PX, span),
      })),
    [trace, LABEL_W, plotW, lanesN, top, laneH, span],
  );
  const rows = useMemo(
    () =>
      Array.from({ length: rowsN }, (_, task): TaskRow => ({
        task,
        y: rowsTop + task * ROW_H + (ROW_H - ROW_BAR_H) / 2,
        boxes: taskRows ? taskRows.layout(trace, task, LABEL_W, plotW) : [],
      })),
    [trace, LABEL_W, plotW, rowsN, rowsTop, taskRows],
  );
  // The two layers only change with the trace or the width, never with t.
  const future = useMemo(
    () => (
      <>
        <SpanLayer id={id} trace={trace} lanes={lanes} barH={barH} past={false} names={laneNames} />
        {taskRows && rowsN > 0 ? <taskRows.Layer id={id} trace={trace} rows={rows} barH={ROW_BAR_H} past={false} /> : null}
      </>
    ),
    [id, trace, lanes, barH, rows, rowsN, laneNames, taskRows],
  );
  const past = useMemo(
    () => (
      <>
        <SpanLayer id={id} trace={trace} lanes={lanes} barH={barH} past names={laneNames} />
        {taskRows && rowsN > 0 ? <taskRows.Layer id={id} trace={trace} rows={rows} barH={ROW_BAR_H} past /> : null}
      </>
    ),
    [id, trace, lanes, barH, rows, rowsN, laneNames, taskRows],
  );
  const ticks = useMemo(() => niceTicks(span, Math.max(2, Math.floor(plotW / 90))), [span, plotW]);

  const xt = x(Math.min(Math.max(t, 0), span));
  const lanesTop = top;
  const lanesBottom = top + lanesN * laneH;
  // The playhead and the grid run down through the task rows too.
  const plotBottom = rowsN > 0 ? rowsTop + rowsN * ROW_H : lanesBottom;
  const rowsWords = rowsN > 0 ? `, with a row per ${trace.model === 'async' ? 'task' : 'thread'} showing its state,` : '';
  const subject = props.subject ?? `${lanesN} ${trace.model === 'async' ? 'worker' : 'core'}${lanesN === 1 ? '' : 's'}`;
  const label = `Timeline of ${subject}${rowsWords} from 0 to ${formatUs(span)}, playhead at ${formatUs(t)}`;

  return (
    <div class="tl">
      <div class="tl-box" ref={box}>
        <svg
          class={`tl-svg tl-slots-${slots}${rowsN > 0 ? ` tl-rows-${rowsN}` : ''}`}
          width="100%"
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="xMinYMin meet"
          role="img"
          aria-label={label}
          aria-describedby={describedBy}
        >
          <defs>
            <pattern id={`${id}-tl-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="tl-pattern-bg" width="5" height="5" />
              <line class="tl-pattern-line" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
            <pattern id={`${id}-tl-cross`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="tl-pattern-bg tl-held-bg" width="6" height="6" />
              <line class="tl-pattern-line tl-held-line" x1="0" y1="0" x2="0" y2="6" />
              <line class="tl-pattern-line tl-held-line" x1="0" y1="0" x2="6" y2="0" />
            </pattern>
            {rowsN > 0 ? (
              <pattern id={`${id}-tl-blocked`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <rect class="tl-pattern-bg" width="6" height="6" />
                <line class="tl-pattern-line tl-blocked-line" x1="0" y1="0" x2="0" y2="6" />
              </pattern>
            ) : null}
          </defs>
          <g class="tl-grid" aria-hidden="true">
            {ticks.map((v) => (
              <line key={v} x1={x(v)} x2={x(v)} y1={lanesTop} y2={plotBottom} />
            ))}
          </g>
          <g class="tl-lanes">
            {lanes.map((lane) => (
              <g key={lane.core}>
                <rect class="tl-lane" x={LABEL_W} y={lane.y} width={plotW} height={barH} />
                <LaneLabel lines={labelLines[lane.core] ?? []} x={LABEL_W - 8} y={lane.y + barH / 2} />
              </g>
            ))}
            {rows.map((row) => (
              <g key={`row-${row.task}`}>
                <rect class="tl-row-track" x={LABEL_W} y={row.y} width={plotW} height={ROW_BAR_H} />
                <text class="tl-row-name" x={LABEL_W - 8} y={row.y + ROW_BAR_H / 2} text-anchor="end" dominant-baseline="central">
                  {taskRows?.name(trace, row.task, LABEL_W < labelWidth(Infinity, trace))}
                </text>
              </g>
            ))}
          </g>
          {future}
          {/* The past is revealed by the viewport of a nested <svg>, not a clipPath: moving a
              viewport's edge is a clip the browser applies without repainting what it holds, so a
              frame of scrubbing costs the same however many spans the run has. */}
          <svg class="tl-reveal" x="0" y="0" width={xt} height={height} overflow="hidden">
            {past}
          </svg>
          <g class="tl-axis">
            <line x1={LABEL_W} x2={LABEL_W + plotW} y1={axisY} y2={axisY} />
            {ticks.map((v, i) => (
              <g key={v}>
                <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} />
                <text
                  x={x(v)}
                  y={axisY + 16}
                  text-anchor={i === ticks.length - 1 && x(v) > LABEL_W + plotW - 30 ? 'end' : 'middle'}
                >
                  {i === ticks.length - 1 ? formatUs(v) : formatAmount(v)}
                </text>
              </g>
            ))}
          </g>
          <g class="tl-playhead" aria-hidden="true">
            <line class="tl-playhead-halo" x1={xt} x2={xt} y1={lanesTop - 6} y2={plotBottom + 4} />
            <line class="tl-playhead-line" x1={xt} x2={xt} y1={lanesTop - 6} y2={plotBottom + 4} />
            <path class="tl-playhead-head" d={`M${xt - 5},${lanesTop - 10} h10 l-5,6 z`} />
          </g>
        </svg>
      </div>
      {children}
    </div>
  );
}
