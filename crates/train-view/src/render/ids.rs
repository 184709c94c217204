//! Element ids of the view (in `www/index.html`, section `#train`, and the view's markup,
//! `body.html`).

/// The section.
pub const SECTION: &str = "train";
/// The panel's content (the page shows it once this module has mounted).
pub const BODY: &str = "train-body";
/// Dataset select.
pub const DATASET: &str = "train-dataset";
/// Design select.
pub const DESIGN: &str = "train-design";
/// β input.
pub const BETA: &str = "train-beta";
/// Learning-rate input.
pub const LR: &str = "train-lr";
/// Batch-size input.
pub const BATCH: &str = "train-batch";
/// Seed input.
pub const SEED: &str = "train-seed";
/// Train.
pub const START: &str = "train-start";
/// Pause.
pub const PAUSE: &str = "train-pause";
/// Step.
pub const STEP: &str = "train-step";
/// Reset.
pub const RESET: &str = "train-reset";
/// Download bundle.
pub const DOWNLOAD: &str = "train-download";
/// Class map (on request).
pub const MAP: &str = "train-map";
/// How the class map is painted (select).
pub const MAP_BY: &str = "train-map-by";
/// The class map's line (how it was painted, or the worker's progress).
pub const MAP_NOTE: &str = "train-map-note";
/// The status line.
pub const STATUS: &str = "train-status";
/// The error line.
pub const ERROR: &str = "train-error";
/// The codes' plot (canvas).
pub const PLOT: &str = "train-plot";
/// The plot's axis line.
pub const AXES: &str = "train-axes";
/// The plot's legend (class names with their colours).
pub const LEGEND: &str = "train-legend";
/// The loss curves (canvas).
pub const LOSS: &str = "train-loss";
/// The decode under the pointer (28 × 28 canvas).
pub const DECODED: &str = "train-decoded";
/// Its z.
pub const Z: &str = "train-z";
/// Its caption (which step's weights, while replaying).
pub const ORIGIN_Z: &str = "train-origin-z";
/// The decode at the origin (28 × 28 canvas).
pub const ORIGIN: &str = "train-origin";
/// A setting the worker would not use, the last download, a failed job.
pub const NOTICE: &str = "train-notice";
/// The view's live region (phase changes, for screen readers).
pub const SAY: &str = "train-say";
/// The replay's row (shown once the run has two snapshots).
pub const REPLAY_ROW: &str = "train-replay-row";
/// The replay slider (one position per kept snapshot).
pub const REPLAY: &str = "train-replay";
/// "Play the run" / "Stop".
pub const REPLAY_PLAY: &str = "train-replay-play";
/// "Live" (back to the current model; does nothing when live).
pub const REPLAY_LIVE: &str = "train-replay-live";
/// What the plot shows (live, or which step).
pub const REPLAY_NOTE: &str = "train-replay-note";
/// The `<style>` element the view adds to the page's head.
pub const STYLE: &str = "train-view-style";
/// Every element of the view's markup (`body.html`) with an id.
pub const IN_BODY: [&str; 31] = [
    SAY,
    DATASET,
    DESIGN,
    BETA,
    LR,
    BATCH,
    SEED,
    START,
    PAUSE,
    STEP,
    RESET,
    MAP,
    MAP_BY,
    DOWNLOAD,
    STATUS,
    ERROR,
    MAP_NOTE,
    NOTICE,
    REPLAY_ROW,
    REPLAY_PLAY,
    REPLAY,
    REPLAY_LIVE,
    REPLAY_NOTE,
    PLOT,
    AXES,
    LEGEND,
    LOSS,
    DECODED,
    Z,
    ORIGIN,
    ORIGIN_Z,
];
