//! The run's history for the replay: a ring of at most [`MAX_SNAPSHOTS`] reports, thinned
//! evenly as the run grows (every other one dropped when full), of which at most
//! [`MAX_DECODERS`] keep their decoder.

use latent_core::latent_map::Bounds;
use std::rc::Rc;

/// Most snapshots kept for the replay: when full, every other one is dropped, so the kept ones
/// are evenly spaced over the whole run (and the latest is always kept).
pub const MAX_SNAPSHOTS: usize = 240;

/// Most snapshots that keep their decoder (≈ 0.7 MB of f32 weights each), evenly spaced in the
/// same way; the others are decoded, when replayed, with the nearest earlier snapshot that has
/// one.
pub const MAX_DECODERS: usize = 24;

/// One report of the run, kept for the replay.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The report's number in the run (0, 1, 2, …; set by [`History::push`]).
    pub n: usize,
    /// Optimiser steps.
    pub steps: usize,
    /// Passes over the training subset.
    pub epochs: f64,
    /// Test objective, nats/image.
    pub test_loss: f64,
    /// Codes μ of the held-out test images, latent units.
    pub codes: Vec<[f32; 2]>,
    /// The plot's bounds for these codes ([`super::plot_bounds`]).
    pub bounds: Option<Bounds>,
    /// The decoder at this step (kept for at most [`MAX_DECODERS`] snapshots).
    pub decoder: Option<Rc<latent_kernels::Mlp>>,
}

/// The run's snapshots for the replay: the reports whose number is a multiple of a stride
/// that doubles whenever more than [`MAX_SNAPSHOTS`] would be kept (likewise, with its own
/// stride, for the decoders), plus the latest report.
#[derive(Debug, Clone, Default)]
pub struct History {
    snaps: Vec<Snapshot>,
    reports: usize,
    stride: usize,
    decoder_stride: usize,
}

impl History {
    /// The kept snapshots, oldest first.
    pub fn snaps(&self) -> &[Snapshot] {
        &self.snaps
    }

    /// Forgets the run.
    pub fn clear(&mut self) {
        *self = History::default();
    }

    /// Adds a report (its `n` is set here); one at the same step as the latest (a report
    /// after a pause) replaces it.
    pub fn push(&mut self, mut s: Snapshot) {
        let (mut stride, mut dstride) = (self.stride.max(1), self.decoder_stride.max(1));
        if let Some(last) = self.snaps.last_mut() {
            if last.steps == s.steps {
                s.n = last.n;
                *last = s;
                return;
            }
            // the latest was kept for being the latest only
            if last.n % dstride != 0 {
                last.decoder = None;
            }
            if last.n % stride != 0 {
                self.snaps.pop();
            }
        }
        s.n = self.reports;
        self.reports += 1;
        self.snaps.push(s);
        let last = self.reports - 1;
        while self.snaps.len() > MAX_SNAPSHOTS {
            stride *= 2;
            self.snaps.retain(|x| x.n % stride == 0 || x.n == last);
        }
        while self.snaps.iter().filter(|x| x.decoder.is_some()).count() > MAX_DECODERS {
            dstride *= 2;
            for x in &mut self.snaps {
                if x.n % dstride != 0 && x.n != last {
                    x.decoder = None;
                }
            }
        }
        (self.stride, self.decoder_stride) = (stride, dstride);
    }

    /// The index of the last kept snapshot at or before `steps`.
    pub fn at_or_before(&self, steps: usize) -> Option<usize> {
        self.snaps.iter().rposition(|x| x.steps <= steps)
    }
}
