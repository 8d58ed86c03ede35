/**
 * Real-world figures the simulation's defaults and the diagrams' presets use, each with the id
 * of its entry on the Sources page (src/data/sources.ts). A test checks every id exists there.
 * They are orders of magnitude measured on particular machines, not constants of nature.
 */

export interface Figure {
  /** The value, in the unit named by `unit`. */
  readonly value: number;
  readonly unit: 'µs' | 'ns' | 'bytes' | 'count' | 'operations';
  /** Source ids on the Sources page. */
  readonly sources: readonly string[];
  /** What it is, in a few words, for captions and tooltips. */
  readonly label: string;
}

const KiB = 1024;
const MiB = 1024 * KiB;

export const FIGURES = {
  threadSwitch: { value: 2, unit: 'µs', sources: ['bendersky-2018', 'sigoure-2010'], label: 'direct cost of a thread context switch (about 1.2 to 2.2 µs)' },
  threadSwitchPinnedLow: { value: 1.2, unit: 'µs', sources: ['bendersky-2018'], label: 'thread switch, both threads on one core, low end' },
  threadSwitchUnpinned: { value: 2.2, unit: 'µs', sources: ['bendersky-2018'], label: 'thread switch, threads free to move between cores' },
  cacheRefill: { value: 30, unit: 'µs', sources: ['sigoure-2010'], label: 'indirect cost of a switch: caches and TLB refilled (rule of thumb)' },
  asyncSwitch: { value: 0.2, unit: 'µs', sources: ['blandy-2024'], label: 'switch between two async tasks' },
  tokioYield: { value: 50, unit: 'ns', sources: ['tokio-blog-2019'], label: 'a Tokio task yielding' },
  threadSpawn: { value: 17, unit: 'µs', sources: ['blandy-2024'], label: 'spawn and join a thread (Rust std)' },
  taskSpawn: { value: 0.3, unit: 'µs', sources: ['blandy-2024', 'tokio-blog-2019'], label: 'spawn an async task' },
  threadStackReserved: { value: 2 * MiB, unit: 'bytes', sources: ['rust-std-thread'], label: 'stack reserved for a Rust std thread' },
  threadStackResident: { value: 10 * KiB, unit: 'bytes', sources: ['bendersky-2018', 'blandy-2024'], label: 'stack pages actually resident for an idle thread' },
  kernelStack: { value: 16 * KiB, unit: 'bytes', sources: ['linux-docs-kernel-stacks'], label: 'kernel stack per thread (x86-64)' },
  taskBytes: { value: 410, unit: 'bytes', sources: ['blandy-2024', 'tokio-tutorial-spawning'], label: 'memory per waiting async task (about 0.4 KiB measured)' },
  timeSlice: { value: 3000, unit: 'µs', sources: ['linux-sched-fair'], label: 'a Linux time slice on a machine with 8 or more CPUs (about 3 ms)' },
  timeSliceSmall: { value: 750, unit: 'µs', sources: ['linux-sched-fair'], label: 'Linux base slice (0.75 ms)' },
  ssdRead: { value: 150, unit: 'µs', sources: ['dean-norvig-latency'], label: 'random 4 KiB read from an SSD' },
  datacenterRoundTrip: { value: 500, unit: 'µs', sources: ['dean-norvig-latency'], label: 'round trip within a datacenter' },
  tokioBudget: { value: 128, unit: 'operations', sources: ['tokio-coop'], label: "Tokio's cooperative budget per poll" },
  pidMax: { value: 32_768, unit: 'count', sources: ['linux-threads-h'], label: 'Linux kernel.pid_max default' },
  maxMapCount: { value: 65_530, unit: 'count', sources: ['linux-mm-h', 'blandy-2024'], label: 'Linux vm.max_map_count default' },
  threadsMax32GiB: { value: 255_000, unit: 'count', sources: ['linux-docs-sysctl-kernel', 'blandy-2024'], label: 'Linux kernel.threads-max on a 32 GiB machine (about)' },
  laptopThreads: { value: 80_000, unit: 'count', sources: ['blandy-2024'], label: 'threads one laptop could hold' },
  laptopTasks: { value: 250_000, unit: 'count', sources: ['blandy-2024'], label: 'async tasks the same laptop could hold' },
  c10k: { value: 10_000, unit: 'count', sources: ['kegel-c10k'], label: 'the C10K problem: 10,000 clients at once (1999)' },
} as const satisfies Record<string, Figure>;
