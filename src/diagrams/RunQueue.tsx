/** The run queue at time t: one box per waiting task, head first, in the order they will run. */
import type { Trace } from '../sim/index.ts';

export interface RunQueueProps {
  readonly trace: Trace;
  readonly t: number;
}

export function RunQueue({ trace, t }: RunQueueProps) {
  const queue = trace.queueAt(t);
  return (
    <div class="dg-row dg-queue">
      <span class="dg-row-label">
        Run queue <span class="dg-row-hint">(head first)</span>
      </span>
      {queue.length === 0 ? (
        <span class="dg-queue-empty">empty</span>
      ) : (
        <ol class="dg-queue-list" aria-label={`Run queue, head first: ${queue.map((i) => trace.taskNames[i]).join(', ')}`}>
          {queue.map((task) => (
            <li key={task} class={`dg-queue-item dg-task-${task % 8}`}>
              {trace.taskNames[task]}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
