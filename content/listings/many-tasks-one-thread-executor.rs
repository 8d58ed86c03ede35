//! A tiny executor: one thread, a run queue, and wakers that put tasks back in it.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

type BoxFuture = Pin<Box<dyn Future<Output = ()> + Send>>;
type RunQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;

/// A task: a name, the future the executor polls, and the run queue it rejoins.
struct Task {
    name: &'static str,
    future: Mutex<Option<BoxFuture>>,
    queue: RunQueue,
}

/// Its waker: waking a task puts it at the back of the run queue.
impl Wake for Task {
    fn wake(self: Arc<Self>) {
        self.queue.clone().lock().unwrap().push_back(self);
    }
}

/// Not ready the first time it is polled: it wakes its own task, then returns Pending.
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

async fn work(steps: u32) {
    for step in 1..=steps {
        print!("step {step}");
        YieldNow(false).await; // an await point: here the task gives the thread back
    }
    print!("done");
}

fn main() {
    let queue: RunQueue = Arc::new(Mutex::new(VecDeque::new()));
    for (name, steps) in [("A", 2), ("B", 3), ("C", 1)] {
        let future: BoxFuture = Box::pin(work(steps));
        let task = Task { name, future: Mutex::new(Some(future)), queue: queue.clone() };
        queue.lock().unwrap().push_back(Arc::new(task));
    }
    // The executor's loop: take the head of the run queue and poll it, until none is left.
    // (A real executor would sleep here until the reactor woke a task.)
    loop {
        let next = queue.lock().unwrap().pop_front(); // unlocked again before the poll
        let task = match next {
            Some(task) => task,
            None => break,
        };
        let waker = Waker::from(task.clone());
        let mut slot = task.future.lock().unwrap();
        let mut future = slot.take().unwrap();
        print!("poll {}: ", task.name);
        let pending = future.as_mut().poll(&mut Context::from_waker(&waker)).is_pending();
        if pending {
            *slot = Some(future); // keep it: its waker has already queued the task again
        }
        let result = if pending { "Pending" } else { "Ready" };
        let ready: Vec<_> = queue.lock().unwrap().iter().map(|t| t.name).collect();
        println!(" -> {result}, run queue: [{}]", ready.join(" "));
    }
}
