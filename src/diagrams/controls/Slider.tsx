/**
 * A labelled native range input for a whole-number parameter, showing its value. For a scale of
 * stops (1, 2, 5, 10, …), the input's value is the stop's index and `display` shows the stop.
 */
import type { TargetedEvent } from 'preact';

export interface SliderProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly disabled?: boolean;
  /** Spoken value, e.g. "3 cores"; the plain number by default. */
  readonly valueText?: string;
  /** Shown value, e.g. "1,000" when the input's value is a stop's index; the plain number by default. */
  readonly display?: string;
  readonly onChange: (value: number) => void;
}

export function Slider({ id, label, value, min, max, step = 1, disabled = false, valueText, display, onChange }: SliderProps) {
  const onInput = (e: TargetedEvent<HTMLInputElement>): void => {
    const v = Number(e.currentTarget.value);
    if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
  };
  return (
    <div class="dg-field">
      <label class="dg-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="dg-range"
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        disabled={disabled}
        onInput={onInput}
      />
      <output class="dg-value" for={id}>
        {display ?? value}
      </output>
    </div>
  );
}
