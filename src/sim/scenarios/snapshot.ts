/**
 * Trace snapshots for scenario tests: a compact text form, one event per line
 * (`45 yield B core1`, `47 switch A>B core0`, `30 block A core0 until 180`), kept in a .snap file
 * beside the test and compared exactly. A diff of the file is a readable diff of the behaviour.
 * Files are rewritten only when UPDATE_SNAPSHOTS=1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Trace, TraceEvent } from '../trace.ts';

/** One event as a short line. */
export function formatEvent(trace: Trace, e: TraceEvent): string {
  const name = (i: number): string => trace.taskNames[i] ?? `#${i}`;
  switch (e.type) {
    case 'arrive':
    case 'wake':
      return `${e.t} ${e.type} ${name(e.task)}`;
    case 'idle':
      return `${e.t} idle core${e.core}`;
    case 'switch':
      return `${e.t} switch ${name(e.from)}>${name(e.task)} core${e.core}`;
    case 'block':
    case 'hold':
      return `${e.t} ${e.type} ${name(e.task)} core${e.core} until ${e.until}`;
    default:
      return `${e.t} ${e.type} ${name(e.task)} core${e.core}`;
  }
}

/** The whole trace: a header line (model, cores, makespan), then one line per event. */
export function formatTrace(trace: Trace): string {
  const head = `# ${trace.model}, ${trace.cores} cores, tasks ${trace.taskNames.join(' ')}, makespan ${trace.makespan}`;
  const lines = [head];
  for (let i = 0; i < trace.eventCount; i++) lines.push(formatEvent(trace, trace.event(i)));
  return `${lines.join('\n')}\n`;
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
