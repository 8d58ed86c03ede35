/**
 * The thread state machine, drawn: four labelled boxes (ready, running, blocked, done), the
 * labelled arrows between them, and each thread as a chip in the box of its state at time t.
 * The arrows taken at the latest instant are drawn thick and tagged "now: A" in words, so the
 * highlight never relies on colour. A thread the scheduler has picked but is still being
 * switched to sits on the "dispatched" arrow, on its way to the core.
 *
 * One fixed 320 × 266 layout, scaled to the width: about 1:1 on a phone, so its text stays
 * readable there, and capped on wide screens. Positions are in viewBox units.
 */
import type { ComponentChildren } from 'preact';
import type { Trace } from '../../sim/index.ts';
import { formatUs } from '../kit/format.ts';
import { arrowTags, describeMachine, type Arrow, type MachineState } from './state-machine.ts';
import { textWidth } from '../kit/timeline-layout.ts';
import './state-machine.css';

/** The run and the state machine at the playhead. */
export interface StateMachineProps {
  /** The diagram's id: prefixes the arrowhead markers' ids. */
  readonly id: string;
  readonly trace: Trace;
  readonly machine: MachineState;
}

const W = 320;
const H = 266;
const BW = 112;
const BH = 72;
const CW = 24;
const CH = 18;

type Box = 'ready' | 'running' | 'blocked' | 'done';
const BOX: Readonly<Record<Box, { x: number; y: number; title: string }>> = {
  ready: { x: 4, y: 28, title: 'Ready' },
  running: { x: 204, y: 28, title: 'Running' },
  blocked: { x: 4, y: 190, title: 'Blocked' },
  done: { x: 204, y: 190, title: 'Done' },
};

interface ArrowSpec {
  readonly d: string;
  /** Label lines, each at (x, y), all with one anchor. */
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the "now: …" tag goes (its text's anchor point). */
  readonly tag: { readonly x: number; readonly y: number };
}

const ARROWS: Readonly<Record<Arrow, ArrowSpec>> = {
  start: { d: 'M60,3 V26', lines: [{ text: 'spawned', x: 68, y: 17 }], anchor: 'start', tag: { x: 116, y: 17 } },
  dispatch: { d: 'M117,50 H202', lines: [{ text: 'dispatched', x: 160, y: 38 }], anchor: 'middle', tag: { x: 160, y: 66 } },
  back: {
    d: 'M203,80 H118',
    lines: [
      { text: 'preempted', x: 160, y: 94 },
      { text: 'or yields', x: 160, y: 106 },
    ],
    anchor: 'middle',
    tag: { x: 160, y: 121 },
  },
  block: { d: 'M246,101 L120,187', lines: [{ text: 'blocks on I/O', x: 172, y: 156 }], anchor: 'start', tag: { x: 172, y: 172 } },
  wake: {
    d: 'M60,189 V102',
    lines: [
      { text: 'I/O completes', x: 68, y: 146 },
      { text: '(wake)', x: 68, y: 159 },
    ],
    anchor: 'start',
    tag: { x: 68, y: 175 },
  },
  // Its tag goes above its label, clear of the "blocks on I/O" label below.
  finish: { d: 'M282,101 V188', lines: [{ text: 'finishes', x: 276, y: 140 }], anchor: 'end', tag: { x: 276, y: 120 } },
};

const ARROW_ORDER: readonly Arrow[] = ['start', 'dispatch', 'back', 'block', 'wake', 'finish'];
const TAG_FONT = 11;

function Chip({ trace, task, x, y, h = CH, moving = false }: { trace: Trace; task: number; x: number; y: number; h?: number; moving?: boolean }) {
  return (
    <g class={`sm-chip dg-task-${task % 8}${moving ? ' sm-chip-moving' : ''}`}>
      <rect x={x} y={y} width={CW} height={h} rx="3" />
      <text x={x + CW / 2} y={y + h / 2} text-anchor="middle" dominant-baseline="central">
        {trace.taskNames[task]}
      </text>
    </g>
  );
}

function BoxFrame({ box, children }: { box: Box; children: ComponentChildren }) {
  const { x, y, title } = BOX[box];
  return (
    <g class={`sm-box sm-box-${box}`}>
      <rect class="sm-box-frame" x={x} y={y} width={BW} height={BH} rx="6" />
      <rect class="sm-box-band" x={x} y={y} width="5" height={BH} rx="2" />
      <text class="sm-box-title" x={x + 12} y={y + 16}>
        {title}
      </text>
      {children}
    </g>
  );
}

/** Muted text inside a box ("none", "idle", …). */
function Quiet({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text class="sm-quiet" x={x} y={y} dominant-baseline="central">
      {text}
    </text>
  );
}

/** The four states as boxes, each thread a chip in its state, and the moves just taken. */
export function StateMachine({ id, trace, machine }: StateMachineProps) {
  const tags = arrowTags(trace, machine.moves);
  const inTransit = machine.switching.length > 0;
  const { ready, running, blocked, done } = BOX;

  return (
    <svg class="sm-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeMachine(trace, machine)}>
      <defs>
        <marker id={`${id}-sm-head`} class="sm-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
        <marker id={`${id}-sm-head-on`} class="sm-head sm-head-on" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4.5" markerHeight="4.5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>

      {ARROW_ORDER.map((arrow) => {
        const spec = ARROWS[arrow];
        const tag = tags.get(arrow);
        const on = tag !== undefined;
        const busy = arrow === 'dispatch' && inTransit && !on;
        const tagW = textWidth(tag ?? '', TAG_FONT) + 10;
        const tagX = spec.anchor === 'middle' ? spec.tag.x - tagW / 2 : spec.anchor === 'end' ? spec.tag.x - tagW : spec.tag.x;
        return (
          <g key={arrow} class={`sm-arrow${on ? ' sm-on' : ''}${busy ? ' sm-busy' : ''}`}>
            <path class="sm-line" d={spec.d} marker-end={`url(#${id}-sm-head${on ? '-on' : ''})`} />
            {spec.lines.map((line) => (
              <text key={line.text} class="sm-arrow-label" x={line.x} y={line.y} text-anchor={spec.anchor}>
                {line.text}
              </text>
            ))}
            {on ? (
              <g class="sm-tag">
                <rect x={tagX} y={spec.tag.y - 8} width={tagW} height="16" rx="8" />
                <text x={tagX + tagW / 2} y={spec.tag.y} text-anchor="middle" dominant-baseline="central">
                  {tag}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}

      <BoxFrame box="ready">
        {machine.queue.length === 0 ? (
          <Quiet x={ready.x + 12} y={ready.y + 37} text="none" />
        ) : (
          <>
            {machine.queue.slice(0, 3).map((task, i) => (
              <Chip key={task} trace={trace} task={task} x={ready.x + 12 + i * (CW + 6)} y={ready.y + 28} />
            ))}
            {machine.queue.length > 3 ? <Quiet x={ready.x + 12 + 3 * (CW + 6)} y={ready.y + 37} text={`+${machine.queue.length - 3}`} /> : null}
            <text class="sm-hint" x={ready.x + 12} y={ready.y + 62}>
              head first
            </text>
          </>
        )}
      </BoxFrame>

      <BoxFrame box="running">
        {machine.cores.map((slot, i) => {
          const y = running.y + 26 + i * 24;
          return (
            <g key={slot.core}>
              <text class="sm-hint" x={running.x + 12} y={y + CH / 2} dominant-baseline="central">
                core {slot.core}
              </text>
              {slot.task !== -1 ? (
                <Chip trace={trace} task={slot.task} x={running.x + 56} y={y} />
              ) : (
                <Quiet x={running.x + 56} y={y + CH / 2} text={slot.switchingTo !== -1 ? 'switching' : 'idle'} />
              )}
            </g>
          );
        })}
      </BoxFrame>

      <BoxFrame box="blocked">
        {machine.blocked.length === 0 ? (
          <Quiet x={blocked.x + 12} y={blocked.y + 37} text="none" />
        ) : (
          machine.blocked.slice(0, 3).map((b, i) => {
            const y = blocked.y + 23 + i * 16;
            return (
              <g key={b.task}>
                <Chip trace={trace} task={b.task} x={blocked.x + 12} y={y} h={14} />
                <text class="sm-hint" x={blocked.x + 12 + CW + 6} y={y + 7} dominant-baseline="central">
                  until {formatUs(b.until)}
                </text>
              </g>
            );
          })
        )}
      </BoxFrame>

      <BoxFrame box="done">
        {machine.done.length === 0 ? (
          <Quiet x={done.x + 12} y={done.y + 37} text="none" />
        ) : (
          machine.done.slice(0, 3).map((task, i) => <Chip key={task} trace={trace} task={task} x={done.x + 12 + i * (CW + 6)} y={done.y + 28} />)
        )}
      </BoxFrame>

      {/* Threads picked for a core, during the context switch to them: on the "dispatched" arrow. */}
      {machine.switching.map((s, i) => (
        <Chip key={s.task} trace={trace} task={s.task} x={160 - CW / 2 + (i - (machine.switching.length - 1) / 2) * (CW + 4)} y={41} moving />
      ))}
    </svg>
  );
}
