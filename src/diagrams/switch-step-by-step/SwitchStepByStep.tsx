/**
 * Lesson 3's diagram, "switch-step-by-step": one context switch on one core, from thread A to
 * thread B, in seven steps. Three tables of the same registers, A's saved state, core 0 and B's
 * saved state, show the values being copied out and in; the run queue and the threads' states
 * sit below. The reader steps through (or plays) the story and chooses why A leaves the core.
 *
 * The steps are data from src/sim/scenarios/switch-steps.ts, computed at build time for both
 * reasons and handed in as props (src/islands/SwitchStepByStep.astro): they travel in the HTML, so
 * the page's JavaScript does not carry their sentences. This file only draws them. The
 * clock is the shared one, over numbered steps (stepStops), and the link holds the reason and
 * the step, read once after hydration as in every diagram.
 */
import {
  REGISTERS,
  SWITCH_REASONS,
  type RegisterValues,
  type SwitchReason,
  type SwitchStep,
  type ThreadName,
} from '../../sim/scenarios/switch-steps.ts';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { Player } from '../kit/controls/Player.tsx';
import type { Schema } from '../kit/permalink.ts';
import { QueueRow } from '../kit/RunQueue.tsx';
import { StateChips } from '../kit/TaskStates.tsx';
import { useDiagram } from '../kit/use-diagram.ts';
import { stepStops } from '../kit/use-playback.ts';
import './switch-steps.css';

const ID = 'switch-step-by-step';
/** Steps are numbered from 1 on screen and in links. The default is "Save A": values being copied out. */
const DEFAULT_STEP = 3;
const STEP_COUNT = 7;
/** Wall time per step when playing: long enough to read a step's sentence. */
const STEP_MS = 2500;

const SCHEMA = {
  reason: { type: 'enum', values: SWITCH_REASONS, default: 'slice' },
  step: { type: 'int', min: 1, max: STEP_COUNT, default: DEFAULT_STEP },
} as const satisfies Schema;

/** What the reader sets: why A leaves the core. The step is the playhead. */
interface Settings {
  readonly reason: SwitchReason;
}

const DEFAULTS: Settings = { reason: SCHEMA.reason.default };

const REASON_LABELS: Record<SwitchReason, string> = {
  slice: 'its time slice is up',
  block: 'it blocks on I/O',
};

/** Colour classes per thread, the same as the timelines' (A, B, C are tasks 0, 1, 2). */
const TASK_INDEX: Record<ThreadName, number> = { A: 0, B: 1, C: 2 };

const NOTE =
  'On x86-64 Linux, A’s registers are pushed onto A’s own kernel stack the moment A enters the kernel; its floating-point ' +
  'and vector registers are saved separately, and the switch itself stores A’s kernel stack pointer in A’s task structure. ' +
  'The diagram draws all of that as one box, “A’s saved state”. The values are made up but shaped like real ones, and a real ' +
  'core has more registers than these seven.';

const LEGEND = [
  ['RIP', 'instruction pointer: where the thread is in its code'],
  ['RSP', 'stack pointer: the top of its stack'],
  ['RAX, RBX, RCX', 'general registers: the values it is working on'],
  ['RFLAGS', 'flags, such as the outcome of the last comparison'],
  ['XMM0', 'a floating-point and vector register'],
] as const;

function coreSubtitle(step: SwitchStep): string {
  if (step.running === 'A') return 'running A’s code';
  if (step.running === 'B') return 'running B’s code';
  return step.core === null ? 'running the kernel, which uses the registers itself' : 'running the kernel';
}

function savedSubtitle(thread: 'A' | 'B', step: SwitchStep): string {
  if (step.saved[thread] === null) return step.running === thread ? `nothing saved: ${thread} is on the core` : 'nothing saved yet';
  if (step.copy === 'save' && thread === 'A') return 'just saved';
  if (step.copy === 'restore' && thread === 'B') return 'being loaded';
  return 'kept until it runs again';
}

/** How the cells of one table are marked in this step: copied from (source) or copied to (target). */
type Mark = 'source' | 'target' | null;

function RegisterTable(props: { title: string; subtitle: string; values: RegisterValues | null; mark: Mark; kind: 'core' | 'saved'; badge?: ThreadName | undefined }) {
  const { values, mark } = props;
  return (
    <table class={`cs-table cs-${props.kind}${mark ? ` cs-${mark}` : ''}`}>
      <caption class="cs-caption">
        <span class="cs-title">{props.title}</span>{' '}
        <span class="cs-sub">
          {props.badge ? <span class={`cs-badge dg-task-${TASK_INDEX[props.badge]}`}>{props.badge}</span> : null}
          {props.subtitle}
        </span>
      </caption>
      <tbody>
        {REGISTERS.map((r, i) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td class={values === null ? 'cs-value cs-empty' : 'cs-value'}>{values === null ? '—' : values[i]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The arrow between two tables, shown only while values flow along it. */
function Flow({ active, label }: { active: boolean; label: string }) {
  return (
    <div class={active ? 'cs-flow' : 'cs-flow dg-hidden'} aria-hidden="true">
      <span class="cs-flow-wide">←</span>
      <span class="cs-flow-narrow">↑</span>
      <span class="cs-flow-label">{label}</span>
    </div>
  );
}

function describe(reason: SwitchReason): string {
  const leave =
    reason === 'slice'
      ? 'a timer interrupt stops A because its time slice is up, and the core enters the kernel'
      : 'A makes a system call to read data that has not arrived yet, and the core enters the kernel';
  const after = reason === 'slice' ? 'A joins the back of the run queue, ready' : 'A is blocked and stays out of the run queue';
  return (
    'Three tables list the same seven registers (RIP, RSP, RAX, RBX, RCX, RFLAGS and XMM0): A’s saved state, kept by the kernel; ' +
    'core 0’s registers; and B’s saved state, also kept by the kernel. Below them are the run queue and each thread’s state. ' +
    `In seven steps: A runs on core 0; ${leave}; the kernel copies the core’s registers into A’s saved state; ${after}; ` +
    'the scheduler picks B, the head of the run queue; the kernel copies B’s saved values into the core’s registers; ' +
    'and B continues from the instruction where it was stopped.'
  );
}

/** The steps of the switch, computed at build time. */
export interface SwitchStepByStepProps {
  /** The story for each reason A leaves the core: switchSteps('slice') and switchSteps('block'). */
  readonly steps: Readonly<Record<SwitchReason, readonly SwitchStep[]>>;
}

/** The step shown at playhead t: steps are numbered 0 to count − 1 on the clock. */
const stepAt = (t: number, count: number): number => Math.min(count - 1, Math.max(0, Math.round(t)));

/** Lesson 3's switch-step-by-step diagram (see the note at the top). */
export default function SwitchStepByStep(props: SwitchStepByStepProps) {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    defaults: DEFAULTS,
    // The link counts steps from 1, as the screen does; the clock from 0.
    fromLink: ({ reason, step }) => ({ settings: { reason }, t: step - 1 }),
    toLink: ({ reason }, t) => ({ reason, step: stepAt(t, props.steps[reason].length) + 1 }),
    run: ({ reason }) => props.steps[reason],
    stops: (steps) => stepStops(steps.length),
    initialTime: DEFAULT_STEP - 1,
    playback: { stepsOnly: true, stepMs: STEP_MS },
    narrate: (steps, t) => {
      const i = stepAt(t, steps.length);
      return `Step ${i + 1} of ${steps.length}, ${steps[i]?.title ?? ''}: ${steps[i]?.narration ?? ''}`;
    },
    transcript: (steps) => steps.map((s, i) => ({ t: i, label: `Step ${i + 1}`, text: `${s.title}. ${s.narration}` })),
  });
  const { reason } = d.settings;
  const { run: steps, mounted } = d;
  const index = stepAt(d.t, steps.length);
  const step = steps[index]!;
  const chips = (['A', 'B', 'C'] as const).map((name) => ({ task: TASK_INDEX[name], name, state: step.states[name] }));

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>One context switch, step by step: core 0 moves from thread A to thread B.</strong> Follow the register
          values: A’s are copied out of the core into A’s saved state, then B’s saved values are copied in.
        </>
      }
      note={
        <>
          <strong>Simplified.</strong> {NOTE}
        </>
      }
      params={
        <fieldset class="cs-reason" disabled={!mounted}>
          <legend class="dg-label">A leaves the core because</legend>
          {SWITCH_REASONS.map((r) => (
            <label key={r} class="cs-radio">
              <input type="radio" name={`${ID}-reason`} value={r} checked={reason === r} onChange={() => d.set({ reason: r })} />
              {REASON_LABELS[r]}
            </label>
          ))}
        </fieldset>
      }
      player={
        <Player
          {...d.player}
          label="Step"
          resolution={1}
          valueText={(t) => `Step ${Math.round(t) + 1} of ${steps.length}: ${steps[Math.round(t)]?.title ?? ''}`}
          display={(t) => `step ${Math.round(t) + 1} of ${steps.length}`}
        />
      }
      hint="Tip: on the Step slider, ← and → move one step at a time."
      description={describe(reason)}
    >
      <div class="cs">
        <ol class="cs-steps" aria-label="Steps of the switch">
          {steps.map((s, i) => (
            <li key={s.id} class={i === index ? 'cs-step cs-now' : i < index ? 'cs-step cs-past' : 'cs-step'} aria-current={i === index ? 'step' : undefined}>
              <span class="cs-step-n">{i + 1}</span> {s.title}
            </li>
          ))}
        </ol>
        <div class="cs-grid">
          <div class="cs-kernel cs-kernel-a">
            <RegisterTable title="A’s saved state" subtitle={savedSubtitle('A', step)} values={step.saved.A} mark={step.copy === 'save' ? 'target' : null} kind="saved" />
          </div>
          <Flow active={step.copy === 'save'} label="save" />
          <RegisterTable
            title="Core 0’s registers"
            subtitle={coreSubtitle(step)}
            values={step.core}
            mark={step.copy === 'save' ? 'source' : step.copy === 'restore' ? 'target' : null}
            kind="core"
            badge={step.running === 'kernel' ? undefined : step.running}
          />
          <Flow active={step.copy === 'restore'} label="restore" />
          <div class="cs-kernel cs-kernel-b">
            <RegisterTable title="B’s saved state" subtitle={savedSubtitle('B', step)} values={step.saved.B} mark={step.copy === 'restore' ? 'source' : null} kind="saved" />
          </div>
        </div>
        <p class="cs-kernel-note">The saved states live in the kernel’s memory, one per thread; C’s is kept the same way.</p>
        <dl class="cs-legend">
          {LEGEND.map(([name, role]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{role}</dd>
            </div>
          ))}
        </dl>
        <QueueRow queue={step.queue.map((name) => ({ task: TASK_INDEX[name], name }))} />
        <p class="dg-row cs-pick">
          <span class="dg-row-label">Scheduler’s pick</span>
          <span>{step.picked === null ? <span class="cs-none">none</span> : <strong>{step.picked}, the head of the run queue</strong>}</span>
        </p>
        <StateChips chips={chips} noun="thread" reserve={3} />
      </div>
    </DiagramFrame>
  );
}
