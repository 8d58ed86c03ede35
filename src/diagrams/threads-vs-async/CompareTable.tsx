/**
 * The threads-vs-async results table: one row per quantity, a column per model. The better value
 * in a row is bold and says by how much in words ("15% sooner", "52× less"), so the comparison
 * never rests on colour or on doing arithmetic.
 */
import { Prose } from '../kit/Prose.tsx';
import type { ModelName, Row } from './threads-vs-async-view.ts';

export interface CompareTableProps {
  readonly id: string;
  readonly rows: readonly Row[];
  readonly verdict: string;
  /** Column headings' second line, e.g. "a thread per task". */
  readonly subtitles: Readonly<Record<ModelName, string>>;
}

function Cell({ row, model }: { row: Row; model: ModelName }) {
  const better = row.better?.model === model ? row.better : null;
  return (
    <td class={better ? 'tva-better' : undefined}>
      <Prose text={row[model]} />
      {better ? (
        <span class="tva-diff">
          <Prose text={better.text} />
        </span>
      ) : null}
    </td>
  );
}

export function CompareTable({ id, rows, verdict, subtitles }: CompareTableProps) {
  return (
    <div class="tva-results">
      <table class="tva-table" aria-describedby={`${id}-verdict`}>
        <caption class="tva-table-caption">The whole run, in numbers</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">
              Threads <span class="tva-sub">{subtitles.threads}</span>
            </th>
            <th scope="col">
              Async <span class="tva-sub">{subtitles.async}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <Cell row={row} model="threads" />
              <Cell row={row} model="async" />
            </tr>
          ))}
        </tbody>
      </table>
      <p class="tva-verdict" id={`${id}-verdict`}>
        <Prose text={verdict} />
      </p>
    </div>
  );
}
