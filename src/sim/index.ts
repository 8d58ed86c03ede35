/** The simulation core's public face: parse a scenario, run it, read the trace and the report. */
export { parseScenario, checkScenario, ScenarioError, stepKind, LIMITS } from './scenario.ts';
export type { Scenario, Step, StepKind, TaskSpec, Model, MemoryParams } from './scenario.ts';
export { simulate } from './engine.ts';
export { Trace, EVENT_TYPES, TASK_STATES, SEGMENT_KINDS } from './trace.ts';
export type { TraceEvent, EventType, TaskState, Segment, SegmentKind, Snapshot } from './trace.ts';
export { report } from './report.ts';
export type { Report, TaskReport } from './report.ts';
export { estimateMemory, DEFAULT_MEMORY } from './memory.ts';
export type { MemoryEstimate } from './memory.ts';
export { workload, taskName } from './workload.ts';
export type { WorkloadParams } from './workload.ts';
