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
    // In the run queue already, or done: a wake has nothing to do then.
    // An AtomicBool: a bool that any thread may read and set, no lock.
    queued: AtomicBool,
    future: Mutex<Option<BoxFuture>>, // None once the task is done
    queue: RunQueue,
}

/// Its waker: waking a task puts it at the back of the run queue.
/// A waker may be called more than once, even after its task is done:
/// a task in the queue already is not queued again, so it is polled
/// once, not twice, and a task that is done is never queued again.
impl Wake for Task {
    fn wake(self: Arc<Self>) {
        // swap sets the flag and returns what it was, in one step: of two
        // wakes at the same time, only one finds it false.
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
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

async fn work(steps: u32) {
    for step in 1..=steps {
        print!("step {}", step);
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
            // Done already (woken during its last poll, say): a finished
            // future must never be polled again.
            None => continue,
        };
        let waker = Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);
        print!("poll {}: ", task.name);
        let result = match future.as_mut().poll(&mut cx) {
            Poll::Pending => "Pending", // YieldNow woke it: it is queued again
            Poll::Ready(()) => {
                *slot = None; // drop the finished future,
                task.queued.store(true, SeqCst); // and let no wake queue it again
                "Ready"
            }
        };
        wake_again_for_tests(&waker);
        let waiting = queue.lock().unwrap();
        let names: Vec<_> = waiting.iter().map(|t| t.name).collect();
        println!(" -> {}, run queue: [{}]", result, names.join(" "));
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
