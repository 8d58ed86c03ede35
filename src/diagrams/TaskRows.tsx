/**
 * The timeline's task rows (see task-rows.ts): one thin row per task under the core lanes, its
 * state over time. Running is filled with the task's colour, as on the core lanes; ready is an
 * outline in that colour (the task waits for a core); blocked is hatched (it waits for I/O).
 * Each box says its state in words when it is wide enough, and in a tooltip always.
 */
import type { Trace } from '../sim/index.ts';
import { formatAmount, formatUs } from './format.ts';
import type { StateBox } from './task-rows.ts';
import { textWidth } from './timeline-layout.ts';

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

/** What to call a row: "Thread A" under the threads model, "Task A" under the async one. */
export function rowName(trace: Trace, task: number): string {
  return `${trace.model === 'async' ? 'Task' : 'Thread'} ${trace.taskNames[task] ?? ''}`;
}

/** One layer of the rows; `past` draws them solid, otherwise faded, with tooltips. */
export function TaskRowsLayer({ id, trace, rows, barH, past }: { id: string; trace: Trace; rows: readonly TaskRow[]; barH: number; past: boolean }) {
  return (
    <g class={past ? 'tl-layer tl-past' : 'tl-layer tl-future'} clip-path={past ? `url(#${id}-tl-past)` : undefined}>
      {rows.map((row) =>
        row.boxes.map((b) => {
          const cls =
            b.state === 'running'
              ? `tl-span tl-run dg-task-${row.task % 8}`
              : b.state === 'ready'
                ? `tl-row-box tl-row-ready dg-task-${row.task % 8}`
                : 'tl-row-box tl-row-blocked';
          const fits = b.w >= textWidth(b.state, 11) + 8;
          return (
            <g class={cls} key={`${row.task}-${b.start}`}>
              <rect x={b.x} y={row.y} width={b.w} height={barH} fill={b.state === 'blocked' ? `url(#${id}-tl-blocked)` : undefined}>
                {past ? null : (
                  <title>{`${trace.taskNames[row.task] ?? ''} ${WAITS_FOR[b.state]}, ${formatAmount(b.start)}–${formatUs(b.end)}`}</title>
                )}
              </rect>
              {fits ? (
                <text x={b.x + b.w / 2} y={row.y + barH / 2} class="tl-label tl-row-label" text-anchor="middle" dominant-baseline="central">
                  {b.state}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
    </g>
  );
}
