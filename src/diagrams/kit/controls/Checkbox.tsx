/**
 * A labelled native checkbox for an on/off parameter, with an optional second line saying what
 * it does. The whole label is the click target; Space toggles it from the keyboard.
 */
import type { ComponentChildren } from 'preact';
import './choices.css';

/** A checkbox's id, name, hint and state. */
export interface CheckboxProps {
  readonly id: string;
  /** The visible name, which is also the accessible name. */
  readonly label: ComponentChildren;
  /** A short explanation under the name (becomes the accessible description). */
  readonly hint?: ComponentChildren;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A labelled native checkbox (see the note at the top). */
export function Checkbox({ id, label, hint, checked, disabled = false, onChange }: CheckboxProps) {
  return (
    <div class="dg-choice">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="dg-choice-text">
        <label class="dg-choice-label" for={id}>
          {label}
        </label>
        {hint ? (
          <span class="dg-choice-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}
