/** A labelled native checkbox for an on/off parameter; the label is clickable and always visible. */
export interface CheckboxProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function Checkbox({ id, label, checked, disabled = false, onChange }: CheckboxProps) {
  return (
    <div class="dg-check">
      <input
        id={id}
        class="dg-checkbox"
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label class="dg-label" for={id}>
        {label}
      </label>
    </div>
  );
}
