/**
 * A labelled group of native radio buttons for a parameter with a few named values. The group is
 * a fieldset whose legend is the visible label, so a screen reader names both the group and each
 * option; the arrow keys move between options, as in any radio group.
 */
import { Prose } from '../Prose.tsx';

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface ChoiceProps<V extends string> {
  /** Prefix for the inputs' ids and the group's name: unique on the page. */
  readonly id: string;
  readonly label: string;
  readonly value: V;
  readonly options: readonly ChoiceOption<V>[];
  readonly disabled?: boolean;
  readonly onChange: (value: V) => void;
}

export function Choice<V extends string>({ id, label, value, options, disabled = false, onChange }: ChoiceProps<V>) {
  return (
    <fieldset class="dg-choice" disabled={disabled}>
      <legend class="dg-label">{label}</legend>
      <div class="dg-choice-options">
        {options.map((o) => (
          <label class="dg-choice-option" key={o.value}>
            <input
              id={`${id}-${o.value}`}
              class="dg-radio"
              type="radio"
              name={id}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>
              <Prose text={o.label} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
