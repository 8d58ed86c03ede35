/**
 * A workload run several ways (lessons 6 and 9): its link's fields, each parameter on the scale
 * its slider moves along, and how a link turns into settings and back. Pure.
 */
import { normalizeParams, THREADS_VS_ASYNC_CORES, THREADS_VS_ASYNC_STOPS, type ThreadsVsAsyncParams } from '../../../sim/scenarios/threads-vs-async.ts';
import type { Schema, StateOf } from '../permalink.ts';
import type { Linked } from '../use-diagram.ts';

/**
 * The link state of a diagram that runs this workload: each parameter on its scale, starting
 * from `defaults`, and the playhead. A `t` of -1 is never written to a link: a missing or
 * unusable t means the diagram's own telling moment (where a run finishes).
 */
export function workloadSchema(defaults: ThreadsVsAsyncParams) {
  return {
    tasks: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.tasks.map(String), default: String(defaults.tasks) },
    io: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.io.map(String), default: String(defaults.io) },
    cpu: { type: 'enum', values: THREADS_VS_ASYNC_STOPS.cpu.map(String), default: String(defaults.cpu) },
    cores: { type: 'int', ...THREADS_VS_ASYNC_CORES, default: defaults.cores },
    t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: -1 },
  } as const satisfies Schema;
}

/** The link fields of a workload diagram. */
export type WorkloadSchema = ReturnType<typeof workloadSchema>;

/** A workload link's settings, each parameter on its scale; a link without a time shows the run's initial moment. */
export function workloadFromLink(state: StateOf<WorkloadSchema>): Linked<ThreadsVsAsyncParams> {
  const settings = normalizeParams({ tasks: Number(state.tasks), io: Number(state.io), cpu: Number(state.cpu), cores: state.cores });
  return { settings, t: state.t >= 0 ? state.t : 'initial' };
}

/** The link fields of a workload at playhead t. */
export function workloadToLink(p: ThreadsVsAsyncParams, t: number): StateOf<WorkloadSchema> {
  return { tasks: String(p.tasks), io: String(p.io), cpu: String(p.cpu), cores: p.cores, t };
}

/** Whether two workloads are the same (a preset is active, a link changes nothing). */
export const sameWorkload = (a: ThreadsVsAsyncParams, b: ThreadsVsAsyncParams): boolean =>
  a.tasks === b.tasks && a.io === b.io && a.cpu === b.cpu && a.cores === b.cores;
