/**
 * The timeline's task rows (see task-rows.ts): one thin row per task under the core lanes, its
 * state over time. Running is filled with the task's colour, as on the core lanes; ready is an
 * outline in that colour (the task waits for a core); blocked is hatched (it waits for I/O).
 * Each box says its state in words when it is wide enough, and in a tooltip always.
 */
import type { Trace } from '../../sim/index.ts';
import { formatAmount, formatUs } from './format.ts';
import { layoutTaskRow, type StateBox } from './task-rows.ts';
import { textWidth } from './timeline-layout.ts';

/** One task's row: where it is drawn and its state boxes. */
export interface TaskRow {
  readonly task: number;
  readonly y: number;
  readonly boxes: readonly StateBox[];
}

const WAITS_FOR: Readonly<Record<StateBox['state'], string>> = {
  running: 'is running',
  ready: 'is ready (waiting for a core)',
  blocked: 'is blocked (waiting for I/O)',
};

/**
 * What to call a row: "Thread A" under the threads model, "Task A" under the async one; just "A"
 * when `short` (a phone's narrow label column).
 */
export function rowName(trace: Trace, task: number, short = false): string {
  const name = trace.taskNames[task] ?? '';
  return short ? name : `${trace.model === 'async' ? 'Task' : 'Thread'} ${name}`;
}

/**
 * One layer of the rows; `past` draws them solid, otherwise faded and with tooltips. As in the
 * lanes' layers, each box is one rect, and the labels come after all the rects so none is hidden.
 */
export function TaskRowsLayer({ id, trace, rows, barH, past }: { id: string; trace: Trace; rows: readonly TaskRow[]; barH: number; past: boolean }) {
  const shapes = [];
  const labels = [];
  for (const row of rows) {
    for (const b of row.boxes) {
      const cls =
        b.state === 'running'
          ? `tl-run dg-task-${row.task % 8}`
          : b.state === 'ready'
            ? `tl-row-box tl-row-ready dg-task-${row.task % 8}`
            : 'tl-row-box tl-row-blocked';
      const key = `${row.task}-${b.start}`;
      shapes.push(
        // tl-shape on the running bar's rect (not its label): the rule that fills it with its task's colour.
        <rect key={key} class={b.state === 'running' ? `tl-shape ${cls}` : cls} x={b.x} y={row.y} width={b.w} height={barH} fill={b.state === 'blocked' ? `url(#${id}-tl-blocked)` : undefined}>
          {past ? null : <title>{`${trace.taskNames[row.task] ?? ''} ${WAITS_FOR[b.state]}, ${formatAmount(b.start)}–${formatUs(b.end)}`}</title>}
        </rect>,
      );
      if (b.w >= textWidth(b.state, 11) + 8) {
        labels.push(
          <text key={key} class={`tl-label tl-row-label ${cls}`} x={b.x + b.w / 2} y={row.y + barH / 2} text-anchor="middle" dominant-baseline="central">
            {b.state}
          </text>,
        );
      }
    }
  }
  return (
    <g class={past ? 'tl-layer tl-past' : 'tl-layer tl-future'}>
      {shapes}
      {labels}
    </g>
  );
}

/** What Timeline needs to draw task rows, handed in by the diagrams that show them (see Timeline's `taskRows`). */
export const TASK_ROWS = { layout: layoutTaskRow, Layer: TaskRowsLayer, name: rowName } as const;
/** The type of TASK_ROWS, as Timeline takes it. */
export type TaskRowsKit = typeof TASK_ROWS;
