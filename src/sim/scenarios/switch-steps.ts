/**
 * Lesson 3's step-by-step story, "switch-step-by-step": one context switch on one core, from
 * thread A to thread B, cut into the steps the diagram shows (save, pick, restore).
 *
 * Pure data, the same on every call. The register values are made up but shaped like real
 * x86-64 user-space values: code addresses of one program, two thread stacks about 2 MiB apart,
 * flags words with the interrupt flag set. The model is simplified on purpose, and the diagram
 * says so: on x86-64 Linux a thread's user registers are pushed onto its own kernel stack when it
 * enters the kernel, and the switch itself keeps a few more registers there and the stack pointer
 * in the thread's task structure. Here all of that is drawn as one box, "A's saved state".
 */
import type { TaskState } from '../trace.ts';

/** Why A leaves the core: its time slice ends (it is preempted), or it blocks on I/O. */
export type SwitchReason = 'slice' | 'block';
export const SWITCH_REASONS: readonly SwitchReason[] = ['slice', 'block'];

/** The threads of the story: A runs, B and C wait in the run queue. */
export type ThreadName = 'A' | 'B' | 'C';
export const THREADS: readonly ThreadName[] = ['A', 'B', 'C'];

/** A register the diagram shows, with what it is for in a few words. */
export interface Register {
  readonly name: string;
  readonly role: string;
}

/** The registers shown: a few of each kind a real core has, in the order the tables list them. */
export const REGISTERS: readonly Register[] = [
  { name: 'RIP', role: 'instruction pointer: where the thread is in its code' },
  { name: 'RSP', role: 'stack pointer: the top of the thread’s stack' },
  { name: 'RAX', role: 'general register' },
  { name: 'RBX', role: 'general register' },
  { name: 'RCX', role: 'general register' },
  { name: 'RFLAGS', role: 'flags: the outcome of the last comparison, and more' },
  { name: 'XMM0', role: 'a floating-point and vector register' },
];

/** One value per entry of REGISTERS, as the diagram prints it. */
export type RegisterValues = readonly string[];

/** What each thread's registers hold when it is stopped. */
export const VALUES: Readonly<Record<'A' | 'B', RegisterValues>> = {
  A: ['0x5581e2a41b2f', '0x7f3a9c5fe8b0', '0x2a', '0x7f3a9c5fe9d0', '0x3', '0x246', '3.14'],
  B: ['0x5581e2a43d08', '0x7f3a9c3fd7c8', '0x0', '0x1f4', '0x7f3a9c3fd8a0', '0x202', '0.5'],
};

export type StepId = 'a-runs' | 'enter-kernel' | 'save-a' | 'a-leaves' | 'pick-b' | 'restore-b' | 'b-runs';

export interface SwitchStep {
  readonly id: StepId;
  /** A few words for the list of steps. */
  readonly title: string;
  /** What happens in this step and why, in one sentence. */
  readonly narration: string;
  /** Whose code the core is running. */
  readonly running: 'A' | 'B' | 'kernel';
  /** The values in the core's registers; null while the kernel's own code is using them. */
  readonly core: RegisterValues | null;
  /** Each switching thread's saved state in the kernel; null while it holds nothing current. */
  readonly saved: { readonly A: RegisterValues | null; readonly B: RegisterValues | null };
  /** Registers being copied in this step: out of the core into A's saved state, or from B's into the core. */
  readonly copy: 'save' | 'restore' | null;
  /** The run queue after this step, head first. */
  readonly queue: readonly ThreadName[];
  readonly states: Readonly<Record<ThreadName, TaskState>>;
  /** The thread the scheduler has chosen to run next, once it has. */
  readonly picked: ThreadName | null;
}

/** The words that differ between the two reasons. */
const WHY = {
  slice: {
    enterTitle: 'Timer interrupt',
    enter:
      'A’s time slice is up: a timer interrupt stops A between two instructions and hands the core to the kernel.',
    leaveTitle: 'A to the queue',
    leave: 'A has not finished, it has only used up its slice, so it is ready and joins the back of the run queue.',
    aState: 'ready',
    queueAfter: ['B', 'C', 'A'],
  },
  block: {
    enterTitle: 'System call',
    enter:
      'A calls read() for data that has not arrived yet: the system call hands the core to the kernel, which finds nothing to read.',
    leaveTitle: 'A blocked',
    leave: 'A cannot go on until its data arrives, so it is blocked: it waits outside the run queue, not in it.',
    aState: 'blocked',
    queueAfter: ['B', 'C'],
  },
} as const satisfies Record<SwitchReason, unknown>;

/** The seven steps of one switch from A to B, for the given reason. Each step says what differs. */
export function switchSteps(reason: SwitchReason): readonly SwitchStep[] {
  const why = WHY[reason];
  const { A, B } = VALUES;
  const afterPick = why.queueAfter.filter((t) => t !== 'B');
  const aLeft = { A: why.aState, B: 'ready', C: 'ready' } as const;
  // Up to the save: A's values are in the core, and the queue is as it was.
  const before = {
    running: 'kernel',
    core: A,
    saved: { A: null, B },
    copy: null,
    queue: ['B', 'C'],
    states: { A: 'running', B: 'ready', C: 'ready' },
    picked: null,
  } as const;
  // After the save: the kernel has the registers, and A has left.
  const after = {
    running: 'kernel',
    core: null,
    saved: { A, B },
    copy: null,
    queue: afterPick,
    states: aLeft,
    picked: 'B',
  } as const;
  return [
    {
      ...before,
      id: 'a-runs',
      title: 'A runs',
      narration:
        'A is running on core 0, so the core’s registers hold A’s values, while B and C wait in the run queue with their values saved in the kernel.',
      running: 'A',
    },
    { ...before, id: 'enter-kernel', title: why.enterTitle, narration: why.enter },
    {
      ...before,
      id: 'save-a',
      title: 'Save A',
      narration:
        'Before using the registers for its own work, the kernel copies them into A’s saved state: where A is in its code (RIP), its stack pointer (RSP), its general registers, its flags and its floating-point and vector registers.',
      saved: { A, B },
      copy: 'save',
    },
    { ...after, id: 'a-leaves', title: why.leaveTitle, narration: why.leave, queue: why.queueAfter, picked: null },
    {
      ...after,
      id: 'pick-b',
      title: 'Pick B',
      narration:
        'The scheduler picks the thread to run next: in this course’s model, the one at the head of the run queue, B.',
    },
    {
      ...after,
      id: 'restore-b',
      title: 'Restore B',
      narration:
        'The kernel copies B’s saved values into the core’s registers, the same ones it saved when B last left a core.',
      core: B,
      copy: 'restore',
    },
    {
      ...after,
      id: 'b-runs',
      title: 'B runs',
      narration:
        'The core leaves the kernel and carries on at B’s saved instruction pointer: B continues exactly where it stopped, as if it had never been away.',
      running: 'B',
      core: B,
      saved: { A, B: null },
      states: { ...aLeft, B: 'running' },
      picked: null,
    },
  ];
}
