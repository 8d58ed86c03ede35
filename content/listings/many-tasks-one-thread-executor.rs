//! A tiny executor: one thread, a run queue, and wakers that put
//! tasks back in it.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

type RunQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;

/// A task: a name, the future the executor polls, and the run queue
/// it goes back to when it is woken.
struct Task {
    name: &'static str,
    future: Mutex<Pin<Box<dyn Future<Output = ()> + Send>>>,
    queue: RunQueue,
}

/// Its waker: waking a task puts it at the back of the run queue.
impl Wake for Task {
    fn wake(self: Arc<Self>) {
        self.queue.clone().lock().unwrap().push_back(self);
    }
}

/// Not ready the first time it is polled: it wakes its own task
/// (as if its I/O were done at once), then returns Pending.
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
        YieldNow(false).await; // an await point: the thread goes back
    }
    print!("done");
}

fn main() {
    let queue: RunQueue = Arc::new(Mutex::new(VecDeque::new()));
    for (name, steps) in [("A", 2), ("B", 3), ("C", 1)] {
        let future = Mutex::new(Box::pin(work(steps)) as _);
        let task = Task {
            name,
            future,
            queue: queue.clone(),
        };
        queue.lock().unwrap().push_back(Arc::new(task));
    }
    // The executor's loop: poll the head of the run queue, until no
    // task is left. (A real one would sleep until the reactor woke one.)
    loop {
        // The queue is unlocked again before the poll: wakers need it.
        let next = queue.lock().unwrap().pop_front();
        let task = match next {
            Some(task) => task,
            None => break,
        };
        let waker = Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);
        print!("poll {}: ", task.name);
        let mut future = task.future.lock().unwrap();
        let result = match future.as_mut().poll(&mut cx) {
            Poll::Pending => "Pending", // its waker has queued it again
            Poll::Ready(()) => "Ready", // done: nothing queues it again
        };
        let waiting = queue.lock().unwrap();
        let names: Vec<_> = waiting.iter().map(|t| t.name).collect();
        println!(" -> {result}, run queue: [{}]", names.join(" "));
    }
}
