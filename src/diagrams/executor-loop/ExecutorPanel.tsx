/**
 * The executor's loop at one moment, as four boxes joined by four arrows:
 *
 *   run queue ──poll──▶ executor thread
 *       ▲ waker                │ Pending
 *    reactor ◀──I/O done── parked on I/O
 *
 * Each arrow names its step of the loop, and lights up (bold, outlined, and naming the tasks,
 * so colour is never the only signal) when the latest instant did that step. On narrow screens
 * the boxes stack in loop order and the arrows point down. Every box keeps room for all eight
 * tasks a link can ask for, so stepping or restoring a link never moves the page.
 */
import type { ComponentChildren } from 'preact';
import type { Trace } from '../../sim/index.ts';
import type { ExecutorView } from './executor-view.ts';
import { formatUs, listWords } from '../kit/format.ts';
import { Prose } from '../kit/Prose.tsx';
import './executor-loop.css';

/** The loop at the playhead, and what the panel needs to name its tasks' I/O. */
export interface ExecutorPanelProps {
  readonly trace: Trace;
  readonly view: ExecutorView;
  /** What each task awaits, as a short noun (`SSD read`), by task index. */
  readonly awaits: readonly string[];
  /** Room kept in every box, in tasks. */
  readonly reserve: number;
}

/** The last word or two of what a task awaits (`network round trip` → `round trip`), for the small cards. */
function short(what: string): string {
  return what.split(' ').slice(-2).join(' ');
}

function Chip({ trace, task }: { trace: Trace; task: number }) {
  return <span class={`dg-queue-item xl-chip dg-task-${task % 8}`}>{trace.taskNames[task]}</span>;
}

/*
 * List items are keyed by position, not by task: when the state jumps (a restored link, a new
 * parameter), each slot keeps its place and only its content changes, so nothing slides.
 */

/** Invisible stand-ins that keep a list's room for `count` more items shaped like `children`. */
function Spares({ count, class: cls, children = 'X' }: { count: number; class: string; children?: ComponentChildren }) {
  return (
    <>
      {Array.from({ length: Math.max(0, count) }, (_, i) => (
        <li key={`spare-${i}`} class={`${cls} xl-spare`} aria-hidden="true">
          {children}
        </li>
      ))}
    </>
  );
}

/** A parked card's shape, for its stand-ins. */
const PARKED_SHAPE = (
  <>
    <span class="dg-queue-item xl-chip">X</span> <span>X</span> <span class="xl-parked-when">X</span>
  </>
);

/** An arrow between two boxes: a step of the loop, lit when it just happened. */
interface ArrowProps {
  readonly step: string;
  /** The glyph beside a 2 × 2 loop, and in the stacked one. */
  readonly wide: string;
  readonly narrow: string;
  /** The step's name, and what it says when the latest instant did it. */
  readonly idle: string;
  readonly active: string | null;
  /** Said only in the stacked layout, where the arrow cannot point where it goes. */
  readonly narrowNote?: string;
}

function Arrow({ step, wide, narrow, idle, active, narrowNote }: ArrowProps) {
  return (
    <div class={`xl-arrow xl-arrow-${step}${active === null ? '' : ' xl-on'}`}>
      <span class="xl-glyphs" aria-hidden="true">
        <span class="xl-glyph xl-glyph-wide">{wide}</span>
        <span class="xl-glyph xl-glyph-narrow">{narrow}</span>
      </span>
      <span class="xl-arrow-label">
        <span class="xl-arrow-text">{active ?? idle}</span>
        {narrowNote ? <span class="xl-narrow-only"> {narrowNote}</span> : null}
      </span>
    </div>
  );
}

/** The executor's loop at the playhead: run queue, thread, parked tasks and reactor. */
export function ExecutorPanel({ trace, view, awaits, reserve }: ExecutorPanelProps) {
  const name = (task: number): string => trace.taskNames[task] ?? '';
  const names = (tasks: readonly number[]): string => listWords(tasks.map(name));
  const { thread, queue, parked, done, latest } = view;
  const wakes = latest.woken;
  const polled = latest.polled.length > 0 ? latest.polled : latest.taken;

  let threadText: string;
  if (thread.kind === 'run') threadText = 'running, until it awaits something not ready or is done';
  else if (thread.kind === 'switch') threadText = `switching to it (a ${formatUs(trace.switchCost)} task switch)`;
  else if (thread.kind === 'held') threadText = 'held by a blocking call';
  else if (done.length === trace.taskCount) threadText = 'idle: every task is done';
  else threadText = 'idle: nothing is ready, so it sleeps until the reactor wakes a task';

  const watching =
    parked.length === 0
      ? 'Nothing to watch: no task awaits I/O.'
      : parked.length === 1
        ? 'Watching 1 I/O operation; the OS tells it when the operation is done.'
        : `Watching ${parked.length} I/O operations; the OS tells it when each one is ready.`;
  let woke = '';
  if (wakes.length === 1) woke = `Just now: ${name(wakes[0]!)}'s ${awaits[wakes[0]!] ?? 'I/O'} is done, so it calls ${name(wakes[0]!)}'s waker.`;
  else if (wakes.length > 1) woke = `Just now: I/O is done for ${names(wakes)}, so it calls their wakers.`;

  return (
    <div class="xl">
      <div class="xl-loop">
        <div role="group" class="xl-box xl-queue" aria-label="Run queue">
          <p class="xl-title">
            Run queue <span class="xl-sub">ready, head first</span>
          </p>
          <ol class="xl-queue-list" aria-label={queue.length === 0 ? 'Run queue: empty' : `Run queue, head first: ${names(queue)}`}>
            {queue.map((task, i) => (
              <li key={i} class={`dg-queue-item dg-task-${task % 8}${latest.woken.includes(task) ? ' xl-new' : ''}`}>
                {name(task)}
              </li>
            ))}
            {queue.length === 0 ? <li class="xl-empty">empty</li> : null}
            <Spares count={reserve - Math.max(1, queue.length)} class="dg-queue-item" />
          </ol>
        </div>

        <Arrow step="poll" wide="→" narrow="↓" idle="poll" active={polled.length > 0 ? `${latest.polled.length > 0 ? 'polls' : 'takes'} ${names(polled)}` : null} />

        <div role="group" class={`xl-box xl-thread${thread.kind === 'idle' ? ' xl-idle' : ''}`} aria-label="Executor thread">
          <p class="xl-title">Executor thread</p>
          <p class="xl-now">
            {thread.task >= 0 ? <Chip trace={trace} task={thread.task} /> : <span class="dg-queue-item xl-chip xl-chip-none" aria-hidden="true" />}{' '}
            <span>
              <Prose text={threadText} />
            </span>
          </p>
        </div>

        <Arrow step="pending" wide="↓" narrow="↓" idle="Pending" active={latest.pending.length > 0 ? `${names(latest.pending)}: Pending` : null} />

        <div role="group" class="xl-box xl-parked" aria-label="Parked on I/O">
          <p class="xl-title">
            Parked on I/O <span class="xl-sub">waiting, holding no thread</span>
          </p>
          <ul class="xl-parked-list" aria-label={parked.length === 0 ? 'Parked on I/O: none' : 'Parked on I/O, next done first'}>
            {parked.map((p, i) => (
              <li key={i} class="xl-parked-item">
                <span class={`dg-queue-item xl-chip dg-task-${p.task % 8}${latest.pending.includes(p.task) ? ' xl-new' : ''}`}>{name(p.task)}</span>{' '}
                <span class="xl-parked-what">{short(awaits[p.task] ?? 'I/O')}</span>{' '}
                <span class="xl-parked-when">done at {formatUs(p.until)}</span>
              </li>
            ))}
            {parked.length === 0 ? <li class="xl-empty">none</li> : null}
            <Spares count={reserve - Math.max(1, parked.length)} class="xl-parked-item">
              {PARKED_SHAPE}
            </Spares>
          </ul>
        </div>

        <Arrow step="ready" wide="←" narrow="↓" idle="I/O done" active={wakes.length > 0 ? `${names(wakes)} done` : null} />

        <div role="group" class={`xl-box xl-reactor${wakes.length > 0 ? ' xl-waking' : ''}`} aria-label="Reactor">
          <p class="xl-title">
            Reactor <span class="xl-sub">the I/O driver</span>
          </p>
          <p class="xl-reactor-text">
            <Prose text={watching} />
          </p>
          <p class="xl-reactor-text xl-woke">{woke === '' ? null : <Prose text={woke} />}</p>
        </div>

        <Arrow
          step="wake"
          wide="↑"
          narrow="↺"
          idle="waker"
          active={wakes.length > 0 ? `wakes ${names(wakes)}` : null}
          narrowNote="(to the run queue, top)"
        />
      </div>

      <div class="xl-done">
        <span class="xl-title">Done</span>
        <ul class="xl-queue-list" aria-label={done.length === 0 ? 'Done: none yet' : `Done: ${names(done)}`}>
          {done.map((task, i) => (
            <li key={i} class={`dg-queue-item dg-task-${task % 8}${latest.finished.includes(task) ? ' xl-new' : ''}`}>
              {name(task)}
            </li>
          ))}
          {done.length === 0 ? <li class="xl-empty">none yet</li> : null}
          <Spares count={reserve - Math.max(1, done.length)} class="dg-queue-item" />
        </ul>
      </div>
    </div>
  );
}
