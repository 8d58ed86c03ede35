/**
 * Every diagram of the course, in course order: its public id, the lesson that shows it, and the
 * words the site uses for it outside the lesson (the Diagrams page, its own page, link previews).
 *
 * Pure data, no components: the pages, the build's preview renderer and the tests all read it.
 * A new diagram needs an entry here; README "Adding a diagram" lists the one other line.
 */

/** A diagram of the course, as the site outside its lesson names it. */
export interface DiagramEntry {
  /**
   * Stable kebab-case id, unique on the site: the figure's HTML id, its anchor on the lesson page,
   * the prefix of its query parameters and its page at /diagrams/<id>/. It is in people's links:
   * never rename it (see published-ids.ts).
   */
  readonly id: string;
  /** Slug of the lesson that shows it, e.g. "tasks-and-threads". */
  readonly lesson: string;
  /** A short name for lists, page titles and previews. */
  readonly title: string;
  /**
   * The caption of its default state as plain text, exactly as the figure on the lesson page
   * shows it before any interaction (an end-to-end test compares the two).
   */
  readonly caption: string;
  /**
   * Height in CSS pixels an embedding <iframe> needs to show it whole at about 700 px wide, with
   * some room for states taller than the default (an end-to-end test checks the default fits).
   */
  readonly embedHeight?: number;
}

/** Every diagram, in course order. */
export const DIAGRAMS = [
  {
    id: 'tasks-on-cores',
    lesson: 'tasks-and-threads',
    title: "Tasks on cores",
    caption:
      "Four tasks take turns on two cores. Each core runs one thread at a time. Watch a core switch to another thread when a time slice ends or a thread blocks on I/O, and sit idle when no task is ready.",
    embedHeight: 1080,
  },
  {
    id: 'thread-states',
    lesson: 'blocked-ready-running',
    title: "Thread states: running, ready, blocked, done",
    caption:
      "Three threads share one core. Watch a thread leave Running when it blocks on I/O or yields, and come back through Ready when its I/O completes: a thread whose wait is over still waits for a core.",
    embedHeight: 1650,
  },
  {
    id: 'switch-step-by-step',
    lesson: 'context-switch',
    title: "One context switch, step by step",
    caption:
      "One context switch, step by step: core 0 moves from thread A to thread B. Follow the register values: A’s are copied out of the core into A’s saved state, then B’s saved values are copied in.",
    embedHeight: 1550,
  },
  {
    id: 'switch-cost',
    lesson: 'context-switch',
    title: "What switching costs",
    caption:
      "Three threads share one core; every switch between them costs core time. Set the cost of a switch and the length of a time slice, and watch how much of the core’s time goes to switching instead of work.",
    embedHeight: 1250,
  },
  {
    id: 'thread-scaling',
    lesson: 'thread-per-task-limits',
    title: "Thread per task, from 1 to 100,000",
    caption:
      "10,000 threads, one per task. Move along the scale from 1 to 100,000 and compare the memory the threads reserve with what they really use, see how the cores spend their time, and watch where the operating system’s limits are.",
    embedHeight: 1400,
  },
  {
    id: 'executor-loop',
    lesson: 'many-tasks-one-thread',
    title: "The executor loop",
    caption:
      "Five tasks share one executor thread. The thread runs one task at a time. Follow a task around the loop: polled from the run queue, it runs until it awaits I/O that is not done, returns Pending and parks; the reactor wakes it when the I/O is done, and it joins the run queue again.",
    embedHeight: 1650,
  },
  {
    id: 'threads-vs-async',
    lesson: 'threads-vs-async',
    title: "Threads and async, side by side",
    caption:
      "The same 1,000 tasks on 4 cores, run twice: a thread per task, and async tasks on an executor. Compare the two columns, then play both runs on one clock.",
    embedHeight: 2150,
  },
  {
    id: 'starvation',
    lesson: 'when-cooperation-breaks',
    title: "Starvation and its fixes",
    caption:
      "One worker thread; G computes for 5000 µs, with no fix. Watch the requests R1 to R5 pile up in the run queue while G has the worker; their latencies are in the table below, and the Fixes table shows what each fix does.",
    embedHeight: 1750,
  },
  {
    id: 'poll-state-machine',
    lesson: 'futures-and-poll',
    title: "An async fn as a state machine",
    caption:
      "An async fn, the state machine it compiles to, and its polls and wakes. Step through the run: the marker in the code and the tag in the state machine show where handle’s future stopped, and the log shows who called poll and who called wake.",
    embedHeight: 2050,
  },
  {
    id: 'multi-worker',
    lesson: 'many-threads-many-tasks',
    title: "One worker, a worker per core, a thread per task",
    caption:
      "The same 1,000 tasks on 4 cores, run three ways: on one worker thread, on a worker thread per core, and as a thread per task. Play the three runs on one clock, then compare them in the table.",
    embedHeight: 2700,
  },
] as const satisfies readonly DiagramEntry[];

/** The id of a registered diagram. */
export type DiagramId = (typeof DIAGRAMS)[number]['id'];

/** Height of an embed when the entry does not say. */
export const DEFAULT_EMBED_HEIGHT = 900;

/** The registered diagram with this id, or undefined. */
export function findDiagram(id: string): DiagramEntry | undefined {
  return (DIAGRAMS as readonly DiagramEntry[]).find((d) => d.id === id);
}

/** The diagrams a lesson shows, in the order they are registered. */
export function diagramsOfLesson(lesson: string): DiagramEntry[] {
  return (DIAGRAMS as readonly DiagramEntry[]).filter((d) => d.lesson === lesson);
}
