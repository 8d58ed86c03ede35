/**
 * Lesson 3's scenario, "switch-cost": three CPU-bound threads share one core under preemptive
 * round robin, and the reader sets what a context switch costs and how long a time slice is.
 *
 * Each thread needs 3.5 slices of CPU, whatever the slice: the run is always twelve turns long
 * (three full slices and a half for each thread, eleven switches), so the spans stay visible at
 * any setting and only the switches' share of the time changes. The half slices at the end are
 * what real work looks like (it rarely ends on a slice boundary), and they make this short run's
 * share close to the long-run ratio switch / (slice + switch). Pure data: no DOM, no clock.
 */
import { FIGURES } from '../figures.ts';
import type { Report } from '../report.ts';
import type { Scenario } from '../scenario.ts';

/** Slider positions for the switch cost (µs): roughly logarithmic, with the measured 1.2 and 2.2 µs and the 30 µs rule of thumb for the indirect cost. */
export const SWITCH_COST_STEPS = [0.5, 0.7, 1, 1.2, 1.5, 2, 2.2, 3, 5, 7, 10, 15, 20, 30, 50] as const;

/** Slider positions for the time slice (µs): roughly logarithmic, with Linux's 0.75 ms and 3 ms. */
export const TIME_SLICE_STEPS = [50, 70, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7000, 10_000] as const;

export interface SwitchCostParams {
  /** CPU time one context switch takes (µs). */
  readonly switchCost: number;
  /** The time slice (µs). */
  readonly timeSlice: number;
}

/** The two presets. Realistic: the course's figures. Exaggerated: a cost a fifth of the slice, so switches show. */
export const SWITCH_COST_PRESETS = {
  realistic: { switchCost: FIGURES.threadSwitch.value, timeSlice: FIGURES.timeSlice.value },
  exaggerated: { switchCost: 20, timeSlice: 100 },
} as const satisfies Record<string, SwitchCostParams>;

export type SwitchCostPreset = keyof typeof SWITCH_COST_PRESETS;

/** The threads, and how many slices of CPU each needs. */
export const SWITCH_COST_WORK = { threads: ['A', 'B', 'C'], slicesPerThread: 3.5 } as const;

/** The value in `steps` nearest to x (on a log scale), so any input lands on a slider position. */
export function nearestStep(steps: readonly number[], x: number): number {
  let best = steps[0]!;
  if (!Number.isFinite(x) || x <= 0) return best;
  for (const s of steps) if (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x))) best = s;
  return best;
}

/** Both parameters moved to their nearest slider positions. */
export function snapParams(params: SwitchCostParams): SwitchCostParams {
  return {
    switchCost: nearestStep(SWITCH_COST_STEPS, params.switchCost),
    timeSlice: nearestStep(TIME_SLICE_STEPS, params.timeSlice),
  };
}

/** Builds the scenario; both parameters are snapped to the nearest slider position. */
export function switchCostScenario(params: SwitchCostParams): Scenario {
  const { switchCost, timeSlice } = snapParams(params);
  const cpu = SWITCH_COST_WORK.slicesPerThread * timeSlice;
  return {
    model: 'threads',
    cores: 1,
    timeSlice,
    switchCost,
    tasks: SWITCH_COST_WORK.threads.map((name) => ({ name, arrival: 0, steps: [{ cpu }] })),
  };
}

/** The share of all core time spent switching, 0 to 1: switching / (cores × makespan). */
export function switchingShare(report: Report, cores: number): number {
  const total = cores * report.makespan;
  return total > 0 ? report.switching / total : 0;
}

/** Which preset these settings are, if any. */
export function presetOf(params: SwitchCostParams): SwitchCostPreset | null {
  for (const [name, p] of Object.entries(SWITCH_COST_PRESETS)) {
    if (p.switchCost === params.switchCost && p.timeSlice === params.timeSlice) return name as SwitchCostPreset;
  }
  return null;
}

/** How a setting compares with what real machines show. */
export type Comparison = 'below' | 'within' | 'above';

/** The measured ranges the settings are compared with: switch 1.2–2.2 µs, Linux slice 0.75–3 ms. */
export const MEASURED = {
  switchCost: { low: FIGURES.threadSwitchPinnedLow.value, high: FIGURES.threadSwitchUnpinned.value },
  timeSlice: { low: FIGURES.timeSliceSmall.value, high: FIGURES.timeSlice.value },
} as const;

const compare = (x: number, range: { low: number; high: number }): Comparison =>
  x < range.low ? 'below' : x > range.high ? 'above' : 'within';

/** Whether each setting is below, within or above the measured range. */
export function compareWithMeasured(params: SwitchCostParams): { switchCost: Comparison; timeSlice: Comparison } {
  return {
    switchCost: compare(params.switchCost, MEASURED.switchCost),
    timeSlice: compare(params.timeSlice, MEASURED.timeSlice),
  };
}
