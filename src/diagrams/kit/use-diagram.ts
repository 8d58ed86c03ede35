/**
 * The wiring every diagram shares, in one hook: its settings (what its controls set), the run they
 * make, the playhead over that run, the state in its link, and the props DiagramFrame and Player
 * take. A diagram says only what is its own: its link's fields, how its settings make a run, and
 * how the run is told in words.
 *
 * The server HTML and the first client render are identical: both show the defaults at the
 * initial moment. A link's state is read once, right after hydration (useLinkState), and then
 * moves the settings and the playhead.
 *
 * The run is computed once per settings: `run` may read constants and the island's props (which
 * never change after hydration), but nothing else that changes, or the diagram would show a stale
 * run. Settings are compared field by field, so setting a value it already has re-runs nothing.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { DiagramFrameProps, Transcript } from './DiagramFrame.tsx';
import type { PlayerProps } from './controls/Player.tsx';
import { useLinkState, useMounted } from './hooks.ts';
import type { TranscriptEntry } from './narrate.ts';
import { permalinkHref, schemaDefaults, type Problem, type Schema, type StateOf } from './permalink.ts';
import { stepStops, usePlayback, type Playback, type PlaybackOptions, type Stops } from './use-playback.ts';

/** A link's fields without the playhead `t`: the settings of a diagram whose link holds them as they are. */
export type LinkSettings<S extends Schema> = Omit<StateOf<S>, 't'>;

/** What a link restores: settings, and where the playhead goes ('initial': the run's initial moment; undefined: nowhere). */
export interface Linked<P> {
  readonly settings: P;
  readonly t?: number | 'initial' | undefined;
}

/** What a diagram tells the hook: its link, its settings, how they make a run, and how the run is told. */
export interface DiagramSpec<S extends Schema, P, R> {
  /** The registered id: the figure's id and the link's prefix. */
  readonly id: string;
  /** The link's fields (see permalink.ts). */
  readonly schema: S;
  /** The settings before a link or a control changes them. */
  readonly defaults: P;
  /** A link's settings and playhead; for settings that are the link's fields as they are, see `plainLink`. */
  readonly fromLink: (state: StateOf<S>) => Linked<P>;
  /** The link's fields for these settings at playhead t. */
  readonly toLink: (settings: P, t: number) => StateOf<S>;
  /** Everything a set of settings makes (scenario, trace, report…), computed once per settings. */
  readonly run: (settings: P) => R;
  /** What the playhead moves over (a Trace, several runs' merged stops, numbered steps); none for a diagram without playback. */
  readonly stops?: (run: R) => Stops;
  /** The playhead's first position: a time, or a moment of the run (also where `reset` and a link without a time go). */
  readonly initialTime?: number | ((run: R) => number);
  readonly playback?: PlaybackOptions;
  /** What is happening at t, in words: the narration line. */
  readonly narrate: (run: R, t: number, settings: P) => string;
  /** The whole run in words; built only when the transcript can be read (see DiagramFrame). */
  readonly transcript: (run: R, settings: P) => Transcript | readonly TranscriptEntry[];
}

/** The link part of a spec whose settings are the link's fields as they are, the playhead `t` aside. */
export function plainLink<S extends Schema>(schema: S): Pick<DiagramSpec<S, LinkSettings<S>, unknown>, 'defaults' | 'fromLink' | 'toLink'> {
  const split = (state: StateOf<S>): Linked<LinkSettings<S>> => {
    const { t, ...settings } = state as Record<string, unknown>;
    return { settings: settings as LinkSettings<S>, t: typeof t === 'number' ? t : undefined };
  };
  return {
    defaults: split(schemaDefaults(schema)).settings,
    fromLink: split,
    // `t` is left out of the link by encodeState when the schema has no such field.
    toLink: (settings, t) => ({ ...settings, t }) as StateOf<S>,
  };
}

/** The props of DiagramFrame that the hook fills in. */
export type FrameWiring = Pick<DiagramFrameProps, 'id' | 'mounted' | 'href' | 'problems' | 'narration' | 'narrationLive' | 'transcript'>;

/** A diagram's live state and the props its frame and player need. */
export interface Diagram<P, R> {
  /** False in the server HTML and the hydrating render: controls are disabled until then. */
  readonly mounted: boolean;
  readonly settings: P;
  /** Changes some settings (or all, from the current ones); the playhead keeps its time, clamped to the new run. */
  readonly set: (change: Partial<P> | ((settings: P) => P)) => void;
  /** New settings, paused, with the playhead at the new run's initial moment (a preset). */
  readonly reset: (settings: P) => void;
  readonly run: R;
  readonly playback: Playback;
  /** The playhead, in the run's unit (µs, or a step number). */
  readonly t: number;
  /** What the link could not restore. */
  readonly problems: readonly Problem[];
  /** The id of the frame's description, for a picture's aria-describedby. */
  readonly describedBy: string;
  /** Spread into DiagramFrame. */
  readonly frame: FrameWiring;
  /** Spread into Player. */
  readonly player: PlayerProps;
}

/** Stops of a diagram without playback: a run of length 0. */
const NO_STOPS = stepStops(1);

/** Whether two settings objects hold the same values, field by field. */
function sameSettings<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

const isList = (words: Transcript | readonly TranscriptEntry[]): words is readonly TranscriptEntry[] => Array.isArray(words);
const asTranscript = (words: Transcript | readonly TranscriptEntry[]): Transcript => (isList(words) ? { entries: words, omitted: 0 } : words);

/** A diagram's wiring: settings, run, playhead, link, and the props of its frame and player. */
export function useDiagram<S extends Schema, P extends object, R>(spec: DiagramSpec<S, P, R>): Diagram<P, R> {
  const { id, schema } = spec;
  const mounted = useMounted();
  const [settings, setSettings] = useState<P>(spec.defaults);
  const run = useMemo(() => spec.run(settings), [settings]);
  const stops = useMemo(() => (spec.stops ? spec.stops(run) : NO_STOPS), [run]);
  const initialOf = (r: R): number => (typeof spec.initialTime === 'function' ? spec.initialTime(r) : (spec.initialTime ?? 0));
  const playback = usePlayback(stops, initialOf(run), spec.playback);

  const set = useCallback((change: Partial<P> | ((settings: P) => P)): void => {
    setSettings((p) => {
      const next = typeof change === 'function' ? change(p) : { ...p, ...change };
      return sameSettings(p, next) ? p : next;
    });
  }, []);

  // A moment of the run can only be known once the run is made: a preset or a link without a time
  // asks for it here, and the effect seeks there after the render that makes the new run.
  const [toInitial, setToInitial] = useState(false);
  useEffect(() => {
    if (!toInitial) return;
    playback.seek(initialOf(run));
    setToInitial(false);
  }, [toInitial, run]);

  const reset = useCallback(
    (next: P): void => {
      playback.pause();
      set(next);
      setToInitial(true);
    },
    [set, playback.pause],
  );

  const problems = useLinkState(id, schema, (state) => {
    const linked = spec.fromLink(state);
    set(linked.settings);
    if (linked.t === 'initial') setToInitial(true);
    else if (linked.t !== undefined) playback.seek(linked.t);
  });

  // Built only when the transcript is opened (DiagramFrame asks for it); once per run.
  const transcript = useCallback(() => asTranscript(spec.transcript(run, settings)), [run, settings]);
  const { t } = playback;

  return {
    mounted,
    settings,
    set,
    reset,
    run,
    playback,
    t,
    problems,
    describedBy: `${id}-description`,
    frame: {
      id,
      mounted,
      href: permalinkHref(id, schema, spec.toLink(settings, t)),
      problems,
      narration: spec.narrate(run, t, settings),
      narrationLive: !playback.playing || playback.reducedMotion,
      transcript,
    },
    player: { id, playback, end: stops.makespan, disabled: !mounted },
  };
}
