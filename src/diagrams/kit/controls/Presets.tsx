/**
 * Preset buttons: each sets several parameters at once and says in one line what it shows. The
 * preset the parameters currently match is marked pressed (aria-pressed, and a visible "current"
 * tag, so colour is not the only sign).
 */
import { Prose } from '../Prose.tsx';
import './presets.css';

/** One preset: its key, its button's label and what it shows. */
export interface Preset {
  /** Stable key, used in element ids. */
  readonly key: string;
  readonly label: string;
  /** One line saying what the preset shows. */
  readonly line: string;
}

/** The presets, the one the settings match, and what picking one does. */
export interface PresetsProps {
  /** Prefix for element ids (the diagram's id). */
  readonly id: string;
  readonly presets: readonly Preset[];
  /** Key of the preset the parameters match now, or null. */
  readonly active: string | null;
  readonly disabled?: boolean;
  readonly onPick: (key: string) => void;
}

/** A row of preset buttons, each with its one-line purpose. */
export function Presets({ id, presets, active, disabled = false, onPick }: PresetsProps) {
  return (
    <div class="dg-presets" role="group" aria-labelledby={`${id}-presets`}>
      <p class="dg-label dg-presets-title" id={`${id}-presets`}>
        Presets
      </p>
      <ul class="dg-presets-list">
        {presets.map((p) => {
          const on = p.key === active;
          return (
            <li key={p.key} class={on ? 'dg-preset dg-preset-on' : 'dg-preset'}>
              <button
                type="button"
                class="dg-button dg-button-small"
                aria-pressed={on ? 'true' : 'false'}
                aria-describedby={`${id}-preset-${p.key}`}
                disabled={disabled}
                onClick={() => onPick(p.key)}
              >
                {p.label}
              </button>
              <span class="dg-preset-line" id={`${id}-preset-${p.key}`}>
                <Prose text={p.line} />
                {/* Kept in the layout (only made invisible) so that pressing a preset moves nothing. */}
                <span class={on ? 'dg-preset-tag' : 'dg-preset-tag dg-hidden'} aria-hidden="true">
                  {' '}
                  (showing)
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
