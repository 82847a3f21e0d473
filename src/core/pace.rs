//! Long loops over a reader's file (parsing, indexing 100,000 rows) are written once, as async
//! functions that call `pace(done)` every `PACE_EVERY` items. In the browser `pace` yields to the
//! event loop (the page stays responsive and can show progress); natively and for the bundled
//! data `pace` is a ready future and `now` runs the function to completion at once.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Items between two calls of `pace`.
pub const PACE_EVERY: usize = 2_000;

/// What a pace returns: a boxed future, so the long loops are compiled once, not once per kind
/// of pace (the WASM size would pay for every copy).
pub type Tick = std::pin::Pin<Box<dyn Future<Output = ()>>>;

/// The pace a loop is given: called with the items done so far.
pub type Pace<'a> = &'a mut dyn FnMut(usize) -> Tick;

/// A pace that never waits.
pub fn no_wait(_: usize) -> Tick {
    Box::pin(std::future::ready(()))
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
