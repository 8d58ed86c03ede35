/**
 * Lesson 5's scenario, "executor loop": a few async tasks share one executor thread. Each task
 * computes a little, awaits one I/O operation (an SSD read or a network round trip), then
 * computes some more and is done.
 *
 * Every cost is realistic, none exaggerated: a task switch takes 0.2 µs, an SSD read 150 µs, a
 * round trip within a datacenter 500 µs (src/sim/figures.ts). The CPU work, tens of µs per
 * stretch, is this lesson's own made-up workload. Pure data: no DOM, no clock.
 */
import { FIGURES } from '../figures.ts';
import type { Scenario, TaskSpec } from '../scenario.ts';

/** What the tasks await: the default mixes both kinds; the others give every task the same. */
export type IoMix = 'mixed' | 'read' | 'network';
/** What one task awaits. */
export type IoKind = 'read' | 'network';

export const IO_MIXES: readonly IoMix[] = ['mixed', 'read', 'network'];

/** What the reader can change, with the bounds the diagram's controls and links accept. */
export interface ExecutorLoopParams {
  readonly tasks: number;
  readonly io: IoMix;
}

export const EXECUTOR_LOOP_LIMITS = {
  tasks: { min: 1, max: 8, default: 5 },
  io: { values: IO_MIXES, default: 'mixed' as IoMix },
} as const;

/** The costs the scenario uses, all from the course's figures; quoted by the diagram's note. */
export const EXECUTOR_LOOP_COSTS = {
  switchCost: FIGURES.asyncSwitch.value,
  read: FIGURES.ssdRead.value,
  network: FIGURES.datacenterRoundTrip.value,
} as const;

const NAMES = 'ABCDEFGH';

/**
 * CPU work before and after each task's await (µs). Uneven on purpose, so tasks do not move in
 * lockstep. A's second stretch is the longest: in the default run the reads of B and C complete
 * while A runs, so the lesson can ask when C gets the thread (answer: after A, then B).
 */
const BEFORE = [20, 30, 25, 40, 30, 20, 35, 25] as const;
const AFTER = [60, 30, 40, 20, 50, 30, 40, 45] as const;
/** In the mixed run, D, F and H wait for the network and the others read from the SSD. */
const MIXED: readonly IoKind[] = ['read', 'read', 'read', 'network', 'read', 'network', 'read', 'network'];

function clampInt(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.round(x))) : lo;
}

function taskCount(params: ExecutorLoopParams): number {
  const { min, max } = EXECUTOR_LOOP_LIMITS.tasks;
  return clampInt(params.tasks, min, max);
}

/** What each task awaits, in task order (A first). An unknown mix counts as the default. */
export function executorLoopIo(params: ExecutorLoopParams): IoKind[] {
  const io = IO_MIXES.includes(params.io) ? params.io : EXECUTOR_LOOP_LIMITS.io.default;
  return Array.from({ length: taskCount(params) }, (_, i) => (io === 'mixed' ? MIXED[i]! : io));
}

/** Builds the scenario: `tasks` tasks (1 to 8, named A, B, C, …), all spawned at 0, on one thread. */
export function executorLoop(params: ExecutorLoopParams): Scenario {
  const tasks = executorLoopIo(params).map(
    (kind, i): TaskSpec => ({
      name: NAMES[i]!,
      arrival: 0,
      steps: [{ cpu: BEFORE[i]! }, { io: EXECUTOR_LOOP_COSTS[kind] }, { cpu: AFTER[i]! }],
    }),
  );
  return { model: 'async', cores: 1, timeSlice: null, switchCost: EXECUTOR_LOOP_COSTS.switchCost, tasks };
}

/** How long the tasks take one after another, each waiting out its I/O before the next starts. */
export function oneAfterAnother(scenario: Scenario): number {
  let sum = 0;
  for (const task of scenario.tasks) for (const s of task.steps) sum += 'cpu' in s ? s.cpu : 'io' in s ? s.io : 'block' in s ? s.block : 0;
  return Math.round(sum * 1000) / 1000;
}
