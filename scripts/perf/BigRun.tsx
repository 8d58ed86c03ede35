/**
 * A test fixture, never part of the site: the largest diagram the course could draw, 10,000
 * threads on up to 8 cores, built from the same shared pieces every diagram uses (DiagramFrame,
 * Player, Slider, Timeline with run queue and task states, use-playback, narration). No lesson
 * diagram reaches 10,000 tasks, so scripts/perf-diagrams.ts bundles this one and measures how it
 * scrubs and re-simulates.
 */
import { render } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { simulate, workload } from '../../src/sim/index.ts';
import { Player } from '../../src/diagrams/kit/controls/Player.tsx';
import { Slider } from '../../src/diagrams/kit/controls/Slider.tsx';
import { DiagramFrame } from '../../src/diagrams/kit/DiagramFrame.tsx';
import { describeMoment, transcript } from '../../src/diagrams/kit/narrate.ts';
import { RunQueue } from '../../src/diagrams/kit/RunQueue.tsx';
import { TaskStates } from '../../src/diagrams/kit/TaskStates.tsx';
import { Timeline } from '../../src/diagrams/kit/Timeline.tsx';
import { usePlayback } from '../../src/diagrams/kit/use-playback.ts';
import '../../src/styles/global.css';
import { BIG_RUN } from './big-run.ts';


/** A thread-per-request server: each thread computes 20 µs, waits 150 µs for I/O, and is done. */
const scenario = (cores: number) =>
  workload({ model: 'threads', cores, tasks: BIG_RUN.tasks, rounds: 1, cpu: 20, io: 150, jitter: 0.3, spread: 0, timeSlice: 3000, switchCost: 2, seed: 1 });

function BigRun() {
  const [cores, setCores] = useState<number>(BIG_RUN.cores.default);
  const trace = useMemo(() => simulate(scenario(cores)), [cores]);
  // Built only when the transcript is opened (DiagramFrame asks for it).
  const words = useCallback(() => transcript(trace), [trace]);
  const playback = usePlayback(trace, 0);
  return (
    <DiagramFrame
      id={BIG_RUN.id}
      mounted
      caption={`${BIG_RUN.tasks.toLocaleString('en')} threads on ${cores} cores.`}
      params={<Slider id={`${BIG_RUN.id}-cores`} label="Cores" value={cores} min={BIG_RUN.cores.min} max={BIG_RUN.cores.max} onChange={setCores} />}
      player={<Player id={BIG_RUN.id} playback={playback} end={trace.makespan} disabled={false} />}
      href={`#${BIG_RUN.id}`}
      problems={[]}
      narration={describeMoment(trace, playback.t)}
      description={`A timeline of ${BIG_RUN.tasks.toLocaleString('en')} threads on ${cores} cores.`}
      transcript={words}
    >
      <Timeline id={BIG_RUN.id} trace={trace} t={playback.t} reserveLanes={BIG_RUN.cores.max}>
        <RunQueue trace={trace} t={playback.t} />
        <TaskStates trace={trace} t={playback.t} reserve={8} />
      </Timeline>
    </DiagramFrame>
  );
}

const root = document.getElementById('root');
if (root) render(<BigRun />, root);
