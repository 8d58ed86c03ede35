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
    println!("{:>2} ms  {name} sends a request, awaits the reply", now());
    // An await point: the thread serves other tasks until the wait ends.
    wait(wait_ms).await;
    println!("{:>2} ms  {name} is polled again, handles the reply", now());
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
            wake(waker);
        } else {
            break; // nothing to run and nothing to wait for: all done
        }
    }
    for (name, result) in ["A", "B", "C"].iter().zip(results) {
        println!("task {name}: result {result}");
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

/// Calls a timer's waker. A waker may be called more than once, from
/// any thread: with LISTING_DUPLICATE_WAKE set (the course's tests set
/// it), this one is called twice from another thread, and the output
/// must not change.
fn wake(waker: Waker) {
    if std::env::var_os("LISTING_DUPLICATE_WAKE").is_some() {
        let other_thread = thread::spawn(move || {
            waker.wake_by_ref();
            waker.wake();
        });
        other_thread.join().unwrap();
    } else {
        waker.wake();
    }
}

// The timers and the clock belong to the executor's one thread, which
// is the only one that polls, and so the only one that sets timers.
thread_local! {
    static TIMERS: RefCell<Vec<(u64, Waker)>> = RefCell::default();
    static NOW: Cell<u64> = Cell::new(0);
}

/// A future that is ready once the virtual clock reaches its time.
struct Wait(u64);
fn wait(ms: u64) -> Wait {
    Wait(now() + ms)
}
impl Future for Wait {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if now() >= self.0 {
            return Poll::Ready(());
        }
        let timer = (self.0, cx.waker().clone());
        TIMERS.with(|timers| timers.borrow_mut().push(timer));
        Poll::Pending
    }
}

/// The earliest timer, taken off the list (the first one set, on a tie).
fn next_timer() -> Option<(u64, Waker)> {
    TIMERS.with(|timers| {
        let mut timers = timers.borrow_mut();
        let first = (0..timers.len()).min_by_key(|&i| timers[i].0)?;
        Some(timers.remove(first))
    })
}

fn now() -> u64 {
    NOW.with(|now| now.get())
}
