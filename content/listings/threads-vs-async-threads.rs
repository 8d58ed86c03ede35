//! Thread per task: three tasks that each compute a little, wait for a
//! reply, and compute a little more. Each gets its own OS thread.
use std::thread;
use std::time::Duration;

/// Some CPU work: the sum 1 + 2 + ... + n.
fn compute(n: u64) -> u64 {
    (1..=n).sum()
}

/// One task. `sleep` stands in for waiting on the network: the thread
/// blocks, and the scheduler gives its core to another thread meanwhile.
fn task(request: u64, wait_ms: u64) -> u64 {
    let sent = compute(request);
    thread::sleep(Duration::from_millis(wait_ms));
    let reply = sent % 1_000;
    reply + compute(10)
}

fn main() {
    let tasks = [("A", 100, 30), ("B", 200, 10), ("C", 300, 20)];

    // One thread per task. All three wait at the same time, so the whole
    // run takes about as long as the longest wait, not the sum of them.
    let mut handles = Vec::new();
    for (name, request, wait_ms) in tasks {
        handles.push((name, thread::spawn(move || task(request, wait_ms))));
    }

    // Joining in spawn order keeps the output the same on every run.
    for (name, handle) in handles {
        let result = handle.join().expect("a task thread panicked");
        println!("task {}: result {}", name, result);
    }
    println!("{} tasks done, one thread each", tasks.len());
}
