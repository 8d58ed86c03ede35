/**
 * Lesson 2's scenario, "thread states": three threads share one core (or two) and leave it in
 * the three ways a running thread can, short of being preempted:
 *
 * - A computes a little, then waits for an I/O (an SSD read, or a datacenter round trip), then
 *   computes a little more;
 * - B computes a little, then waits for a reply from another machine (a datacenter round trip);
 * - C computes for a long time, in four chunks, and (unless the reader turns it off) yields the
 *   core between chunks.
 *
 * The I/O waits and the context switch keep their real-world sizes (figures.ts), and so does the
 * time slice: at about 3 ms it is longer than this whole run, so no thread is ever preempted and
 * every change of thread on a core comes from a block, a yield or a finish. The CPU amounts are
 * chosen for the story, not measured: A's read completes while C is in the middle of a chunk.
 * Pure data: no DOM, no clock.
 */
import type { Scenario, Step } from '../scenario.ts';

/** What A waits for. */
export type ThreadStatesIo = 'ssd' | 'datacenter';

/** What the reader can change. */
export interface ThreadStatesParams {
  readonly cores: number;
  readonly io: ThreadStatesIo;
  /** Whether C calls yield between its chunks of work. */
  readonly yields: boolean;
}

export const THREAD_STATES_LIMITS = {
  cores: { min: 1, max: 2, default: 1 },
  io: { values: ['ssd', 'datacenter'] as const, default: 'ssd' as ThreadStatesIo },
  yields: { default: true },
} as const;

/*
 * The real-world figures below are the values of FIGURES in figures.ts (ssdRead,
 * datacenterRoundTrip, timeSlice, threadSwitch; the test keeps them equal), written out so that
 * the diagram's bundle does not carry every figure's label.
 */

/** The waits (µs), quoted by the diagram's controls and note. */
export const THREAD_STATES_IO: Readonly<Record<ThreadStatesIo, number>> = {
  ssd: 150,
  datacenter: 500,
};

/** The preset's costs (µs), quoted by the diagram's note. */
export const THREAD_STATES_PRESET = {
  timeSlice: 3000,
  switchCost: 2,
  /** A's and B's computing before and after their wait (µs). */
  aWork: [30, 20],
  bWork: [40, 20],
  /** C's work: this many chunks of this many µs. */
  chunks: 4,
  chunk: 100,
} as const;

function clampInt(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.round(x))) : lo;
}

/** C's steps: its chunks of work, with a yield between two chunks when `yields`. */
function cSteps(yields: boolean): Step[] {
  const { chunks, chunk } = THREAD_STATES_PRESET;
  if (!yields) return [{ cpu: chunks * chunk }];
  const steps: Step[] = [];
  for (let i = 0; i < chunks; i++) {
    if (i > 0) steps.push({ yield: true });
    steps.push({ cpu: chunk });
  }
  return steps;
}

/** Builds the scenario: threads A, B and C on `cores` cores (1 or 2), all started at 0 µs. */
export function threadStates(params: ThreadStatesParams): Scenario {
  const { cores: coreLimits, io: ioLimits } = THREAD_STATES_LIMITS;
  const cores = clampInt(params.cores, coreLimits.min, coreLimits.max);
  const io = ioLimits.values.includes(params.io) ? params.io : ioLimits.default;
  const { aWork, bWork } = THREAD_STATES_PRESET;
  return {
    model: 'threads',
    cores,
    timeSlice: THREAD_STATES_PRESET.timeSlice,
    switchCost: THREAD_STATES_PRESET.switchCost,
    tasks: [
      { name: 'A', arrival: 0, steps: [{ cpu: aWork[0] }, { io: THREAD_STATES_IO[io] }, { cpu: aWork[1] }] },
      { name: 'B', arrival: 0, steps: [{ cpu: bWork[0] }, { io: THREAD_STATES_IO.datacenter }, { cpu: bWork[1] }] },
      { name: 'C', arrival: 0, steps: cSteps(params.yields) },
    ],
  };
}
