//! Ping-pong: two threads hand a number back and forth over channels.
//! Each thread spends most of its time waiting in recv() for the other,
//! mostly blocked: then the hand-off wakes it, and the kernel has to
//! switch it back onto a core before it can answer. (Not every time:
//! recv spins for a moment before it blocks, and the number may already
//! be there.)
use std::sync::mpsc;
use std::thread;

const ROUNDS: u64 = 100_000;

fn main() {
    let (to_pong, pong_inbox) = mpsc::channel::<u64>();
    let (to_ping, ping_inbox) = mpsc::channel::<u64>();

    // Pong: wait for a number, send back one more. The loop ends when
    // ping drops its sender and the channel closes.
    let pong = thread::spawn(move || {
        let mut answered = 0;
        for value in pong_inbox {
            to_ping.send(value + 1).expect("ping has gone");
            answered += 1;
        }
        answered
    });

    // Ping (the main thread): send a number, block until pong answers,
    // add one, and go again. Both threads add 1 per round.
    let mut value = 0;
    for _ in 0..ROUNDS {
        to_pong.send(value).expect("pong has gone");
        value = ping_inbox.recv().expect("pong has gone") + 1;
    }
    drop(to_pong);
    let answered = pong.join().expect("pong panicked");

    println!("rounds: {}", ROUNDS);
    println!("hand-offs: {} (ping to pong and back, each round)", 2 * ROUNDS);
    println!("pong answered: {}", answered);
    println!("final value: {}", value);
}
