/**
 * The run queue at time t: one box per waiting task, head first, in the order they will run.
 * Past `limit` boxes, the rest are counted.
 */
import type { Trace } from '../sim/index.ts';
import { formatAmount } from './format.ts';

export interface RunQueueProps {
  readonly trace: Trace;
  readonly t: number;
  /** At most this many boxes. */
  readonly limit?: number;
}

export function RunQueue({ trace, t, limit = 12 }: RunQueueProps) {
  const queue = trace.queueAt(t);
  const shown = queue.slice(0, limit);
  const more = queue.length - shown.length;
  const names = shown.map((i) => trace.taskNames[i]).join(', ');
  return (
    <div class="dg-row dg-queue">
      <span class="dg-row-label">
        Run queue <span class="dg-row-hint">(head first)</span>
      </span>
      {queue.length === 0 ? (
        <span class="dg-queue-empty">empty</span>
      ) : (
        <ol class="dg-queue-list" aria-label={`Run queue, head first: ${names}${more > 0 ? ` and ${formatAmount(more)} more` : ''}`}>
          {shown.map((task) => (
            <li key={task} class={`dg-queue-item dg-task-${task % 8}`}>
              {trace.taskNames[task]}
            </li>
          ))}
          {more > 0 ? <li class="dg-queue-more">+{formatAmount(more)} more</li> : null}
        </ol>
      )}
    </div>
  );
}
