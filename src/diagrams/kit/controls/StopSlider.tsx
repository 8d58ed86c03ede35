/**
 * A labelled native range input that moves along fixed stops (1, 2, 5, 10, …), one stop per arrow
 * key, across the whole width of a diagram, with a ruler under it naming some of the stops. The
 * input's value is the stop's index; what it means is said by `valueText` (shown and spoken).
 *
 * Anything passed as children is drawn in the ruler's box, whose inner width runs from the thumb's
 * centre at the first stop to its centre at the last: an SVG inside can place marks with
 * percentages (see stop-scale.ts) and they line up with the thumb.
 */
import type { ComponentChildren, TargetedEvent } from 'preact';
import { percent } from './stop-scale.ts';
import './stop-slider.css';

/** The stops, the current one, and the ruler's ticks. */
export interface StopSliderProps {
  readonly id: string;
  readonly label: string;
  readonly stops: readonly number[];
  /** Index of the current stop. */
  readonly index: number;
  /** The current stop in words, shown beside the label and spoken: "10,000 threads". */
  readonly valueText: string;
  /** Stops written under the ruler, with a long and a short form (the short one on narrow screens). */
  readonly ticks: readonly { readonly value: number; readonly long: string; readonly short: string }[];
  readonly disabled?: boolean;
  readonly onChange: (index: number) => void;
  readonly children?: ComponentChildren;
}

/** A range input along fixed stops, with its ruler (see the note at the top). */
export function StopSlider({ id, label, stops, index, valueText, ticks, disabled = false, onChange, children }: StopSliderProps) {
  const last = stops.length - 1;
  const onInput = (e: TargetedEvent<HTMLInputElement>): void => {
    const v = Math.round(Number(e.currentTarget.value));
    if (Number.isFinite(v)) onChange(Math.min(last, Math.max(0, v)));
  };
  const at = (i: number): string => percent(last === 0 ? 0 : i / last);
  return (
    <div class="dg-stops">
      <div class="dg-stops-head">
        <label class="dg-label" for={id}>
          {label}
        </label>
        <output class="dg-value dg-stops-value" for={id}>
          {valueText}
        </output>
      </div>
      <input
        id={id}
        class="dg-range dg-stops-range"
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-valuetext={valueText}
        disabled={disabled}
        onInput={onInput}
      />
      <div class="dg-stops-inset">
        <svg class="dg-stops-ruler" width="100%" height="26" aria-hidden="true" focusable="false">
          {stops.map((_, i) => (
            <line key={i} class={i === index ? 'dg-stops-tick dg-stops-tick-now' : 'dg-stops-tick'} x1={at(i)} x2={at(i)} y1="0" y2={i === index ? 8 : 5} />
          ))}
          {ticks.map((t) => {
            const i = stops.indexOf(t.value);
            if (i < 0) return null;
            const anchor = i === last ? 'end' : i === 0 ? 'start' : 'middle';
            return (
              <text key={t.value} class="dg-stops-label" x={at(i)} y="21" dx={i === 0 ? -4 : i === last ? 4 : 0} text-anchor={anchor}>
                <tspan class="dg-stops-long">{t.long}</tspan>
                <tspan class="dg-stops-short">{t.short}</tspan>
              </text>
            );
          })}
        </svg>
        {children}
      </div>
    </div>
  );
}
