//! A thousand tasks, a thread each, all alive at the same time.
//! Each thread gets a smaller stack than std's 2 MiB default,
//! waits a little (a stand-in for I/O) and returns a value.
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

const TASKS: usize = 1_000;
/// Address space reserved for each thread's stack. Only the pages
/// a thread really touches become memory; this is the reservation.
const STACK: usize = 64 * 1024;
/// What a std thread reserves when nobody says otherwise.
const STD_DEFAULT: usize = 2 * 1024 * 1024;

fn main() {
    // Every thread waits here until all 1,000 exist: the program only
    // gets past it if the OS lets them all live at once.
    let all_started = Arc::new(Barrier::new(TASKS));

    let mut handles = Vec::with_capacity(TASKS);
    for id in 0..TASKS {
        let all_started = Arc::clone(&all_started);
        let handle = thread::Builder::new()
            .name(format!("task-{}", id))
            .stack_size(STACK)
            .spawn(move || {
                all_started.wait();
                // Blocked, like a thread waiting for a reply.
                thread::sleep(Duration::from_millis(20));
                id * 2
            })
            .expect("the OS refused to start another thread");
        handles.push(handle);
    }

    // Join in spawn order, so the sum and the printout never change.
    let mut sum = 0;
    for handle in handles {
        sum += handle.join().expect("a task thread panicked");
    }

    let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    println!("{} threads were alive at once", TASKS);
    println!("their results add up to {}", sum);
    println!("stack reserved per thread: {} KiB", STACK / 1024);
    println!("all stacks: {} MiB reserved", mib(TASKS * STACK));
    println!("with std's default: {} MiB", mib(TASKS * STD_DEFAULT));
}
