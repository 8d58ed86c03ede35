//! The same three tasks as `async fn`s, run by a tiny executor on ONE
//! thread. Waits use a virtual clock, so every run prints the same.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;

fn compute(n: u64) -> u64 {
    (1..=n).sum()
}

async fn task(name: &str, request: u64, wait_ms: u64) -> u64 {
    let sent = compute(request);
    println!("{:>2} ms  {} sends a request, awaits the reply", now(), name);
    // An await point: the thread serves other tasks until the wait ends.
    wait(wait_ms).await;
    println!("{:>2} ms  {} is polled again, handles the reply", now(), name);
    sent % 1_000 + compute(10)
}

type Task = Pin<Box<dyn Future<Output = u64>>>;

fn main() {
    // Each task's future, or None once it is done.
    let mut tasks: Vec<Option<Task>> = vec![
        Some(Box::pin(task("A", 100, 30))),
        Some(Box::pin(task("B", 200, 10))),
        Some(Box::pin(task("C", 300, 20))),
    ];
    let mut results = vec![0; tasks.len()];
    // Spawn: each task starts in the run queue, ready to be polled.
    let run_queue: RunQueue = Arc::new(Mutex::new((0..tasks.len()).collect()));
    loop {
        let next = run_queue.lock().unwrap().pop_front();
        if let Some(id) = next {
            // A late wake may queue a task that is done: a finished
            // future must not be polled again, so skip it.
            let future = match tasks[id].as_mut() {
                Some(future) => future,
                None => continue,
            };
            // Poll it, with a waker that can put it back in the run queue.
            let waker = Waker::from(Arc::new(Requeue(id, run_queue.clone())));
            let mut cx = Context::from_waker(&waker);
            if let Poll::Ready(result) = future.as_mut().poll(&mut cx) {
                results[id] = result;
                tasks[id] = None;
            }
        } else if let Some((at, waker)) = next_timer() {
            // Nothing to run: move the clock on to the next wake-up.
            NOW.with(|now| now.set(at));
            waker.wake_by_ref();
            wake_again_for_tests(&waker);
        } else {
            break; // nothing to run and nothing to wait for: all done
        }
    }
    for (name, result) in ["A", "B", "C"].iter().zip(results) {
        println!("task {}: result {}", name, result);
    }
    println!("3 tasks done on 1 thread, at {} ms of virtual time", now());
}

/// The run queue: ids of the tasks ready to be polled. A waker can be
/// sent to and called from any thread, so the queue is shared (Arc and
/// Mutex), not kept in a thread-local the other threads cannot see.
type RunQueue = Arc<Mutex<VecDeque<usize>>>;

/// The waker of task `.0`: waking it puts the task back in the run queue.
struct Requeue(usize, RunQueue);
impl Wake for Requeue {
    fn wake(self: Arc<Self>) {
        let mut queue = self.1.lock().unwrap();
        // A waker may be called twice: a task is queued at most once.
        if !queue.contains(&self.0) {
            queue.push_back(self.0);
        }
    }
}

// The timers and the clock belong to the executor's one thread, which
// is the only one that polls, and so the only one that sets timers.
// A timer is a time and the waker to call then; None once it is gone.
thread_local! {
    static TIMERS: RefCell<Vec<Option<(u64, Waker)>>> = RefCell::default();
    static NOW: Cell<u64> = Cell::new(0);
}

/// A future that is ready once the virtual clock reaches its time.
struct Wait {
    at: u64,
    timer: Option<usize>, // its timer in TIMERS, once it has set one
}
fn wait(ms: u64) -> Wait {
    Wait { at: now() + ms, timer: None }
}
impl Future for Wait {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if now() >= self.at {
            return Poll::Ready(());
        }
        // One timer per Wait: a repeat poll gives it the newer waker,
        // rather than setting a second timer.
        let timer = Some((self.at, cx.waker().clone()));
        TIMERS.with(|timers| {
            let mut timers = timers.borrow_mut();
            match self.timer {
                Some(i) => timers[i] = timer,
                None => {
                    self.timer = Some(timers.len());
                    timers.push(timer);
                }
            }
        });
        Poll::Pending
    }
}
impl Drop for Wait {
    // A Wait dropped before its time (a task cancelled) takes its timer away.
    fn drop(&mut self) {
        if let Some(i) = self.timer {
            TIMERS.with(|timers| timers.borrow_mut()[i] = None);
        }
    }
}

/// The earliest timer, taken off the list (the first one set, on a tie).
fn next_timer() -> Option<(u64, Waker)> {
    TIMERS.with(|timers| {
        let mut timers = timers.borrow_mut();
        let (_, first) = timers
            .iter()
            .enumerate()
            .filter_map(|(i, timer)| Some((timer.as_ref()?.0, i)))
            .min()?;
        timers[first].take()
    })
}

fn now() -> u64 {
    NOW.with(|now| now.get())
}

// ---------------------------------------------------------------------
// For the course's tests only, not part of the lesson. A waker may be
// called more than once, from any thread, at any time, even after its
// task is done. With LISTING_DUPLICATE_WAKE set, each waker passed here
// is called again from another thread: at once, and at every later
// call, when its task may be in the queue or done. The output must not
// change. Each extra wake is reported on stderr.
fn wake_again_for_tests(waker: &Waker) {
    static WAKERS: Mutex<Vec<Waker>> = Mutex::new(Vec::new());
    if std::env::var_os("LISTING_DUPLICATE_WAKE").is_none() {
        return;
    }
    let wakers = {
        let mut all = WAKERS.lock().unwrap();
        all.push(waker.clone());
        all.clone()
    };
    let other_thread = thread::spawn(move || {
        for waker in wakers {
            waker.wake();
            eprintln!("extra wake");
        }
    });
    other_thread.join().unwrap();
}
