//! One thread per task: start an OS thread for each task,
//! then wait for all of them to finish.
use std::thread;

/// The work of one task: count the prime numbers below `limit`.
/// It only computes, so while it runs it keeps one core busy.
fn count_primes(limit: u64) -> usize {
    (2..limit).filter(|&n| is_prime(n)).count()
}

fn is_prime(n: u64) -> bool {
    (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let tasks = [("A", 10_000), ("B", 20_000), ("C", 30_000), ("D", 40_000)];

    // Spawn: ask the OS for a new thread per task. Each one starts
    // running at once; from here on the scheduler decides which of
    // them is on a core, and when.
    let mut handles = Vec::new();
    for (name, limit) in tasks {
        let handle = thread::spawn(move || count_primes(limit));
        handles.push((name, limit, handle));
    }

    // Join: wait for each thread to finish and take the value its
    // closure returned. Joining in spawn order keeps the printout the
    // same on every run, however the threads took turns on the cores.
    for (name, limit, handle) in handles {
        let primes = handle.join().expect("a task thread panicked");
        println!("task {}: {} primes below {}", name, primes, limit);
    }
    println!("all {} tasks done", tasks.len());
}
