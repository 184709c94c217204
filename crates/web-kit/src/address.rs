//! Address keys shared by the page and the training view.

/// The address keys of the training view's limits, for tests and demos, in the order of
/// [`train_limits`]: `train_steps=<n>` (train until `n` optimiser steps) and
/// `train_limit=<n>` (train on the subset's first `n` images). The page keeps them in the
/// address; the training view reads them.
pub const TRAIN_KEYS: [&str; 2] = ["train_steps", "train_limit"];

/// The steps of the lesson "How the map is made", as the address names them
/// (`lesson=<step>`), in order: the page reads them, the lesson's module shows them.
pub const LESSON_STEPS: [&str; 9] = [
    "encode", "bounds", "meshgrid", "decode", "classify", "dims", "sparse", "similar", "epochs",
];

/// The value of a training limit: a whole number from 1 (`None`: not one).
pub fn train_limit_value(v: &str) -> Option<usize> {
    v.parse().ok().filter(|&n| n > 0)
}

/// The training limits in an address query (with or without its `?`), in the order of
/// [`TRAIN_KEYS`]; other keys and unreadable values are ignored.
pub fn train_limits(query: &str) -> [Option<usize>; 2] {
    let mut out = [None; 2];
    for pair in query.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if let Some(i) = TRAIN_KEYS.iter().position(|&key| key == k) {
            out[i] = train_limit_value(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_limits_are_whole_numbers_from_one() {
        assert_eq!(
            train_limits("?train_steps=40&x=1&train_limit=500"),
            [Some(40), Some(500)]
        );
        assert_eq!(train_limits("train_steps=0&train_limit=-3"), [None, None]);
        assert_eq!(train_limits("train_limit=2.5&train_steps"), [None, None]);
        assert_eq!(train_limit_value("7"), Some(7));
    }
}
