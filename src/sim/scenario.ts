/**
 * The scenario: what a diagram, a permalink or `npm run sim` describes. Times are microseconds.
 * This file holds the types and the validation that turns untrusted JSON into a Scenario,
 * with an error that names the field and what is wrong (never a stack trace for bad input).
 */

/** `threads`: one OS thread per task, preemptive round-robin. `async`: tasks on an executor, cooperative. */
export type Model = 'threads' | 'async';

/** One thing a task does. Exactly one key per step. */
export type Step =
  | { readonly cpu: number }
  | { readonly io: number }
  | { readonly yield: true }
  | { readonly block: number };

export type StepKind = 'cpu' | 'io' | 'yield' | 'block';

export interface TaskSpec {
  readonly name: string;
  /** When the task is created and joins the run queue (µs). */
  readonly arrival: number;
  readonly steps: readonly Step[];
}

/** Bytes, overridable per scenario. Defaults come from the course's figures (see memory.ts). */
export interface MemoryParams {
  readonly threadStackReserved: number;
  readonly threadStackResident: number;
  readonly kernelStack: number;
  readonly taskBytes: number;
}

export interface Scenario {
  readonly model: Model;
  /** CPU cores (threads model) or executor worker threads, one per core (async model). */
  readonly cores: number;
  /** Preemption quantum in µs; `null` means a thread runs until it blocks, yields or finishes. */
  readonly timeSlice: number | null;
  /** CPU time each switch costs (µs): a context switch, or the executor moving to another task. */
  readonly switchCost: number;
  readonly tasks: readonly TaskSpec[];
  readonly memory?: Partial<MemoryParams>;
}

/** Bad input: `path` names the field (`tasks[1].steps[0].cpu`), `message` says what is wrong. */
export class ScenarioError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'ScenarioError';
    this.path = path;
  }
}

/** Limits keep a hand-edited or linked scenario from freezing a tab. */
export const LIMITS = {
  cores: 256,
  tasks: 200_000,
  stepsPerTask: 10_000,
  /** About 11.5 days in µs: far beyond any lesson, small enough to stay exact in nanoseconds. */
  time: 1e12,
} as const;

const STEP_KINDS: readonly StepKind[] = ['cpu', 'io', 'yield', 'block'];
const MEMORY_KEYS: readonly (keyof MemoryParams)[] = [
  'threadStackReserved',
  'threadStackResident',
  'kernelStack',
  'taskBytes',
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function duration(v: unknown, path: string, allowZero: boolean): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (!allowZero && v === 0) || v > LIMITS.time) {
    const want = allowZero ? 'a number of µs, 0 or more' : 'a number of µs greater than 0';
    throw new ScenarioError(path, `must be ${want} (at most ${LIMITS.time}), got ${describe(v)}`);
  }
  return v;
}

function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      const at = path === '' ? key : `${path}.${key}`;
      throw new ScenarioError(at, `is not a known field (expected one of: ${allowed.join(', ')})`);
    }
  }
}

function parseStep(v: unknown, path: string): Step {
  if (!isRecord(v)) throw new ScenarioError(path, `must be an object like {"cpu": 30}, got ${describe(v)}`);
  const keys = Object.keys(v);
  if (keys.length !== 1 || !STEP_KINDS.includes(keys[0] as StepKind)) {
    throw new ScenarioError(path, `must have exactly one of cpu, io, yield, block; got {${keys.join(', ')}}`);
  }
  const kind = keys[0] as StepKind;
  if (kind === 'yield') {
    if (v['yield'] !== true) throw new ScenarioError(`${path}.yield`, `must be true, got ${describe(v['yield'])}`);
    return { yield: true };
  }
  const n = duration(v[kind], `${path}.${kind}`, false);
  return kind === 'cpu' ? { cpu: n } : kind === 'io' ? { io: n } : { block: n };
}

function parseTask(v: unknown, path: string, names: Set<string>): TaskSpec {
  if (!isRecord(v)) throw new ScenarioError(path, `must be an object with name, arrival and steps, got ${describe(v)}`);
  unknownKeys(v, ['name', 'arrival', 'steps'], path);
  const name = v['name'];
  if (typeof name !== 'string' || name.trim() === '' || name.length > 40) {
    throw new ScenarioError(`${path}.name`, `must be a non-empty string of at most 40 characters, got ${describe(name)}`);
  }
  if (names.has(name)) throw new ScenarioError(`${path}.name`, `${describe(name)} is used by another task; names must be unique`);
  names.add(name);
  const arrival = v['arrival'] === undefined ? 0 : duration(v['arrival'], `${path}.arrival`, true);
  const steps = v['steps'];
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > LIMITS.stepsPerTask) {
    throw new ScenarioError(`${path}.steps`, `must be a list of 1 to ${LIMITS.stepsPerTask} steps, got ${describe(steps)}`);
  }
  return { name, arrival, steps: steps.map((s, i) => parseStep(s, `${path}.steps[${i}]`)) };
}

function parseMemory(v: unknown): Partial<MemoryParams> {
  if (!isRecord(v)) throw new ScenarioError('memory', `must be an object, got ${describe(v)}`);
  unknownKeys(v, MEMORY_KEYS, 'memory');
  const out: Partial<Record<keyof MemoryParams, number>> = {};
  for (const key of MEMORY_KEYS) {
    const x = v[key];
    if (x === undefined) continue;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
      throw new ScenarioError(`memory.${key}`, `must be a number of bytes, 0 or more, got ${describe(x)}`);
    }
    out[key] = x;
  }
  return out;
}

/**
 * Turns untrusted input (parsed JSON, a decoded link) into a Scenario, or throws a ScenarioError
 * naming the first field that is wrong. Fields keep exactly their documented meanings.
 */
export function parseScenario(input: unknown): Scenario {
  if (!isRecord(input)) throw new ScenarioError('scenario', `must be a JSON object, got ${describe(input)}`);
  unknownKeys(input, ['model', 'cores', 'timeSlice', 'switchCost', 'tasks', 'memory', 'name', 'description'], '');
  const model = input['model'];
  if (model !== 'threads' && model !== 'async') {
    throw new ScenarioError('model', `must be "threads" or "async", got ${describe(model)}`);
  }
  const cores = input['cores'];
  if (typeof cores !== 'number' || !Number.isInteger(cores) || cores < 1 || cores > LIMITS.cores) {
    throw new ScenarioError('cores', `must be a whole number from 1 to ${LIMITS.cores}, got ${describe(cores)}`);
  }
  const rawSlice = input['timeSlice'];
  const timeSlice = rawSlice === null || rawSlice === undefined ? null : duration(rawSlice, 'timeSlice', false);
  const switchCost = input['switchCost'] === undefined ? 0 : duration(input['switchCost'], 'switchCost', true);
  const tasks = input['tasks'];
  if (!Array.isArray(tasks) || tasks.length === 0 || tasks.length > LIMITS.tasks) {
    throw new ScenarioError('tasks', `must be a list of 1 to ${LIMITS.tasks} tasks, got ${describe(tasks)}`);
  }
  const names = new Set<string>();
  const parsed = tasks.map((t, i) => parseTask(t, `tasks[${i}]`, names));
  const scenario: Scenario = { model, cores, timeSlice, switchCost, tasks: parsed };
  return input['memory'] === undefined ? scenario : { ...scenario, memory: parseMemory(input['memory']) };
}

/** Like parseScenario, but returns the error instead of throwing: convenient for UI code. */
export function checkScenario(input: unknown): { ok: true; scenario: Scenario } | { ok: false; error: ScenarioError } {
  try {
    return { ok: true, scenario: parseScenario(input) };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, error: e };
    throw e;
  }
}

/** The kind of a (valid) step. */
export function stepKind(step: Step): StepKind {
  if ('cpu' in step) return 'cpu';
  if ('io' in step) return 'io';
  if ('block' in step) return 'block';
  return 'yield';
}
