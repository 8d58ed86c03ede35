//! A tiny executor: one thread, a run queue, and wakers that put
//! tasks back in it.
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;

type RunQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;
type BoxFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// A task: a name, the future the executor polls, and the run queue
/// it goes back to when it is woken.
struct Task {
    name: &'static str,
    queued: AtomicBool,               // in the run queue already?
    future: Mutex<Option<BoxFuture>>, // None once the task is done
    queue: RunQueue,
}

/// Its waker: waking a task puts it at the back of the run queue.
/// A waker may be called more than once: a task already in the queue
/// is not queued again, so it is polled once, not twice.
impl Wake for Task {
    fn wake(self: Arc<Self>) {
        if !self.queued.swap(true, SeqCst) {
            self.queue.clone().lock().unwrap().push_back(self);
        }
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
        let future = Mutex::new(Some(Box::pin(work(steps)) as _));
        let task = Task {
            name,
            queued: AtomicBool::new(true),
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
        task.queued.store(false, SeqCst); // from here on, a wake queues it again
        let mut slot = task.future.lock().unwrap();
        let future = match slot.as_mut() {
            Some(future) => future,
            None => continue, // done already: never poll a finished future
        };
        let waker = Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);
        print!("poll {}: ", task.name);
        let result = match future.as_mut().poll(&mut cx) {
            Poll::Pending => "Pending", // its waker has queued it again
            Poll::Ready(()) => {
                *slot = None; // drop the finished future
                "Ready"
            }
        };
        let waiting = queue.lock().unwrap();
        let names: Vec<_> = waiting.iter().map(|t| t.name).collect();
        println!(" -> {result}, run queue: [{}]", names.join(" "));
    }
}
