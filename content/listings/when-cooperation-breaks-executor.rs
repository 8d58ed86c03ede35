//! A tiny executor on one thread, and a task that keeps the thread.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake};

/// A pretend clock in µs that tasks move forward as they work,
/// so that every run prints the same.
static CLOCK: AtomicU64 = AtomicU64::new(0);

/// The run queue holds the ids of tasks ready to be polled;
/// a waker puts its task back in it.
type RunQueue = Arc<Mutex<VecDeque<usize>>>;
struct TaskWaker(usize, RunQueue);
impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.1.lock().unwrap().push_back(self.0);
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

type Task = Pin<Box<dyn Future<Output = ()>>>;

/// The executor: poll the task at the head of the run queue
/// until the queue is empty.
fn run(mut tasks: Vec<Task>) {
    let queue: RunQueue = Arc::new(Mutex::new((0..tasks.len()).collect()));
    let next = || queue.lock().unwrap().pop_front(); // unlocks at once
    while let Some(id) = next() {
        let waker = Arc::new(TaskWaker(id, queue.clone())).into();
        let _ = tasks[id].as_mut().poll(&mut Context::from_waker(&waker));
    }
}

fn main() {
    for yield_points in [false, true] {
        CLOCK.store(0, SeqCst);
        let what = if yield_points { "with" } else { "without" };
        println!("G {} yield points:", what);
        run(vec![
            Box::pin(greedy(yield_points)),
            Box::pin(request("R1")),
            Box::pin(request("R2")),
        ]);
    }
}
