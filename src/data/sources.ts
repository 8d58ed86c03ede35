/**
 * Every source the course takes a number from. Lessons cite by `id`
 * (`<Cite id="bendersky-2018" />`), the Sources page renders this list, and
 * each entry gets the anchor /sources/#<id>. Ids are public links: never
 * rename one; add a new entry instead.
 */
export interface Source {
  /** Stable kebab-case anchor id. */
  readonly id: string;
  readonly author: string;
  readonly title: string;
  /** Year of publication, or the span of years a page was updated over. */
  readonly year: string;
  readonly url: string;
  /** What the figures were measured on, where the source says; omitted for definitions in code or docs. */
  readonly measuredOn?: string;
  /** The figures the course uses from this source, in our words. */
  readonly figures: readonly string[];
  /** Anything a reader should know about how we use or link the source. */
  readonly note?: string;
}

export const sources: readonly Source[] = [
  {
    id: 'bendersky-2018',
    author: 'Eli Bendersky',
    title: 'Measuring context switching and memory overheads for Linux threads',
    year: '2018',
    url: 'https://eli.thegreenplace.net/2018/measuring-context-switching-and-memory-overheads-for-linux-threads/',
    measuredOn: 'Intel Core i7-4771 desktop, Linux',
    figures: [
      'Thread context switch, both threads on one core: 1.2 to 1.5 µs',
      'Thread context switch, threads free to move between cores: about 2.2 µs',
      'Switch between goroutines: about 170 ns',
      '10,000 idle threads: about 80 GiB of virtual memory reserved, about 80 MiB resident (8 to 20 KiB per thread)',
    ],
  },
  {
    id: 'sigoure-2010',
    author: 'Benoit Sigoure (tsuna)',
    title: 'How long does it take to make a context switch?',
    year: '2010, updated to 2013',
    url: 'https://blog.tsunanet.net/2010/11/how-long-does-it-take-to-make-context.html',
    measuredOn: 'Intel Xeon E5440, E5520 and other x86-64 machines, Linux',
    figures: [
      'Thread switch through a futex: about 1.1 µs pinned to one core, 3 to 4.5 µs unpinned',
      'A system call (a mode switch, not a context switch): 50 to 105 ns',
      'Indirect cost of a switch, from cache and TLB contents lost to the other thread: can reach tens of µs (rule of thumb about 30 µs)',
    ],
  },
  {
    id: 'lkml-2008-molnar',
    author: 'Linux kernel mailing list; measurement quoted by Ingo Molnar',
    title: 'Thread-to-thread context switch cost, in CPU cycles',
    year: '2008 (August)',
    url: 'https://lkml.org/lkml/2008/8/',
    measuredOn: 'Various x86 CPUs of 2008',
    figures: ['Thread-to-thread switch: 800 to 1,200 cycles on most CPUs measured'],
    note: 'The link is the list archive for August 2008; the figure comes from a message quoted by Ingo Molnar that month.',
  },
  {
    id: 'blandy-2024',
    author: 'Jim Blandy',
    title: 'context-switch: comparing Linux thread and async task switching (README)',
    year: '2024',
    url: 'https://github.com/jimblandy/context-switch',
    measuredOn: '4-core laptop, Linux 5.x',
    figures: [
      'Switch between two async tasks: about 0.2 µs; between two kernel threads: about 1.7 µs; both about 1.7 µs when the switch waits on I/O readiness',
      'Spawn and join a kernel thread with Rust std: about 17 µs',
      'Spawn an async task: about 0.3 µs',
      'Memory resident for an idle thread: about 9.5 KiB user plus 10 KiB kernel',
      '50,000 waiting threads vs 50,000 waiting async tasks: about 466 MiB vs about 21 MiB resident',
      'Threads vs async tasks one laptop could hold: about 80,000 vs about 250,000',
      'kernel.threads-max on a 32 GiB machine: about 255,000; vm.max_map_count must be raised for tens of thousands of threads',
      'A spawned Tokio task: about 0.4 KiB measured',
    ],
  },
  {
    id: 'tokio-blog-2019',
    author: 'Carl Lerche (Tokio project)',
    title: 'Making the Tokio scheduler 10x faster',
    year: '2019',
    url: 'https://tokio.rs/blog/2019-10-scheduler',
    measuredOn: 'The benchmarks published with the post',
    figures: ['A yielding Tokio task: about 50 ns per yield (derived from its benchmark)', 'tokio::spawn: 0.17 to 0.73 µs'],
  },
  {
    id: 'tokio-tutorial-spawning',
    author: 'Tokio project',
    title: 'Tokio tutorial: Spawning',
    year: 'current',
    url: 'https://tokio.rs/tokio/tutorial/spawning',
    figures: ["A spawned Tokio task is one allocation of about 64 bytes plus the future's own state"],
  },
  {
    id: 'go-runtime-benchmarks',
    author: 'The Go authors',
    title: 'Go runtime benchmarks (src/runtime/proc_test.go)',
    year: 'current',
    url: 'https://github.com/golang/go/blob/master/src/runtime/proc_test.go',
    measuredOn: 'Whatever machine runs the benchmark; order of magnitude only',
    figures: ['Start a goroutine: about 0.2 µs'],
  },
  {
    id: 'go-1-4-release-notes',
    author: 'The Go authors',
    title: 'Go 1.4 Release Notes',
    year: '2014',
    url: 'https://go.dev/doc/go1.4',
    figures: ["A goroutine's first stack: 2 KiB"],
  },
  {
    id: 'rust-std-thread',
    author: 'The Rust project',
    title: 'The Rust Standard Library, module std::thread',
    year: 'current',
    url: 'https://doc.rust-lang.org/std/thread/',
    figures: [
      'Stack reserved for a thread spawned by std: 2 MiB, overridable with RUST_MIN_STACK or thread::Builder::stack_size',
    ],
  },
  {
    id: 'pthread-create-3',
    author: 'Linux man-pages project',
    title: 'pthread_create(3)',
    year: 'current',
    url: 'https://man7.org/linux/man-pages/man3/pthread_create.3.html',
    figures: [
      'Default stack for a glibc thread: the stack size rlimit, usually 8 MiB; 2 MiB on x86-64 when the rlimit is unlimited',
    ],
  },
  {
    id: 'linux-docs-kernel-stacks',
    author: 'The Linux kernel documentation',
    title: 'Kernel Stacks (x86-64)',
    year: 'current',
    url: 'https://docs.kernel.org/arch/x86/kernel-stacks.html',
    figures: ['Kernel stack per thread on x86-64: 16 KiB'],
  },
  {
    id: 'linux-docs-sysctl-kernel',
    author: 'The Linux kernel documentation',
    title: 'Documentation for /proc/sys/kernel/',
    year: 'current',
    url: 'https://docs.kernel.org/admin-guide/sysctl/kernel.html',
    figures: ['kernel.threads-max is sized at boot so that thread structures take at most 1/8 of RAM'],
  },
  {
    id: 'linux-threads-h',
    author: 'The Linux kernel source',
    title: 'include/linux/threads.h',
    year: 'current',
    url: 'https://github.com/torvalds/linux/blob/master/include/linux/threads.h',
    figures: ['kernel.pid_max: 32,768 by default, up to 4,194,304 on 64-bit'],
  },
  {
    id: 'linux-mm-h',
    author: 'The Linux kernel source',
    title: 'include/linux/mm.h',
    year: 'current',
    url: 'https://github.com/torvalds/linux/blob/master/include/linux/mm.h',
    figures: ["vm.max_map_count: 65,530 by default; each thread's stack needs mappings"],
  },
  {
    id: 'linux-sched-fair',
    author: 'The Linux kernel source',
    title: 'kernel/sched/fair.c',
    year: 'up to 6.5 (CFS); 6.6 and later (EEVDF)',
    url: 'https://github.com/torvalds/linux/blob/master/kernel/sched/fair.c',
    figures: [
      'CFS target latency 6 ms and minimum granularity 0.75 ms, scaled by 1 + log2(CPUs) up to 8 CPUs (24 ms / 3 ms)',
      'EEVDF base slice 0.75 ms (0.70 ms since 2025), scaled the same way: about 3 ms on 8 or more CPUs',
    ],
  },
  {
    id: 'linux-sched-rt-h',
    author: 'The Linux kernel source',
    title: 'include/linux/sched/rt.h',
    year: 'current',
    url: 'https://github.com/torvalds/linux/blob/master/include/linux/sched/rt.h',
    figures: ['SCHED_RR time slice: 100 ms'],
  },
  {
    id: 'tokio-coop',
    author: 'Tokio project',
    title: 'tokio/src/task/coop (cooperative scheduling budget)',
    year: 'current',
    url: 'https://github.com/tokio-rs/tokio/tree/master/tokio/src/task/coop',
    figures: ['Cooperative budget: 128 operations per task poll before the task is made to yield'],
  },
  {
    id: 'tokio-console',
    author: 'Tokio project',
    title: 'tokio-console: warnings',
    year: 'current',
    url: 'https://github.com/tokio-rs/console',
    figures: ['"Never yielded" warning: a task busy for 1 s without yielding'],
  },
  {
    id: 'kegel-c10k',
    author: 'Dan Kegel',
    title: 'The C10K problem',
    year: '1999',
    url: 'http://www.kegel.com/c10k.html',
    figures: ['Serving 10,000 clients at once, posed as a problem in 1999'],
  },
  {
    id: 'dean-norvig-latency',
    author: 'Jeff Dean and Peter Norvig',
    title: 'Latency numbers every programmer should know',
    year: '2001 to 2012',
    url: 'https://norvig.com/21-days.html#answers',
    measuredOn: 'Typical hardware of the time; orders of magnitude',
    figures: [
      'Main memory reference 100 ns; mutex lock/unlock 25 ns',
      'Random 4 KiB read from SSD 150 µs; sequential 1 MB from SSD 1 ms; disk seek 10 ms',
      'Round trip within a datacenter 500 µs; packet California-Netherlands-California 150 ms',
    ],
    note: "Norvig's table (2001) and Dean's talks extended it; the SSD and datacenter figures are from Dean's version.",
  },
  {
    id: 'rust-std-yield-now',
    author: 'The Rust project',
    title: 'The Rust Standard Library, function std::thread::yield_now',
    year: 'current',
    url: 'https://doc.rust-lang.org/std/thread/fn.yield_now.html',
    figures: [
      "yield_now calls the operating system's yield primitive: the thread offers the rest of its time slice to other threads",
      'With no other ready thread, a thread that yields in a loop keeps its core busy (it busy-waits); blocking calls such as channels, mutexes and join are the better way to wait',
    ],
  },
  {
    id: 'sched-yield-2',
    author: 'Linux man-pages project',
    title: 'sched_yield(2)',
    year: 'current',
    url: 'https://man7.org/linux/man-pages/man2/sched_yield.2.html',
    figures: [
      'The calling thread gives up the CPU and goes to the end of the queue for its priority; if no other thread of that priority is ready, it goes on running',
      'Meant for real-time policies; under the normal policy what a yield does is left unspecified',
    ],
  },
  {
    id: 'linux-entry-64',
    author: 'The Linux kernel source',
    title: 'arch/x86/entry/entry_64.S',
    year: 'current',
    url: 'https://github.com/torvalds/linux/blob/master/arch/x86/entry/entry_64.S',
    figures: [
      "On entry to the kernel (a system call or an interrupt), a thread's user registers are saved on that thread's own kernel stack",
      "The switch itself (__switch_to_asm) pushes a few registers on the old thread's kernel stack, stores its stack pointer in its task structure and loads the next thread's",
    ],
    note: 'Not a measurement: the code the lesson on context switches simplifies into one "saved state" per thread.',
  },
  {
    id: 'proc-pid-status-5',
    author: 'Linux man-pages project',
    title: 'proc_pid_status(5)',
    year: 'current',
    url: 'https://man7.org/linux/man-pages/man5/proc_pid_status.5.html',
    figures: [
      'voluntary_ctxt_switches and nonvoluntary_ctxt_switches: how many times a thread was switched out, voluntarily or not',
    ],
    note: "In /proc/<pid>/status the counts are the main thread's; each thread's own are in /proc/<pid>/task/<tid>/status.",
  },
  {
    id: 'mio-readme',
    author: 'Tokio project',
    title: 'Mio: Metal I/O (README)',
    year: 'current',
    url: 'https://github.com/tokio-rs/mio',
    figures: [
      "The OS interfaces under Tokio's I/O driver: an event queue backed by epoll on Linux, kqueue on macOS and the BSDs, and IOCP on Windows",
      'File operations are not among them (a stated non-goal)',
    ],
  },
  {
    id: 'tokio-fs-docs',
    author: 'Tokio project',
    title: 'Module tokio::fs (API documentation)',
    year: 'current',
    url: 'https://docs.rs/tokio/latest/tokio/fs/index.html',
    figures: [
      "File operations run as ordinary blocking calls on Tokio's pool of threads for blocking work; the awaiting task is woken when the call returns",
    ],
  },
  {
    id: 'rust-std-future',
    author: 'The Rust project',
    title: 'The Rust Standard Library, trait std::future::Future',
    year: 'current',
    url: 'https://doc.rust-lang.org/std/future/trait.Future.html',
    figures: [
      'poll returns Poll::Pending when the future is not ready yet, or Poll::Ready with its value when it has finished',
      'A future that returns Pending stores a clone of the Waker from the Context it was given, and that waker is woken once the future can make progress; only the waker from the latest poll needs to be woken',
      'Futures are inert: nothing happens until they are polled, and a task is polled again once it is woken',
      'Once a future has returned Ready, polling it again may panic, block forever or misbehave in other ways (never undefined behaviour)',
    ],
  },
  {
    id: 'rust-std-task',
    author: 'The Rust project',
    title: 'The Rust Standard Library, module std::task (Poll, Context, Waker, Wake)',
    year: 'current',
    url: 'https://doc.rust-lang.org/std/task/index.html',
    figures: [
      'Context carries the Waker of the task being polled; Waker::wake wakes that task, and each call is followed by at least one more poll of it while the executor runs and the task is not done',
      'The Wake trait turns an Arc of the executor’s own type into a Waker, with no unsafe code',
    ],
  },
  {
    id: 'rust-reference-async-fn',
    author: 'The Rust project',
    title: 'The Rust Reference, Functions: async functions',
    year: 'current',
    url: 'https://doc.rust-lang.org/reference/items/functions.html#async-functions',
    figures: [
      'Calling an async fn does no work: it captures the arguments into a future, and polling that future runs the body',
    ],
  },
  {
    id: 'rust-std-pin',
    author: 'The Rust project',
    title: 'The Rust Standard Library, module std::pin',
    year: 'current',
    url: 'https://doc.rust-lang.org/std/pin/index.html',
    figures: [
      'A pinned value must not be moved again; this is what makes self-referential types, such as the futures async fns compile to, safe to poll',
    ],
  },
  {
    id: 'tokio-multi-thread-scheduler',
    author: 'Tokio project',
    title: 'tokio/src/runtime/scheduler/multi_thread (queue.rs and worker.rs)',
    year: 'current',
    url: 'https://github.com/tokio-rs/tokio/tree/master/tokio/src/runtime/scheduler/multi_thread',
    figures: [
      'Each worker has its own local run queue, a fixed ring of 256 tasks',
      'A worker that finds no task in its own queue or the global one steals half of the tasks in another worker’s queue',
      'When a local queue is full, half of it (128 tasks) moves to a global injection queue, which also receives tasks submitted from outside the worker threads',
      'A LIFO slot: a task scheduled by the task a worker is running is polled next on that worker, for locality, at most 3 times in a row',
    ],
    note: 'Not a measurement: the design of Tokio’s multi-threaded scheduler, read from its source (Tokio 1.x). The 2019 blog post describes how it came about.',
  },
  {
    id: 'tokio-builder-worker-threads',
    author: 'Tokio project',
    title: 'tokio::runtime::Builder::worker_threads (API documentation)',
    year: 'current',
    url: 'https://docs.rs/tokio/latest/tokio/runtime/struct.Builder.html#method.worker_threads',
    figures: ['The multi-threaded runtime starts one worker thread per core by default (the number of cores available to the system)'],
  },
];

const byId = new Map(sources.map((source, index) => [source.id, { source, number: index + 1 }]));

/**
 * The source with this id and its 1-based number on the Sources page.
 * Throws on an unknown id so that a typo in a lesson fails the build.
 */
export function findSource(id: string): { source: Source; number: number } {
  const found = byId.get(id);
  if (!found) {
    const known = sources.map((s) => s.id).join(', ');
    throw new Error(`Unknown source id "${id}". Add it to src/data/sources.ts or use one of: ${known}`);
  }
  return found;
}
