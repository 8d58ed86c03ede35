//! A tiny executor on one thread, and a task that keeps the thread.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;

/// A pretend clock in µs that tasks move forward as they work,
/// so that every run prints the same.
static CLOCK: AtomicU64 = AtomicU64::new(0);

/// The run queue holds the ids of tasks ready to be polled;
/// a waker puts its task back in it.
type RunQueue = Arc<Mutex<VecDeque<usize>>>;
struct TaskWaker(usize, RunQueue);
impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        let mut queue = self.1.lock().unwrap();
        // A waker may be called twice: a task is queued at most once.
        // (A real executor keeps a flag per task rather than search.)
        if !queue.contains(&self.0) {
            queue.push_back(self.0);
        }
    }
}

/// An await point that gives the thread back: the first poll wakes
/// its own task and returns Pending; the next one returns Ready.
struct YieldNow(bool);
impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

async fn greedy(yield_points: bool) {
    for piece in 1..=5 {
        let now = CLOCK.fetch_add(1000, SeqCst) + 1000; // computing
        println!("{:>5} µs  G has done piece {} of 5", now, piece);
        if yield_points {
            YieldNow(false).await;
        }
    }
}

async fn request(name: &'static str) {
    let now = CLOCK.fetch_add(10, SeqCst);
    println!("{:>5} µs  {} is polled for the first time", now, name);
}

type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

/// The executor: poll the task at the head of the run queue until the
/// queue is empty. `tasks` holds each task's future, None once it is done.
fn run(mut tasks: Vec<Option<BoxFuture>>) {
    let queue: RunQueue = Arc::new(Mutex::new((0..tasks.len()).collect()));
    loop {
        // Unlock before polling: the waker locks the queue.
        let next = queue.lock().unwrap().pop_front();
        let id = match next {
            Some(id) => id,
            None => break,
        };
        // A late wake can queue a task that is done: skip it, since a
        // finished future must not be polled again.
        if let Some(future) = tasks[id].as_mut() {
            let waker = Waker::from(Arc::new(TaskWaker(id, queue.clone())));
            if future.as_mut().poll(&mut Context::from_waker(&waker)).is_ready() {
                tasks[id] = None; // done: drop its future
            }
            wake_again_for_tests(&waker);
        }
    }
}

fn main() {
    for yield_points in [false, true] {
        CLOCK.store(0, SeqCst);
        let what = if yield_points { "with" } else { "without" };
        println!("G {} yield points:", what);
        run(vec![
            Some(Box::pin(greedy(yield_points))),
            Some(Box::pin(request("R1"))),
            Some(Box::pin(request("R2"))),
        ]);
    }
}

// ---------------------------------------------------------------------
// For the course's tests only, not part of the lesson. A waker may be
// called more than once, from any thread, at any time, even after its
// task is done. With LISTING_DUPLICATE_WAKE set, each poll's waker is
// called again from another thread: right after the poll, and after
// every later poll, when its task is in the queue or done. The output
// must not change. Each extra wake is reported on stderr.
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
