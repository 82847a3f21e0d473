//! Long loops over a reader's file (parsing, indexing 100,000 rows) are written once, as async
//! functions that call `pace(done)` every `PACE_EVERY` items. In the browser `pace` yields to the
//! event loop (the page stays responsive and can show progress); natively and for the bundled
//! data `pace` is a ready future and `now` runs the function to completion at once.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Items between two calls of `pace`.
pub const PACE_EVERY: usize = 2_000;

/// A pace that never waits.
pub fn no_wait(_: usize) -> std::future::Ready<()> {
    std::future::ready(())
}

/// Runs a future whose every await is immediately ready (one built with `no_wait`).
pub fn now<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        // With `no_wait` the first poll completes; the loop only guards against misuse.
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
