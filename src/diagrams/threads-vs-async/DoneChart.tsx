/**
 * The picture for runs too large to draw span by span: how many tasks are done by each moment,
 * one step curve per model on one time axis, with the shared playhead, and below it each model's
 * tasks by state at the playhead (counts with their state words, never colour alone).
 *
 * Threads are a solid line with round markers, async a dashed line with square ones, and a legend
 * names both, so the two curves differ in shape as well as colour.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { TaskState, Trace } from '../../sim/index.ts';
import { formatAmount, formatCount, formatUs } from '../kit/format.ts';
import { useElementWidth } from '../kit/hooks.ts';
import { niceTicks } from '../kit/timeline-layout.ts';
import { doneBy, doneCurvePath } from './done-curve.ts';
import { MODEL_NAMES, MODELS, type ModelName } from './threads-vs-async-view.ts';

/** Both runs, their finish times and counts at the playhead, on one time axis. */
export interface DoneChartProps {
  readonly traces: Readonly<Record<ModelName, Trace>>;
  readonly finishes: Readonly<Record<ModelName, Float64Array>>;
  /** Each model's tasks by state at the playhead (from Trace.seek). */
  readonly counts: Readonly<Record<ModelName, Readonly<Record<TaskState, number>>>>;
  /** Playhead, µs. */
  readonly t: number;
  /** End of the shared time axis, µs. */
  readonly end: number;
  readonly describedBy?: string;
}

const FALLBACK_WIDTH = 720;
const HEIGHT = 220;
const PAD_L = 64;
const PAD_R = 16;
const PAD_T = 12;
const AXIS_H = 30;
const STATES: readonly TaskState[] = ['done', 'running', 'ready', 'blocked'];

/** Tasks done over time, one curve per run (see the note at the top). */
export function DoneChart({ traces, finishes, counts, t, end, describedBy }: DoneChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, FALLBACK_WIDTH);
  const n = finishes.threads.length;
  const plotW = Math.max(40, width - PAD_L - PAD_R);
  const plotH = HEIGHT - PAD_T - AXIS_H;
  const span = Math.max(end, Number.EPSILON);
  const x = (time: number): number => PAD_L + (Math.min(Math.max(time, 0), span) / span) * plotW;
  const y = (count: number): number => PAD_T + plotH - (count / Math.max(n, 1)) * plotH;
  const paths = useMemo(
    () => ({
      threads: doneCurvePath(finishes.threads, span, x, y),
      async: doneCurvePath(finishes.async, span, x, y),
    }),
    [finishes, span, plotW],
  );
  const ticks = useMemo(() => niceTicks(span, Math.max(2, Math.floor(plotW / 90))), [span, plotW]);
  const xt = x(t);
  const done = { threads: doneBy(finishes.threads, t), async: doneBy(finishes.async, t) };
  const axisY = PAD_T + plotH;
  const label =
    `Tasks done over time, 0 to ${formatUs(span)}: threads finish all ${formatCount(n)} at ${formatUs(traces.threads.makespan)}, ` +
    `async at ${formatUs(traces.async.makespan)}. Playhead at ${formatUs(t)}: ${formatCount(done.threads)} done with threads, ${formatCount(done.async)} with async.`;

  return (
    <div class="tva-done">
      <p class="tva-legend" aria-hidden="true">
        {MODELS.map((m) => (
          <span key={m} class={`tva-key tva-key-${m}`}>
            <svg width="28" height="10" viewBox="0 0 28 10">
              <line x1="0" y1="5" x2="28" y2="5" />
            </svg>
            {MODEL_NAMES[m]}
          </span>
        ))}
        <span class="tva-key-note">tasks done, by time</span>
      </p>
      <div class="tva-done-box" ref={box}>
        <svg class="tva-done-svg" width="100%" height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label} aria-describedby={describedBy}>
          <g class="tl-grid" aria-hidden="true">
            {ticks.map((v) => (
              <line key={v} x1={x(v)} x2={x(v)} y1={PAD_T} y2={axisY} />
            ))}
            <line x1={PAD_L} x2={PAD_L + plotW} y1={y(n)} y2={y(n)} />
            <line x1={PAD_L} x2={PAD_L + plotW} y1={y(n / 2)} y2={y(n / 2)} />
          </g>
          <g class="tl-axis">
            <line x1={PAD_L} x2={PAD_L + plotW} y1={axisY} y2={axisY} />
            {ticks.map((v, i) => (
              <g key={v}>
                <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} />
                <text x={x(v)} y={axisY + 16} text-anchor={i === ticks.length - 1 && x(v) > PAD_L + plotW - 30 ? 'end' : 'middle'}>
                  {i === ticks.length - 1 ? formatUs(v) : formatAmount(v)}
                </text>
              </g>
            ))}
            {[0, n / 2, n].map((c) => (
              <text key={c} x={PAD_L - 8} y={y(c)} text-anchor="end" dominant-baseline="central">
                {formatCount(Math.round(c))}
              </text>
            ))}
          </g>
          {MODELS.map((m) => (
            <path key={m} class={`tva-curve tva-curve-${m}`} d={paths[m]} />
          ))}
          <g class="tl-playhead" aria-hidden="true">
            <line class="tl-playhead-halo" x1={xt} x2={xt} y1={PAD_T - 6} y2={axisY} />
            <line class="tl-playhead-line" x1={xt} x2={xt} y1={PAD_T - 6} y2={axisY} />
            <path class="tl-playhead-head" d={`M${xt - 5},${PAD_T - 10} h10 l-5,6 z`} />
            <circle class="tva-mark tva-mark-threads" cx={xt} cy={y(done.threads)} r="4.5" />
            <rect class="tva-mark tva-mark-async" x={xt - 4} y={y(done.async) - 4} width="8" height="8" />
          </g>
        </svg>
      </div>
      <dl class="tva-counts">
        {MODELS.map((m) => (
          <div key={m} class="tva-counts-row">
            <dt>
              {MODEL_NAMES[m]} at {formatUs(t)}
            </dt>
            <dd>
              <ul class="tva-count-list" aria-label={`${MODEL_NAMES[m]}: tasks by state`}>
                {STATES.map((s) => (
                  <li key={s} class={`dg-chip-state dg-state-${s}`}>
                    {formatCount(counts[m][s])} {s}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
