/**
 * Lesson 6's diagram, "threads-vs-async": one workload run by both models on one clock. A table
 * compares the whole runs (finish time, switching, memory, time to done per task); below it, two
 * timelines on one time scale for a few tasks, or, for hundreds or thousands, how many tasks each
 * model has done by each moment. Presets set the three telling cases in one press.
 *
 * Both runs are simulated by the core from the scenarios in src/sim/scenarios/threads-vs-async.ts
 * and re-simulated whenever a parameter changes; the playhead only moves through the recorded
 * traces. A link's state is read once, after hydration, so the server HTML and the first client
 * render are identical.
 */
import { report, simulate, type Trace } from '../../sim/index.ts';
import {
  threadsVsAsync,
  THREADS_VS_ASYNC_FIGURES as FIGURES,
  THREADS_VS_ASYNC_PRESETS as PRESETS,
  type ThreadsVsAsyncParams,
} from '../../sim/scenarios/threads-vs-async.ts';
import { CompareTable } from '../kit/compare/CompareTable.tsx';
import { runFigures, sortedFinishes } from '../kit/compare/figures.ts';
import { countsText, mergeTranscripts, milestones } from '../kit/compare/words.ts';
import { workloadFromLink, workloadSchema, workloadToLink } from '../kit/compare/workload.ts';
import { WorkloadControls, type WorkloadPreset } from '../kit/compare/WorkloadControls.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { formatCount, formatUs, plural } from '../kit/format.ts';
import { describeMoment, transcript } from '../kit/narrate.ts';
import { Prose } from '../kit/Prose.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useDiagram } from '../kit/use-diagram.ts';
import { mergeStops } from '../kit/use-playback.ts';
import { DoneChart } from './DoneChart.tsx';
import { compareRows, MODEL_NAMES, MODELS, verdict } from './threads-vs-async-view.ts';
import './threads-vs-async.css';

const ID = 'threads-vs-async';
/** Up to this many tasks, both runs are drawn span by span; above, as "tasks done over time". */
const DETAIL_MAX = 20;
/** Lanes each timeline keeps room for: eight cores still fit, at half height. */
const RESERVE_LANES = 4;
/** Room for "Worker 7" in both timelines, so that their time axes start at the same x. */
const LANE_LABEL_W = 72;

const DEFAULT: ThreadsVsAsyncParams = PRESETS.waiting;
const SCHEMA = workloadSchema(DEFAULT);

const PRESET_LIST: readonly WorkloadPreset[] = [
  {
    key: 'waiting',
    params: PRESETS.waiting,
    label: 'Many tasks, mostly waiting',
    line: `${formatCount(PRESETS.waiting.tasks)} tasks each wait ${formatUs(PRESETS.waiting.io)} and compute ${formatUs(PRESETS.waiting.cpu)}: async wins on memory and switching.`,
  },
  {
    key: 'cpuBound',
    params: PRESETS.cpuBound,
    label: 'CPU-bound',
    line: `${formatCount(PRESETS.cpuBound.tasks)} tasks each compute ${formatUs(PRESETS.cpuBound.cpu)} and never wait: no win for async; only more cores help.`,
  },
  {
    key: 'few',
    params: PRESETS.few,
    label: 'A few tasks',
    line: `${PRESETS.few.tasks} tasks: they finish together and memory is about the same, so either model is fine.`,
  },
];

const NOTE =
  `Realistic costs, nothing exaggerated: a thread context switch takes ${formatUs(FIGURES.threadSwitch)} ` +
  `(measured ${FIGURES.threadSwitchPinnedLow}–${formatUs(FIGURES.threadSwitchUnpinned)}) and a time slice lasts ` +
  `${FIGURES.timeSlice / 1000} ms (the top of Linux's range; about 2.25 ms on 4 cores); the executor moves between async tasks in ${formatUs(FIGURES.asyncSwitch)}. ` +
  `Creating the threads and tasks is left out: every task exists at 0 µs.`;

function describe(p: ThreadsVsAsyncParams, detailed: boolean, summary: string): string {
  const work =
    p.io > 0
      ? `each computes for ${formatUs(p.cpu / 2)}, waits ${formatUs(p.io)} for I/O, then computes for ${formatUs(p.cpu / 2)} more`
      : `each computes for ${formatUs(p.cpu)} and never waits`;
  const picture = detailed
    ? 'Two timelines share one time scale, threads above and async below, with a lane per core or worker thread: a bar labelled with a task\u2019s name is that task running, a thin hatched bar is a switch, a gap is a core with nothing to do.'
    : 'A chart shows how many tasks are done by each moment: a solid line for threads, a dashed line for async; under it, each model\u2019s tasks by state at the playhead.';
  return (
    `The same workload run two ways and compared. ${plural(p.tasks, 'task')} arrive at once; ${work}. ` +
    `There are ${plural(p.cores, 'core')}. With threads, each task has its own OS thread and the scheduler switches between them; ` +
    `with async, ${plural(p.cores, 'worker thread')} run the tasks and the executor moves between them. ${picture} ${summary}`
  );
}

/** Both runs of a workload, and everything the table, the chart and the words read from them. */
function runBoth(params: ThreadsVsAsyncParams) {
  const scenarios = threadsVsAsync(params);
  const traces = { threads: simulate(scenarios.threads), async: simulate(scenarios.async) };
  const reports = { threads: report(scenarios.threads, traces.threads), async: report(scenarios.async, traces.async) };
  const figures = {
    threads: runFigures(reports.threads, scenarios.threads.switchCost),
    async: runFigures(reports.async, scenarios.async.switchCost),
  };
  return {
    traces,
    finishes: { threads: sortedFinishes(reports.threads), async: sortedFinishes(reports.async) },
    rows: compareRows(figures.threads, figures.async),
    summary: verdict(figures.threads, figures.async),
    detailed: params.tasks <= DETAIL_MAX,
  };
}

type Run = ReturnType<typeof runBoth>;

/** Tasks by state at t in each run, for a large run's picture and narration (a binary search per run); null for a small run. */
const countsAt = ({ detailed, traces }: Run, t: number) =>
  detailed ? null : { threads: traces.threads.countsAt(t), async: traces.async.countsAt(t) };

function narrate(r: Run, t: number, p: ThreadsVsAsyncParams): string {
  const counts = countsAt(r, t);
  return counts
    ? `${formatUs(t)}: threads: ${countsText(counts.threads, p.tasks)}. Async: ${countsText(counts.async, p.tasks)}.`
    : `Threads — ${describeMoment(r.traces.threads, t)} Async — ${describeMoment(r.traces.async, t)}`;
}

function words({ detailed, traces, finishes }: Run) {
  if (!detailed) {
    const runs = MODELS.map((m) => ({ name: MODEL_NAMES[m], finishes: finishes[m] }));
    return { entries: milestones(runs, 'in both models'), omitted: 0 };
  }
  const told = MODELS.map((m) => ({ name: MODEL_NAMES[m], ...transcript(traces[m]) }));
  return { entries: mergeTranscripts(told), omitted: told.reduce((n, r) => n + r.omitted, 0) };
}

/** Lesson 6's threads-vs-async diagram (see the note at the top). */
export default function ThreadsVsAsync() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    defaults: DEFAULT,
    fromLink: workloadFromLink,
    toLink: workloadToLink,
    run: runBoth,
    stops: (r) => mergeStops([r.traces.threads, r.traces.async]),
    // The moment the faster run has just finished: after a preset too, and for a link without a time.
    initialTime: (r) => Math.min(r.traces.threads.makespan, r.traces.async.makespan),
    narrate,
    transcript: words,
  });
  const { settings: params, run, mounted, t } = d;
  const { traces, finishes, rows, summary, detailed } = run;
  const end = d.player.end;
  const counts = countsAt(run, t);

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>
            The same {plural(params.tasks, 'task')} on {plural(params.cores, 'core')}, run twice: a thread per task, and async
            tasks on an executor.
          </strong>{' '}
          Compare the two columns, then play both runs on one clock.
        </>
      }
      note={<Prose text={NOTE} />}
      params={
        <WorkloadControls
          id={ID}
          prefix="tva"
          params={params}
          presets={PRESET_LIST}
          coresText={plural(params.cores, 'core')}
          disabled={!mounted}
          onPreset={d.reset}
          onChange={d.set}
        />
      }
      player={<Player {...d.player} />}
      description={describe(params, detailed, summary)}
    >
      <CompareTable
        id={ID}
        prefix="tva"
        marks="by"
        caption="The whole run, in numbers"
        columns={[
          { key: 'threads', title: MODEL_NAMES.threads, sub: 'a thread per task' },
          { key: 'async', title: MODEL_NAMES.async, sub: plural(params.cores, 'worker thread') },
        ]}
        rows={rows}
        verdict={summary}
      />
      {counts ? (
        <DoneChart traces={traces} finishes={finishes} counts={counts} t={t} end={end} describedBy={d.describedBy} />
      ) : (
        <Lanes traces={traces} t={t} end={end} cores={params.cores} />
      )}
    </DiagramFrame>
  );
}

/** Both runs as timelines, one above the other, on one time scale. */
function Lanes({ traces, t, end, cores }: { traces: Readonly<Record<'threads' | 'async', Trace>>; t: number; end: number; cores: number }) {
  return (
    <div class="tva-lanes">
      <p class="tva-lane-title">
        <strong>Threads</strong>: one OS thread per task, on {plural(cores, 'core')}
      </p>
      <Timeline id={`${ID}-threads`} trace={traces.threads} t={t} end={end} minLabelWidth={LANE_LABEL_W} reserveLanes={RESERVE_LANES} describedBy={`${ID}-description`} />
      <p class="tva-lane-title">
        <strong>Async</strong>: the executor runs every task on {plural(cores, 'worker thread')}
      </p>
      <Timeline id={`${ID}-async`} trace={traces.async} t={t} end={end} minLabelWidth={LANE_LABEL_W} reserveLanes={RESERVE_LANES} describedBy={`${ID}-description`} />
    </div>
  );
}
