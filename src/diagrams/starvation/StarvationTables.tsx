/**
 * The starvation diagram's numbers. The fixes table is also where the fixes are switched on: one
 * row per fix, with its checkbox, the worst request latency with no fix, and with that fix alone.
 * The latency table lists each request of the run on screen. Render only: the island computes.
 */
import type { ComponentChildren } from 'preact';
import type { Fix, RequestLatency } from '../../sim/scenarios/starvation.ts';
import { Checkbox } from '../kit/controls/Checkbox.tsx';
import { formatUs } from '../kit/format.ts';
import '../kit/table.css';

/** The fixes, which are on, and what each does on its own to the worst latency. */
export interface FixTableProps {
  /** Prefix for the checkboxes' ids. */
  readonly id: string;
  readonly fixes: readonly Fix[];
  readonly names: Readonly<Record<Fix, string>>;
  readonly hints: Readonly<Record<Fix, ComponentChildren>>;
  /** Which fixes are ticked. */
  readonly on: Readonly<Record<Fix, boolean>>;
  /** Worst request latency with no fix (µs). */
  readonly before: number;
  /** Worst request latency with each fix on its own (µs). */
  readonly after: Readonly<Record<Fix, number>>;
  /** What G does, for the caption ("computes"). */
  readonly what: string;
  readonly disabled: boolean;
  readonly onToggle: (fix: Fix, on: boolean) => void;
}

/** Within a nanosecond: the simulation's resolution. */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-3;

/** The fixes as a fieldset of checkboxes laid out as a table of their effects. */
export function FixTable(props: FixTableProps) {
  const { id, before, after } = props;
  return (
    <fieldset class="dg-fieldset" disabled={props.disabled}>
      <legend class="dg-legend">Fixes</legend>
      <table class="dg-table sv-fix-table">
        <caption>
          Worst request latency when G {props.what}: <span class="dg-nowrap">{formatUs(before)}</span> with no fix
          (before), and with each fix on its own (after)
        </caption>
        <thead>
          <tr>
            <th scope="col">Fix</th>
            <th scope="col" class="sv-before">
              Before
            </th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {props.fixes.map((fix) => {
            const unchanged = same(after[fix], before);
            return (
              <tr key={fix}>
                <th scope="row">
                  <Checkbox
                    id={`${id}-${fix}`}
                    label={props.names[fix]}
                    hint={props.hints[fix]}
                    checked={props.on[fix]}
                    onChange={(on) => props.onToggle(fix, on)}
                  />
                </th>
                <td class="sv-before">{formatUs(before)}</td>
                <td class={unchanged ? undefined : 'dg-table-strong'}>
                  {formatUs(after[fix])}
                  {unchanged ? <span class="dg-table-tag">no change</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Each request's latency, and the worst. */
export interface LatencyTableProps {
  readonly rows: readonly RequestLatency[];
  /** How long a request takes when nothing is in its way (µs). */
  readonly alone: number;
  /** Name of the request with the worst latency, marked in words. */
  readonly worst: string | undefined;
}

/** One row per request: when it arrived, when it was done, and its latency. */
export function LatencyTable({ rows, alone, worst }: LatencyTableProps) {
  return (
    <table class="dg-table sv-latency-table">
      <caption>
        Each request’s latency, arrival to done <span class="dg-table-note">(alone: {formatUs(alone)})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">Arrives</th>
          <th scope="col">Done</th>
          <th scope="col">Latency</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} class={r.name === worst ? 'dg-table-strong' : undefined}>
            <th scope="row">{r.name}</th>
            <td>{formatUs(r.arrival)}</td>
            <td>{formatUs(r.finish)}</td>
            <td>
              {formatUs(r.latency)}
              {r.name === worst ? <span class="dg-table-tag">worst</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
