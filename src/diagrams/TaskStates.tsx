/**
 * Each task's state at time t, as a row of chips: the task's colour and name, and its state in
 * words (running, ready, blocked, done), so that colour is never the only signal. Past `limit`
 * tasks, the rest are summed up in one line instead of drawn one by one.
 */
import { TASK_STATES, type TaskState, type Trace } from '../sim/index.ts';
import { formatAmount, listWords } from './format.ts';

export interface TaskStatesProps {
  readonly trace: Trace;
  readonly t: number;
  /** Keep room for this many chips, so that adding tasks does not move the page. */
  readonly reserve?: number;
  /** At most this many chips; more tasks are counted by state instead. */
  readonly limit?: number;
}

const WORDS: Record<TaskState, string> = {
  new: 'not arrived',
  ready: 'ready',
  running: 'running',
  blocked: 'blocked',
  done: 'done',
};

export function TaskStates({ trace, t, reserve = 0, limit = 16 }: TaskStatesProps) {
  const n = trace.taskCount;
  const shown = Math.min(n, limit);
  const spare = Math.max(0, Math.min(reserve, limit) - shown);
  let more = '';
  if (n > shown) {
    const counts: Record<TaskState, number> = { new: 0, ready: 0, running: 0, blocked: 0, done: 0 };
    for (let i = shown; i < n; i++) counts[trace.taskStateAt(i, t)]++;
    const parts = TASK_STATES.filter((s) => counts[s] > 0).map((s) => `${formatAmount(counts[s])} ${WORDS[s]}`);
    more = `and ${formatAmount(n - shown)} more: ${listWords(parts)}`;
  }
  return (
    <div class="dg-row dg-states">
      <span class="dg-row-label">Tasks</span>
      <div>
        <ul class="dg-chips" aria-label="Task states">
          {Array.from({ length: shown }, (_, i) => {
            const state = trace.taskStateAt(i, t);
            return (
              <li key={i} class={`dg-chip dg-task-${i % 8} dg-state-${state}`}>
                <span class="dg-chip-name" title={trace.taskNames[i]}>
                  {trace.taskNames[i]}
                </span>{' '}
                <span class="dg-chip-state">{WORDS[state]}</span>
              </li>
            );
          })}
          {Array.from({ length: spare }, (_, i) => (
            <li key={`spare-${i}`} class="dg-chip dg-chip-spare" aria-hidden="true">
              <span class="dg-chip-name">X</span> <span class="dg-chip-state">running</span>
            </li>
          ))}
        </ul>
        {more === '' ? null : <p class="dg-more">{more}</p>}
      </div>
    </div>
  );
}
