//! The element ids of `www/index.html`: every id the page's code uses is written here,
//! once.
// (the hands-on views' own ids are used only by the build with them: feature `tools`)
#![cfg_attr(not(feature = "tools"), allow(dead_code))]

/// The class of the static elements the site build writes for the first paint (ticks,
/// labels; `first_paint.rs`), until the page replaces them or takes them as its own.
pub const FIRST_PAINT_CLASS: &str = "first-paint";
/// The class map canvas (one pixel per cell), focusable, takes pointer and keys.
pub const MAP: &str = "map";
/// The canvas over the map with the cursor marker.
pub const OVERLAY: &str = "map-overlay";
/// The canvas over the map with the encoded test points.
pub const POINTS: &str = "map-points";
/// The box around the map canvases.
pub const MAP_BOX: &str = "map-box";
/// The map with its axes.
pub const MAP_FRAME: &str = "map-frame";
/// Class names written inside their regions.
pub const MAP_LABELS: &str = "map-labels";
/// The default model's class map as a picture, written by the site build (`crates/site`):
/// shown from the first paint until the map canvas is painted, then removed.
pub const MAP_PICTURE: &str = "map-picture";
/// The zoom buttons and note under the map.
pub const ZOOM_BAR: &str = "zoom-bar";
/// Zoom in (around the cursor).
pub const ZOOM_IN: &str = "zoom-in";
/// Zoom out (around the cursor).
pub const ZOOM_OUT: &str = "zoom-out";
/// Back to the whole map.
pub const ZOOM_RESET: &str = "zoom-reset";
/// The zoom factor (`4×`).
pub const ZOOM_LEVEL: &str = "zoom-level";
/// What the magnified map is.
pub const ZOOM_NOTE: &str = "zoom-note";
/// Tick labels along z₁ and z₂.
pub const AXIS_Z1: &str = "axis-z1";
/// Tick labels along z₂.
pub const AXIS_Z2: &str = "axis-z2";
/// The legend list.
pub const LEGEND: &str = "legend";
/// The 28 × 28 decoded image.
pub const DECODED: &str = "decoded";
/// Readouts beside the decoded image.
pub const Z_READOUT: &str = "z-readout";
/// The map class under the cursor.
pub const MAP_CLASS: &str = "map-class";
/// The map confidence under the cursor.
pub const MAP_CONFIDENCE: &str = "map-confidence";
/// The decode time readout.
pub const DECODE_TIME: &str = "decode-time";
/// Which decoder drew the image.
pub const DECODER_NOTE: &str = "decoder-note";
/// The screen-reader live region.
pub const ANNOUNCE: &str = "announce";
/// The page-level error (no model on screen).
pub const ERROR: &str = "error";
/// Retry button of the page-level error.
pub const RETRY: &str = "retry";
/// The paragraph holding it (shown when the error can be retried).
pub const ERROR_ACTIONS: &str = "error-actions";
/// The loading line of the first view.
pub const STATUS: &str = "status";
/// Notices about the address (values ignored or clamped).
pub const NOTICE: &str = "notice";
/// Dataset and model switchers.
pub const TOOLBAR: &str = "toolbar";
/// Dataset switcher's paragraph.
pub const DATASET_PICKER: &str = "dataset-picker";
/// Dataset switcher.
pub const DATASET_SELECT: &str = "dataset-select";
/// The compared model's panel, title, map, overlay, decoded image, readout and error line.
pub const COMPARE_PANEL: &str = "compare-panel";
/// See [`COMPARE_PANEL`].
pub const COMPARE_TITLE: &str = "compare-title";
/// See [`COMPARE_PANEL`].
pub const COMPARE_MAP: &str = "compare-map";
/// See [`COMPARE_PANEL`].
pub const COMPARE_OVERLAY: &str = "compare-overlay";
/// See [`COMPARE_PANEL`].
pub const COMPARE_DECODED: &str = "compare-decoded";
/// See [`COMPARE_PANEL`].
pub const COMPARE_READOUT: &str = "compare-readout";
/// The compared model's line for an encoded image (μ and its nearest test codes).
pub const COMPARE_ENCODED: &str = "compare-encoded";
/// See [`COMPARE_PANEL`].
pub const COMPARE_ERROR: &str = "compare-error";
/// The "Compare with" menu and its picker.
pub const COMPARE_SELECT: &str = "compare-select";
/// See [`COMPARE_SELECT`].
pub const COMPARE_PICKER: &str = "compare-picker";
/// The QR code's box (canvas, caption, "Hide" button) and its canvas.
pub const QR_BOX: &str = "qr-box";
/// The QR code's canvas.
pub const QR: &str = "qr";
/// The QR code's "Hide" button.
pub const QR_HIDE: &str = "qr-hide";
/// The language menu (`<select>`).
pub const LANG_SELECT: &str = "lang-select";
/// Model switcher's paragraph.
pub const MODEL_PICKER: &str = "model-picker";
/// Model switcher.
pub const MODEL_SELECT: &str = "model-select";
/// The loading line of a switch.
pub const SWITCH_STATUS: &str = "switch-status";
/// A failed switch.
pub const SWITCH_ERROR: &str = "switch-error";
/// Retry button of a failed switch.
pub const SWITCH_RETRY: &str = "switch-retry";
/// The metrics section.
pub const METRICS: &str = "metrics";
/// Its title.
pub const METRICS_TITLE: &str = "metrics-title";
/// The manifest's one-sentence summary of the design.
pub const MODEL_SUMMARY: &str = "model-summary";
/// Test-set figures.
pub const METRICS_TEST: &str = "metrics-test";
/// Training figures.
pub const METRICS_TRAIN: &str = "metrics-train";
/// The evolution section.
pub const EVOLUTION: &str = "evolution";
/// Opens and closes the evolution view.
pub const EVO_TOGGLE: &str = "evo-toggle";
/// The line beside it.
pub const EVO_HINT: &str = "evo-hint";
/// Evolution errors.
pub const EVO_ERROR: &str = "evo-error";
/// The open view's controls.
pub const EVO_PANEL: &str = "evo-panel";
/// Previous snapshot.
pub const EVO_BACK: &str = "evo-back";
/// Play / pause.
pub const EVO_PLAY: &str = "evo-play";
/// Next snapshot.
pub const EVO_FWD: &str = "evo-fwd";
/// The epoch slider.
pub const EVO_SLIDER: &str = "evo-slider";
/// The epoch beside it.
pub const EVO_EPOCH: &str = "evo-epoch";
/// The epoch's test loss.
pub const EVO_LOSS: &str = "evo-loss";
/// The evolution view's chart of each snapshot's figures, with its caption.
pub const EVO_FIGURES: &str = "evo-figures";
/// The chart (a canvas).
pub const EVO_PLOT: &str = "evo-plot";
/// The caption's figures of the epoch shown.
pub const EVO_FIGURES_NOW: &str = "evo-figures-now";
/// The caption's first coherent epoch.
pub const EVO_COHERENT: &str = "evo-coherent";
/// "Show encoded test images".
pub const EVO_POINTS: &str = "evo-points";
/// How many.
pub const EVO_POINTS_COUNT: &str = "evo-points-count";
/// Opens the embed snippet panel.
pub const EMBED_OPEN: &str = "embed-open";
/// The embed snippet panel.
pub const EMBED_PANEL: &str = "embed-panel";
/// The `<iframe>` snippet (a read-only textarea).
pub const EMBED_CODE: &str = "embed-code";
/// Copies the snippet.
pub const EMBED_COPY: &str = "embed-copy";
/// "Copied" / "select and copy by hand".
pub const EMBED_STATUS: &str = "embed-status";

// ---- the hands-on views (tools/) ----
/// The hands-on section.
pub const HANDS_ON: &str = "hands-on";
/// Opens the encode view.
pub const TOOL_ENCODE: &str = "tool-encode";
/// Opens the interpolation view.
pub const TOOL_INTERP: &str = "tool-interp";
/// Opens the classifier view.
pub const TOOL_CLASSIFY: &str = "tool-classify";
/// Opens the manifold tiles.
pub const TOOL_TILES: &str = "tool-tiles";
/// Loading line of the views' files.
pub const TOOLS_STATUS: &str = "tools-status";
/// A failed download of the views' files.
pub const TOOLS_ERROR: &str = "tools-error";
/// Its retry button.
pub const TOOLS_RETRY: &str = "tools-retry";
/// Canvas over the map (μ, ellipses, segment), created by the renderer in `#map-box`.
pub const TOOLS_OVERLAY: &str = "tools-overlay";
/// Canvas over the map with the decoded tiles, created by the renderer in `#map-box`.
pub const TILES_LAYER: &str = "tiles-layer";
/// The encode panel.
pub const ENCODE_PANEL: &str = "encode-panel";
/// The drawing pad.
pub const DRAW_PAD: &str = "draw-pad";
/// Undo the last stroke.
pub const PAD_UNDO: &str = "pad-undo";
/// Clear the pad.
pub const PAD_CLEAR: &str = "pad-clear";
/// Pick a random test image.
pub const PICK_TEST: &str = "pick-test";
/// The 28 × 28 input.
pub const ENC_INPUT: &str = "enc-input";
/// Its reconstruction (decode at μ).
pub const ENC_RECON: &str = "enc-recon";
/// μ.
pub const ENC_Z: &str = "enc-z";
/// σ (VAEs).
pub const ENC_SIGMA: &str = "enc-sigma";
/// The true label (test images).
pub const ENC_LABEL: &str = "enc-label";
/// The map class at μ.
pub const ENC_MAP_CLASS: &str = "enc-map-class";
/// The encode view's nearest test codes readout.
pub const ENC_NEIGHBOURS: &str = "enc-neighbours";
/// The classifier panel.
pub const CLASSIFY_PANEL: &str = "classify-panel";
/// The probability bars.
pub const CLASS_BARS: &str = "class-bars";
/// "Differs from the map cell".
pub const CLASSIFY_NOTE: &str = "classify-note";
/// The interpolation panel.
pub const INTERP_PANEL: &str = "interp-panel";
/// Start at the cursor.
pub const INTERP_SET_A: &str = "interp-set-a";
/// End at the cursor.
pub const INTERP_SET_B: &str = "interp-set-b";
/// Start at the encoded image.
pub const INTERP_ENC_A: &str = "interp-enc-a";
/// End at the encoded image.
pub const INTERP_ENC_B: &str = "interp-enc-b";
/// The ends, in words.
pub const INTERP_ENDS: &str = "interp-ends";
/// The strip of decodes.
pub const INTERP_STRIP: &str = "interp-strip";
/// The strip's classes.
pub const INTERP_CLASSES: &str = "interp-classes";
/// The pixel-space blend.
pub const INTERP_BLEND: &str = "interp-blend";
/// The tiles panel.
pub const TILES_PANEL: &str = "tiles-panel";
/// Its note.
pub const TILES_NOTE: &str = "tiles-note";
/// Copy link.
pub const COPY_LINK: &str = "copy-link";
/// Save PNG.
pub const SAVE_PNG: &str = "save-png";
/// What the share buttons did.
pub const SHARE_STATUS: &str = "share-status";
/// "Train it yourself" (opens and closes the panel).
pub const TRAIN_OPEN: &str = "train-open";
/// The lesson's section beside the map (its content is the lesson module's; the page names the
/// shown model's files on it: `data-model`, `data-view`, …).
pub const LESSON: &str = "lesson";
/// "Start the lesson".
pub const LESSON_START: &str = "lesson-start";
/// The lesson module's loading line or failure.
pub const LESSON_LOAD: &str = "lesson-load";
/// The training panel.
pub const TRAIN_PANEL: &str = "train-panel";
/// The panel's content, drawn by the training view's module (hidden until it mounted).
pub const TRAIN_BODY: &str = "train-body";
/// The line while the training view's module loads, or why it could not.
pub const TRAIN_LOAD: &str = "train-load";
/// The file input of "Open a bundle file".
pub const FILE_INPUT: &str = "train-file";
/// Its drop zone.
pub const FILE_DROP: &str = "train-drop";
/// The line about the opened file.
pub const FILE_NOTICE: &str = "file-notice";
/// Why the opened file was refused.
pub const FILE_ERROR: &str = "train-file-error";
