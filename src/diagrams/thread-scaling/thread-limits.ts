/**
 * The limits marked on lesson 4's scale, each with what exactly it limits. Values come from the
 * course's figures (src/sim/figures.ts); the lesson's prose cites their sources.
 *
 * A limit is not always a thread count. kernel.pid_max caps ids, which threads share with every
 * process; vm.max_map_count caps one process's memory mappings, of which every thread stack needs
 * at least one, so the thread count it allows is below its value, by how much depends on the
 * program: the diagram says "in the tens of thousands" and never invents an exact threshold.
 */
import { FIGURES } from '../../sim/figures.ts';

/** What kind of line a limit is. */
export type LimitKind =
  /** A historical marker, not a limit. */
  | 'milestone'
  /** A cap on a count that every thread adds one to (ids, threads). */
  | 'cap'
  /** A cap on something each thread needs at least one of: threads run out below the value. */
  | 'bound'
  /** What one machine was measured to hold. */
  | 'measured';

/** One limit on the scale: its value, kind and words. */
export interface LimitMark {
  readonly id: string;
  readonly value: number;
  readonly kind: LimitKind;
  /** Its name in a list: "the default pid_max". */
  readonly name: string;
  /** Short, for the scale: "pid_max, kernel default: 32,768 ids" (systemd raises it; the lesson says so). */
  readonly label: string;
  /** The limit in a phrase, for sentences: "the default kernel.pid_max (32,768 ids, shared by every thread and process)". */
  readonly phrase: string;
  /** For a bound: a sentence for a count inside the zone where its ceiling may lie. */
  readonly near?: string;
}

const n = (x: number): string => x.toLocaleString('en-US');

/** The limits the scale marks, from the course's figures. */
export const LIMIT_MARKS: readonly LimitMark[] = [
  {
    id: 'c10k',
    value: FIGURES.c10k.value,
    kind: 'milestone',
    name: 'the C10K mark',
    label: `C10K (1999): ${n(FIGURES.c10k.value)} clients`,
    phrase: `the C10K mark (${n(FIGURES.c10k.value)} clients at once, named as a problem in 1999)`,
  },
  {
    id: 'pid-max',
    value: FIGURES.pidMax.value,
    kind: 'cap',
    name: 'the default pid_max',
    label: `pid_max, kernel default: ${n(FIGURES.pidMax.value)} ids`,
    phrase: `the default kernel.pid_max (${n(FIGURES.pidMax.value)} ids, shared by every thread and process on the machine)`,
  },
  {
    id: 'max-map-count',
    value: FIGURES.maxMapCount.value,
    kind: 'bound',
    name: 'the default max_map_count',
    label: `max_map_count default: ${n(FIGURES.maxMapCount.value)} mappings`,
    phrase: `the default vm.max_map_count (${n(FIGURES.maxMapCount.value)} memory mappings per process, at least one for every thread stack)`,
    near:
      `It is in the range where the default vm.max_map_count stops a process: every thread stack needs at least one of its ` +
      `${n(FIGURES.maxMapCount.value)} memory mappings, and the program has others, so threads run out somewhere in the tens of thousands.`,
  },
  {
    id: 'laptop',
    value: FIGURES.laptopThreads.value,
    kind: 'measured',
    name: "one laptop's measured limit",
    label: `One laptop: about ${n(FIGURES.laptopThreads.value)} threads`,
    phrase: `the number of threads one laptop was measured to hold (about ${n(FIGURES.laptopThreads.value)})`,
  },
  {
    id: 'threads-max',
    value: FIGURES.threadsMax32GiB.value,
    kind: 'cap',
    name: 'threads-max on a 32 GiB machine',
    label: `threads-max, 32 GiB: about ${n(FIGURES.threadsMax32GiB.value)}`,
    phrase: `kernel.threads-max on a 32 GiB machine (about ${n(FIGURES.threadsMax32GiB.value)} threads on the whole machine)`,
  },
];

/** Where the current stop is relative to a limit. */
export type LimitStatus = 'below' | 'near' | 'past';

/**
 * Where a bound's real ceiling may lie: the sources say only "in the tens of thousands of threads",
 * so above the start of the value's decade (10,000 for 65,530) and up to the value itself.
 */
export function boundZone(mark: LimitMark): { from: number; to: number } {
  return { from: 10 ** Math.floor(Math.log10(mark.value)), to: mark.value };
}

/**
 * Where `threads` stands against a mark: past it (reaching a milestone counts), below it, or, for
 * a bound, "near": inside the zone where its ceiling may lie.
 */
export function limitStatus(mark: LimitMark, threads: number): LimitStatus {
  if (threads >= mark.value) return 'past';
  if (mark.kind === 'bound' && threads > boundZone(mark).from) return 'near';
  return 'below';
}
