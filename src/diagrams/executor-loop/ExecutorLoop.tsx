/**
 * Lesson 5's diagram, "executor-loop": a few async tasks share one executor thread. Above, the
 * executor's loop at the playhead (run queue, thread, tasks parked on I/O, reactor); below, the
 * timeline of that one thread. The reader plays, steps and scrubs, and changes the number of
 * tasks and what they await; every change re-simulates (the playhead keeps its time, clamped).
 *
 * As in every diagram, a link's state is read once after hydration, so the server HTML and the
 * first client render are identical.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { report, simulate, type Report, type Trace } from '../../sim/index.ts';
import {
  EXECUTOR_LOOP_COSTS as COSTS,
  EXECUTOR_LOOP_LIMITS as LIMITS,
  executorLoop,
  executorLoopIo,
  IO_MIXES,
  oneAfterAnother,
  type IoKind,
  type IoMix,
} from '../../sim/scenarios/executor-loop.ts';
import { Choice } from '../kit/controls/Choice.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { ExecutorPanel } from './ExecutorPanel.tsx';
import { executorView } from './executor-view.ts';
import { capitalize, countWords, formatUs, listWords } from '../kit/format.ts';
import { useMounted, useLinkState } from '../kit/hooks.ts';
import { describeMoment, transcript, type NarrateOptions } from '../kit/narrate.ts';
import { permalinkHref, type Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { usePlayback } from '../kit/use-playback.ts';

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

export default function ExecutorLoop() {
  const mounted = useMounted();
  const [tasks, setTasks] = useState<number>(LIMITS.tasks.default);
  const [io, setIo] = useState<IoMix>(LIMITS.io.default);
  const scenario = useMemo(() => executorLoop({ tasks, io }), [tasks, io]);
  const kinds = useMemo(() => executorLoopIo({ tasks, io }), [tasks, io]);
  const trace = useMemo(() => simulate(scenario), [scenario]);
  const summary = useMemo(() => report(scenario, trace), [scenario, trace]);
  const serial = useMemo(() => oneAfterAnother(scenario), [scenario]);
  const awaits = useMemo(() => kinds.map((k) => AWAITS[k]), [kinds]);
  const options = useMemo((): NarrateOptions => ({ unit: () => 'the thread', awaits: (task) => awaits[task] ?? 'I/O' }), [awaits]);
  // Built only when the transcript is opened (DiagramFrame asks for it).
  const words = useCallback(() => transcript(trace, 400, options), [trace, options]);
  const playback = usePlayback(trace, DEFAULT_T);
  const { t } = playback;
  const view = executorView(trace, t);

  // A link's state, read once after hydration (see the note at the top).
  const problems = useLinkState(ID, SCHEMA, (state) => {
    setTasks(state.tasks);
    setIo(state.io);
    playback.seek(state.t);
  });

  const href = permalinkHref(ID, SCHEMA, { tasks, io, t });
  const end = trace.makespan;

  return (
    <DiagramFrame
      id={ID}
      mounted={mounted}
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
            onChange={setTasks}
          />
          <Choice id={`${ID}-io`} label="Tasks await" value={io} options={IO_OPTIONS} disabled={!mounted} onChange={setIo} />
        </>
      }
      player={<Player id={ID} playback={playback} end={end} disabled={!mounted} />}
      href={href}
      problems={problems}
      narration={describeMoment(trace, t, options)}
      narrationLive={!playback.playing || playback.reducedMotion}
      description={describe(trace, summary, kinds, serial)}
      transcript={words}
    >
      <ExecutorPanel trace={trace} view={view} awaits={awaits} reserve={LIMITS.tasks.max} />
      <Timeline
        id={ID}
        trace={trace}
        t={t}
        reserveLanes={1}
        laneNames={['Executor\nthread']}
        subject="the executor thread"
        describedBy={`${ID}-description`}
      />
      <p class="xl-summary">
        <Prose
          text={`All done after ${formatUs(end)} on one thread. One after another, each waiting out its own I/O, the same tasks would take ${formatUs(serial)}.`}
        />
      </p>
    </DiagramFrame>
  );
}
