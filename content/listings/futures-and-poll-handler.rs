//! A future written by hand, an async fn with two awaits, and a tiny
//! executor, printing every poll and every wake.
//!
//! The reactor here models completion-style I/O, as io_uring (Linux) or
//! IOCP (Windows) do: it is handed the whole operation, does it, and
//! stores the result for the future. Tokio on Linux works by readiness
//! instead, with epoll: its reactor only learns that a socket can be
//! read, and wakes the task; the future's next poll does the read itself
//! and, if the read would still block, stores the waker again and returns
//! Pending. The executor's side is the same in both: a poll that returns
//! Pending leaves a waker behind, and a wake puts the task back in the
//! run queue.
use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// What an I/O future shares with the reactor: the result, once it is
/// in, and the waker to call then.
struct Shared {
    result: Option<String>,
    waker: Option<Waker>,
}

type Job = (Arc<Mutex<Shared>>, &'static str, u64);

/// The reactor: a thread that completes the I/O it is handed, stores
/// the result and calls the waker the pending future left behind. It
/// stops when every sender of jobs is gone.
fn start_reactor() -> (Sender<Job>, JoinHandle<()>) {
    let (tx, rx) = channel::<Job>();
    let reactor = thread::spawn(move || {
        let mut called = Vec::new(); // for the tests: see the end of the file
        for (shared, what, micros) in rx {
            thread::sleep(Duration::from_micros(micros)); // the I/O takes time
            let mut s = shared.lock().unwrap();
            s.result = Some(format!("{} result", what));
            let waker = s.waker.take().expect("a pending future left a waker");
            drop(s);
            println!("reactor: {} is done, calls waker.wake()", what);
            waker.wake_by_ref();
            called.push(waker);
        }
        wake_again_for_tests(called);
    });
    (tx, reactor)
}

/// A future by hand: one I/O operation. Until the result is in, every
/// poll stores the waker it was given and returns Pending; the first one
/// then hands the work to the reactor. (Dropping an Io does not cancel
/// the work: the reactor does it all the same, as io_uring would.)
struct Io {
    what: &'static str,
    micros: u64,
    shared: Arc<Mutex<Shared>>,
    reactor: Option<Sender<Job>>, // taken when the I/O is started
}

impl Future for Io {
    type Output = String;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<String> {
        let mut shared = self.shared.lock().unwrap();
        if let Some(result) = shared.result.take() {
            println!("    {}: Ready", self.what);
            return Poll::Ready(result);
        }
        // Stored before the work is handed over: the reactor may be done,
        // and look for the waker, before this poll even returns.
        shared.waker = Some(cx.waker().clone());
        drop(shared);
        println!("    {}: not ready, waker stored, Pending", self.what);
        if let Some(reactor) = self.reactor.take() {
            reactor.send((self.shared.clone(), self.what, self.micros)).unwrap();
        }
        Poll::Pending
    }
}

fn io(reactor: &Sender<Job>, what: &'static str, micros: u64, ready: bool) -> Io {
    // A ready operation (an answer from a cache, say) has its result already.
    let result = if ready { Some(format!("{} result", what)) } else { None };
    let shared = Arc::new(Mutex::new(Shared { result, waker: None }));
    Io { what, micros, shared, reactor: Some(reactor.clone()) }
}

/// The handler of the diagram: two await points.
async fn handle(reactor: Sender<Job>, answer_ready: bool) -> String {
    println!("  handle: starts at the top");
    let req = io(&reactor, "read_request", 100, false).await; // await 1
    println!("  handle: past await 1 with {:?}", req);
    let rows = io(&reactor, "query", 500, answer_ready).await; // await 2
    println!("  handle: past await 2 with {:?}", rows);
    format!("page from {}", rows)
}

/// The run queue: wake() sends the task's name down this channel. Two
/// wakes before a poll would mean one extra poll, which is allowed: Io
/// then stores the waker again and returns Pending.
struct TaskWaker {
    name: &'static str,
    queue: Mutex<Option<Sender<&'static str>>>, // None once the task is done
}
impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        // A late wake, after the task is done, finds no queue: it does
        // nothing, and the finished future is never polled again.
        if let Some(queue) = self.queue.lock().unwrap().as_ref() {
            println!("  wake: {} goes back in the run queue", self.name);
            queue.send(self.name).unwrap(); // block_on still receives
        }
    }
}

/// A one-task executor: take the task from the run queue (sleeping
/// while it is empty), poll it, and repeat until it is Ready.
fn block_on<F: Future>(name: &'static str, future: F) -> F::Output {
    let mut future = Box::pin(future);
    let (queue, run_queue) = channel();
    queue.send(name).unwrap(); // a new task starts in the run queue
    let task = Arc::new(TaskWaker { name, queue: Mutex::new(Some(queue)) });
    let waker = Waker::from(task.clone());
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        run_queue.recv().unwrap();
        polls += 1;
        println!("executor: poll #{} of {}", polls, name);
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            println!("executor: {} is Ready after {} polls", name, polls);
            *task.queue.lock().unwrap() = None; // later wakes do nothing
            return out;
        }
    }
}

fn main() {
    let (reactor, reactor_thread) = start_reactor();
    for answer_ready in [false, true] {
        let how = if answer_ready { "already there" } else { "not there yet" };
        println!("--- the database answer is {} ---", how);
        let reply = block_on("handle", handle(reactor.clone(), answer_ready));
        println!("reply: {}", reply);
    }
    drop(reactor); // no more jobs: the reactor stops,
    reactor_thread.join().unwrap(); // and any panic there fails the run
}

// ---------------------------------------------------------------------
// For the course's tests only, not part of the lesson. A waker may be
// called more than once, from any thread, at any time, even after its
// task is done. With LISTING_DUPLICATE_WAKE set, the reactor calls every
// waker once more when it stops, after every task is done: the executor
// must ignore those wakes. (A second call right after the first is
// allowed too, but this executor would poll once more for it, and print
// so or not depending on timing.) Each extra wake is reported on stderr.
fn wake_again_for_tests(wakers: Vec<Waker>) {
    if std::env::var_os("LISTING_DUPLICATE_WAKE").is_none() {
        return;
    }
    for waker in wakers {
        waker.wake();
        eprintln!("extra wake");
    }
}
