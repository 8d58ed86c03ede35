/**
 * Lesson 3's second diagram, "switch-cost": three CPU-bound threads take turns on one core, and
 * the reader sets what a context switch costs and how long a time slice is. A big number says
 * what share of the core's time went to switching (report.switching / (cores × makespan)), with
 * a bar, and the realistic share always stands beside it, so an exaggerated setting can never be
 * mistaken for a real one.
 *
 * Both settings move along fixed, roughly logarithmic positions (switch-cost.ts). The link holds
 * them and the playhead; when a setting changes, the playhead keeps its place in the picture
 * (the same fraction of the run), since every run has the same twelve turns.
 */
import { report, simulate, type Report, type Trace } from '../../sim/index.ts';
import {
  compareWithMeasured,
  MEASURED,
  presetOf,
  snapParams,
  SWITCH_COST_PRESETS,
  SWITCH_COST_STEPS,
  SWITCH_COST_WORK,
  switchCostScenario,
  switchingShare,
  TIME_SLICE_STEPS,
  type SwitchCostParams,
  type SwitchCostPreset,
} from '../../sim/scenarios/switch-cost.ts';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { capitalize, formatAmount, formatPercent, formatUs } from '../kit/format.ts';
import { describeMoment, transcript } from '../kit/narrate.ts';
import type { Schema } from '../kit/permalink.ts';
import { Prose } from '../kit/Prose.tsx';
import { RunQueue } from '../kit/RunQueue.tsx';
import { TaskStates } from '../kit/TaskStates.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useDiagram } from '../kit/use-diagram.ts';
import './switch-cost.css';

const ID = 'switch-cost';
const REALISTIC = SWITCH_COST_PRESETS.realistic;
/** The playhead starts at the end, so the whole run is drawn solid; the link says where it is. */
const END = Number.MAX_SAFE_INTEGER;

const SCHEMA = {
  switch: { type: 'enum', values: SWITCH_COST_STEPS.map(String), default: String(REALISTIC.switchCost) },
  slice: { type: 'enum', values: TIME_SLICE_STEPS.map(String), default: String(REALISTIC.timeSlice) },
  t: { type: 'number', min: 0, max: END, default: END },
} as const satisfies Schema;

interface Run {
  readonly trace: Trace;
  readonly report: Report;
  readonly share: number;
}

function run(params: SwitchCostParams): Run {
  const scenario = switchCostScenario(params);
  const trace = simulate(scenario);
  const r = report(scenario, trace);
  return { trace, report: r, share: switchingShare(r, scenario.cores) };
}

/** The realistic run never changes: computed once, when the module loads. */
const REALISTIC_RUN = run(REALISTIC);

const PRESET_LABELS: Record<SwitchCostPreset, string> = { realistic: 'Realistic', exaggerated: 'Exaggerated' };

const NOTE =
  `Realistic uses measured figures: a ${formatUs(REALISTIC.switchCost)} switch and a ${formatUs(REALISTIC.timeSlice)} slice, as on Linux. ` +
  'Exaggerated makes a switch a fifth of a slice so that switches are easy to see; no real system is set up like that.';

/** The measured ranges, as the note writes them: "1.2–2.2 µs", "0.75–3 ms". */
const SWITCH_RANGE = `${formatAmount(MEASURED.switchCost.low)}–${formatUs(MEASURED.switchCost.high)}`;
const SLICE_RANGE = `${formatAmount(MEASURED.timeSlice.low / 1000)}–${formatAmount(MEASURED.timeSlice.high / 1000)} ms`;

/** What the settings are, compared with real machines, in words: a tag and a sentence. */
function verdict(params: SwitchCostParams): { kind: 'realistic' | 'exaggerated' | 'custom'; tag: string; text: string } {
  const c = compareWithMeasured(params);
  const cost = `a ${formatUs(params.switchCost)} switch`;
  const slice = `a ${formatUs(params.timeSlice)} slice`;
  const switchText = {
    within: `${cost} is what thread switches measure (${SWITCH_RANGE})`,
    above: `${cost} is more than the ${SWITCH_RANGE} a switch itself measures, though refilling caches afterwards can add tens of µs`,
    below: `${cost} is cheaper than measured thread switches (${SWITCH_RANGE})`,
  }[c.switchCost];
  const sliceText = {
    within: `${slice} is within Linux’s usual ${SLICE_RANGE}`,
    below: `${slice} is far shorter than Linux’s usual ${SLICE_RANGE}`,
    above: `${slice} is longer than Linux’s usual ${SLICE_RANGE}`,
  }[c.timeSlice];
  const kind = presetOf(params) === 'exaggerated' ? 'exaggerated' : c.switchCost === 'within' && c.timeSlice === 'within' ? 'realistic' : 'custom';
  const tag = { exaggerated: 'Exaggerated', realistic: 'Realistic', custom: 'Your settings' }[kind];
  return { kind, tag, text: `${capitalize(switchText)}; ${sliceText}.` };
}

/** A bar from 0 to 100 % with the share filled; a hairline at least, so that 0.07 % still shows. */
function ShareBar({ share, kind }: { share: number; kind: 'now' | 'real' }) {
  const w = Math.min(100, Math.max(0.35, share * 100));
  return (
    <svg class={`sc-bar sc-bar-${kind}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="sc-bar-bg" x="0" y="0" width="100" height="10" />
      <rect class="sc-bar-fill" x="0" y="0" width={w} height="10" />
    </svg>
  );
}

function describe(params: SwitchCostParams, r: Run): string {
  const { report: rep } = r;
  return (
    `A timeline of three threads, ${SWITCH_COST_WORK.threads.join(', ')}, taking turns on one core; each needs ` +
    `${SWITCH_COST_WORK.slicesPerThread} time slices of computing, so the run has twelve turns and eleven context switches. ` +
    'Each coloured bar labelled with a letter is a thread running; each hatched bar, or thin line when it is too narrow to ' +
    `hatch, is a context switch. With a ${formatUs(params.switchCost)} switch and a ${formatUs(params.timeSlice)} slice, the ` +
    `core spends ${formatUs(rep.switching)} of its ${formatUs(rep.makespan)} on ${rep.switches} switches: ` +
    `${formatPercent(r.share)} of its time. With the realistic ${formatUs(REALISTIC.switchCost)} switch and ` +
    `${formatUs(REALISTIC.timeSlice)} slice it is ${formatPercent(REALISTIC_RUN.share)}.`
  );
}

/** Lesson 3's switch-cost diagram (see the note at the top). */
export default function SwitchCost() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    defaults: REALISTIC,
    fromLink: (state) => ({ settings: { switchCost: Number(state.switch), timeSlice: Number(state.slice) }, t: state.t }),
    toLink: (params, t) => ({ switch: String(params.switchCost), slice: String(params.timeSlice), t }),
    run,
    stops: (r) => r.trace,
    initialTime: END,
    narrate: (r, t) => describeMoment(r.trace, t),
    transcript: (r) => transcript(r.trace),
  });
  const { settings: params, run: current, mounted, t } = d;
  const { trace } = current;

  /** New settings; the playhead keeps its fraction of the run. */
  const change = (next: SwitchCostParams): void => {
    const fraction = trace.makespan > 0 ? t / trace.makespan : 1;
    const snapped = snapParams(next);
    d.set(snapped);
    d.playback.seek(fraction >= 1 ? END : Math.round(fraction * run(snapped).trace.makespan));
  };

  const preset = presetOf(params);
  const judged = verdict(params);
  const switchIndex = (SWITCH_COST_STEPS as readonly number[]).indexOf(params.switchCost);
  const sliceIndex = (TIME_SLICE_STEPS as readonly number[]).indexOf(params.timeSlice);
  const rep = current.report;

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>Three threads share one core; every switch between them costs core time.</strong> Set the cost of a
          switch and the length of a time slice, and watch how much of the core’s time goes to switching instead of work.
        </>
      }
      note={
        <>
          <strong>Presets.</strong> <Prose text={NOTE} />
        </>
      }
      params={
        <>
          <div class="sc-presets" role="group" aria-label="Presets">
            {(Object.keys(SWITCH_COST_PRESETS) as SwitchCostPreset[]).map((name) => {
              const p = SWITCH_COST_PRESETS[name];
              return (
                <button
                  key={name}
                  type="button"
                  class="dg-button"
                  aria-pressed={preset === name ? 'true' : 'false'}
                  disabled={!mounted}
                  onClick={() => change(p)}
                >
                  {PRESET_LABELS[name]}{' '}
                  <span class="sc-preset-detail">
                    {formatUs(p.switchCost)} switch, {formatUs(p.timeSlice)} slice
                  </span>
                </button>
              );
            })}
          </div>
          <Slider
            id={`${ID}-switch`}
            label="Switch cost"
            value={switchIndex}
            min={0}
            max={SWITCH_COST_STEPS.length - 1}
            display={formatUs(params.switchCost)}
            valueText={formatUs(params.switchCost)}
            disabled={!mounted}
            onChange={(i) => change({ ...params, switchCost: SWITCH_COST_STEPS[i] ?? params.switchCost })}
          />
          <Slider
            id={`${ID}-slice`}
            label="Time slice"
            value={sliceIndex}
            min={0}
            max={TIME_SLICE_STEPS.length - 1}
            display={formatUs(params.timeSlice)}
            valueText={formatUs(params.timeSlice)}
            disabled={!mounted}
            onChange={(i) => change({ ...params, timeSlice: TIME_SLICE_STEPS[i] ?? params.timeSlice })}
          />
        </>
      }
      player={<Player {...d.player} />}
      description={describe(params, current)}
    >
      <div class="sc">
      <div class="sc-share" role="group" aria-label="Share of the core’s time lost to switching">
        <div class="sc-now">
          <p class="sc-label">
            Lost to switching <span class={`sc-tag sc-tag-${judged.kind}`}>{judged.tag}</span>
          </p>
          <p class="sc-number">{formatPercent(current.share)}</p>
          <ShareBar share={current.share} kind="now" />
          <p class="sc-detail">
            <Prose
              text={`${rep.switches} switches × ${formatUs(params.switchCost)} = ${formatUs(rep.switching)} of ${formatUs(rep.makespan)}`}
            />
          </p>
        </div>
        <div class="sc-real">
          <p class="sc-label">Realistic, for comparison</p>
          <p class="sc-number sc-number-small">{formatPercent(REALISTIC_RUN.share)}</p>
          <ShareBar share={REALISTIC_RUN.share} kind="real" />
          <p class="sc-detail">
            <Prose text={`${formatUs(REALISTIC.switchCost)} switch every ${formatAmount(REALISTIC.timeSlice / 1000)} ms slice`} />
          </p>
        </div>
      </div>
      <p class="sc-verdict">
        <Prose text={judged.text} />
      </p>
      </div>
      <Timeline id={ID} trace={trace} t={t} reserveLanes={1} describedBy={d.describedBy}>
        <RunQueue trace={trace} t={t} />
        <TaskStates trace={trace} t={t} reserve={3} />
      </Timeline>
    </DiagramFrame>
  );
}
