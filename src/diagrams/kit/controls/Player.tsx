/**
 * Playback controls: Play/Pause, Step back, Step forward, Restart, and a Time slider over the
 * whole run. All native elements with visible labels. On the slider, the arrow keys jump to the
 * previous or next instant at which something happens (Home, End and Page keys work as usual),
 * so a keyboard reader steps through the story the way the step buttons do.
 *
 * By default the slider is "Time" in µs. A diagram made of numbered steps names it otherwise
 * (`label`, `valueText`, `display`) and snaps it to whole steps (`resolution`).
 */
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { formatUs } from '../format.ts';
import type { Playback } from '../use-playback.ts';

/** The playback the controls drive, and how the slider names its values. */
export interface PlayerProps {
  /** Prefix for element ids (the diagram's id). */
  readonly id: string;
  readonly playback: Playback;
  /** End of the run (µs): the slider's maximum. */
  readonly end: number;
  /** Until the island has hydrated, the controls are shown but cannot work. */
  readonly disabled: boolean;
  /** The slider's visible label (default "Time"); its id is `<id>-time` either way. */
  readonly label?: string;
  /** What a screen reader says for the slider's value (default "12 µs of 255 µs"). */
  readonly valueText?: (t: number, end: number) => string;
  /** The value shown beside the slider (default "t = 12 µs"). */
  readonly display?: (t: number) => string;
  /** Scrubbing snaps to multiples of this (default: 1 µs for runs of 200 µs and more, else 0.1). */
  readonly resolution?: number;
}

/** A 16 px icon beside a button's text; decorative, so hidden from assistive technology. */
function Icon({ d, stroke = false }: { d: string; stroke?: boolean }) {
  return (
    <svg class={stroke ? 'dg-icon dg-icon-stroke' : 'dg-icon'} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

const ICONS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  back: 'M2.5 2.5h2v11h-2zM14 2.5v11L5.5 8z',
  forward: 'M11.5 2.5h2v11h-2zM2 2.5v11L10.5 8z',
  restart: 'M3.6 4.6A5.5 5.5 0 1 1 2.5 8M3.6 1.6v3h3',
};

/** Scrubbing resolution: whole µs for runs of 200 µs and more, tenths below. */
function snap(value: number, end: number, resolution?: number): number {
  const unit = resolution ?? (end >= 200 ? 1 : 0.1);
  return Math.min(end, Math.round(value / unit) * unit);
}

const timeText = (t: number, end: number): string => `${formatUs(t)} of ${formatUs(end)}`;
const timeDisplay = (t: number): string => `t = ${formatUs(t)}`;

/** Play, step, restart and the Time slider (see the note at the top). */
export function Player(props: PlayerProps) {
  const { id, playback, end, disabled, label = 'Time', valueText = timeText, display = timeDisplay, resolution } = props;
  const { t, playing } = playback;
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') {
      e.preventDefault();
      playback.stepForward();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') {
      e.preventDefault();
      playback.stepBack();
    }
  };
  const onInput = (e: TargetedEvent<HTMLInputElement>): void => {
    const value = Number(e.currentTarget.value);
    if (Number.isFinite(value)) playback.seek(snap(value, end, resolution));
  };
  return (
    <div class="dg-player" role="group" aria-label="Playback">
      <div class="dg-buttons">
        <button type="button" class="dg-button dg-button-primary" onClick={playback.toggle} disabled={disabled}>
          <Icon d={playing ? ICONS.pause : ICONS.play} />
          {/* Both words take the same room, so the button keeps its width; only one is read out. */}
          <span class="dg-stack">
            <span class={playing ? 'dg-hidden' : undefined}>Play</span>
            <span class={playing ? undefined : 'dg-hidden'}>Pause</span>
          </span>
        </button>
        <button type="button" class="dg-button" onClick={playback.stepBack} disabled={disabled} aria-disabled={playback.atStart ? 'true' : undefined}>
          <Icon d={ICONS.back} />
          Step back
        </button>
        <button type="button" class="dg-button" onClick={playback.stepForward} disabled={disabled} aria-disabled={playback.atEnd ? 'true' : undefined}>
          <Icon d={ICONS.forward} />
          Step forward
        </button>
        <button type="button" class="dg-button" onClick={playback.restart} disabled={disabled}>
          <Icon d={ICONS.restart} stroke />
          Restart
        </button>
      </div>
      <div class="dg-scrub">
        <label class="dg-label" for={`${id}-time`}>
          {label}
        </label>
        <input
          id={`${id}-time`}
          class="dg-range"
          type="range"
          min="0"
          max={end}
          step={resolution ?? 'any'}
          value={t}
          aria-valuetext={valueText(t, end)}
          onInput={onInput}
          onKeyDown={onKeyDown}
          disabled={disabled}
        />
        <output class="dg-time" for={`${id}-time`}>
          {display(t)}
        </output>
      </div>
    </div>
  );
}
