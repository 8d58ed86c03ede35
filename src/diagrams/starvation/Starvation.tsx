/**
 * Lesson 7's diagram, "starvation": one executor worker thread, five small request handlers and a
 * greedy task G that does 5 ms of work without giving the thread back. The reader picks what G's
 * work is (a computation, a blocking call, or a loop over an always-ready channel) and ticks fixes
 * on and off (yield points, spawn_blocking, Tokio's cooperative budget); every change re-simulates.
 * The timeline shows the worker, the run queue and each task's state at the playhead; the tables
 * show each request's latency and what each fix on its own does to the worst one.
 *
 * As in every diagram, a link's state is read once after hydration, so the server HTML and the
 * first client render are identical.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { report, simulate, type Trace } from '../../sim/index.ts';
import {
  FIXES,
  GREEDY_MODES,
  REQUEST_ALONE,
  STARVATION_DEFAULTS as DEFAULTS,
  STARVATION_PRESET as PRESET,
  fixEffects,
  greedyYieldCauses,
  requestLatencies,
  starvation,
  withFix,
  worstRequest,
  type Fix,
  type GreedyMode,
  type RequestLatency,
  type StarvationParams,
} from '../../sim/scenarios/starvation.ts';
import { Player } from '../kit/controls/Player.tsx';
import { RadioGroup, type RadioOption } from '../kit/controls/RadioGroup.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { formatAmount, formatUs, listWords } from '../kit/format.ts';
import type { Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { narrateStarvation, starvationExplainer, starvationTranscript } from './starvation-words.ts';
import { FixTable, LatencyTable } from './StarvationTables.tsx';
import { RunQueue } from '../kit/RunQueue.tsx';
import { TaskStates } from '../kit/TaskStates.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';
// Its radio group is listed, with hints: choices.css styles that look (see RadioGroup.tsx).
import '../kit/controls/choices.css';
import './starvation.css';

const ID = 'starvation';

/**
 * The default moment, 4,000 µs: G has had the worker for almost 4 ms, R4 has just arrived, and
 * R2, R1, R3 and R4 all sit in the run queue. R1's I/O finished long ago; nobody has polled it.
 */
const DEFAULT_T = 4000;

const SCHEMA = {
  mode: { type: 'enum', values: GREEDY_MODES, default: DEFAULTS.mode },
  yieldPoints: { type: 'bool', default: DEFAULTS.yieldPoints },
  spawnBlocking: { type: 'bool', default: DEFAULTS.spawnBlocking },
  budget: { type: 'bool', default: DEFAULTS.budget },
  t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_T },
} as const satisfies Schema;

const WORK = formatUs(PRESET.greedyWork);
const MESSAGES = formatAmount(PRESET.greedyWork / PRESET.messageCpu);

/** What G does, as a verb phrase for captions and tables. */
const DOES: Readonly<Record<GreedyMode, string>> = {
  compute: 'computes',
  blocking: 'calls a blocking function',
  channel: 'receives ready messages',
};

const MODE_OPTIONS: readonly RadioOption<GreedyMode>[] = [
  {
    value: 'compute',
    label: 'Computes',
    hint: (
      <>
        arithmetic, no <code>.await</code>
      </>
    ),
  },
  {
    value: 'blocking',
    label: 'Calls a blocking function',
    hint: (
      <>
        such as <code>std::thread::sleep</code>
      </>
    ),
  },
  {
    value: 'channel',
    label: 'Receives ready messages',
    hint: (
      <>
        {MESSAGES} × <code>rx.recv().await</code>, one always waiting
      </>
    ),
  },
];

const FIX_NAMES: Readonly<Record<Fix, string>> = {
  yieldPoints: 'Yield points',
  spawnBlocking: 'spawn_blocking',
  budget: 'Cooperative budget',
};

const FIX_HINTS: Readonly<Record<Fix, ComponentChildren>> = {
  yieldPoints: (
    <>
      <code>yield_now().await</code> after every {formatUs(PRESET.yieldEvery)} of work
    </>
  ),
  spawnBlocking: <>G’s work runs on another thread; G awaits the result</>,
  budget: <>after {PRESET.budget} operations in one poll, the next one returns Pending</>,
};

const NOTE =
  `Nothing here is exaggerated. The database round trip takes ${formatUs(PRESET.requestIo)}, as on real networks; ` +
  `G’s ${WORK} of work and the requests’ ${formatUs(PRESET.requestCpu)} of CPU before and after it are an example ` +
  `workload, so next to G a request’s CPU work is a sliver about a pixel wide. Task switches (about ${formatUs(PRESET.realSwitchCost)}) are left ` +
  `out: they would be far thinner still.`;

function fixList(p: StarvationParams): string {
  const on = FIXES.filter((f) => p[f]).map((f) => FIX_NAMES[f].replace(/^[A-Z]/, (c) => c.toLowerCase()));
  return on.length === 0 ? 'no fix' : listWords(on);
}

function describe(trace: Trace, p: StarvationParams, rows: readonly RequestLatency[], worst: RequestLatency | undefined): string {
  const what: Record<GreedyMode, string> = {
    compute: `computes for ${WORK} without an await`,
    blocking: `calls a blocking function that takes ${WORK}`,
    channel: `receives ${MESSAGES} messages from a channel that always has one ready, ${formatUs(PRESET.messageCpu)} of work each`,
  };
  const lat = rows.map((r) => `${r.name} ${formatUs(r.latency)}`).join(', ');
  return (
    `A timeline of one executor worker thread running six tasks from 0 to ${formatUs(trace.makespan)}: five requests, ` +
    `R1 to R5, and G, a greedy task that ${what[p.mode]}. Each request needs ${formatUs(PRESET.requestCpu)} of CPU, ` +
    `awaits a ${formatUs(PRESET.requestIo)} database round trip, then needs ${formatUs(PRESET.requestCpu)} more; alone it ` +
    `is done in ${formatUs(REQUEST_ALONE)}. A coloured bar is a task running on the worker; a cross-hatched bar is the ` +
    `worker held by a blocking call. Under the timeline, the run queue and each task's state at the playhead. ` +
    `Fixes on: ${fixList(p)}. Latencies in this run: ${lat}` +
    (worst ? `; the worst is ${worst.name}'s, ${formatUs(worst.latency)}.` : '.')
  );
}

/** One run: the trace, each request's latency, and the sentences that explain G's turns. */
function runStarvation(params: StarvationParams) {
  const scenario = starvation(params);
  const trace = simulate(scenario);
  const explain = starvationExplainer(trace, { causes: greedyYieldCauses(params, scenario), spawnBlocking: params.spawnBlocking });
  return { trace, explain, rows: requestLatencies(report(scenario, trace)) };
}

/** Lesson 7's starvation diagram (see the note at the top). */
export default function Starvation() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: runStarvation,
    stops: (r) => r.trace,
    initialTime: DEFAULT_T,
    narrate: (r, t) => narrateStarvation(r.trace, t, r.explain),
    transcript: (r) => starvationTranscript(r.trace, r.explain),
  });
  const { settings: params, mounted, t } = d;
  const { trace, rows } = d.run;
  // What each fix does on its own depends only on G's mode, not on the fixes ticked.
  const effects = useMemo(() => fixEffects(params.mode), [params.mode]);
  const worst = worstRequest(rows);

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>
            One worker thread; G {DOES[params.mode]} for {WORK}, with {fixList(params)}.
          </strong>{' '}
          Watch the requests R1 to R5 pile up in the run queue while G has the worker; their latencies are in the table
          below, and the Fixes table shows what each fix does.
        </>
      }
      note={<Prose text={NOTE} />}
      params={
        <div class="sv-params">
          <RadioGroup
            id={`${ID}-mode`}
            label="What G does"
            options={MODE_OPTIONS}
            value={params.mode}
            disabled={!mounted}
            layout="row"
            onChange={(mode) => d.set({ mode })}
          />
          <FixTable
            id={ID}
            fixes={FIXES}
            names={FIX_NAMES}
            hints={FIX_HINTS}
            on={params}
            before={effects.before}
            after={effects.after}
            what={DOES[params.mode]}
            disabled={!mounted}
            onToggle={(fix, on) => d.set((p) => withFix(p, fix, on))}
          />
        </div>
      }
      player={<Player {...d.player} />}
      results={<LatencyTable rows={rows} alone={REQUEST_ALONE} worst={worst?.name} />}
      description={describe(trace, params, rows, worst)}
    >
      <Timeline id={ID} trace={trace} t={t} reserveLanes={1} describedBy={d.describedBy}>
        <RunQueue trace={trace} t={t} />
        <TaskStates trace={trace} t={t} reserve={6} />
      </Timeline>
    </DiagramFrame>
  );
}
