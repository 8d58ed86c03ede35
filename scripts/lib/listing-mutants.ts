/**
 * Broken copies of the executor listings ("mutants") for scripts/check-listings.ts.
 * Each one is a single find-and-replace in one listing that puts in a bug the
 * duplicate-wake run exists to catch, or, for a probe, proves that the run
 * reaches a branch. The checker builds every mutant in a temporary directory,
 * runs it with LISTING_DUPLICATE_WAKE=1, and fails if any of them passes: that
 * is how the check shows it can fail, and it keeps doing so as listings change.
 * If a listing changes so that a `find` no longer occurs exactly once, the
 * checker fails and asks for this table to be updated.
 *
 * Left out because no run could catch them, the program doing the same thing
 * either way:
 * - when-cooperation and threads-vs-async-async without their `contains`
 *   check: a task queued twice is polled once, and its second entry is
 *   skipped as finished (YieldNow is ready on any later poll, and a Wait is
 *   awaited once), so only the wasted turns of the loop differ.
 * - many-tasks with `None => continue` made a panic: its waker no longer
 *   queues a finished task, so that arm is only reached by a wake from another
 *   thread during a task's last poll, which nothing in this program does.
 * - many-threads without its Notified branch: the wake it loses is found by the
 *   normal run (the program hangs) when a read completes while its task is still
 *   being polled, which depends on the machine's load; in the duplicate-wake run
 *   a later extra wake rescues the task.
 */
export interface Mutant {
  /** The listing's file name in content/listings/. */
  readonly listing: string;
  /** What the change breaks, or for a probe what it proves, in a few words. */
  readonly name: string;
  /** Text that occurs exactly once in the listing. */
  readonly find: string;
  readonly replace: string;
}

export const mutants: readonly Mutant[] = [
  {
    listing: 'many-tasks-one-thread-executor.rs',
    name: 'queues a task that is in the queue already',
    find: 'if !self.queued.swap(true, SeqCst) {',
    replace: 'if !self.queued.swap(true, SeqCst) || true {',
  },
  {
    listing: 'many-tasks-one-thread-executor.rs',
    name: 'lets a late wake queue a finished task',
    find: 'task.queued.store(true, SeqCst); // and let no wake queue it again',
    replace: '',
  },
  {
    listing: 'when-cooperation-breaks-executor.rs',
    name: 'takes a finished task from the queue as a live one',
    find: 'if let Some(future) = tasks[id].as_mut() {',
    replace: '{ let future = tasks[id].as_mut().expect("polled a finished task");',
  },
  {
    listing: 'threads-vs-async-async.rs',
    name: 'takes a finished task from the queue as a live one',
    find: 'None => continue,',
    replace: 'None => panic!("polled a finished task"),',
  },
  {
    listing: 'futures-and-poll-handler.rs',
    name: 'lets a wake after Ready queue the task again',
    find: '*task.queue.lock().unwrap() = None; // later wakes do nothing',
    replace: '',
  },
  {
    listing: 'many-threads-many-tasks-executor.rs',
    name: 'queues a task woken while it is being polled, so a second worker can poll it',
    find: 'Status::Running => *status = Status::Notified,',
    replace: 'Status::Running => { *status = Status::Scheduled; drop(status); self.shared.clone().schedule(self); }',
  },
  {
    listing: 'many-threads-many-tasks-executor.rs',
    name: 'leaves a finished task Idle, so a late wake queues it',
    find: '*task.status.lock().unwrap() = Status::Done;',
    replace: '*task.status.lock().unwrap() = Status::Idle;',
  },
  {
    listing: 'many-threads-many-tasks-executor.rs',
    name: 'queues an idle task without marking it Scheduled, so a second wake queues it twice',
    find: 'Status::Idle => {\n                *status = Status::Scheduled;\n',
    replace: 'Status::Idle => {\n',
  },
  {
    listing: 'many-threads-many-tasks-executor.rs',
    name: 'probe: a wake finds a task Idle',
    find: 'Status::Idle => {\n',
    replace: 'Status::Idle => {\n panic!("probe: a wake found its task Idle");\n',
  },
  {
    listing: 'many-threads-many-tasks-executor.rs',
    name: 'probe: a wake finds a task Done',
    find: 'Status::Scheduled | Status::Notified | Status::Done => {}',
    replace:
      'Status::Done => panic!("probe: a wake found its task Done"),\n Status::Scheduled | Status::Notified => {}',
  },
];

/** The listing's source with the mutant's change made; throws unless `find` occurs exactly once. */
export function applyMutant(source: string, mutant: Mutant): string {
  const at = source.indexOf(mutant.find);
  if (at === -1 || source.indexOf(mutant.find, at + 1) !== -1) {
    const how = at === -1 ? 'does not occur' : 'occurs more than once';
    throw new Error(
      `mutant "${mutant.name}": its find text ${how} in ${mutant.listing}; update scripts/lib/listing-mutants.ts`,
    );
  }
  return source.slice(0, at) + mutant.replace + source.slice(at + mutant.find.length);
}
