/**
 * Lesson 8's scenario, "poll-state-machine": one request handler H, an `async fn` with two await
 * points (read the request, query the database, render the reply), on an executor with one worker
 * thread, and a second task B that arrives while H runs, so that the run queue matters: H is woken
 * while B has the worker, and waits its turn.
 *
 * H's steps are cpu / io / cpu / io / cpu: the code before await 1, the request read, the code
 * between the awaits, the database round trip, the code after await 2. With `dbReady` the
 * database's answer is already there when H first awaits it (a client-side cache, say): the query's
 * future is Ready on its first poll, so await 2 does not give the thread back, and H's steps are
 * cpu / io / cpu / cpu.
 *
 * Nothing is exaggerated: the round trip is the course's realistic 500 µs; the CPU stretches, the
 * request read's 100 µs and B's 150 µs are an example workload. Task switches (about 0.2 µs) are
 * left out. Pure data: no DOM, no clock.
 */
import type { Scenario, Step } from '../scenario.ts';

export interface PollStateMachineParams {
  /** Whether the database's answer is already there when H first awaits it. */
  readonly dbReady: boolean;
}

export const POLL_STATE_MACHINE_DEFAULTS: PollStateMachineParams = { dbReady: false };

/**
 * The workload, in µs. The two real-world figures (round trip, task switch) are FIGURES in
 * figures.ts, written out here so that the browser bundle does not carry the figures' labels; a
 * test keeps them equal.
 */
export const POLL_PRESET = {
  /** H's code up to await 1: start, call read_request(), poll it once. */
  startCpu: 20,
  /** The request's bytes arrive this long after H first asks for them (an example). */
  readIo: 100,
  /** H's code between the awaits: take the request, call query(), poll it once. */
  middleCpu: 30,
  /** A round trip within a datacenter (FIGURES.datacenterRoundTrip): the database query. */
  dbIo: 500,
  /** H's code after await 2: render the page and return it. */
  endCpu: 20,
  /** B is spawned while H's first poll runs... */
  otherArrival: 10,
  /** ...and computes this long without an await, so H's wake-up finds the worker busy. */
  otherCpu: 150,
  /** Moving the worker from one task to another, on real machines (FIGURES.asyncSwitch). */
  realSwitchCost: 0.2,
  /** ... far thinner than a pixel here, and no conclusion depends on it: left out. */
  switchCost: 0,
} as const;

/** The handler's name in the trace, and the other task's. */
export const HANDLER = 'H';
export const OTHER = 'B';

/**
 * Where H's await points are, as indices into its steps (see poll-log.ts): await 1 is the request
 * read (step 1); await 2 is step 3, the database query, or with `dbReady` the boundary before the
 * last stretch of CPU, which the query's ready future does not interrupt.
 */
export const HANDLER_AWAITS: readonly number[] = [1, 3];

/** H's steps: cpu / io / cpu / io / cpu, or cpu / io / cpu / cpu when the answer is ready. */
export function handlerSteps(params: PollStateMachineParams): Step[] {
  const p = POLL_PRESET;
  const db: Step = params.dbReady ? { cpu: p.endCpu } : { io: p.dbIo };
  return params.dbReady
    ? [{ cpu: p.startCpu }, { io: p.readIo }, { cpu: p.middleCpu }, db]
    : [{ cpu: p.startCpu }, { io: p.readIo }, { cpu: p.middleCpu }, db, { cpu: p.endCpu }];
}

/** The scenario: one worker thread, H first (so it is drawn first), then B. */
export function pollStateMachine(params: PollStateMachineParams): Scenario {
  const p = POLL_PRESET;
  return {
    model: 'async',
    cores: 1,
    timeSlice: null,
    switchCost: p.switchCost,
    tasks: [
      { name: HANDLER, arrival: 0, steps: handlerSteps(params) },
      { name: OTHER, arrival: p.otherArrival, steps: [{ cpu: p.otherCpu }] },
    ],
  };
}
