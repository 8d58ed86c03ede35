/**
 * Lesson 5's diagram, "executor-loop": a few async tasks share one executor thread. Above, the
 * executor's loop at the playhead (run queue, thread, tasks parked on I/O, reactor); below, the
 * timeline of that one thread. The reader plays, steps and scrubs, and changes the number of
 * tasks and what they await; every change re-simulates (the playhead keeps its time, clamped).
 *
 * As in every diagram, a link's state is read once after hydration, so the server HTML and the
 * first client render are identical.
 */
import { report, simulate, type Report, type Trace } from '../../sim/index.ts';
import {
  EXECUTOR_LOOP_COSTS as COSTS,
  EXECUTOR_LOOP_LIMITS as LIMITS,
  executorLoop,
  executorLoopIo,
  IO_MIXES,
  oneAfterAnother,
  type ExecutorLoopParams,
  type IoKind,
  type IoMix,
} from '../../sim/scenarios/executor-loop.ts';
import { RadioGroup } from '../kit/controls/RadioGroup.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { ExecutorPanel } from './ExecutorPanel.tsx';
import { executorView } from './executor-view.ts';
import { capitalize, countWords, formatUs, listWords } from '../kit/format.ts';
import { describeMoment, transcript, type NarrateOptions } from '../kit/narrate.ts';
import type { Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';

const ID = 'executor-loop';

/**
 * The default moment, 225.4 µs: C's read completes while A runs. The reactor wakes C, which
 * joins the run queue behind B; D and E are parked. Every part of the loop has something in it.
 */
const DEFAULT_T = 225.4;

const SCHEMA = {
  tasks: { type: 'int', ...LIMITS.tasks },
  io: { type: 'enum', values: IO_MIXES, default: LIMITS.io.default },
  t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_T },
} as const satisfies Schema;

/** What a task awaits, as narration and the panel say it. */
const AWAITS: Record<IoKind, string> = { read: 'SSD read', network: 'network round trip' };

const IO_OPTIONS: readonly { value: IoMix; label: string }[] = [
  { value: 'mixed', label: 'Both' },
  { value: 'read', label: `SSD reads, ${formatUs(COSTS.read)}` },
  { value: 'network', label: `Round trips, ${formatUs(COSTS.network)}` },
];

const NOTE =
  `Realistic costs, none exaggerated: an SSD read takes about ${formatUs(COSTS.read)}, a round trip within a ` +
  `datacenter about ${formatUs(COSTS.network)}, and moving the thread from one task to another about ` +
  `${formatUs(COSTS.switchCost)}, too thin to see at this scale. The CPU work, 20 to 60 µs a stretch, is made up.`;


/** "three SSD reads of 150 µs and two network round trips of 500 µs". */
function ioWords(io: readonly IoKind[]): string {
  const parts = (['read', 'network'] as const)
    .map((kind) => ({ kind, n: io.filter((k) => k === kind).length }))
    .filter((p) => p.n > 0)
    .map((p) => `${countWords(p.n, AWAITS[p.kind])} of ${formatUs(COSTS[p.kind])}`);
  return listWords(parts);
}

function describe(trace: Trace, r: Report, io: readonly IoKind[], serial: number): string {
  const names = trace.taskNames;
  const which = names.length === 1 ? names[0] : `${names[0]} to ${names[names.length - 1]}`;
  return (
    `The executor's loop and a timeline of its one thread, for ${countWords(names.length, 'task')} (${which}). ` +
    `Each task computes a little, awaits one I/O operation (here ${ioWords(io)}), then computes some more. ` +
    `The boxes show the loop at the playhead: the run queue of ready tasks, head first; the thread and the task it is running; ` +
    `the tasks parked on I/O, each with the time its I/O is done; and the reactor, which wakes them. ` +
    `Arrows between the boxes name the steps (poll, Pending, I/O done, waker) and are highlighted when that step has just happened. ` +
    `The timeline has one row, the thread, with time left to right from 0 to ${formatUs(trace.makespan)}: a bar labelled with a task's name ` +
    `is the thread running that task; a gap is the thread idle, because every task not yet done is parked. ` +
    `In this run the thread spends ${formatUs(r.busy)} running tasks, ${formatUs(r.switching)} on ${r.switches} task switches ` +
    `and ${formatUs(r.idle)} idle; the last task is done at ${formatUs(trace.makespan)}. ` +
    `One after another, each waiting out its own I/O, the same tasks would take ${formatUs(serial)}.`
  );
}

/** One run of the loop: the trace, its report, what each task awaits, and how narration names things. */
function runLoop(settings: ExecutorLoopParams) {
  const scenario = executorLoop(settings);
  const kinds = executorLoopIo(settings);
  const trace = simulate(scenario);
  const awaits = kinds.map((k) => AWAITS[k]);
  const options: NarrateOptions = { unit: () => 'the thread', awaits: (task) => awaits[task] ?? 'I/O' };
  return { trace, kinds, awaits, options, summary: report(scenario, trace), serial: oneAfterAnother(scenario) };
}

/** Lesson 5's executor-loop diagram (see the note at the top). */
export default function ExecutorLoop() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: runLoop,
    stops: (r) => r.trace,
    initialTime: DEFAULT_T,
    narrate: (r, t) => describeMoment(r.trace, t, r.options),
    transcript: (r) => transcript(r.trace, 400, r.options),
  });
  const { tasks, io } = d.settings;
  const { trace, kinds, awaits, summary, serial } = d.run;
  const { mounted, t } = d;
  const view = executorView(trace, t);
  const end = trace.makespan;

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>
            {capitalize(countWords(tasks, 'task'))} {tasks === 1 ? 'runs' : 'share'} one executor thread.
          </strong>{' '}
          The thread runs one task at a time. Follow a task around the loop: polled from the run queue, it runs until it awaits
          I/O that is not done, returns Pending and parks; the reactor wakes it when the I/O is done, and it joins the run queue again.
        </>
      }
      note={<Prose text={NOTE} />}
      params={
        <>
          <Slider
            id={`${ID}-tasks`}
            label="Tasks"
            value={tasks}
            min={LIMITS.tasks.min}
            max={LIMITS.tasks.max}
            valueText={countWords(tasks, 'task')}
            disabled={!mounted}
            onChange={(tasks) => d.set({ tasks })}
          />
          <RadioGroup id={`${ID}-io`} label="Tasks await" value={io} options={IO_OPTIONS} disabled={!mounted} onChange={(io) => d.set({ io })} />
        </>
      }
      player={<Player {...d.player} />}
      description={describe(trace, summary, kinds, serial)}
    >
      <ExecutorPanel trace={trace} view={view} awaits={awaits} reserve={LIMITS.tasks.max} />
      <Timeline
        id={ID}
        trace={trace}
        t={t}
        reserveLanes={1}
        laneNames={['Executor\nthread']}
        subject="the executor thread"
        describedBy={d.describedBy}
      />
      <p class="xl-summary">
        <Prose
          text={`All done after ${formatUs(end)} on one thread. One after another, each waiting out its own I/O, the same tasks would take ${formatUs(serial)}.`}
        />
      </p>
    </DiagramFrame>
  );
}
