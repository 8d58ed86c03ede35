/**
 * The course's words, defined once, in the same sense every lesson, diagram and test uses them
 * (see the course's writing notes). The Glossary page lists them; lessons link a term's first use
 * with `<Term id="context-switch">context switch</Term>`. Ids are anchors (/glossary/#<id>) in
 * people's links: never rename one.
 */
export interface GlossaryTerm {
  /** Stable kebab-case anchor id. */
  readonly id: string;
  /** The term as the course writes it. */
  readonly term: string;
  /** One or two sentences, in the course's words, without numbers (those live in lessons, cited). */
  readonly definition: string;
  /** Slug of the lesson that introduces the term. */
  readonly lesson: string;
  /** Other forms a reader may search for. */
  readonly aliases?: readonly string[];
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'task',
    term: 'task',
    definition:
      'A piece of work the program wants done: handle a request, read a file, count some primes. In the diagrams each task has a letter and a colour.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'thread',
    term: 'thread',
    definition:
      'An OS thread: what the operating system runs. It has its own stack and its own place in the code, so it can be stopped anywhere and carried on later exactly where it was.',
    lesson: 'tasks-and-threads',
    aliases: ['OS thread'],
  },
  {
    id: 'core',
    term: 'core',
    definition:
      'A CPU core: the part of the processor that executes instructions, one thread at a time. Where one physical core runs two threads side by side (simultaneous multithreading), the operating system sees two logical CPUs, and the course counts each as a core.',
    lesson: 'tasks-and-threads',
    aliases: ['CPU core', 'logical CPU'],
  },
  {
    id: 'scheduler',
    term: 'scheduler',
    definition:
      'The part of the operating system that decides which ready thread runs next on a core, and takes the core back when its time slice is up.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'time-slice',
    term: 'time slice',
    definition:
      'How long a thread may run before the scheduler takes the core back to give another ready thread a turn; a thread can also be preempted sooner, or leave the core itself when it blocks. Slices are what let every ready thread get regular turns.',
    lesson: 'tasks-and-threads',
    aliases: ['quantum'],
  },
  {
    id: 'preempt',
    term: 'preempt',
    definition:
      'To take a core away from a running thread that has not finished, so that another ready thread can have a turn. The preempted thread becomes ready again.',
    lesson: 'tasks-and-threads',
    aliases: ['preemption', 'preemptive scheduling'],
  },
  {
    id: 'thread-per-task',
    term: 'thread per task',
    definition:
      'Giving every task its own thread and letting the scheduler share the cores among them. Each task is plain sequential code; every thread costs memory and switches.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'stack',
    term: 'stack',
    definition:
      'The memory a thread keeps its chain of function calls and their local variables in. Every thread needs its own, reserved when the thread starts.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'running',
    term: 'running',
    definition: 'The state of a thread or task that is executing on a core right now.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'ready',
    term: 'ready',
    definition:
      'The state of a thread or task that could run but is waiting for its turn: for a core, or for the executor to poll it.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'run-queue',
    term: 'run queue',
    definition:
      'The line of ready work waiting for a turn: ready threads waiting for a core, or, in an executor, tasks ready to be polled.',
    lesson: 'blocked-ready-running',
  },
  {
    id: 'io',
    term: 'I/O',
    definition:
      'Input and output: reading and writing files, talking over the network, waiting for a disk. A thread that starts I/O usually has to wait for it.',
    lesson: 'tasks-and-threads',
    aliases: ['input and output'],
  },
  {
    id: 'blocked',
    term: 'blocked',
    definition:
      'The state of a thread or task waiting for something outside it, such as I/O, a timer or a lock. It needs no core while it waits, then becomes ready.',
    lesson: 'tasks-and-threads',
  },
  {
    id: 'done',
    term: 'done',
    definition: 'The state of a thread or task that has finished its work. It never runs again.',
    lesson: 'blocked-ready-running',
  },
  {
    id: 'blocking-call',
    term: 'blocking call',
    definition:
      'A call that makes its thread wait until something happens, such as reading a file or sleeping. On an executor’s thread it stops every other task on that thread too.',
    lesson: 'blocked-ready-running',
  },
  {
    id: 'system-call',
    term: 'system call',
    definition:
      'A call from a program into the operating system, for example to read a file or start a thread. The thread runs the operating system’s code for a moment, then carries on, unless the call has to wait.',
    lesson: 'blocked-ready-running',
    aliases: ['syscall'],
  },
  {
    id: 'kernel',
    term: 'kernel',
    definition:
      'The central part of the operating system, which manages threads, memory and devices; the scheduler belongs to it. A thread runs kernel code during its system calls and when an interrupt stops it.',
    lesson: 'context-switch',
  },
  {
    id: 'context-switch',
    term: 'context switch',
    definition:
      'A core changing from one thread to another: save the running thread’s registers, pick the next thread, restore its registers. No task makes progress while it happens.',
    lesson: 'context-switch',
  },
  {
    id: 'executor',
    term: 'executor',
    definition:
      'The loop that runs async tasks on its worker thread or threads: it takes a task from the run queue, polls it, and moves on to the next. An async runtime such as Tokio is more than its executor: it adds a reactor and timers.',
    lesson: 'many-tasks-one-thread',
  },
  {
    id: 'await-point',
    term: 'await point',
    definition:
      'A place in an async fn, written `.await`, where the task may give its thread back to the executor if what it waits for is not ready yet.',
    lesson: 'many-tasks-one-thread',
    aliases: ['.await'],
  },
  {
    id: 'cooperative-scheduling',
    term: 'cooperative scheduling',
    definition:
      'Tasks take turns only when they give the thread back themselves, at await points; nothing preempts them. A task that never reaches an await point keeps the thread.',
    lesson: 'many-tasks-one-thread',
    aliases: ['cooperative multitasking'],
  },
  {
    id: 'future',
    term: 'future',
    definition:
      'A value that stands for work that may not be finished yet. In Rust an async fn returns a future, and nothing happens until something polls it.',
    lesson: 'many-tasks-one-thread',
  },
  {
    id: 'poll',
    term: 'poll',
    definition:
      'One call of a future’s `poll` method: the future runs until it finishes (`Ready`) or cannot go on (`Pending`), then returns.',
    lesson: 'many-tasks-one-thread',
  },
  {
    id: 'parked',
    term: 'parked',
    definition:
      'The state of an async task that awaits something not ready yet: it is in no run queue and needs no thread, and only a call of its waker brings it back. Tokio also says that a worker thread parks when it sleeps because it has no task to poll.',
    lesson: 'many-tasks-one-thread',
  },
  {
    id: 'waker',
    term: 'waker',
    definition:
      'The handle an executor passes to every poll of a task, inside its Context. A future that has to wait keeps a clone of it, and calling it makes the executor poll the task again, in this course by putting it back in the run queue.',
    lesson: 'many-tasks-one-thread',
  },
  {
    id: 'reactor',
    term: 'reactor',
    definition:
      'The part of an async runtime that learns from the operating system which I/O is ready and calls the wakers of the tasks waiting for it.',
    lesson: 'many-tasks-one-thread',
    aliases: ['I/O driver'],
  },
  {
    id: 'work-stealing',
    term: 'work stealing',
    definition:
      'How a multi-threaded executor shares out work: a worker thread whose run queue is empty takes ready tasks from another worker’s queue.',
    lesson: 'many-threads-many-tasks',
  },
  {
    id: 'worker-thread',
    term: 'worker thread',
    definition:
      'An OS thread that an executor runs tasks on. An executor may have one, or one per core so that tasks run in parallel.',
    lesson: 'threads-vs-async',
    aliases: ['worker'],
  },
];

/** The term with this id; throws naming the id (and the known ones) when there is none. */
export function findTerm(id: string): GlossaryTerm {
  const term = glossary.find((t) => t.id === id);
  if (!term) {
    throw new Error(`<Term id="${id}">: no such term in src/data/glossary.ts (known: ${glossary.map((t) => t.id).join(', ')}).`);
  }
  return term;
}

/** The terms in alphabetical order of their names, as the Glossary page lists them. */
export function alphabetical(terms: readonly GlossaryTerm[] = glossary): GlossaryTerm[] {
  return terms.toSorted((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
