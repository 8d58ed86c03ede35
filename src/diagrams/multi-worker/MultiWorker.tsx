/**
 * Lesson 9's diagram, "multi-worker": one workload run three ways on one clock: async tasks on an
 * executor with one worker thread, on an executor with one worker thread per core, and a thread
 * per task on the same cores. Three timelines (a lane per worker or core) share one time scale and
 * one playhead; a table compares the whole runs. Presets set the telling cases in one press.
 *
 * The runs are simulated by the core from src/sim/scenarios/multi-worker.ts, again whenever a
 * parameter changes; the playhead only moves through the recorded traces. The core's executor has
 * one run queue shared by all its workers (the note under the caption says so; the lesson explains
 * how real runtimes differ). A link's state is read once, after hydration, so the server HTML and
 * the first client render are identical.
 */
import { report, simulate, type Report, type TaskState, type Trace } from '../../sim/index.ts';
import {
  multiWorker,
  MULTI_WORKER_PRESETS as PRESETS,
  type MultiWorkerParams,
} from '../../sim/scenarios/multi-worker.ts';
import { THREADS_VS_ASYNC_FIGURES as FIGURES } from '../../sim/scenarios/threads-vs-async.ts';
import { CompareTable, type CompareColumn } from '../kit/compare/CompareTable.tsx';
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
import { compareRows, countsNarration, MODELS, modelNames, verdict, type MultiWorkerModel } from './multi-worker-compare.ts';
import './multi-worker.css';

const ID = 'multi-worker';
/** Up to this many tasks, the narration and transcript tell every event; above, counts and milestones. */
const DETAIL_MAX = 20;
/** Lanes the many-lane timelines keep room for: eight still fit, at half height. */
const RESERVE_LANES = 4;
/** Room for "Worker 7" in every timeline, so that their time axes start at the same x. */
const LANE_LABEL_W = 72;

const DEFAULT: MultiWorkerParams = PRESETS.busy;
const SCHEMA = workloadSchema(DEFAULT);

const PRESET_LIST: readonly WorkloadPreset[] = [
  {
    key: 'busy',
    params: PRESETS.busy,
    label: 'Busy server',
    line: `${formatCount(PRESETS.busy.tasks)} requests each compute ${formatUs(PRESETS.busy.cpu)} and wait ${formatUs(PRESETS.busy.io)}: one worker cannot keep up; a worker per core can.`,
  },
  {
    key: 'waiting',
    params: PRESETS.waiting,
    label: 'Mostly waiting',
    line: `${formatCount(PRESETS.waiting.tasks)} tasks each compute ${formatUs(PRESETS.waiting.cpu)} and wait ${formatUs(PRESETS.waiting.io)}: one worker nearly keeps up; threads cost far more memory.`,
  },
  {
    key: 'cpuBound',
    params: PRESETS.cpuBound,
    label: 'CPU-bound',
    line: `${formatCount(PRESETS.cpuBound.tasks)} tasks each compute ${formatUs(PRESETS.cpuBound.cpu)} and never wait: a worker per core is ${PRESETS.cpuBound.cores}× faster than one; so are threads.`,
  },
  {
    key: 'few',
    params: PRESETS.few,
    label: 'A few tasks',
    line: `${PRESETS.few.tasks} tasks each read from an SSD: threads do as well as a worker per core, in about as much memory.`,
  },
];

const NOTE =
  `Realistic costs: a thread context switch takes ${formatUs(FIGURES.threadSwitch)} and a time slice lasts ` +
  `${FIGURES.timeSlice / 1000} ms (the top of Linux's range; about 2.25 ms on 4 cores); an executor moves between tasks in ${formatUs(FIGURES.asyncSwitch)}. ` +
  `For simplicity the workers share one run queue here; real executors give each worker its own queue (see the text).`;

/** The table's columns: each run's heading and its second line. */
function columns(cores: number): CompareColumn<MultiWorkerModel>[] {
  const sub: Record<MultiWorkerModel, string> = {
    one: 'one worker thread',
    many: 'one worker thread per core',
    threads: `a thread per task, ${plural(cores, 'core')}`,
  };
  return MODELS.map((key) => ({ key, title: TITLES(cores)[key].name, sub: sub[key] }));
}

function describe(p: MultiWorkerParams, summary: string): string {
  const work =
    p.io > 0
      ? `each computes for ${formatUs(p.cpu / 2)}, waits ${formatUs(p.io)} for I/O, then computes for ${formatUs(p.cpu / 2)} more`
      : `each computes for ${formatUs(p.cpu)} and never waits`;
  return (
    `The same workload run three ways and compared. ${plural(p.tasks, 'task')} arrive at once; ${work}. The machine has ${plural(p.cores, 'core')}. ` +
    `First, an executor with one worker thread runs every task; second, an executor with ${plural(p.cores, 'worker thread')}, one per core; third, each task has its own OS thread and the scheduler shares the ${plural(p.cores, 'core')} among them. ` +
    `Three timelines share one time scale and one playhead, with a lane per worker thread or core: a coloured bar is a task running, a thin hatched bar a switch, a gap a worker or core with nothing to do. ` +
    `Below, a table gives each run's finish time, CPU time working, switching and idle, time to done per task and memory. ${summary}`
  );
}

const TITLES = (cores: number): Record<MultiWorkerModel, { name: string; line: string; subject: string }> => ({
  one: { name: 'Async, 1 worker', line: 'the executor runs every task on one worker thread', subject: 'the executor’s one worker thread' },
  many: {
    name: `Async, ${plural(cores, 'worker')}`,
    line: `one worker thread per core, taking tasks from one shared run queue`,
    subject: `the executor’s ${plural(cores, 'worker thread')}`,
  },
  threads: { name: 'Threads', line: `one OS thread per task, on ${plural(cores, 'core')}`, subject: `${plural(cores, 'core')} running a thread per task` },
});

/** The three runs of a workload, and everything the table and the words read from them. */
function runThree(params: MultiWorkerParams) {
  const scenarios = multiWorker(params);
  const traces: Record<MultiWorkerModel, Trace> = { one: simulate(scenarios.one), many: simulate(scenarios.many), threads: simulate(scenarios.threads) };
  const reports: Record<MultiWorkerModel, Report> = {
    one: report(scenarios.one, traces.one),
    many: report(scenarios.many, traces.many),
    threads: report(scenarios.threads, traces.threads),
  };
  const f = (m: MultiWorkerModel) => runFigures(reports[m], scenarios[m].switchCost);
  const figures = { one: f('one'), many: f('many'), threads: f('threads') };
  return {
    traces,
    reports,
    rows: compareRows(figures, params.cores),
    summary: verdict(figures, params.cores),
    detailed: params.tasks <= DETAIL_MAX,
  };
}

type Run = ReturnType<typeof runThree>;

/** Tasks by state at t in each run, for each timeline's status line and a large run's narration. */
const countsAt = ({ traces }: Run, t: number): Record<MultiWorkerModel, Readonly<Record<TaskState, number>>> => ({
  one: traces.one.countsAt(t),
  many: traces.many.countsAt(t),
  threads: traces.threads.countsAt(t),
});

function narrate(r: Run, t: number, p: MultiWorkerParams): string {
  if (!r.detailed) return countsNarration(t, countsAt(r, t), p.tasks, p.cores);
  const names = modelNames(p.cores);
  return MODELS.map((m) => `${names[m]} — ${describeMoment(r.traces[m], t)}`).join(' ');
}

function words({ detailed, traces, reports }: Run, p: MultiWorkerParams) {
  const names = modelNames(p.cores);
  if (!detailed) {
    const runs = MODELS.map((m) => ({ name: names[m], finishes: sortedFinishes(reports[m]) }));
    return { entries: milestones(runs, 'in all three runs'), omitted: 0 };
  }
  const told = MODELS.map((m) => ({ name: names[m], ...transcript(traces[m]) }));
  return { entries: mergeTranscripts(told), omitted: told.reduce((n, r) => n + r.omitted, 0) };
}

/** Lesson 9's multi-worker diagram (see the note at the top). */
export default function MultiWorker() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    defaults: DEFAULT,
    fromLink: workloadFromLink,
    toLink: workloadToLink,
    run: runThree,
    stops: (r) => mergeStops([r.traces.one, r.traces.many, r.traces.threads]),
    // The moment the worker-per-core run finishes: after a preset too, and for a link without a time.
    initialTime: (r) => r.traces.many.makespan,
    narrate,
    transcript: words,
  });
  const { settings: params, run, mounted, t } = d;
  const { traces, rows, summary } = run;
  const end = d.player.end;
  const counts = countsAt(run, t);

  const titles = TITLES(params.cores);

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>
            The same {plural(params.tasks, 'task')} on {plural(params.cores, 'core')}, run three ways: on one worker thread, on a worker
            thread per core, and as a thread per task.
          </strong>{' '}
          Play the three runs on one clock, then compare them in the table.
        </>
      }
      note={<Prose text={NOTE} />}
      params={
        <WorkloadControls
          id={ID}
          prefix="mw"
          params={params}
          presets={PRESET_LIST}
          coresText={`${plural(params.cores, 'core')}, ${plural(params.cores, 'worker thread')}`}
          disabled={!mounted}
          onPreset={d.reset}
          onChange={d.set}
        />
      }
      player={<Player {...d.player} />}
      description={describe(params, summary)}
      results={
        <CompareTable
          id={ID}
          prefix="mw"
          marks="lowest"
          caption="The three runs, in numbers"
          columns={columns(params.cores)}
          rows={rows}
          verdict={summary}
        />
      }
    >
      <div class="mw-lanes">
        {MODELS.map((m) => (
          <section key={m} class="mw-run" data-model={m} aria-label={titles[m].name}>
            <p class="mw-run-title">
              <strong>{titles[m].name}</strong>: {titles[m].line}
            </p>
            <Timeline
              id={`${ID}-${m}`}
              trace={traces[m]}
              t={t}
              end={end}
              minLabelWidth={LANE_LABEL_W}
              reserveLanes={m === 'one' ? 1 : RESERVE_LANES}
              subject={titles[m].subject}
              describedBy={d.describedBy}
            />
            <p class="mw-run-status">
              <Prose text={`At ${formatUs(t)}: ${countsText(counts[m], params.tasks)}`} />
            </p>
          </section>
        ))}
      </div>
    </DiagramFrame>
  );
}

