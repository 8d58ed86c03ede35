/**
 * One choice among a few named options: native radio buttons in a fieldset whose legend is the
 * visible label, so a screen reader names both the group and each option, and the arrow keys move
 * between options as in any radio group.
 *
 * Two looks. `inline`: a compact row of bordered options beside the label, as a slider's label
 * sits beside it, for short names. `column` or `row`: options listed in a box, each name with an
 * optional hint under it. The inline look is styled by diagrams.css, which every diagram loads;
 * the listed looks by choices.css, which they share with Checkbox. choices.css is not imported
 * here, so that a page whose only radio group is inline does not load it: a diagram that lists a
 * radio group imports it (see starvation/Starvation.tsx).
 */
import type { ComponentChildren } from 'preact';
import { Prose } from '../Prose.tsx';

/** One option: its value, its name and an optional hint. */
export interface RadioOption<V extends string> {
  readonly value: V;
  /** The option's name: text (kept whole around quantities, see Prose) or markup. */
  readonly label: ComponentChildren;
  /** A short explanation under the name, in the listed looks. */
  readonly hint?: ComponentChildren;
}

/** A radio group's id, label, options, value and layout. */
export interface RadioGroupProps<V extends string> {
  /** Prefix for the inputs' ids and their shared name: unique on the page. */
  readonly id: string;
  /** The group's visible name (its legend). */
  readonly label: ComponentChildren;
  readonly options: readonly RadioOption<V>[];
  readonly value: V;
  readonly disabled?: boolean;
  /** `inline` (default): options side by side beside the label; `column` or `row`: listed with hints. */
  readonly layout?: 'inline' | 'column' | 'row';
  readonly onChange: (value: V) => void;
}

/** Text goes through Prose, so that `150 µs` never breaks across lines; markup is used as it is. */
const name = (label: ComponentChildren): ComponentChildren => (typeof label === 'string' ? <Prose text={label} /> : label);

/** A radio group, inline or listed (see the note at the top). */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { id, label, options, value, disabled = false, layout = 'inline', onChange } = props;
  if (layout === 'inline') {
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
              <span>{name(o.label)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset class={layout === 'row' ? 'dg-fieldset dg-fieldset-row' : 'dg-fieldset'} disabled={disabled}>
      <legend class="dg-legend">{label}</legend>
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
                {name(o.label)}
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
