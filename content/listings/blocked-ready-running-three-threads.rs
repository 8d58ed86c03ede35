//! Three threads leave the core in three different ways. A blocks in
//! `sleep`, which stands in for a file read; B blocks in `recv`, waiting
//! for a reply; C never blocks: it computes in chunks and yields between them.
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let (reply_tx, reply_rx) = mpsc::channel::<u32>();

    // A: a sleep is not I/O, but the scheduler treats it the same way:
    // A is blocked, off the core, until its 150 µs are up.
    let a = thread::spawn(|| {
        let asked = Instant::now();
        thread::sleep(Duration::from_micros(150)); // blocked
        asked.elapsed() >= Duration::from_micros(150) // running again
    });

    // B: recv() blocks until a message arrives on the channel.
    let b = thread::spawn(move || {
        let reply = reply_rx.recv().expect("the sender hung up"); // blocked
        reply + 1 // running again
    });

    // C: four chunks of work; between two chunks it offers the core
    // to any ready thread, and carries on at once if there is none.
    let c = thread::spawn(|| {
        let mut primes = 0;
        for chunk in 0..4u64 {
            let range = chunk * 10_000..(chunk + 1) * 10_000;
            primes += range.filter(|&n| is_prime(n)).count(); // running
            if chunk < 3 {
                thread::yield_now(); // ready: to the back of the run queue (a hint)
            }
        }
        primes
    });

    // main plays the other machine: it answers B after about 500 µs.
    thread::sleep(Duration::from_micros(500));
    reply_tx.send(41).expect("B hung up"); // B: blocked -> ready

    // join() blocks main until that thread is done, then hands back its result.
    println!("A: slept at least 150 µs: {}", a.join().unwrap());
    println!("B: got the reply 41, returned {}", b.join().unwrap());
    println!("C: {} primes below 40,000, in 4 chunks", c.join().unwrap());
}
