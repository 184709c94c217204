//! The fused ops' element-wise work split over rayon's thread pool.
//!
//! A split only decides which thread computes which output elements (pieces of an
//! element-wise op, rows of a per-row sum, columns of a column sum): each element is computed
//! with the same arithmetic in the same order at any thread count, so the results are the same
//! to the bit with one thread or several (the ops' tests check it at 1 and 2 threads).
//!
//! With one thread in the pool (`RAYON_NUM_THREADS=1`), for work below [`MIN_PER_PIECE`]
//! elements, and always on wasm32 (the browser's training worker has no threads), nothing is
//! split: the op runs on the calling thread as one piece, and rayon is not called.

use rayon::prelude::*;

/// Fewest elements in one piece of an element-wise op (≈ 10–20 µs of work): below it, handing a
/// piece to another thread costs about what it saves.
pub(crate) const MIN_PER_PIECE: usize = 16 * 1024;

/// Threads in the calling thread's rayon pool; 1 on wasm32.
pub(crate) fn threads() -> usize {
    if cfg!(target_family = "wasm") {
        1
    } else {
        rayon::current_num_threads()
    }
}

/// The length of the pieces that `len` items are cut into, each at least `min` items long,
/// or `None` for one piece on the calling thread (one thread, or fewer than `2 · min` items).
/// Up to four pieces per thread, so that a thread that starts late finds its share taken by the
/// others instead of holding them up.
pub(crate) fn piece_len(len: usize, min: usize) -> Option<usize> {
    let t = threads();
    let min = min.max(1);
    (t > 1 && len >= 2 * min).then(|| len.div_ceil(4 * t).max(min))
}

/// Calls `f(piece, offset)` on consecutive pieces of `out` (`offset`: the piece's first index in
/// `out`), on the pool's threads when [`piece_len`]`(out.len() / unit, min)` splits, else once
/// on all of `out`. Pieces are whole multiples of `unit` items (a row length, for per-row work).
pub(crate) fn for_pieces<T: Send>(
    out: &mut [T],
    unit: usize,
    min: usize,
    f: impl Fn(&mut [T], usize) + Sync + Send,
) {
    let unit = unit.max(1);
    match piece_len(out.len() / unit, min.div_ceil(unit)) {
        Some(p) => out
            .par_chunks_mut(p * unit)
            .enumerate()
            .for_each(|(i, piece)| f(piece, i * p * unit)),
        None => f(out, 0),
    }
}

/// Runs `a` and `b`, on two threads when the pool has more than one.
pub(crate) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if threads() > 1 {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs `f` in a rayon pool of `n` threads.
    pub(crate) fn with_threads<R: Send>(n: usize, f: impl FnOnce() -> R + Send) -> R {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
            .install(f)
    }

    #[test]
    fn pieces_cover_the_slice_once_in_whole_units() {
        for threads in [1, 2, 3] {
            for (len, unit, min) in [
                (0, 1, 4),
                (7, 1, 4),
                (100_000, 1, 16_384),
                (784 * 37, 784, 1000),
            ] {
                let mut seen = vec![0u32; len];
                let offsets = std::sync::Mutex::new(Vec::new());
                with_threads(threads, || {
                    for_pieces(&mut seen, unit, min, |piece, at| {
                        assert_eq!(at % unit, 0);
                        offsets.lock().unwrap().push((at, piece.len()));
                        for s in piece.iter_mut() {
                            *s += 1;
                        }
                    })
                });
                assert!(seen.iter().all(|&s| s == 1), "{threads} threads, {len}");
                let mut o = offsets.into_inner().unwrap();
                o.sort();
                let split = threads > 1 && len / unit >= 2 * min.div_ceil(unit);
                assert_eq!(o.len() > 1, split, "{threads} threads, {len} items: {o:?}");
                for w in o.windows(2) {
                    assert_eq!(w[0].0 + w[0].1, w[1].0);
                    assert_eq!(w[0].1 % unit, 0);
                }
            }
        }
    }

    #[test]
    fn join_returns_both_results_at_any_thread_count() {
        for threads in [1, 2] {
            let (a, b) = with_threads(threads, || join(|| 6 * 7, || "b"));
            assert_eq!((a, b), (42, "b"));
        }
    }
}
