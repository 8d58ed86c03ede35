/**
 * Trace snapshots for scenario tests: a compact text form, one event per line
 * (`45 yield B core1`, `47 switch A>B core0`, `30 block A core0 until 180`), kept in a .snap file
 * beside the test and compared exactly. A diff of the file is a readable diff of the behaviour.
 * Files are rewritten only when UPDATE_SNAPSHOTS=1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatTrace as eventLines } from '../format.ts';
import type { Trace } from '../trace.ts';

/** The whole trace: a header line (model, cores, makespan), then one line per event. */
export function formatTrace(trace: Trace): string {
  const head = `# ${trace.model}, ${trace.cores} cores, tasks ${trace.taskNames.join(' ')}, makespan ${trace.makespan}`;
  return `${[head, ...eventLines(trace)].join('\n')}\n`;
}

/**
 * Compares `actual` with the snapshot file at `path`. Returns the expected text (so the caller
 * asserts with its own test framework and gets a line diff), or writes the file and returns
 * `actual` when UPDATE_SNAPSHOTS=1. A missing file is an error, not a silent pass.
 */
export function expectedSnapshot(path: string, actual: string): string {
  if (process.env['UPDATE_SNAPSHOTS'] === '1') {
    writeFileSync(path, actual);
    return actual;
  }
  if (!existsSync(path)) {
    throw new Error(`No snapshot at ${path}; run the tests with UPDATE_SNAPSHOTS=1 to create it, then review it.`);
  }
  return readFileSync(path, 'utf8');
}
