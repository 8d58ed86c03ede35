/** Compact text form of a trace: one event per line, for snapshots, the CLI and reading by hand. */
import type { Trace, TraceEvent } from './trace.ts';

/** One event per line: `45 yield B core1`, `47 switch A>B core0`, `30 block A core0 until 180`. */
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

/** The whole trace, one event per line. */
export function formatTrace(trace: Trace): string[] {
  return trace.events().map((e) => formatEvent(trace, e));
}
