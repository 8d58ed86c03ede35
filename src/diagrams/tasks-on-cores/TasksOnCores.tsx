/**
 * Lesson 1's diagram, "tasks-on-cores": a few tasks take turns on a few cores under a preemptive
 * thread scheduler. The reader plays, steps and scrubs through the run, and changes the number of
 * tasks and cores; every change re-simulates (the playhead keeps its time, clamped to the new run).
 *
 * State lives in the page URL only when the reader asks for it (the "Link to this diagram"
 * link); on load, a link's state is read once, after hydration, so the server HTML and the first
 * client render are identical.
 */
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
import { describeMoment, transcript } from '../kit/narrate.ts';
import type { Schema } from '../kit/permalink.ts';
import { RunQueue } from '../kit/RunQueue.tsx';
import { TaskStates } from '../kit/TaskStates.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';

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
  `Time slice shortened to ${formatUs(PRESET.timeSlice)} so that turns are visible; Linux uses about 0.75–3 ms, longer on older kernels when few threads are ready. ` +
  `A context switch costs ${formatUs(PRESET.switchCost)}, as on real machines (1.2–2.2 µs), so here it takes a tenth ` +
  `of a slice; on Linux, about 1/400 to 1/1,500 of one.`;


function describe(trace: Trace, r: Report, tasks: number, cores: number): string {
  const names = trace.taskNames;
  const which = names.length === 1 ? names[0] : `${names[0]} to ${names[names.length - 1]}`;
  return (
    `A timeline of ${countWords(tasks, 'task')} (${which}) sharing ${countWords(cores, 'core')} under a thread scheduler. ` +
    `Each row is a core and time runs left to right, from 0 to ${formatUs(trace.makespan)}. ` +
    `A coloured bar labelled with a task's name is that task's thread running; a thin hatched bar is a context switch; ` +
    `a gap is a core sitting idle because no task is ready: each is waiting for I/O, done, or running on another core. ` +
    `When a thread's ${formatUs(PRESET.timeSlice)} time slice ends and another task is waiting, the scheduler preempts it. ` +
    `In this run the cores spend ${formatUs(r.busy)} running tasks, ${formatUs(r.switching)} on ${r.switches} context switches ` +
    `and ${formatUs(r.idle)} idle; the last task is done at ${formatUs(trace.makespan)}.`
  );
}

/** Lesson 1's tasks-on-cores diagram (see the note at the top). */
export default function TasksOnCores() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: ({ tasks, cores }) => {
      const scenario = tasksOnCores({ tasks, cores });
      const trace = simulate(scenario);
      return { trace, summary: report(scenario, trace) };
    },
    stops: ({ trace }) => trace,
    initialTime: DEFAULT_T,
    narrate: ({ trace }, t) => describeMoment(trace, t),
    transcript: ({ trace }) => transcript(trace),
  });
  const { tasks, cores } = d.settings;
  const { trace, summary } = d.run;
  const { mounted, t } = d;

  return (
    <DiagramFrame
      {...d.frame}
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
            onChange={(tasks) => d.set({ tasks })}
          />
          <Slider
            id={`${ID}-cores`}
            label="Cores"
            value={cores}
            min={LIMITS.cores.min}
            max={LIMITS.cores.max}
            valueText={countWords(cores, 'core')}
            disabled={!mounted}
            onChange={(cores) => d.set({ cores })}
          />
        </>
      }
      player={<Player {...d.player} />}
      description={describe(trace, summary, tasks, cores)}
    >
      <Timeline
        id={ID}
        trace={trace}
        t={t}
        reserveLanes={LIMITS.cores.max}
        describedBy={d.describedBy}
      >
        <RunQueue trace={trace} t={t} />
        <TaskStates trace={trace} t={t} reserve={LIMITS.tasks.max} />
      </Timeline>
    </DiagramFrame>
  );
}
