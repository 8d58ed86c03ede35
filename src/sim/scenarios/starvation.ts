/**
 * Lesson 7's scenario, "starvation": one executor worker thread, five small request handlers and
 * one greedy task G that does 5 ms of work without giving the thread back. G's work comes in three
 * kinds (the diagram's modes): a plain computation, a blocking call, or a loop over a channel that
 * always has a message ready (every `recv().await` is ready at once, so it never returns Pending).
 *
 * The three fixes are pure transforms, Scenario in, Scenario out, so each can be tested alone:
 * - withYieldPoints: the long stretches of CPU work are cut into pieces with a yield between them
 *   (`tokio::task::yield_now().await` in the loop);
 * - withSpawnBlocking: G's work moves to another thread (`tokio::task::spawn_blocking`) and G
 *   awaits its result, which the model draws as an `io` step of the same length;
 * - withBudget: Tokio's cooperative budget; after 128 operations in one poll a task is made to yield.
 *
 * Nothing is exaggerated: the database round trip (500 µs) is the course's realistic figure; G's
 * 5 ms, the requests' 10 µs and the arrival times are an example workload. Task switches are left
 * out (see `switchCost`). Pure data: no DOM, no clock.
 */
import { simulate } from '../engine.ts';
import { report, type Report } from '../report.ts';
import type { Scenario, Step, TaskSpec } from '../scenario.ts';

/** What G's 5 ms of work is. */
export type GreedyMode = 'compute' | 'blocking' | 'channel';

export const GREEDY_MODES: readonly GreedyMode[] = ['compute', 'blocking', 'channel'];

/** The fixes, each a checkbox in the diagram. */
export type Fix = 'yieldPoints' | 'spawnBlocking' | 'budget';

export const FIXES: readonly Fix[] = ['yieldPoints', 'spawnBlocking', 'budget'];

export interface StarvationParams {
  readonly mode: GreedyMode;
  readonly yieldPoints: boolean;
  readonly spawnBlocking: boolean;
  readonly budget: boolean;
}

export const STARVATION_DEFAULTS: StarvationParams = {
  mode: 'compute',
  yieldPoints: false,
  spawnBlocking: false,
  budget: false,
};

/**
 * The workload, in µs unless named otherwise. The diagram and the lesson quote these. The three
 * real-world figures (round trip, task switch, budget) are FIGURES in figures.ts, written out here
 * so that the browser bundle does not carry the figures' labels; a test keeps them equal.
 */
export const STARVATION_PRESET = {
  /** How long G's work takes: 5 ms. */
  greedyWork: 5000,
  /** G is spawned while R1 waits for its database. */
  greedyArrival: 100,
  /** A request handler: `requestCpu` of CPU, an awaited round trip, `requestCpu` more. */
  requestCpu: 10,
  /** A round trip within a datacenter (FIGURES.datacenterRoundTrip): the database query. */
  requestIo: 500,
  /** Moving the worker from one task to another, on real machines (FIGURES.asyncSwitch). */
  realSwitchCost: 0.2,
  /** ... which is far thinner than a pixel next to G's 5 ms, and no conclusion depends on it: left out. */
  switchCost: 0,
  /** With yield points, G yields after this much CPU work since it last gave the thread back. */
  yieldEvery: 500,
  /** Channel mode: CPU per message received and handled. */
  messageCpu: 1,
  /** Tokio's budget: operations per poll (FIGURES.tokioBudget). */
  budget: 128,
} as const;

/** The same settings with one fix turned on or off. */
export function withFix(params: StarvationParams, fix: Fix, on: boolean): StarvationParams {
  switch (fix) {
    case 'yieldPoints':
      return { ...params, yieldPoints: on };
    case 'spawnBlocking':
      return { ...params, spawnBlocking: on };
    case 'budget':
      return { ...params, budget: on };
  }
}

/** The name of the greedy task. */
export const GREEDY = 'G';

/**
 * The requests and when they arrive (µs). R1 is waiting for its database when G starts, R2
 * arrives just after G starts (the lesson's "predict" question), R3 and R4 arrive while G works,
 * R5 after G is done in every mode.
 */
export const REQUESTS: readonly { readonly name: string; readonly arrival: number }[] = [
  { name: 'R1', arrival: 0 },
  { name: 'R2', arrival: 110 },
  { name: 'R3', arrival: 2000 },
  { name: 'R4', arrival: 4000 },
  { name: 'R5', arrival: 6000 },
];

/** How long a request takes when nothing else is in its way: its CPU, its round trip, its CPU. */
export const REQUEST_ALONE = 2 * STARVATION_PRESET.requestCpu + STARVATION_PRESET.requestIo;

function request(name: string, arrival: number): TaskSpec {
  const { requestCpu, requestIo } = STARVATION_PRESET;
  return { name, arrival, steps: [{ cpu: requestCpu }, { io: requestIo }, { cpu: requestCpu }] };
}

/** G's steps before any fix: one long computation, one blocking call, or one step per message. */
export function greedySteps(mode: GreedyMode): Step[] {
  const { greedyWork, messageCpu } = STARVATION_PRESET;
  if (mode === 'compute') return [{ cpu: greedyWork }];
  if (mode === 'blocking') return [{ block: greedyWork }];
  return Array.from({ length: Math.round(greedyWork / messageCpu) }, () => ({ cpu: messageCpu }));
}

/** The scenario with no fix: one worker, G first in the list (so it is drawn first), then the requests. */
export function baseScenario(mode: GreedyMode): Scenario {
  const greedy: TaskSpec = { name: GREEDY, arrival: STARVATION_PRESET.greedyArrival, steps: greedySteps(mode) };
  return {
    model: 'async',
    cores: 1,
    timeSlice: null,
    switchCost: STARVATION_PRESET.switchCost,
    tasks: [greedy, ...REQUESTS.map((r) => request(r.name, r.arrival))],
  };
}

/** Applies `change` to the steps of the task named `name` (or of every task when `name` is null). */
function mapSteps(scenario: Scenario, name: string | null, change: (steps: readonly Step[]) => Step[]): Scenario {
  return {
    ...scenario,
    tasks: scenario.tasks.map((t) => (name === null || t.name === name ? { ...t, steps: change(t.steps) } : t)),
  };
}

/**
 * Yield points: in task `name`, a yield after every `every` µs of CPU work done since the task
 * last gave the thread back (an await that waited, or a yield). A long cpu step is cut into
 * pieces; a blocking call cannot be cut, so it stays whole. No yield is added after the last
 * piece of work: finishing gives the thread back anyway.
 */
export function withYieldPoints(scenario: Scenario, name: string, every: number): Scenario {
  if (!(every > 0)) throw new RangeError(`every must be more than 0 µs, got ${every}`);
  return mapSteps(scenario, name, (steps) => {
    const out: Step[] = [];
    let since = 0;
    for (const step of steps) {
      if ('cpu' in step) {
        let left = step.cpu;
        while (left > 0) {
          if (since >= every) {
            out.push({ yield: true });
            since = 0;
          }
          const piece = Math.min(left, every - since);
          out.push({ cpu: piece });
          since += piece;
          left -= piece;
        }
      } else {
        if (!('block' in step)) since = 0;
        out.push(step);
      }
    }
    return out;
  });
}

/**
 * spawn_blocking: task `name`'s work between two awaits (its cpu and block steps, merged when
 * they follow each other) runs on another thread, and the task awaits the result: each stretch
 * becomes one `io` step of the same length, during which the worker is free for other tasks.
 */
export function withSpawnBlocking(scenario: Scenario, name: string): Scenario {
  return mapSteps(scenario, name, (steps) => {
    const out: Step[] = [];
    let pending = 0;
    const flush = (): void => {
      if (pending > 0) out.push({ io: pending });
      pending = 0;
    };
    for (const step of steps) {
      if ('cpu' in step) pending += step.cpu;
      else if ('block' in step) pending += step.block;
      else {
        flush();
        out.push(step);
      }
    }
    flush();
    return out;
  });
}

/**
 * Tokio's cooperative budget, for every task: a poll may make at most `budget` operations on the
 * runtime's resources; the next one returns Pending (and wakes the task at once), so the task
 * yields. In these scenarios each cpu step is one operation that was ready at once plus the work
 * done with its result (one message received and handled); a long computation is a single step,
 * and a blocking call is not an operation at all, so neither ever runs out of budget. An await
 * that waits or a yield ends the poll and gives the next poll a fresh budget.
 */
export function withBudget(scenario: Scenario, budget: number): Scenario {
  if (!(Number.isInteger(budget) && budget > 0)) throw new RangeError(`budget must be a whole number above 0, got ${budget}`);
  return mapSteps(scenario, null, (steps) => {
    const out: Step[] = [];
    let ops = 0;
    for (const step of steps) {
      if ('cpu' in step) {
        if (ops >= budget) {
          out.push({ yield: true });
          ops = 0;
        }
        ops++;
      } else if (!('block' in step)) ops = 0;
      out.push(step);
    }
    return out;
  });
}

/**
 * The diagram's scenario: G's mode with the fixes that are on, applied in a fixed order
 * (spawn_blocking moves the work first; yield points and the budget then cut what is left).
 */
export function starvation(params: StarvationParams): Scenario {
  const { yieldEvery, budget } = STARVATION_PRESET;
  let s = baseScenario(params.mode);
  if (params.spawnBlocking) s = withSpawnBlocking(s, GREEDY);
  if (params.yieldPoints) s = withYieldPoints(s, GREEDY, yieldEvery);
  if (params.budget) s = withBudget(s, budget);
  return s;
}

/** Why G yields at its k-th yield: a yield point in its code, or the budget ran out. */
export type YieldCause = 'yield-point' | 'budget';

/**
 * The cause of each of G's yields, in order (`scenario`, when given, is `starvation(params)`, already
 * built). A yield is the budget's when the budget is on and G
 * had just made `budget` operations since it last gave the thread back (the budget transform adds
 * a yield exactly there, and a yield point that lands there would have been added by it anyway).
 */
export function greedyYieldCauses(params: StarvationParams, scenario: Scenario = starvation(params)): YieldCause[] {
  const task = scenario.tasks.find((t) => t.name === GREEDY);
  const causes: YieldCause[] = [];
  let ops = 0;
  for (const step of task?.steps ?? []) {
    if ('yield' in step) causes.push(params.budget && ops === STARVATION_PRESET.budget ? 'budget' : 'yield-point');
    if ('cpu' in step) ops++;
    else if (!('block' in step)) ops = 0;
  }
  return causes;
}

/** One request's latency: from its arrival to the moment its future completes (µs). */
export interface RequestLatency {
  readonly name: string;
  readonly arrival: number;
  readonly finish: number;
  readonly latency: number;
}

/** The requests' latencies from a run's report, in task-list order (G left out). */
export function requestLatencies(r: Report): RequestLatency[] {
  return r.tasks
    .filter((t) => t.name !== GREEDY)
    .map((t) => ({ name: t.name, arrival: t.finish - t.turnaround, finish: t.finish, latency: t.turnaround }));
}

/** The request that waited longest (the first of equals). */
export function worstRequest(latencies: readonly RequestLatency[]): RequestLatency | undefined {
  let worst: RequestLatency | undefined;
  for (const l of latencies) if (!worst || l.latency > worst.latency) worst = l;
  return worst;
}

/** Worst request latency (µs) of one configuration, simulated. */
export function worstLatency(params: StarvationParams): number {
  const s = starvation(params);
  return worstRequest(requestLatencies(report(s, simulate(s))))?.latency ?? 0;
}

/** What each fix does on its own to the worst request latency, for one mode: before and after. */
export function fixEffects(mode: GreedyMode): { readonly before: number; readonly after: Readonly<Record<Fix, number>> } {
  const none = { mode, yieldPoints: false, spawnBlocking: false, budget: false };
  return {
    before: worstLatency(none),
    after: {
      yieldPoints: worstLatency({ ...none, yieldPoints: true }),
      spawnBlocking: worstLatency({ ...none, spawnBlocking: true }),
      budget: worstLatency({ ...none, budget: true }),
    },
  };
}
