/**
 * Lesson 4's meters for one stop of the scale: memory reserved and really used (bars drawn against a
 * machine's RAM), how the cores spend their time (one stacked bar), and how long a ready thread
 * waits for a core. Every bar has its number and unit written beside it; the bars are decoration
 * for the numbers (aria-hidden), and a reservation larger than the RAM is said in words too.
 */
import type { StopFigures } from '../../sim/scenarios/thread-scaling.ts';
import { formatBytes, formatDuration, formatSignificant } from '../kit/format.ts';
import { percent } from '../kit/controls/stop-scale.ts';
import { coreTotal, formatShare } from './thread-scaling-text.ts';

/** One stop's figures and the machine they are drawn against. */
export interface ScalingMetersProps {
  readonly id: string;
  readonly stop: StopFigures;
  readonly cores: number;
  /** The RAM the memory bars are drawn against (bytes). */
  readonly ram: number;
  /** The round trip each task waits for (µs), to compare the wait with. */
  readonly io: number;
  readonly switchCost: number;
  /** Bytes reserved and resident per thread, for the "2 MiB × 10,000" lines. */
  readonly perThread: { readonly reserved: number; readonly resident: number };
}

const count = (n: number): string => n.toLocaleString('en-US');

/** A bar from 0 to `fraction` (capped at 1) of its width. */
function Bar({ fraction, kind }: { fraction: number; kind: 'reserved' | 'resident' }) {
  const over = fraction > 1;
  return (
    <svg class={`ts-bar ts-bar-${kind}`} width="100%" height="14" aria-hidden="true" focusable="false">
      <rect class="ts-bar-track" x="0" y="0.5" width="100%" height="13" rx="3" />
      {/* At least a sliver, so a tiny amount still shows where the bar starts. */}
      <rect class="ts-bar-fill" x="0" y="0.5" width={percent(Math.min(1, fraction))} height="13" rx="3" />
      <rect class="ts-bar-cap" x="0" y="0.5" width="3" height="13" />
      {over ? (
        <svg x="100%" y="7" overflow="visible">
          <path class="ts-bar-over" d="M-14,-5 L-8,0 L-14,5 M-8,-5 L-2,0 L-8,5" />
        </svg>
      ) : null}
    </svg>
  );
}

/** Memory, core time and waiting at one stop, as meters with their numbers. */
export function ScalingMeters({ id, stop, cores, ram, io, switchCost, perThread }: ScalingMetersProps) {
  const total = coreTotal(stop);
  const ramText = formatBytes(ram);
  const ratio = stop.reserved / ram;
  const run = total > 0 ? stop.busy / total : 0;
  const sw = total > 0 ? stop.switching / total : 0;
  return (
    <div class="ts-meters">
      <div class="ts-meter" role="group" aria-labelledby={`${id}-memory`}>
        <p class="ts-meter-title" id={`${id}-memory`}>
          Memory <span class="ts-meter-hint">bars: share of a {ramText} machine’s RAM</span>
        </p>
        <div class="ts-row">
          <span class="ts-row-label">Reserved address space</span>
          <span class="ts-row-value">{formatBytes(stop.reserved)}</span>
          <Bar fraction={ratio} kind="reserved" />
          <span class="ts-row-sub">
            {formatBytes(perThread.reserved)} × {count(stop.tasks)}
            {ratio > 1 ? `: ${formatSignificant(ratio, 2)} times the RAM` : ''}
          </span>
        </div>
        <div class="ts-row">
          <span class="ts-row-label">Really used (resident)</span>
          <span class="ts-row-value">{formatBytes(stop.resident)}</span>
          <Bar fraction={stop.resident / ram} kind="resident" />
          <span class="ts-row-sub">
            {formatBytes(perThread.resident)} × {count(stop.tasks)}
          </span>
        </div>
      </div>
      <div class="ts-meter" role="group" aria-labelledby={`${id}-cores`}>
        <p class="ts-meter-title" id={`${id}-cores`}>
          Core time <span class="ts-meter-hint">{cores} cores, until the last task is done: {formatDuration(stop.makespan)}</span>
        </p>
        <svg class="ts-bar ts-stack" width="100%" height="18" aria-hidden="true" focusable="false">
          {/* The same hatching as a context switch on the timelines of the earlier lessons. */}
          <defs>
            <pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="tl-pattern-bg" width="5" height="5" />
              <line class="tl-pattern-line" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
          </defs>
          <rect class="ts-stack-idle" x="0" y="0.5" width="100%" height="17" />
          <rect class="ts-stack-run" x="0" y="0.5" width={percent(run)} height="17" />
          <rect class="ts-stack-switch" x={percent(run)} y="0.5" width={percent(sw)} height="17" fill={`url(#${id}-hatch)`} />
        </svg>
        <ul class="ts-legend">
          <li>
            <span class="ts-swatch ts-swatch-run" aria-hidden="true" /> Running tasks <strong>{formatShare(stop.busy, total)}</strong>
          </li>
          <li>
            <span class="ts-swatch ts-swatch-switch" aria-hidden="true" /> Context switches <strong>{formatShare(stop.switching, total)}</strong>{' '}
            <span class="ts-nowrap">
              ({count(stop.switches)} × {formatDuration(switchCost)})
            </span>
          </li>
          <li>
            <span class="ts-swatch ts-swatch-idle" aria-hidden="true" /> Idle <strong>{formatShare(stop.idle, total)}</strong>
          </li>
        </ul>
      </div>
      <div class="ts-meter" role="group" aria-labelledby={`${id}-wait`}>
        <p class="ts-meter-title" id={`${id}-wait`}>
          Waiting for a core <span class="ts-meter-hint">average, from ready to running</span>
        </p>
        <p class="ts-wait">
          <strong class="ts-wait-value">{formatDuration(stop.meanWait)}</strong>{' '}
          <span class="ts-row-sub">
            {stop.meanWait >= io
              ? `${formatSignificant(stop.meanWait / io, 2)} times the ${formatDuration(io)} round trip the thread was waiting for`
              : `shorter than the ${formatDuration(io)} round trip the thread was waiting for`}
          </span>
        </p>
      </div>
    </div>
  );
}
