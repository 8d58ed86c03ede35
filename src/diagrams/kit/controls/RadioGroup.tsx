/**
 * A group of native radio buttons in a fieldset with a visible legend: one choice among a few
 * named options (arrow keys move between them, as browsers do for radio groups).
 */
import type { ComponentChildren } from 'preact';
import './choices.css';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: ComponentChildren;
  /** A short explanation under the option's name. */
  readonly hint?: ComponentChildren;
}

export interface RadioGroupProps<V extends string> {
  /** Prefix for the inputs' ids and their shared name. */
  readonly id: string;
  readonly legend: ComponentChildren;
  readonly options: readonly RadioOption<V>[];
  readonly value: V;
  readonly disabled?: boolean;
  /** `row`: options side by side while there is room (they wrap on narrow screens). */
  readonly layout?: 'column' | 'row';
  readonly onChange: (value: V) => void;
}

export function RadioGroup<V extends string>({ id, legend, options, value, disabled = false, layout = 'column', onChange }: RadioGroupProps<V>) {
  return (
    <fieldset class={layout === 'row' ? 'dg-fieldset dg-fieldset-row' : 'dg-fieldset'} disabled={disabled}>
      <legend class="dg-legend">{legend}</legend>
      {options.map((o) => {
        const inputId = `${id}-${o.value}`;
        return (
          <div class="dg-choice" key={o.value}>
            <input
              id={inputId}
              type="radio"
              name={id}
              value={o.value}
              checked={o.value === value}
              aria-describedby={o.hint ? `${inputId}-hint` : undefined}
              onChange={() => onChange(o.value)}
            />
            <span class="dg-choice-text">
              <label class="dg-choice-label" for={inputId}>
                {o.label}
              </label>
              {o.hint ? (
                <span class="dg-choice-hint" id={`${inputId}-hint`}>
                  {o.hint}
                </span>
              ) : null}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
