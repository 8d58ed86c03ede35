/**
 * Lesson 4's diagram, "thread-scaling": one thread per task, from 1 to 100,000 tasks. A slider moves
 * along fixed stops; meters show the memory the threads reserve and really use, how the cores spend
 * their time and how long a ready thread waits; lanes under the scale mark where the operating
 * system's limits are.
 *
 * The island never simulates: the numbers of every stop come as props, computed once at build time
 * by src/islands/ThreadScaling.astro (100,000 threads is two million events, far too many to
 * simulate on every move of a slider). Moving the slider only picks another row.
 *
 * The permalink holds the stop as its task count (`thread-scaling.tasks=10000`); there is no
 * playhead.
 */
import { FIGURES } from '../../sim/figures.ts';
import {
  THREAD_SCALING_DEFAULT as DEFAULT,
  THREAD_SCALING_PRESET as PRESET,
  THREAD_SCALING_STOPS as STOPS,
  type StopFigures,
} from '../../sim/scenarios/thread-scaling.ts';
import { StopSlider } from '../kit/controls/StopSlider.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { formatBytes, formatDuration } from '../kit/format.ts';
import { LimitLanes } from './LimitLanes.tsx';
import type { Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { ScalingMeters } from './ScalingMeters.tsx';
import { LIMIT_MARKS } from './thread-limits.ts';
import { describeScaling, narrateStop, scalingTranscript, threadCount, type ScalingContext } from './thread-scaling-text.ts';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';
import './thread-scaling.css';

const ID = 'thread-scaling';

const SCHEMA = {
  tasks: { type: 'enum', values: STOPS.map(String), default: String(DEFAULT) },
} as const satisfies Schema;

/** The machine whose RAM the memory bars are drawn against: the one of the kernel.threads-max figure. */
const RAM = 32 * 1024 ** 3;

const CONTEXT: ScalingContext = { cores: PRESET.cores, ram: RAM, io: PRESET.io };

const PER_THREAD = {
  reserved: FIGURES.threadStackReserved.value,
  resident: FIGURES.threadStackResident.value + FIGURES.kernelStack.value,
};

const TICKS = [
  { value: 1, long: '1', short: '1' },
  { value: 10, long: '10', short: '10' },
  { value: 100, long: '100', short: '100' },
  { value: 1_000, long: '1,000', short: '1k' },
  { value: 10_000, long: '10,000', short: '10k' },
  { value: 100_000, long: '100,000', short: '100k' },
];

const PRESET_NOTE =
  `${PRESET.cores} cores, a ${formatDuration(PRESET.switchCost)} context switch, ` +
  `a ${formatDuration(PRESET.timeSlice)} time slice. Each task computes about ${formatDuration(PRESET.cpu)}, then waits about ` +
  `${formatDuration(PRESET.io)} for a round trip within a datacenter, ${PRESET.rounds} times; all threads exist from the start. ` +
  `Only the direct cost of a switch is counted, and in memory only the stacks: ${formatBytes(PER_THREAD.reserved)} reserved, ` +
  `${formatBytes(FIGURES.threadStackResident.value)} touched and ${formatBytes(FIGURES.kernelStack.value)} of kernel stack per thread.`;

/** The figures of every stop, measured at build time. */
export interface ThreadScalingProps {
  /** The numbers of every stop, in the order of THREAD_SCALING_STOPS. */
  readonly stops: readonly StopFigures[];
}

/** Lesson 4's thread-scaling diagram (see the note at the top). */
export default function ThreadScaling({ stops }: ThreadScalingProps) {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: ({ tasks }) => {
      const index = Math.max(0, (STOPS as readonly number[]).indexOf(Number(tasks)));
      return { index, stop: stops[index] ?? stops[0] };
    },
    narrate: ({ stop }) => (stop ? narrateStop(stop, CONTEXT) : ''),
    transcript: () => scalingTranscript(stops, CONTEXT),
  });
  const { mounted } = d;
  const { index, stop } = d.run;
  if (!stop) return null;

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>{threadCount(stop.tasks)}, one per task.</strong> Move along the scale from 1 to 100,000 and compare the memory
          the threads reserve with what they really use, see how the cores spend their time, and watch where the operating system’s
          limits are.
        </>
      }
      note={
        <>
          <strong>Realistic costs, nothing exaggerated.</strong> <Prose text={PRESET_NOTE} />
        </>
      }
      hint="Tip: on the slider, ← and → move one stop along the scale; Home and End jump to 1 and to 100,000."
      params={
        <StopSlider
          id={`${ID}-tasks`}
          label="Tasks, one thread each"
          stops={STOPS}
          index={index}
          valueText={threadCount(stop.tasks)}
          ticks={TICKS}
          disabled={!mounted}
          onChange={(i) => d.set({ tasks: String(STOPS[i] ?? DEFAULT) })}
        >
          <LimitLanes id={ID} stops={STOPS} index={index} marks={LIMIT_MARKS} />
        </StopSlider>
      }
      description={describeScaling(stops, CONTEXT)}
    >
      <ScalingMeters
        id={ID}
        stop={stop}
        cores={PRESET.cores}
        ram={RAM}
        io={PRESET.io}
        switchCost={PRESET.switchCost}
        perThread={PER_THREAD}
      />
    </DiagramFrame>
  );
}
