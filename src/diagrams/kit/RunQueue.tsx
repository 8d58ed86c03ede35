/**
 * The run queue: one box per waiting task, head first, in the order they will run.
 * Past `limit` boxes, the rest are counted.
 */
import type { Trace } from '../../sim/index.ts';
import { formatAmount } from './format.ts';

/** A task in the queue: its index (for its colour) and its name. */
export interface QueuedTask {
  readonly task: number;
  readonly name: string;
}

/** The run and the playhead the queue is read at. */
export interface RunQueueProps {
  readonly trace: Trace;
  readonly t: number;
  /** At most this many boxes. */
  readonly limit?: number;
}

/** The run queue of a trace at time t. */
export function RunQueue({ trace, t, limit = 12 }: RunQueueProps) {
  const queue = trace.queueAt(t);
  const shown = queue.slice(0, limit).map((task) => ({ task, name: trace.taskNames[task] ?? '' }));
  return <QueueRow queue={shown} more={queue.length - shown.length} />;
}

/** A run queue given as a list, head first: for diagrams that show a queue without a trace. */
export function QueueRow({ queue, more = 0 }: { readonly queue: readonly QueuedTask[]; readonly more?: number }) {
  const names = queue.map((q) => q.name).join(', ');
  return (
    <div class="dg-row dg-queue">
      <span class="dg-row-label">
        Run queue <span class="dg-row-hint">(head first)</span>
      </span>
      {queue.length === 0 ? (
        <span class="dg-queue-empty">empty</span>
      ) : (
        <ol class="dg-queue-list" aria-label={`Run queue, head first: ${names}${more > 0 ? ` and ${formatAmount(more)} more` : ''}`}>
          {queue.map((q) => (
            <li key={q.task} class={`dg-queue-item dg-task-${q.task % 8}`}>
              {q.name}
            </li>
          ))}
          {more > 0 ? <li class="dg-queue-more">+{formatAmount(more)} more</li> : null}
        </ol>
      )}
    </div>
  );
}
