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
      '10,000 idle threads: about 80 GiB of virtual memory reserved, about 80 MiB resident (8 to 20 KiB per thread)',
    ],
  },
  {
    id: 'sigoure-2010',
    author: 'Benoit Sigoure (tsuna)',
    title: 'How long does it take to make a context switch?',
    year: '2010, updated to 2013',
    url: 'https://blog.tsunanet.net/2010/11/how-long-does-it-take-to-make-context.html',
    measuredOn: 'Intel Xeon E5440, E5520 and other x86-64 machines, Linux, 2010 to 2013',
    figures: [
      'Thread switch through a futex: about 1.1 µs pinned to one core, 3 to 4.5 µs unpinned',
      'A system call (a mode switch, not a context switch): 50 to 105 ns, measured before the 2018 Meltdown mitigations made entering the kernel more expensive on many CPUs',
      'Indirect cost of a switch, from cache and TLB contents lost to the other thread: up to tens of µs; the author takes about 30 µs as a worst-case rule of thumb, not a typical value',
    ],
  },
  {
    id: 'blandy-2024',
    author: 'Jim Blandy',
    title: 'context-switch: comparing Linux thread and async task switching (README)',
    year: 'measured 2020 and 2021; README updated to 2024',
    url: 'https://github.com/jimblandy/context-switch',
    measuredOn: 'A laptop with 4 cores (two hardware threads each) and 32 GiB of RAM, Fedora Linux; Tokio for the async programs',
    figures: [
      'Switch between two async tasks: about 0.2 µs; between two OS threads: about 1.7 µs, with the threads free to move between cores',
      'The gap closes when each switch is driven by I/O readiness (both about 1.7 µs), and when the threaded program is pinned to a single core (then it runs as fast as the async one)',
      'Create (spawn) an OS thread with Rust std: about 17 µs; spawn an async task: about 0.3 µs. Only the spawning is timed: the joins come after the timed loop',
      'Memory resident for an idle thread: about 9.5 KiB of the program’s own plus about 10 KiB in the kernel; for an async task: about 0.4 KiB, a minimum for tasks that hold almost nothing',
      '50,000 waiting threads vs 50,000 waiting async tasks: about 466 MiB vs about 21 MiB resident, counting the program’s own memory only (no kernel stacks)',
      '250,000 async tasks ran without trouble (the most the author tried, not a limit); threads stopped at about 80,000 even after raising every limit the author could find, for reasons he could not pin down',
      'Limits found on the way: kernel.threads-max 255,208 on the 32 GiB machine; ulimit -u (RLIMIT_NPROC) 127,604; a pids.max of 10,813 on the cgroup above his shell, set by systemd; kernel.pid_max raised to 4,194,304; vm.max_map_count raised for tens of thousands of threads',
    ],
    note: 'Figures read as the README states them: microbenchmarks, best cases for each side, which the author says are probably not what limits a real application.',
  },
  {
    id: 'tokio-blog-2019',
    author: 'Carl Lerche (Tokio project)',
    title: 'Making the Tokio scheduler 10x faster',
    year: '2019',
    url: 'https://tokio.rs/blog/2019-10-scheduler',
    measuredOn: 'The micro-benchmarks published with the post; the machine is not named',
    figures: [
      'yield_many (50 tasks per CPU, each yielding 1,000 times): about 14.6 ms per run with the new scheduler, which is about 293 ns of core time per yield when every core is busy (about 73 ns of wall time on 4 CPUs)',
      'tokio::spawn: 0.17 to 0.73 µs per task (chained_spawn and spawn_many)',
    ],
    note: 'The per-yield cost is derived: the run time times the number of CPUs, divided by the 50,000 yields per CPU.',
  },
  {
    id: 'tokio-tutorial-spawning',
    author: 'Tokio project',
    title: 'Tokio tutorial: Spawning',
    year: 'current',
    url: 'https://tokio.rs/tokio/tutorial/spawning',
    figures: [
      'A task is the future passed to tokio::spawn, run by the runtime as a unit',
      "A spawned Tokio task is one allocation of about 64 bytes plus the future's own state",
      'tokio::spawn requires the future to be Send, because the task may move between threads while it is suspended',
    ],
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
    title: 'include/linux/threads.h (with kernel/pid.c)',
    year: 'current',
    url: 'https://github.com/torvalds/linux/blob/master/include/linux/threads.h',
    figures: [
      'kernel.pid_max: 32,768 compiled in; at boot the kernel raises it to 1,024 per possible CPU when that is more',
      'The most kernel.pid_max can be set to: 4,194,304 on 64-bit machines',
    ],
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
      'EEVDF (Linux 6.6 and later): a base slice of 0.75 ms (0.70 ms since 2025), scaled by 1 + log2(CPUs) up to 8 CPUs: about 3 ms on 8 or more',
      'CFS (up to Linux 6.5): a period of 6 ms shared among the ready threads, with a minimum granularity of 0.75 ms, both scaled the same way (24 ms / 3 ms on 8 or more CPUs)',
      'A woken thread may preempt the running one (wake-up preemption)',
      'A waking thread is placed on an idle CPU near where it last ran, its previous CPU when that one is idle and shares a cache (select_idle_sibling)',
      'A yield (yield_task_fair): EEVDF moves the yielding thread’s virtual deadline one slice later; CFS marks it to be skipped at the next pick, unless skipping it would be too unfair (pick_next_entity)',
    ],
    note: 'Slices are checked at the timer tick, so a turn can run somewhat past its slice.',
  },
  {
    id: 'tokio-coop',
    author: 'Tokio project',
    title: 'tokio/src/task/coop (cooperative scheduling budget)',
    year: 'current',
    url: 'https://github.com/tokio-rs/tokio/tree/master/tokio/src/task/coop',
    figures: [
      'Cooperative budget: 128 operations per task poll before the task is made to yield',
      'When the budget is spent, the operation returns Pending and hands the task’s waker to the scheduler to wake later (the same deferred wake as yield_now), since 2025',
    ],
  },
  {
    id: 'tokio-yield-now',
    author: 'Tokio project',
    title: 'tokio::task::yield_now (tokio/src/task/yield_now.rs: documentation and source)',
    year: 'current (deferred wake since Tokio 1.23, 2022)',
    url: 'https://github.com/tokio-rs/tokio/blob/master/tokio/src/task/yield_now.rs',
    figures: [
      'yield_now returns Pending once without waking its task: it hands the waker to the scheduler, which wakes deferred tasks only after it has polled the I/O and timer driver (when it runs out of tasks, or at its periodic check)',
      'The documentation makes no promise about which task runs next after a yield',
    ],
    note: 'Not a measurement: the behaviour read from the source, in both the single-threaded and the multi-threaded scheduler.',
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
    author: 'Jeff Dean; compiled by Jonas Bonér (after Peter Norvig)',
    title: 'Latency numbers every programmer should know',
    year: '2012 (Dean’s figures from his talks of 2009 and 2010)',
    url: 'https://gist.github.com/jboner/2841832',
    measuredOn: 'Typical server hardware of 2009 to 2012; orders of magnitude, and hardware has changed since',
    figures: [
      'Main memory reference: 100 ns',
      'Random 4 KiB read from an SSD: 150 µs',
      'Round trip within a datacenter: 500 µs',
    ],
    note: 'Jeff Dean’s list as most people quote it. The SSD lines are not in the versions of his slides we found; they come from this compilation. Peter Norvig published an earlier table of the same kind (norvig.com/21-days.html).',
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
    id: 'lkml-yield-2025',
    author: 'Fernand Sieber, with a reply by Peter Zijlstra (Linux kernel mailing list)',
    title: '[PATCH] sched/fair: Only increment deadline once on yield',
    year: '2025',
    url: 'https://lore.kernel.org/all/20250911095113.203439-1-sieberf@amazon.com/',
    figures: [
      'Under EEVDF a thread that yields can be picked again straight away: the scheduler chooses among eligible threads (those not ahead of their fair share), and the yielding one may be the only eligible thread',
    ],
    note: 'Not a measurement: a patch discussion that states how the scheduler behaves.',
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
      'Newer versions can use io_uring for file operations on Linux instead, behind an unstable option (tokio_unstable)',
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
      'Several wake-ups may be merged into a single poll by the runtime',
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
      'A LIFO slot: a task woken or spawned by the task a worker is running is polled next on that worker, for locality, at most 3 times in a row; a yielding task goes to the back of the queue instead',
      'Every task in a worker’s local queue can be stolen except the one in its LIFO slot (worker.rs)',
      'Scheduling a task can wake a parked worker thread so that it helps with the work',
      'A worker runs the I/O driver itself when it parks, and briefly every event_interval scheduler ticks',
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
  {
    id: 'linux-docs-sched-domains',
    author: 'The Linux kernel documentation',
    title: 'Scheduler Domains',
    year: 'current',
    url: 'https://docs.kernel.org/scheduler/sched-domains.html',
    figures: [
      'Every CPU has its own run queue; the kernel balances the load by moving tasks from the busiest run queue to a less busy CPU’s',
    ],
  },
  {
    id: 'linux-docs-pti',
    author: 'The Linux kernel documentation',
    title: 'Page Table Isolation (PTI)',
    year: '2018 (Linux 4.15) and later',
    url: 'https://docs.kernel.org/arch/x86/pti.html',
    figures: [
      'The defence against Meltdown switches page tables at every entry into and exit from the kernel (system calls, interrupts), which adds to the cost of every system call on the CPUs that need it',
    ],
  },
  {
    id: 'systemd-pid-max',
    author: 'The systemd project',
    title: 'sysctl.d/50-pid-max.conf',
    year: '2019 (systemd 243) and later',
    url: 'https://github.com/systemd/systemd/blob/main/sysctl.d/50-pid-max.conf',
    figures: ['Raises kernel.pid_max to 4,194,304, its maximum on 64-bit machines, at boot'],
    note: 'Distributions that boot with systemd ship it unless they remove it; check /proc/sys/kernel/pid_max on your machine.',
  },
  {
    id: 'fedora-max-map-count',
    author: 'The Fedora Project',
    title: 'Changes/IncreaseVmMaxMapCount',
    year: '2023 (Fedora Linux 39)',
    url: 'https://fedoraproject.org/wiki/Changes/IncreaseVmMaxMapCount',
    figures: ['vm.max_map_count raised from the kernel’s 65,530 to 1,048,576 by a file in /usr/lib/sysctl.d, from Fedora Linux 39 on'],
    note: 'Arch Linux (filesystem package of April 2024) and Ubuntu 24.04 made the same change. The value on a given machine is in /proc/sys/vm/max_map_count.',
  },
  {
    id: 'systemd-system-conf',
    author: 'The systemd project',
    title: 'systemd-system.conf(5): DefaultTasksMax=',
    year: 'current',
    url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd-system.conf.html',
    figures: [
      'DefaultTasksMax= (the TasksMax= of every service unless it sets its own) defaults to 15% of the smallest of kernel.pid_max, kernel.threads-max and the root cgroup’s pids.max: 4,915 with the kernel’s default pid_max of 32,768',
    ],
  },
  {
    id: 'linux-docs-overcommit',
    author: 'The Linux kernel documentation',
    title: 'Overcommit Accounting',
    year: 'current',
    url: 'https://docs.kernel.org/mm/overcommit-accounting.html',
    figures: [
      'vm.overcommit_memory 0 (the default): heuristic, only obvious overcommits are refused',
      'vm.overcommit_memory 2: never overcommit; all the address space committed on the machine may not exceed swap plus a share of RAM (50% by default), and allocations beyond that fail',
    ],
  },
  {
    id: 'getrlimit-2',
    author: 'Linux man-pages project',
    title: 'getrlimit(2): RLIMIT_NPROC',
    year: 'current',
    url: 'https://man7.org/linux/man-pages/man2/getrlimit.2.html',
    figures: ['RLIMIT_NPROC (ulimit -u): the most processes, on Linux in fact threads, one user may have'],
  },
  {
    id: 'linux-docs-cgroup-v2',
    author: 'The Linux kernel documentation',
    title: 'Control Group v2: the PID controller (pids.max)',
    year: 'current',
    url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html#pid',
    figures: ['pids.max: a hard limit on the tasks (threads included) in a group of processes; creating one more fails'],
  },
  {
    id: 'systemd-resource-control',
    author: 'The systemd project',
    title: 'systemd.resource-control(5): TasksMax=',
    year: 'current',
    url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html',
    figures: ['TasksMax= sets pids.max for a service, a login session or a slice; systemd gives every unit a default (DefaultTasksMax=)'],
  },
  {
    id: 'tokio-runtime-builder',
    author: 'Tokio project',
    title: 'tokio::runtime::Builder (API documentation): event_interval, max_blocking_threads',
    year: 'current',
    url: 'https://docs.rs/tokio/latest/tokio/runtime/struct.Builder.html',
    figures: [
      'event_interval: the scheduler checks for I/O and timer events every 61 ticks (about one poll each) by default',
      'max_blocking_threads: up to 512 extra threads for blocking work by default; beyond that, blocking tasks wait in an unbounded queue',
    ],
  },
  {
    id: 'tokio-spawn-blocking',
    author: 'Tokio project',
    title: 'tokio::task::spawn_blocking (API documentation)',
    year: 'current',
    url: 'https://docs.rs/tokio/latest/tokio/task/fn.spawn_blocking.html',
    figures: [
      'Runs a closure on a thread kept for blocking work and returns a handle the task can await',
      'The thread limit is very large by default: for many CPU-bound jobs, limit how many run at once (a semaphore) or use a CPU pool such as rayon',
      'A blocking task cannot be aborted once it has started',
    ],
  },
  {
    id: 'tokio-sync-oneshot',
    author: 'Tokio project',
    title: 'tokio::sync::oneshot (API documentation)',
    year: 'current',
    url: 'https://docs.rs/tokio/latest/tokio/sync/oneshot/index.html',
    figures: ['A channel for one value: sending is an ordinary call, usable from a plain thread, and the receiver is a future a task awaits'],
  },
  {
    id: 'tokio-metrics',
    author: 'Tokio project',
    title: 'tokio-metrics: TaskMonitor (API documentation)',
    year: 'current',
    url: 'https://docs.rs/tokio-metrics/latest/tokio_metrics/struct.TaskMonitor.html',
    figures: ['A poll that takes longer than 50 µs counts as slow by default (DEFAULT_SLOW_POLL_THRESHOLD)'],
  },
  {
    id: 'rust-reference-await',
    author: 'The Rust project',
    title: 'The Rust Reference, Await expressions',
    year: 'current',
    url: 'https://doc.rust-lang.org/reference/expressions/await-expr.html',
    figures: [
      'An .await polls the awaited future from inside the enclosing async code; if it is pending, the enclosing future returns Pending too, and is polled again later',
    ],
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
