/**
 * Each task's state at time t, as a row of chips: the task's colour and name, and its state in
 * words (running, ready, blocked, done), so that colour is never the only signal. Past `limit`
 * tasks, the rest are summed up in one line instead of drawn one by one.
 */
import { TASK_STATES, type TaskState, type Trace } from '../../sim/index.ts';
import { formatAmount, listWords } from './format.ts';

/** The run and the playhead the tasks' states are read at. */
export interface TaskStatesProps {
  readonly trace: Trace;
  readonly t: number;
  /** Keep room for this many chips, so that adding tasks does not move the page. */
  readonly reserve?: number;
  /** At most this many chips; more tasks are counted by state instead. */
  readonly limit?: number;
}

/** One chip: the task's index (for its colour), its name and its state. */
export interface TaskChip {
  readonly task: number;
  readonly name: string;
  readonly state: TaskState;
}

const WORDS: Record<TaskState, string> = {
  new: 'not arrived',
  ready: 'ready',
  running: 'running',
  blocked: 'blocked',
  done: 'done',
};

/** The states of a trace's tasks at time t. */
export function TaskStates({ trace, t, reserve = 0, limit = 16 }: TaskStatesProps) {
  const n = trace.taskCount;
  const shown = Math.min(n, limit);
  const chips = Array.from({ length: shown }, (_, task): TaskChip => ({
    task,
    name: trace.taskNames[task] ?? '',
    state: trace.taskStateAt(task, t),
  }));
  let more = '';
  if (n > shown) {
    const counts: Record<TaskState, number> = { new: 0, ready: 0, running: 0, blocked: 0, done: 0 };
    for (let i = shown; i < n; i++) counts[trace.taskStateAt(i, t)]++;
    const parts = TASK_STATES.filter((s) => counts[s] > 0).map((s) => `${formatAmount(counts[s])} ${WORDS[s]}`);
    more = `and ${formatAmount(n - shown)} more: ${listWords(parts)}`;
  }
  return <StateChips chips={chips} reserve={Math.min(reserve, limit)} more={more} />;
}

/** Tasks with their states, as chips. */
export interface StateChipsProps {
  readonly chips: readonly TaskChip[];
  readonly reserve?: number;
  /** What the chips stand for, in the row's label: tasks (default) or their threads. */
  readonly noun?: 'task' | 'thread';
  /** A line about the tasks left out, if any. */
  readonly more?: string;
}

/** Task states given as a list: for diagrams that show states without a trace. */
export function StateChips({ chips, reserve = 0, noun = 'task', more = '' }: StateChipsProps) {
  const spare = Math.max(0, reserve - chips.length);
  return (
    <div class="dg-row dg-states">
      <span class="dg-row-label">{noun === 'task' ? 'Tasks' : 'Threads'}</span>
      <div>
        <ul class="dg-chips" aria-label={noun === 'task' ? 'Task states' : 'Thread states'}>
          {chips.map((c) => (
            <li key={c.task} class={`dg-chip dg-task-${c.task % 8} dg-state-${c.state}`}>
              <span class="dg-chip-name" title={c.name}>
                {c.name}
              </span>{' '}
              <span class="dg-chip-state">{WORDS[c.state]}</span>
            </li>
          ))}
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
