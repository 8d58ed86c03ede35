/**
 * The results table of a comparison: one row per quantity, a column per run of the workload, and
 * a one-sentence verdict under it. The best value of a row is bold and says so in words, so the
 * comparison never rests on colour or on doing arithmetic. Two ways to mark it:
 *
 * - `by`, for two runs (lesson 6): the better value has by how much under it ("15% sooner").
 * - `lowest`, for more (lesson 9): the lowest values are tagged "lowest" or "lowest (tied)", any
 *   value may have a note under it, column headings carry their run's key (`data-model`), and the
 *   table sits in a box of its own, which scrolls on a narrow screen.
 *
 * The diagram's stylesheet styles it under a class prefix of its own (`tva-table`, `mw-table`…).
 */
import { Prose } from '../Prose.tsx';

/** A run's column: its key, its heading and the heading's second line. */
export interface CompareColumn<K extends string> {
  readonly key: K;
  readonly title: string;
  readonly sub: string;
}

/** One quantity, as each run's value in words. */
export interface CompareRow<K extends string> {
  readonly key: string;
  readonly label: string;
  readonly values: Readonly<Record<K, string>>;
  /** The runs whose value is best in this row; none when it is not ranked or all tie. */
  readonly best: readonly K[];
  /** A second line under a value: by how much it is better, or how it compares. */
  readonly notes?: Readonly<Partial<Record<K, string>>>;
}

/** The table's columns and rows, its verdict, and how its stylesheet names its parts. */
export interface CompareTableProps<K extends string> {
  /** The diagram's id: prefixes the verdict's id. */
  readonly id: string;
  /** Class prefix of the diagram's stylesheet. */
  readonly prefix: string;
  /** How a row's best value is marked (see the note at the top). */
  readonly marks: 'by' | 'lowest';
  readonly caption: string;
  readonly columns: readonly CompareColumn<K>[];
  readonly rows: readonly CompareRow<K>[];
  readonly verdict: string;
}

interface CellProps<K extends string> {
  readonly row: CompareRow<K>;
  readonly column: K;
  readonly prefix: string;
  readonly marks: 'by' | 'lowest';
}

function Cell<K extends string>({ row, column, prefix, marks }: CellProps<K>) {
  const best = row.best.includes(column);
  const note = row.notes?.[column];
  const [bestClass, noteClass] = marks === 'by' ? ['better', 'diff'] : ['best', 'note'];
  return (
    <td class={best ? `${prefix}-${bestClass}` : undefined}>
      <Prose text={row.values[column]} />
      {note ? (
        <span class={`${prefix}-${noteClass}`}>
          <Prose text={note} />
        </span>
      ) : null}
      {best && marks === 'lowest' ? <span class={`${prefix}-mark`}>{row.best.length > 1 ? 'lowest (tied)' : 'lowest'}</span> : null}
    </td>
  );
}

/** The table and its verdict. */
export function CompareTable<K extends string>({ id, prefix, marks, caption, columns, rows, verdict }: CompareTableProps<K>) {
  const lowest = marks === 'lowest';
  const table = (
    <table class={`${prefix}-table`} aria-describedby={`${id}-verdict`}>
      <caption class={`${prefix}-table-caption`}>{caption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((c) => (
            <th key={c.key} scope="col" data-model={lowest ? c.key : undefined}>
              {c.title} <span class={`${prefix}-sub`}>{c.sub}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => (
              <Cell key={c.key} row={row} column={c.key} prefix={prefix} marks={marks} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div class={`${prefix}-results`}>
      {lowest ? <div class={`${prefix}-table-box`}>{table}</div> : table}
      <p class={`${prefix}-verdict`} id={`${id}-verdict`}>
        <Prose text={verdict} />
      </p>
    </div>
  );
}
