/**
 * The multi-worker results table: one row per quantity, a column per run (one worker, a worker
 * per core, a thread per task). The lowest value in a ranked row is bold and marked "✓ lowest"
 * in words, so the comparison never rests on colour; the finish row also says how each run
 * compares with one worker.
 */
import { MODELS, type MultiWorkerModel, type Row3 } from './multi-worker-compare.ts';
import { Prose } from '../kit/Prose.tsx';

export interface MultiTableProps {
  readonly id: string;
  readonly rows: readonly Row3[];
  readonly verdict: string;
  /** Each column's heading and its second line. */
  readonly heads: Readonly<Record<MultiWorkerModel, { readonly title: string; readonly sub: string }>>;
}

function Cell({ row, model }: { row: Row3; model: MultiWorkerModel }) {
  const best = row.best.includes(model);
  const note = row.notes?.[model];
  return (
    <td class={best ? 'mw-best' : undefined}>
      <Prose text={row.values[model]} />
      {note ? (
        <span class="mw-note">
          <Prose text={note} />
        </span>
      ) : null}
      {best ? <span class="mw-mark">{row.best.length > 1 ? 'lowest (tied)' : 'lowest'}</span> : null}
    </td>
  );
}

export function MultiTable({ id, rows, verdict, heads }: MultiTableProps) {
  return (
    <div class="mw-results">
      <div class="mw-table-box">
        <table class="mw-table" aria-describedby={`${id}-verdict`}>
          <caption class="mw-table-caption">The three runs, in numbers</caption>
          <thead>
            <tr>
              <td />
              {MODELS.map((m) => (
                <th key={m} scope="col" data-model={m}>
                  {heads[m].title} <span class="mw-sub">{heads[m].sub}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {MODELS.map((m) => (
                  <Cell key={m} row={row} model={m} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="mw-verdict" id={`${id}-verdict`}>
        <Prose text={verdict} />
      </p>
    </div>
  );
}
