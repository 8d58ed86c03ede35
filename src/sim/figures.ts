/**
 * Real-world figures the simulation's defaults and the diagrams' presets use: value and unit
 * only, since this file ships to the browser with the diagrams. What each one is and where it
 * comes from (ids of its entries on the Sources page) is in figure-notes.ts, which only the build
 * and the tests read; a test checks both files name the same figures and every source exists.
 * They are orders of magnitude measured on particular machines, not constants of nature.
 */

export interface Figure {
  /** The value, in the unit named by `unit`. */
  readonly value: number;
  readonly unit: 'µs' | 'ns' | 'bytes' | 'count' | 'operations';
}

const KiB = 1024;
const MiB = 1024 * KiB;

export const FIGURES = {
  threadSwitch: { value: 2, unit: 'µs' },
  threadSwitchPinnedLow: { value: 1.2, unit: 'µs' },
  threadSwitchUnpinned: { value: 2.2, unit: 'µs' },
  cacheRefill: { value: 30, unit: 'µs' },
  asyncSwitch: { value: 0.2, unit: 'µs' },
  tokioYield: { value: 293, unit: 'ns' },
  threadSpawn: { value: 17, unit: 'µs' },
  taskSpawn: { value: 0.3, unit: 'µs' },
  threadStackReserved: { value: 2 * MiB, unit: 'bytes' },
  threadStackResident: { value: 10 * KiB, unit: 'bytes' },
  kernelStack: { value: 16 * KiB, unit: 'bytes' },
  taskBytes: { value: 410, unit: 'bytes' },
  timeSlice: { value: 3000, unit: 'µs' },
  timeSliceSmall: { value: 750, unit: 'µs' },
  ssdRead: { value: 150, unit: 'µs' },
  datacenterRoundTrip: { value: 500, unit: 'µs' },
  tokioBudget: { value: 128, unit: 'operations' },
  pidMax: { value: 32_768, unit: 'count' },
  maxMapCount: { value: 65_530, unit: 'count' },
  threadsMax32GiB: { value: 255_000, unit: 'count' },
  laptopThreads: { value: 80_000, unit: 'count' },
  laptopTasks: { value: 250_000, unit: 'count' },
  c10k: { value: 10_000, unit: 'count' },
} as const satisfies Record<string, Figure>;

export type FigureName = keyof typeof FIGURES;
