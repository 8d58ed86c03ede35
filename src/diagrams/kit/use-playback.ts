/**
 * The one animation clock every diagram uses. It owns the playhead time t (µs, simulated) and
 * maps wall time to it: a whole run plays in about 10 s whatever its length, so a 255 µs lesson
 * run and a 3 s server run read at the same pace. The simulation is never re-run per frame: a
 * frame only moves t, and the views ask the trace what is true at t.
 *
 * Nothing autoplays. With `prefers-reduced-motion: reduce`, playing does not animate: t jumps
 * from one event instant to the next about once a second.
 *
 * The clock runs over anything that has a length and instants worth stopping at (`Stops`): a
 * Trace, or a numbered sequence of steps (`stepStops`), which plays one step at a time.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useReducedMotion } from './hooks.ts';

/** Wall time for a whole run, in ms. */
export const RUN_DURATION_MS = 10_000;
/** With reduced motion: wall time between two event instants, in ms. */
export const REDUCED_STEP_MS = 1_000;
/** A frame longer than this (a background tab, a debugger pause) counts as this long. */
const MAX_FRAME_MS = 100;

/** What the clock plays over: a run's length and the instants worth stopping at. A Trace is one. */
export interface Stops {
  /** The end of the run; t goes from 0 to this. */
  readonly makespan: number;
  /** The first stop after t, or null at the end. */
  nextEventTime(t: number): number | null;
  /** The last stop before t, or null at the start. */
  prevEventTime(t: number): number | null;
}

/** A sequence of `count` numbered steps, 0 to count − 1, as stops for the clock. Pure. */
export function stepStops(count: number): Stops {
  const last = Number.isFinite(count) ? Math.max(0, Math.floor(count) - 1) : 0;
  return {
    makespan: last,
    nextEventTime: (t) => (Math.floor(t) + 1 <= last ? Math.floor(t) + 1 : null),
    prevEventTime: (t) => (Math.ceil(t) - 1 >= 0 ? Math.ceil(t) - 1 : null),
  };
}

/** How playing moves the playhead: animated, or stop by stop. */
export interface PlaybackOptions {
  /**
   * Play by jumping from stop to stop every `stepMs` instead of animating, whatever the motion
   * setting: for sequences of steps, where an in-between value means nothing.
   */
  readonly stepsOnly?: boolean;
  /** Wall time between two stops when playing step by step, in ms (default REDUCED_STEP_MS). */
  readonly stepMs?: number;
}

/** The playhead and what moves it. */
export interface Playback {
  /** The playhead, in µs, within [0, makespan]. */
  readonly t: number;
  readonly playing: boolean;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** Whether playing steps between events instead of animating. */
  readonly reducedMotion: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  /** To the next instant at which an event happens (or the end); pauses. */
  stepForward(): void;
  /** To the previous instant at which an event happens (or 0); pauses. */
  stepBack(): void;
  /** To any time (clamped to the run). Does not pause: scrubbing while playing carries on from there. */
  seek(t: number): void;
  /** Back to 0, paused. */
  restart(): void;
}

const clamp = (t: number, end: number): number => (Number.isNaN(t) || t < 0 ? 0 : Math.min(t, end));

/** Several runs on one clock: it ends with the longest, and stops at every instant of each. */
export function mergeStops(runs: readonly Stops[]): Stops {
  return {
    makespan: Math.max(0, ...runs.map((c) => c.makespan)),
    nextEventTime(t) {
      let best: number | null = null;
      for (const c of runs) {
        const next = c.nextEventTime(t);
        if (next !== null && (best === null || next < best)) best = next;
      }
      return best;
    },
    prevEventTime(t) {
      let best: number | null = null;
      for (const c of runs) {
        const prev = c.prevEventTime(t);
        if (prev !== null && (best === null || prev > best)) best = prev;
      }
      return best;
    },
  };
}

/**
 * `initialTime` is where the playhead starts (the diagram's default moment). When `trace`
 * changes (the reader changed a parameter), t stays where it was, clamped to the new run.
 */
export function usePlayback(trace: Stops, initialTime = 0, options: PlaybackOptions = {}): Playback {
  const reducedMotion = useReducedMotion();
  const stepping = reducedMotion || options.stepsOnly === true;
  const stepMs = options.stepMs ?? REDUCED_STEP_MS;
  const end = trace.makespan;
  // The requested time may exceed a new, shorter run for one render; reads clamp it.
  const [rawT, setRawT] = useState(() => Math.max(0, initialTime));
  const [playing, setPlaying] = useState(false);
  const t = clamp(rawT, end);

  // The animation loop reads the latest values through refs, so it never restarts mid-run.
  const traceRef = useRef(trace);
  const tRef = useRef(t);
  traceRef.current = trace;
  tRef.current = t;

  useEffect(() => {
    if (rawT > end) setRawT(end);
  }, [end, rawT]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = -1;
    let sinceStep = 0;
    const move = (next: number): void => {
      tRef.current = next;
      setRawT(next);
    };
    const stepOnce = (): boolean => {
      const tr = traceRef.current;
      const next = tr.nextEventTime(tRef.current) ?? tr.makespan;
      move(Math.min(next, tr.makespan));
      return next < tr.makespan;
    };
    if (stepping && !stepOnce()) {
      setPlaying(false);
      return;
    }
    const tick = (now: number): void => {
      const dt = last < 0 ? 0 : Math.min(MAX_FRAME_MS, now - last);
      last = now;
      const tr = traceRef.current;
      let goOn: boolean;
      if (stepping) {
        sinceStep += dt;
        goOn = true;
        if (sinceStep >= stepMs) {
          sinceStep = 0;
          goOn = stepOnce();
        }
      } else {
        const next = tRef.current + (dt * tr.makespan) / RUN_DURATION_MS;
        goOn = next < tr.makespan;
        move(Math.min(next, tr.makespan));
      }
      if (goOn) frame = requestAnimationFrame(tick);
      else setPlaying(false);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, stepping, stepMs]);

  const play = useCallback(() => {
    // Playing from the end starts over, as a media player does.
    if (tRef.current >= traceRef.current.makespan) {
      tRef.current = 0;
      setRawT(0);
    }
    setPlaying(true);
  }, []);
  const pause = useCallback(() => setPlaying(false), []);
  const seek = useCallback((to: number) => {
    // Not clamped to this run's end: a restored link sets its parameters and its t together, and
    // t belongs to the run those parameters make. The render clamps, the effect above settles it.
    const next = clamp(to, Infinity);
    tRef.current = Math.min(next, traceRef.current.makespan);
    setRawT(next);
  }, []);
  const stepForward = useCallback(() => {
    setPlaying(false);
    const tr = traceRef.current;
    seek(tr.nextEventTime(tRef.current) ?? tr.makespan);
  }, [seek]);
  const stepBack = useCallback(() => {
    setPlaying(false);
    seek(traceRef.current.prevEventTime(tRef.current) ?? 0);
  }, [seek]);
  const restart = useCallback(() => {
    setPlaying(false);
    seek(0);
  }, [seek]);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);

  return {
    t,
    playing,
    atStart: t <= 0,
    atEnd: t >= end,
    reducedMotion: stepping,
    play,
    pause,
    toggle,
    stepForward,
    stepBack,
    seek,
    restart,
  };
}
