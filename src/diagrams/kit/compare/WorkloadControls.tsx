/**
 * The controls of a diagram that runs one workload several ways (lessons 6 and 9): its presets,
 * then a slider for each parameter (tasks, I/O wait and CPU work move along their scale's stops;
 * cores one by one). The preset the workload matches is marked; picking one hands its workload
 * to `onPreset`, moving a slider hands the changed parameter to `onChange`.
 */
import {
  THREADS_VS_ASYNC_CORES as CORES,
  THREADS_VS_ASYNC_STOPS as STOPS,
  type ThreadsVsAsyncParams,
} from '../../../sim/scenarios/threads-vs-async.ts';
import { Presets, type Preset } from '../controls/Presets.tsx';
import { Slider } from '../controls/Slider.tsx';
import { formatCount, formatUs } from '../format.ts';
import { sameWorkload } from './workload.ts';

/** A preset button and the workload it sets. */
export interface WorkloadPreset extends Preset {
  readonly params: ThreadsVsAsyncParams;
}

/** The workload, its presets, how the diagram styles and names the controls, and what they change. */
export interface WorkloadControlsProps {
  /** The diagram's id: prefixes the controls' ids. */
  readonly id: string;
  /** Class prefix of the diagram's stylesheet (`<prefix>-controls`, `<prefix>-params`). */
  readonly prefix: string;
  readonly params: ThreadsVsAsyncParams;
  readonly presets: readonly WorkloadPreset[];
  /** The Cores slider's value in words, e.g. `4 cores`. */
  readonly coresText: string;
  readonly disabled: boolean;
  readonly onPreset: (params: ThreadsVsAsyncParams) => void;
  readonly onChange: (change: Partial<ThreadsVsAsyncParams>) => void;
}

/** Presets and the workload's four sliders (see the note at the top). */
export function WorkloadControls({ id, prefix, params, presets, coresText, disabled, onPreset, onChange }: WorkloadControlsProps) {
  const active = presets.find((p) => sameWorkload(p.params, params))?.key ?? null;
  const pick = (key: string): void => {
    const preset = presets.find((p) => p.key === key);
    if (preset) onPreset(preset.params);
  };
  const stopSlider = (name: 'tasks' | 'io' | 'cpu', label: string, unit: (v: number) => string) => {
    const stops: readonly number[] = STOPS[name];
    const value = params[name];
    return (
      <Slider
        id={`${id}-${name}`}
        label={label}
        value={Math.max(0, stops.indexOf(value))}
        min={0}
        max={stops.length - 1}
        display={unit(value)}
        valueText={unit(value)}
        disabled={disabled}
        onChange={(i) => onChange({ [name]: stops[i] ?? value })}
      />
    );
  };
  return (
    <div class={`${prefix}-controls`}>
      <Presets id={id} presets={presets} active={active} disabled={disabled} onPick={pick} />
      <div class={`dg-params ${prefix}-params`}>
        {stopSlider('tasks', 'Tasks', (v) => formatCount(v))}
        {stopSlider('io', 'I/O wait per task', formatUs)}
        {stopSlider('cpu', 'CPU work per task', formatUs)}
        <Slider
          id={`${id}-cores`}
          label="Cores"
          value={params.cores}
          min={CORES.min}
          max={CORES.max}
          valueText={coresText}
          disabled={disabled}
          onChange={(cores) => onChange({ cores })}
        />
      </div>
    </div>
  );
}
