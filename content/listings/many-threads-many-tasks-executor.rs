//! A tiny multi-threaded executor: worker threads that share one run queue.
use std::collections::VecDeque;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

const WORKERS: usize = 4;
const TASKS: usize = 8;
const READS: usize = 3; // each task waits for 3 reads, between 4 pieces of work

type BoxFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// What the workers share: the run queue, and how many tasks are not done.
struct Shared {
    state: Mutex<State>,
    ready: Condvar, // signalled when a task joins the queue, or all are done
}
struct State {
    run_queue: VecDeque<Arc<Task>>,
    unfinished: usize,
}

struct Task {
    id: usize,
    status: Mutex<Status>,
    future: Mutex<Option<BoxFuture>>, // None once the task is done
    shared: Arc<Shared>,
}

/// Where a task is. Only the worker that moved it to Running polls it,
/// so two workers never poll the same task at once.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,      // waiting for a wake
    Scheduled, // in the run queue
    Running,   // being polled by a worker
    Notified,  // woken while being polled: to be queued again after the poll
    Done,      // finished: wakes do nothing
}

impl Shared {
    /// Put a task at the back of the run queue, and wake a worker.
    fn schedule(&self, task: Arc<Task>) {
        self.state.lock().unwrap().run_queue.push_back(task);
        self.ready.notify_one();
    }
}

/// The waker. A waker may be called more than once, from any thread,
/// even while its task is being polled: its status decides what a wake does.
impl Wake for Task {
    fn wake(self: Arc<Self>) {
        let mut status = self.status.lock().unwrap();
        match *status {
            Status::Idle => {
                *status = Status::Scheduled;
                drop(status);
                self.shared.clone().schedule(self);
            }
            // Not queued now: the worker polling it queues it after the
            // poll, so no other worker picks it up in the meantime.
            Status::Running => *status = Status::Notified,
            // Already going to be polled, or finished.
            Status::Scheduled | Status::Notified | Status::Done => {}
        }
    }
}

/// A read that another thread does, as the reactor would for real I/O.
/// The first poll starts it; until it is done, each poll leaves its
/// waker and returns Pending. Meanwhile the task is idle, and its
/// worker polls other tasks.
struct Read {
    started: bool,
    shared: Arc<Mutex<ReadState>>,
}
#[derive(Default)]
struct ReadState {
    done: bool,
    waker: Option<Waker>, // from the latest poll: the one to call
}

fn read() -> Read {
    Read { started: false, shared: Arc::default() }
}

impl Future for Read {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.shared.lock().unwrap();
        if state.done {
            return Poll::Ready(());
        }
        state.waker = Some(cx.waker().clone());
        drop(state);
        if !self.started {
            self.started = true;
            let shared = self.shared.clone();
            // One thread per read keeps this short; a runtime has one
            // reactor thread for all of them.
            thread::spawn(move || {
                thread::sleep(Duration::from_millis(1)); // the read takes 1 ms
                let mut state = shared.lock().unwrap();
                state.done = true;
                let waker = state.waker.take().expect("a pending read left a waker");
                drop(state);
                waker.wake_by_ref(); // the task is idle by now, as a rule: this queues it
                wake_again_for_tests(waker);
            });
        }
        Poll::Pending
    }
}

/// Some real CPU work: steps of a xorshift random number generator.
fn crunch(mut x: u64, steps: u32) -> u64 {
    for _ in 0..steps {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}

/// Each task's result, written when the task is done.
static RESULTS: Mutex<[Option<u64>; TASKS]> = Mutex::new([None; TASKS]);

/// A task: four pieces of work, with a read to wait for between two pieces.
async fn task_body(id: usize) {
    let mut x = id as u64 + 1;
    for piece in 0..=READS {
        x = crunch(x, 1_000_000);
        if piece < READS {
            read().await; // an await point: the worker goes on to other tasks
        }
    }
    RESULTS.lock().unwrap()[id] = Some(x % 1000);
}

/// One worker thread: take the head of the run queue, poll it, repeat.
fn worker(me: usize, shared: Arc<Shared>, verbose: bool) {
    loop {
        let task = {
            let mut state = shared.state.lock().unwrap();
            loop {
                if let Some(task) = state.run_queue.pop_front() {
                    break task;
                }
                if state.unfinished == 0 {
                    return;
                }
                state = shared.ready.wait(state).unwrap(); // sleep until woken
            }
        };
        *task.status.lock().unwrap() = Status::Running;
        if verbose {
            println!("worker {} polls task {}", me, task.id);
        }
        // Only this worker may poll the task now, and the last one let go
        // of the lock before the task could be queued again: it is free.
        let mut slot = task.future.try_lock().expect("one worker per task");
        let future = slot.as_mut().expect("a queued task is not done");
        let waker = Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);
        // A panic ends its task, not the worker: catch it, and count the
        // task as done. (Tokio does too, and hands the panic to whoever
        // awaits the task, as a JoinError.)
        let poll = catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(&mut cx)));
        if let Ok(Poll::Pending) = poll {
            drop(slot);
            // Pending: if it was woken during the poll, queue it now.
            let mut status = task.status.lock().unwrap();
            if *status == Status::Notified {
                *status = Status::Scheduled;
                drop(status);
                shared.schedule(task);
            } else {
                *status = Status::Idle; // its waker will queue it
            }
            continue;
        }
        *slot = None; // drop the finished future
        *task.status.lock().unwrap() = Status::Done;
        let mut state = shared.state.lock().unwrap();
        state.unfinished -= 1;
        if state.unfinished == 0 {
            shared.ready.notify_all(); // let idle workers exit
        }
    }
}

fn main() {
    // Which worker polls which task changes from run to run:
    // print it only when asked, with --verbose.
    let verbose = std::env::args().any(|a| a == "--verbose");
    let shared = Arc::new(Shared {
        state: Mutex::new(State { run_queue: VecDeque::new(), unfinished: TASKS }),
        ready: Condvar::new(),
    });
    for id in 0..TASKS {
        let future: BoxFuture = Box::pin(task_body(id));
        let task = Task {
            id,
            status: Mutex::new(Status::Scheduled),
            future: Mutex::new(Some(future)),
            shared: shared.clone(),
        };
        shared.state.lock().unwrap().run_queue.push_back(Arc::new(task));
    }
    let workers: Vec<_> = (0..WORKERS)
        .map(|me| {
            let shared = shared.clone();
            thread::spawn(move || worker(me, shared, verbose))
        })
        .collect();
    for handle in workers {
        handle.join().unwrap();
    }
    println!("{} tasks on {} worker threads, one shared run queue", TASKS, WORKERS);
    for (id, result) in RESULTS.lock().unwrap().iter().enumerate() {
        match result {
            Some(result) => println!("task {}: done, result {}", id, result),
            None => println!("task {}: panicked, no result", id),
        }
    }
}

// ---------------------------------------------------------------------
// For the course's tests only, not part of the lesson. A waker may be
// called more than once, from any thread, at any time, even after its
// task is done. With LISTING_DUPLICATE_WAKE set, each wake is repeated
// at once, then 1, 4 and 10 ms later from another thread, when the task
// may be queued, running, idle at its next read, or done. The output
// must not change. Each extra wake is reported on stderr.
fn wake_again_for_tests(waker: Waker) {
    if std::env::var_os("LISTING_DUPLICATE_WAKE").is_none() {
        return;
    }
    extra_wake(&waker);
    thread::spawn(move || {
        for ms in [1, 3, 6] {
            thread::sleep(Duration::from_millis(ms));
            extra_wake(&waker);
        }
    });
}

fn extra_wake(waker: &Waker) {
    waker.wake_by_ref();
    eprintln!("extra wake");
}
