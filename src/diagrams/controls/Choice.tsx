/**
 * A labelled group of native radio buttons, for a parameter with a few named values (an enum in
 * the diagram's permalink schema). The arrow keys move between options, as in any radio group.
 */
export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface ChoiceProps<V extends string> {
  /** Prefix for the radio buttons' ids and their group name; unique on the page. */
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
          <label class="dg-choice-option" key={o.value} for={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={id}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
