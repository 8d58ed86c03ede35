/** The run queue: one box per waiting task, head first, in the order they will run. */
import type { Trace } from '../sim/index.ts';

/** A task in the queue: its index (for its colour) and its name. */
export interface QueuedTask {
  readonly task: number;
  readonly name: string;
}

export interface RunQueueProps {
  readonly trace: Trace;
  readonly t: number;
}

/** The run queue of a trace at time t. */
export function RunQueue({ trace, t }: RunQueueProps) {
  return <QueueRow queue={trace.queueAt(t).map((task) => ({ task, name: trace.taskNames[task] ?? '' }))} />;
}

/** A run queue given as a list, head first: for diagrams that show a queue without a trace. */
export function QueueRow({ queue }: { readonly queue: readonly QueuedTask[] }) {
  return (
    <div class="dg-row dg-queue">
      <span class="dg-row-label">
        Run queue <span class="dg-row-hint">(head first)</span>
      </span>
      {queue.length === 0 ? (
        <span class="dg-queue-empty">empty</span>
      ) : (
        <ol class="dg-queue-list" aria-label={`Run queue, head first: ${queue.map((q) => q.name).join(', ')}`}>
          {queue.map((q) => (
            <li key={q.task} class={`dg-queue-item dg-task-${q.task % 8}`}>
              {q.name}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
