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
import { layoutLane, niceTicks, textWidth } from './timeline-layout.ts';
import { laneName, SpanLayer, type Lane } from './TimelineSpans.tsx';
import type { ComponentChildren } from 'preact';
import type { TaskRow, TaskRowsKit } from './TaskRows.tsx';
import './diagrams.css';

/** A run, the playhead, and how the lanes are named and sized. */
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

/** Segments narrower than this many px are merged: at most about one drawn span per 2 px of lane. */
const MERGE_PX = 2;

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

/** The timeline of a run at the playhead (see the note at the top). */
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
