/**
 * A labelled native number input for a whole-number parameter. Typing is free; the value is
 * applied when it is a whole number within [min, max], and put back in range when the field is
 * left, so the diagram never sees a half-typed or out-of-range value.
 */
import type { TargetedEvent } from 'preact';

/** A number field's id, label, range and value. */
export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly disabled?: boolean;
  /** Shown after the field, e.g. "µs". */
  readonly unit?: string;
  readonly onChange: (value: number) => void;
}

/** A labelled native number input (see the note at the top). */
export function NumberField({ id, label, value, min, max, step = 1, disabled = false, unit, onChange }: NumberFieldProps) {
  const read = (e: TargetedEvent<HTMLInputElement>): number | null => {
    const raw = e.currentTarget.value.trim();
    const v = Number(raw);
    return raw === '' || !Number.isFinite(v) ? null : v;
  };
  const onInput = (e: TargetedEvent<HTMLInputElement>): void => {
    const v = read(e);
    if (v !== null && v >= min && v <= max && Number.isInteger(v / step)) onChange(v);
  };
  const onBlur = (e: TargetedEvent<HTMLInputElement>): void => {
    const v = read(e);
    const fixed = v === null ? value : Math.min(max, Math.max(min, Math.round(v / step) * step));
    e.currentTarget.value = String(fixed);
    if (fixed !== value) onChange(fixed);
  };
  return (
    <div class="dg-field">
      <label class="dg-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="dg-number"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        onInput={onInput}
        onBlur={onBlur}
      />
      {unit ? <span class="dg-unit">{unit}</span> : null}
    </div>
  );
}
