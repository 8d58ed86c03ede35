/**
 * The limits marked on lesson 4's scale, one lane each, drawn in the StopSlider's ruler box so that
 * every mark lines up with the thumb. A lane shows where its mark sits (a diamond, filled once the
 * current count has reached it) and shades the part of the scale beyond it; a bound (max_map_count)
 * also shades, lighter, the zone where its real ceiling may lie. A mark beyond the last stop is an
 * arrow at the end. A vertical line through all lanes is the current count.
 */
import { percent, scalePosition } from '../kit/controls/stop-scale.ts';
import { boundZone, limitStatus, type LimitMark } from './thread-limits.ts';

/** The scale's stops, the current one, and the limits to mark. */
export interface LimitLanesProps {
  readonly id: string;
  readonly stops: readonly number[];
  readonly index: number;
  readonly marks: readonly LimitMark[];
}

const LANE = 26;
const TOP = 4;

const STATUS_WORDS = { past: 'reached', near: 'may already stop a process here', below: 'not reached' } as const;

/** Lanes under the scale that mark where the operating system's limits are. */
export function LimitLanes({ id, stops, index, marks }: LimitLanesProps) {
  const threads = stops[index] ?? 0;
  const height = TOP + marks.length * LANE;
  const now = percent(stops.length > 1 ? index / (stops.length - 1) : 0);
  const label = `Marks on the scale: ${marks
    .map((m) => `${m.label}, ${STATUS_WORDS[limitStatus(m, threads)]}${scalePosition(m.value, stops) > 1 ? ' (beyond the end of the scale)' : ''}`)
    .join('; ')}.`;
  return (
    <svg class="ts-lanes" width="100%" height={height} role="img" aria-label={label}>
      <defs>
        <pattern id={`${id}-zone`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="ts-zone-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      {/* Drawn first, so that the labels (with a halo of the background) sit on top of it. */}
      <line class="ts-now" x1={now} x2={now} y1="0" y2={height} />
      {marks.map((m, i) => {
        const y = TOP + i * LANE;
        const track = y + 19;
        const pos = scalePosition(m.value, stops);
        const off = pos > 1;
        const x = percent(Math.min(pos, 1));
        const status = limitStatus(m, threads);
        const zone = m.kind === 'bound' ? boundZone(m) : null;
        return (
          <g key={m.id} class={`ts-lane ts-lane-${status}`}>
            <line class="ts-track" x1="0" x2="100%" y1={track} y2={track} />
            {zone ? (
              <rect
                class="ts-zone"
                x={percent(scalePosition(zone.from, stops))}
                width={percent(pos - scalePosition(zone.from, stops))}
                y={track - 4}
                height="8"
                fill={`url(#${id}-zone)`}
              />
            ) : null}
            {off ? null : <rect class="ts-beyond" x={x} width={percent(1 - pos)} y={track - 3} height="6" />}
            <text class="ts-lane-label" x={x} y={y + 12} dx={off ? -4 : -2} text-anchor="end">
              {m.label}
            </text>
            {/* A nested svg carries the percentage position, so the shape inside is drawn in pixels. */}
            <svg x={x} y={track} overflow="visible">
              <path class="ts-mark" d={off ? 'M-9,-6 L0,0 L-9,6 Z' : 'M0,-6 L6,0 L0,6 L-6,0 Z'} />
            </svg>
          </g>
        );
      })}
    </svg>
  );
}
