//! A future written by hand, an async fn with two awaits, and a tiny
//! executor, printing every poll and every wake.
use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

/// What an I/O future shares with the reactor: the result, once it is
/// in, and the waker to call then.
struct Shared {
    result: Option<String>,
    waker: Option<Waker>,
}

type Job = (Arc<Mutex<Shared>>, &'static str, u64);

/// The reactor: a thread that completes the I/O it is handed, stores
/// the result and calls the waker the pending future left behind.
fn start_reactor() -> Sender<Job> {
    let (tx, rx) = channel::<Job>();
    thread::spawn(move || {
        for (shared, what, micros) in rx {
            thread::sleep(Duration::from_micros(micros)); // the I/O takes time
            let mut s = shared.lock().unwrap();
            s.result = Some(format!("{} result", what));
            let waker = s.waker.take().expect("a pending future left a waker");
            drop(s);
            println!("reactor: {} is done, calls waker.wake()", what);
            waker.wake();
        }
    });
    tx
}

/// A future by hand: one I/O operation. Its first poll hands the work
/// to the reactor; until the result is in, every poll stores the waker
/// it was given and returns Pending.
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
        shared.waker = Some(cx.waker().clone()); // so someone can wake us
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

/// The run queue: wake() sends the task's name down this channel.
struct TaskWaker(&'static str, Mutex<Sender<&'static str>>);
impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        println!("  wake: {} goes back in the run queue", self.0);
        self.1.lock().unwrap().send(self.0).unwrap();
    }
}

/// A one-task executor: take the task from the run queue (sleeping
/// while it is empty), poll it, and repeat until it is Ready.
fn block_on<F: Future>(name: &'static str, future: F) -> F::Output {
    let mut future = Box::pin(future);
    let (queue, run_queue) = channel();
    queue.send(name).unwrap(); // a new task starts in the run queue
    let waker = Waker::from(Arc::new(TaskWaker(name, Mutex::new(queue))));
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        run_queue.recv().unwrap();
        polls += 1;
        println!("executor: poll #{} of {}", polls, name);
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            println!("executor: {} is Ready after {} polls", name, polls);
            return out;
        }
    }
}

fn main() {
    for answer_ready in [false, true] {
        let how = if answer_ready { "already there" } else { "not there yet" };
        println!("--- the database answer is {} ---", how);
        let reply = block_on("handle", handle(start_reactor(), answer_ready));
        println!("reply: {}", reply);
    }
}
