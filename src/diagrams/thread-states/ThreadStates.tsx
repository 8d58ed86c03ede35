/**
 * Lesson 2's diagram, "thread-states": three threads on one core (or two), drawn two ways that
 * follow one playhead: a state machine (where each thread is now, and which moves just happened)
 * and the timeline (what each core did, and each thread's state over time). The reader plays,
 * steps and scrubs, and changes the cores, what A waits for, and whether C yields; every change
 * re-simulates, and the playhead keeps its time, clamped to the new run.
 *
 * As in every diagram, a link's state is read once after hydration, so the server HTML and the
 * first client render are identical.
 */
import { simulate, type Trace } from '../../sim/index.ts';
import {
  THREAD_STATES_IO as IO,
  THREAD_STATES_LIMITS as LIMITS,
  THREAD_STATES_PRESET as PRESET,
  threadStates,
  type ThreadStatesIo,
} from '../../sim/scenarios/thread-states.ts';
import { Checkbox } from '../kit/controls/Checkbox.tsx';
import { RadioGroup } from '../kit/controls/RadioGroup.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { formatUs } from '../kit/format.ts';
import { describeMoment, transcript } from '../kit/narrate.ts';
import type { Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { machineAt } from './state-machine.ts';
import { StateMachine } from './StateMachine.tsx';
import { TASK_ROWS } from '../kit/TaskRows.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';

const ID = 'thread-states';

/**
 * The default moment, 180 µs: A's read has just completed, so A is ready again and waits in the
 * run queue while C keeps the core; B is still blocked. Running, ready and blocked are all on screen.
 */
const DEFAULT_T = 180;

const SCHEMA = {
  cores: { type: 'int', ...LIMITS.cores },
  io: { type: 'enum', values: LIMITS.io.values, default: LIMITS.io.default },
  yields: { type: 'bool', default: LIMITS.yields.default },
  t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_T },
} as const satisfies Schema;

const IO_WORDS: Readonly<Record<ThreadStatesIo, string>> = {
  ssd: 'an SSD read',
  datacenter: 'a round trip within a datacenter',
};

const IO_OPTIONS = LIMITS.io.values.map((value) => ({ value, label: `${IO_WORDS[value]}, ${formatUs(IO[value])}` }));

const PRESET_NOTE =
  `Real-world sizes: a random SSD read takes about ${formatUs(IO.ssd)}, a round trip within a datacenter ` +
  `about ${formatUs(IO.datacenter)}, a context switch about ${formatUs(PRESET.switchCost)}. ` +
  `A Linux time slice (up to about 3 ms) is longer than this whole run, so no thread is preempted here. ` +
  `The amounts of computing are made up for the story.`;

const coresWords = (n: number): string => (n === 1 ? 'one core' : n === 2 ? 'two cores' : `${n} cores`);

/** Times (µs) the description quotes: when A's wait ends, and when A runs again. */
function aTimes(trace: Trace): { wake: number; runs: number } {
  const events = trace.events();
  const wake = events.find((e) => e.type === 'wake' && e.task === 0)?.t ?? Number.NaN;
  const runs = events.find((e) => e.type === 'run' && e.task === 0 && e.t >= wake)?.t ?? Number.NaN;
  return { wake, runs };
}

function describe(trace: Trace, cores: number, io: ThreadStatesIo, yields: boolean): string {
  const { wake, runs } = aTimes(trace);
  const cWork = formatUs(PRESET.chunks * PRESET.chunk);
  const [a1, a2] = PRESET.aWork.map(formatUs);
  const [b1, b2] = PRESET.bWork.map(formatUs);
  const aWaited =
    runs - wake <= PRESET.switchCost
      ? `A runs again at ${formatUs(runs)}, as soon as a context switch allows, because a core is free`
      : `A does not run at once: it waits in the run queue until ${formatUs(runs)}, when a core comes free`;
  return (
    `Three threads, A, B and C, share ${coresWords(cores)}, drawn as a state machine above a timeline. The state machine ` +
    `has four boxes, Ready, Running, Blocked and Done, and labelled arrows: spawned (into Ready), dispatched (Ready to ` +
    `Running), preempted or yields (Running to Ready), blocks on I/O (Running to Blocked), I/O completes (Blocked to Ready) ` +
    `and finishes (Running to Done). Each thread is a chip in the box of its state; the arrows taken at the current instant ` +
    `are thick and tagged with the threads' names. The timeline has a lane per core and a row per thread: filled while it ` +
    `runs, outlined while it is ready, hatched while it is blocked. A computes ${a1}, waits ${formatUs(IO[io])} for ` +
    `${IO_WORDS[io]}, then computes ${a2}; B computes ${b1}, waits ${formatUs(IO.datacenter)} for ${IO_WORDS.datacenter}, ` +
    `then computes ${b2}; C computes ${cWork} in ${PRESET.chunks} chunks, ${yields ? 'yielding between them' : 'never yielding'}. ` +
    `A's I/O completes at ${formatUs(wake)}; ${aWaited}. The last thread is done at ${formatUs(trace.makespan)}.`
  );
}

/** Lesson 2's thread-states diagram (see the note at the top). */
export default function ThreadStates() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: (settings) => simulate(threadStates(settings)),
    stops: (trace) => trace,
    initialTime: DEFAULT_T,
    narrate: (trace, t) => describeMoment(trace, t),
    transcript: (trace) => transcript(trace),
  });
  const { cores, io, yields } = d.settings;
  const { run: trace, mounted, t } = d;
  const machine = machineAt(trace, t);

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>Three threads share {coresWords(cores)}.</strong> Watch a thread leave Running when it blocks on I/O or
          yields, and come back through Ready when its I/O completes: a thread whose wait is over still waits for a core.
        </>
      }
      note={
        <>
          <strong>Real figures.</strong> <Prose text={PRESET_NOTE} />
        </>
      }
      params={
        <>
          <Slider
            id={`${ID}-cores`}
            label="Cores"
            value={cores}
            min={LIMITS.cores.min}
            max={LIMITS.cores.max}
            valueText={coresWords(cores)}
            disabled={!mounted}
            onChange={(cores) => d.set({ cores })}
          />
          <Checkbox id={`${ID}-yields`} label="C yields between chunks" checked={yields} disabled={!mounted} onChange={(yields) => d.set({ yields })} />
          <RadioGroup id={`${ID}-io`} label="A waits for" value={io} options={IO_OPTIONS} disabled={!mounted} onChange={(io) => d.set({ io })} />
        </>
      }
      player={<Player {...d.player} />}
      description={describe(trace, cores, io, yields)}
    >
      <div class="sm">
        <p class="sm-legend">
          <Prose text={machine.at === null ? 'Nothing has happened yet.' : `Thick arrows: what happened at ${formatUs(machine.at)}.`} />
        </p>
        <StateMachine id={ID} trace={trace} machine={machine} />
      </div>
      <Timeline id={ID} trace={trace} t={t} reserveLanes={LIMITS.cores.max} taskRows={TASK_ROWS} describedBy={d.describedBy} />
    </DiagramFrame>
  );
}
