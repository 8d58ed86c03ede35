/**
 * Each task's state at time t, as a row of chips: the task's colour and name, and its state in
 * words (running, ready, blocked, done), so that colour is never the only signal.
 */
import type { TaskState, Trace } from '../sim/index.ts';

export interface TaskStatesProps {
  readonly trace: Trace;
  readonly t: number;
  /** Keep room for this many chips, so that adding tasks does not move the page. */
  readonly reserve?: number;
}

const WORDS: Record<TaskState, string> = {
  new: 'not arrived',
  ready: 'ready',
  running: 'running',
  blocked: 'blocked',
  done: 'done',
};

export function TaskStates({ trace, t, reserve = 0 }: TaskStatesProps) {
  const n = trace.taskCount;
  const spare = Math.max(0, reserve - n);
  return (
    <div class="dg-row dg-states">
      <span class="dg-row-label">Tasks</span>
      <ul class="dg-chips" aria-label="Task states">
        {Array.from({ length: n }, (_, i) => {
          const state = trace.taskStateAt(i, t);
          return (
            <li key={i} class={`dg-chip dg-task-${i % 8} dg-state-${state}`}>
              <span class="dg-chip-name">{trace.taskNames[i]}</span> <span class="dg-chip-state">{WORDS[state]}</span>
            </li>
          );
        })}
        {Array.from({ length: spare }, (_, i) => (
          <li key={`spare-${i}`} class="dg-chip dg-chip-spare" aria-hidden="true">
            <span class="dg-chip-name">X</span> <span class="dg-chip-state">running</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
