//! The same three tasks as `async fn`s, run by a tiny executor on ONE
//! thread. Waits use a virtual clock, so every run prints the same.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

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

fn main() {
    let mut tasks: Vec<Pin<Box<dyn Future<Output = u64>>>> = vec![
        Box::pin(task("A", 100, 30)),
        Box::pin(task("B", 200, 10)),
        Box::pin(task("C", 300, 20)),
    ];
    let mut results = vec![0; tasks.len()];
    // Spawn: each task starts in the run queue, ready to be polled.
    for id in 0..tasks.len() {
        Arc::new(Requeue(id)).wake();
    }
    loop {
        let next = RUN_QUEUE.with(|queue| queue.borrow_mut().pop_front());
        if let Some(id) = next {
            // Poll it, with a waker that can put it back in the run queue.
            let waker = Waker::from(Arc::new(Requeue(id)));
            let mut cx = Context::from_waker(&waker);
            if let Poll::Ready(result) = tasks[id].as_mut().poll(&mut cx) {
                results[id] = result;
            }
        } else if let Some((at, waker)) = next_timer() {
            // Nothing to run: move the clock on to the next wake-up.
            NOW.with(|now| now.set(at));
            waker.wake();
        } else {
            break; // nothing to run and nothing to wait for: all done
        }
    }
    for (name, result) in ["A", "B", "C"].iter().zip(results) {
        println!("task {name}: result {result}");
    }
    println!("3 tasks done on 1 thread, at {} ms of virtual time", now());
}

thread_local! {
    static RUN_QUEUE: RefCell<VecDeque<usize>> = RefCell::default();
    static TIMERS: RefCell<Vec<(u64, Waker)>> = RefCell::default();
    static NOW: Cell<u64> = Cell::new(0);
}

/// The waker of task `.0`: waking it puts the task back in the run queue.
struct Requeue(usize);
impl Wake for Requeue {
    fn wake(self: Arc<Self>) {
        RUN_QUEUE.with(|queue| queue.borrow_mut().push_back(self.0));
    }
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
