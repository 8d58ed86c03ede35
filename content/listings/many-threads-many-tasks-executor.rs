//! A tiny multi-threaded executor: worker threads that share one run queue.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;

const WORKERS: usize = 4;
const TASKS: usize = 8;
const AWAITS: usize = 3; // each task gives its worker back 3 times

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

/// An await point that gives the worker back: the first poll wakes
/// its own task and returns Pending; the next one returns Ready.
struct YieldNow(bool);
impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        wake(cx.waker());
        Poll::Pending
    }
}

/// Calls a waker. A waker may be called more than once, from any thread:
/// with LISTING_DUPLICATE_WAKE set (the course's tests set it), this one
/// is called twice from another thread, and the output must not change.
fn wake(waker: &Waker) {
    if std::env::var_os("LISTING_DUPLICATE_WAKE").is_some() {
        let waker = waker.clone();
        let other_thread = thread::spawn(move || {
            waker.wake_by_ref();
            waker.wake_by_ref();
        });
        other_thread.join().unwrap();
    } else {
        waker.wake_by_ref();
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
static RESULTS: Mutex<[u64; TASKS]> = Mutex::new([0; TASKS]);

/// A task: four pieces of work, with an await point between two pieces.
async fn task_body(id: usize) {
    let mut x = id as u64 + 1;
    for piece in 0..=AWAITS {
        x = crunch(x, 1_000_000);
        if piece < AWAITS {
            YieldNow(false).await;
        }
    }
    RESULTS.lock().unwrap()[id] = x % 1000;
}

/// One worker thread: take the head of the run queue, poll it, repeat.
/// Returns the ids of the tasks it polled, one entry per poll.
fn worker(me: usize, shared: Arc<Shared>, verbose: bool) -> Vec<usize> {
    let mut polled = Vec::new();
    loop {
        let task = {
            let mut state = shared.state.lock().unwrap();
            loop {
                if let Some(task) = state.run_queue.pop_front() {
                    break task;
                }
                if state.unfinished == 0 {
                    return polled;
                }
                state = shared.ready.wait(state).unwrap(); // sleep until woken
            }
        };
        *task.status.lock().unwrap() = Status::Running;
        polled.push(task.id);
        if verbose {
            println!("worker {} polls task {}", me, task.id);
        }
        // Only this worker may poll the task now, and the last one let go
        // of the lock before the task could be queued again: it is free.
        let mut slot = task.future.try_lock().expect("one worker per task");
        let future = slot.as_mut().expect("a queued task is not done");
        let waker = Waker::from(task.clone());
        if future.as_mut().poll(&mut Context::from_waker(&waker)).is_ready() {
            *slot = None; // drop the finished future
            *task.status.lock().unwrap() = Status::Done;
            let mut state = shared.state.lock().unwrap();
            state.unfinished -= 1;
            if state.unfinished == 0 {
                shared.ready.notify_all(); // let idle workers exit
            }
            continue;
        }
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
    let mut polls = vec![0; TASKS]; // polls per task, from every worker
    for handle in workers {
        for id in handle.join().unwrap() {
            polls[id] += 1;
        }
    }
    println!("{} tasks on {} worker threads, one shared run queue", TASKS, WORKERS);
    let results = RESULTS.lock().unwrap();
    for (id, n) in polls.iter().enumerate() {
        println!("task {}: polled {} times, done, result {}", id, n, results[id]);
    }
    println!("{} polls in all", polls.iter().sum::<usize>());
}
