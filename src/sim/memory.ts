/**
 * Memory estimates. Defaults are the course's figures (Sources page):
 * - a Rust std thread reserves a 2 MiB stack (std::thread docs) but only the pages it touches
 *   become resident: about 10 KiB for an idle thread, plus a 16 KiB kernel stack (Linux x86-64);
 * - an async task is one allocation: about 64 B of header plus its future's state, about 0.4 KiB
 *   measured per waiting task (Blandy 2024).
 */
import type { MemoryParams, Scenario } from './scenario.ts';

/**
 * The same values as FIGURES in figures.ts (a test keeps them equal); written out here so that
 * the core shipped to the browser does not carry the figures' labels.
 */
export const DEFAULT_MEMORY: MemoryParams = {
  threadStackReserved: 2 * 1024 * 1024,
  threadStackResident: 10 * 1024,
  kernelStack: 16 * 1024,
  taskBytes: 410,
};

export interface MemoryEstimate {
  /** OS threads the scenario needs: one per task, or one per executor worker. */
  readonly threads: number;
  /** Virtual address space reserved for thread stacks (bytes). */
  readonly reserved: number;
  /** Memory actually in use: resident stack pages, kernel stacks and task allocations (bytes). */
  readonly resident: number;
  readonly params: MemoryParams;
}

/** What the scenario's threads or tasks cost in memory, with the scenario's overrides applied. */
export function estimateMemory(scenario: Pick<Scenario, 'model' | 'cores' | 'memory'> & { tasks: { length: number } }): MemoryEstimate {
  const params: MemoryParams = { ...DEFAULT_MEMORY, ...scenario.memory };
  const perThread = params.threadStackResident + params.kernelStack;
  const n = scenario.tasks.length;
  const threads = scenario.model === 'threads' ? n : scenario.cores;
  const taskBytes = scenario.model === 'async' ? n * params.taskBytes : 0;
  return {
    threads,
    reserved: threads * params.threadStackReserved,
    resident: threads * perThread + taskBytes,
    params,
  };
}
