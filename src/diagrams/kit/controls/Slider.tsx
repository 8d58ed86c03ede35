/**
 * A labelled native range input for a whole-number parameter, showing its value. A parameter
 * whose positions stand for other values (a log scale: position 4 is "2 µs") passes the text to
 * show as `display` and the words to speak as `valueText`.
 */
import type { TargetedEvent } from 'preact';

/** A slider's id, label, range, value and how its value is shown. */
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
  /** Shown beside the slider instead of the plain number, e.g. "2 µs" (gets room for about 9 characters). */
  readonly display?: string;
  readonly onChange: (value: number) => void;
}

/** A labelled native range input (see the note at the top). */
export function Slider({ id, label, value, min, max, step = 1, disabled = false, valueText, display, onChange }: SliderProps) {
  const onInput = (e: TargetedEvent<HTMLInputElement>): void => {
    const v = Number(e.currentTarget.value);
    if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
  };
  return (
    <div class={display === undefined ? 'dg-field' : 'dg-field dg-field-text'}>
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
