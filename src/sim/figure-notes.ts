/**
 * What each figure of figures.ts is and where it comes from: the ids of its entries on the
 * Sources page (src/data/sources.ts). Kept apart from the values so the browser does not download
 * these words with every diagram. The type makes a figure without a note, or a note without a
 * figure, a compile error; figures.test.ts checks every source id exists.
 */
import type { FigureName } from './figures.ts';

export interface FigureNote {
  /** Source ids on the Sources page. */
  readonly sources: readonly string[];
  /** What it is, in a few words. */
  readonly label: string;
}

export const FIGURE_NOTES: Readonly<Record<FigureName, FigureNote>> = {
  threadSwitch: { sources: ['bendersky-2018', 'sigoure-2010'], label: 'direct cost of a thread context switch (about 1.2 to 2.2 µs)' },
  threadSwitchPinnedLow: { sources: ['bendersky-2018'], label: 'thread switch, both threads on one core, low end' },
  threadSwitchUnpinned: { sources: ['bendersky-2018'], label: 'thread switch, threads free to move between cores' },
  cacheRefill: { sources: ['sigoure-2010'], label: 'indirect cost of a switch: caches and TLB refilled (rule of thumb)' },
  asyncSwitch: { sources: ['blandy-2024'], label: 'switch between two async tasks' },
  tokioYield: { sources: ['tokio-blog-2019'], label: 'a Tokio task yielding' },
  threadSpawn: { sources: ['blandy-2024'], label: 'create (spawn) a thread (Rust std)' },
  taskSpawn: { sources: ['blandy-2024', 'tokio-blog-2019'], label: 'spawn an async task' },
  threadStackReserved: { sources: ['rust-std-thread'], label: 'stack reserved for a Rust std thread' },
  threadStackResident: { sources: ['bendersky-2018', 'blandy-2024'], label: 'stack pages actually resident for an idle thread' },
  kernelStack: { sources: ['linux-docs-kernel-stacks'], label: 'kernel stack per thread (x86-64)' },
  taskBytes: { sources: ['blandy-2024', 'tokio-tutorial-spawning'], label: 'memory per waiting async task (about 0.4 KiB measured)' },
  timeSlice: { sources: ['linux-sched-fair'], label: 'a Linux time slice on a machine with 8 or more CPUs (about 3 ms)' },
  timeSliceSmall: { sources: ['linux-sched-fair'], label: 'Linux base slice (0.75 ms)' },
  ssdRead: { sources: ['dean-norvig-latency'], label: 'random 4 KiB read from an SSD' },
  datacenterRoundTrip: { sources: ['dean-norvig-latency'], label: 'round trip within a datacenter' },
  tokioBudget: { sources: ['tokio-coop'], label: "Tokio's cooperative budget per poll" },
  pidMax: { sources: ['linux-threads-h'], label: 'Linux kernel.pid_max default' },
  maxMapCount: { sources: ['linux-mm-h', 'blandy-2024', 'fedora-max-map-count'], label: 'Linux vm.max_map_count, the kernel’s default (many distributions raise it)' },
  threadsMax32GiB: { sources: ['linux-docs-sysctl-kernel', 'blandy-2024'], label: 'Linux kernel.threads-max on a 32 GiB machine (about)' },
  laptopThreads: { sources: ['blandy-2024'], label: 'threads one laptop could hold' },
  laptopTasks: { sources: ['blandy-2024'], label: 'async tasks the same laptop could hold' },
  c10k: { sources: ['kegel-c10k'], label: 'the C10K problem: 10,000 clients at once (1999)' },
};
