/**
 * Lesson 1's diagram, "tasks-on-cores": a few tasks take turns on a few cores under a preemptive
 * thread scheduler. The reader plays, steps and scrubs through the run, and changes the number of
 * tasks and cores; every change re-simulates (the playhead keeps its time, clamped to the new run).
 *
 * State lives in the page URL only when the reader asks for it (the "Link to this diagram"
 * link); on load, a link's state is read once, after hydration, so the server HTML and the first
 * client render are identical.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { report, simulate, type Report, type Trace } from '../../sim/index.ts';
import {
  TASKS_ON_CORES_LIMITS as LIMITS,
  TASKS_ON_CORES_PRESET as PRESET,
  tasksOnCores,
} from '../../sim/scenarios/tasks-on-cores.ts';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { Prose } from '../kit/Prose.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { capitalize, countWords, formatUs } from '../kit/format.ts';
import { useLinkState, useMounted } from '../kit/hooks.ts';
import { describeMoment, transcript } from '../kit/narrate.ts';
import { permalinkHref, type Schema } from '../kit/permalink.ts';
import { RunQueue } from '../kit/RunQueue.tsx';
import { TaskStates } from '../kit/TaskStates.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { usePlayback } from '../kit/use-playback.ts';

const ID = 'tasks-on-cores';

/**
 * The default moment, 54 µs: A blocks on I/O and core 0 starts a context switch to C, while B runs
 * on core 1 and D waits in the run queue. Every state but "done" is on screen at once.
 */
const DEFAULT_T = 54;

const SCHEMA = {
  tasks: { type: 'int', ...LIMITS.tasks },
  cores: { type: 'int', ...LIMITS.cores },
  t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_T },
} as const satisfies Schema;

const PRESET_NOTE =
  `Time slice shortened to ${formatUs(PRESET.timeSlice)} so that turns are visible; Linux uses about 0.75–3 ms. ` +
  `A context switch costs ${formatUs(PRESET.switchCost)}, as on real machines (1.2–2.2 µs), so here it takes a tenth ` +
  `of a slice; on Linux, about 1/400 to 1/1,500 of one.`;


function describe(trace: Trace, r: Report, tasks: number, cores: number): string {
  const names = trace.taskNames;
  const which = names.length === 1 ? names[0] : `${names[0]} to ${names[names.length - 1]}`;
  return (
    `A timeline of ${countWords(tasks, 'task')} (${which}) sharing ${countWords(cores, 'core')} under a thread scheduler. ` +
    `Each row is a core and time runs left to right, from 0 to ${formatUs(trace.makespan)}. ` +
    `A coloured bar labelled with a task's name is that task's thread running; a thin hatched bar is a context switch; ` +
    `a gap is a core sitting idle because every task is waiting for I/O or done. ` +
    `When a thread's ${formatUs(PRESET.timeSlice)} time slice ends and another task is waiting, the scheduler preempts it. ` +
    `In this run the cores spend ${formatUs(r.busy)} running tasks, ${formatUs(r.switching)} on ${r.switches} context switches ` +
    `and ${formatUs(r.idle)} idle; the last task is done at ${formatUs(trace.makespan)}.`
  );
}

export default function TasksOnCores() {
  const mounted = useMounted();
  const [tasks, setTasks] = useState<number>(LIMITS.tasks.default);
  const [cores, setCores] = useState<number>(LIMITS.cores.default);
  const scenario = useMemo(() => tasksOnCores({ tasks, cores }), [tasks, cores]);
  const trace = useMemo(() => simulate(scenario), [scenario]);
  const summary = useMemo(() => report(scenario, trace), [scenario, trace]);
  // Built only when the transcript is opened (DiagramFrame asks for it).
  const words = useCallback(() => transcript(trace), [trace]);
  const playback = usePlayback(trace, DEFAULT_T);
  const { t } = playback;

  // A link's state, read once after hydration (see the note at the top).
  const problems = useLinkState(ID, SCHEMA, (state) => {
    setTasks(state.tasks);
    setCores(state.cores);
    playback.seek(state.t);
  });

  const href = permalinkHref(ID, SCHEMA, { tasks, cores, t });
  const end = trace.makespan;

  return (
    <DiagramFrame
      id={ID}
      mounted={mounted}
      caption={
        <>
          <strong>
            {capitalize(countWords(tasks, 'task'))} {tasks === 1 ? 'runs' : 'take turns'} on {countWords(cores, 'core')}.
          </strong>{' '}
          Each core runs one thread at a time. Watch a core switch to another thread when a time slice ends or a thread
          blocks on I/O, and sit idle when no task is ready.
        </>
      }
      note={
        <>
          <strong>Teaching preset.</strong> <Prose text={PRESET_NOTE} />
        </>
      }
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
          <Slider
            id={`${ID}-cores`}
            label="Cores"
            value={cores}
            min={LIMITS.cores.min}
            max={LIMITS.cores.max}
            valueText={countWords(cores, 'core')}
            disabled={!mounted}
            onChange={setCores}
          />
        </>
      }
      player={<Player id={ID} playback={playback} end={end} disabled={!mounted} />}
      href={href}
      problems={problems}
      narration={describeMoment(trace, t)}
      narrationLive={!playback.playing || playback.reducedMotion}
      description={describe(trace, summary, tasks, cores)}
      transcript={words}
    >
      <Timeline
        id={ID}
        trace={trace}
        t={t}
        reserveLanes={LIMITS.cores.max}
        describedBy={`${ID}-description`}
      >
        <RunQueue trace={trace} t={t} />
        <TaskStates trace={trace} t={t} reserve={LIMITS.tasks.max} />
      </Timeline>
    </DiagramFrame>
  );
}
