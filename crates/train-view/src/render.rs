//! Draws the "Train it yourself" view ([`crate::state`]) inside `#train-body`: the form and
//! buttons, the status and notice lines, the codes of the held-out test images on the plane
//! (coloured by label, bounds following the codes), the loss curves (nats/image against
//! epochs), the decode under the pointer and at the origin with the latest weights. Redraws
//! only when the view's state changed. The only code of this module that writes the page.

use crate::state::{Field, MapBy, Phase, TrainState};
use latent_core::palette;
use latent_web_kit::{self as pv, canvas, ctx2d, fit_canvas, Lookup};
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlCanvasElement};

/// Element ids of the view (in `www/index.html`, section `#train`).
pub mod ids {
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
}

/// Remembers what was drawn.
#[derive(Default)]
pub struct TrainRenderer {
    version: Option<u64>,
    /// The class map as an image (one pixel per cell) and the (step, cells) it shows.
    map_image: Option<(HtmlCanvasElement, (usize, usize, bool))>,
    /// The class names the legend shows.
    legend_of: Vec<String>,
    /// The loss points drawn (count, last epochs, the replay's marker): a hover redraws only
    /// the plot.
    losses_of: Option<(usize, f64, Option<u64>)>,
    /// The announcement last written.
    announced: u64,
    /// The form value last written back ([`TrainState::form_echo`]).
    echoed: u64,
}

/// A loss in nats/image with one decimal, for the status line.
fn nats(x: f64) -> String {
    format!("{x:.1}")
}

fn status(t: &TrainState) -> String {
    let what = match &t.phase {
        Phase::Idle => return "Choose the settings and press Train.".into(),
        Phase::Loading => "Starting the worker and downloading the training data…".to_string(),
        Phase::Running => "Training".into(),
        Phase::Paused => "Paused".into(),
        Phase::Failed(_) => "Stopped".into(),
    };
    let Some(r) = &t.last else {
        return what;
    };
    let mut s = format!(
        "{what}: {} steps, {:.2} epochs of {} images; test loss {} nats/image",
        r.steps,
        r.epochs,
        t.train_images,
        nats(r.test_loss)
    );
    if let Some(l) = r.train_loss {
        s.push_str(&format!(", training loss {} nats/image", nats(l)));
    }
    if let Some(v) = r.images_per_second {
        s.push_str(&format!(", {v:.0} images/s"));
    }
    if t.data_bytes > 0 {
        s.push_str(&format!(
            " (training data: {} downloaded)",
            latent_web_kit::human_bytes(t.data_bytes as u64)
        ));
    }
    s.push('.');
    if let Some(u) = t.until {
        if r.steps >= u {
            s.push_str(&format!(
                " This page's address stops training at step {u} (train_steps={u}): Train \
                 does nothing more; remove it from the address to train on."
            ));
        } else {
            s.push_str(&format!(
                " Training stops at step {u} (train_steps={u} in the address)."
            ));
        }
    }
    s
}

/// The legend under the plot: one item per class, its colour swatch and its name, so colour
/// is never the only cue.
fn legend(dom: &Document, names: &[String]) -> Result<(), String> {
    let Some(ul) = dom.el(ids::LEGEND) else {
        return Ok(());
    };
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    ul.set_inner_html("");
    for (c, name) in names.iter().enumerate() {
        let li = dom.create_element("li").map_err(err)?;
        let sw = dom.create_element("span").map_err(err)?;
        sw.set_class_name("swatch");
        sw.set_attribute(
            "style",
            &format!("background:{}", palette::class_hex(c as u8)),
        )
        .map_err(err)?;
        sw.set_attribute("aria-hidden", "true").map_err(err)?;
        li.append_child(&sw).map_err(err)?;
        li.append_with_str_1(name).map_err(err)?;
        ul.append_child(&li).map_err(err)?;
    }
    Ok(())
}

impl TrainRenderer {
    /// Draws the view when its state changed.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub fn render(&mut self, dom: &Document, t: &TrainState) -> Result<(), String> {
        if self.version == Some(t.version) {
            return Ok(());
        }
        self.version = Some(t.version);
        if self.announced != t.announce.0 {
            self.announced = t.announce.0;
            if let Some(e) = dom.el(ids::SAY) {
                e.set_text_content(Some(&t.announce.1));
            }
        }
        if let Some(sec) = dom.el(ids::SECTION) {
            let phase = match t.phase {
                Phase::Idle => "idle",
                Phase::Loading => "loading",
                Phase::Running => "running",
                Phase::Paused => "paused",
                Phase::Failed(_) => "failed",
            };
            pv::attr(&sec, "data-phase", Some(phase));
            let r = t.last.as_ref();
            pv::attr(
                &sec,
                "data-steps",
                r.map(|r| r.steps.to_string()).as_deref(),
            );
            // whether the worker's last report said it goes on (tests wait for "stopped")
            let worker = if t.worker_running {
                "training"
            } else {
                "stopped"
            };
            pv::attr(&sec, "data-worker", Some(worker));
            pv::attr(
                &sec,
                "data-test-loss",
                r.map(|r| r.test_loss.to_string()).as_deref(),
            );
            let sh = t.shown();
            pv::attr(
                &sec,
                "data-replay",
                sh.replay.map(|(s, _)| s.to_string()).as_deref(),
            );
            pv::attr(
                &sec,
                "data-snapshots",
                Some(t.history.snaps().len().to_string().as_str()),
            );
            let codes: Vec<String> = sh
                .codes
                .iter()
                .take(8)
                .map(|c| format!("{},{}", c[0], c[1]))
                .collect();
            pv::attr(
                &sec,
                "data-codes",
                (!codes.is_empty()).then(|| codes.join(";")).as_deref(),
            );
            pv::attr(
                &sec,
                "data-hover-z",
                t.hover
                    .as_ref()
                    .map(|(z, _)| format!("{},{}", z[0], z[1]))
                    .as_deref(),
            );
        }
        let busy = matches!(t.phase, Phase::Loading);
        let idle = matches!(t.phase, Phase::Idle | Phase::Failed(_));
        // read before disabling: a disabled element loses the focus
        let focused = dom.active_element().map(|e| e.id());
        for (i, disabled) in [
            (ids::START, busy || t.phase == Phase::Running),
            (
                ids::PAUSE,
                !(t.phase == Phase::Running || (busy && t.want_running)),
            ),
            (ids::STEP, busy),
            (ids::RESET, idle),
            (ids::DOWNLOAD, t.decoder.is_none() || busy),
            (
                ids::MAP,
                t.decoder.is_none() || busy || t.map_pending.is_some(),
            ),
            (ids::MAP_BY, t.map_pending.is_some()),
            // the settings apply to a new model: locked while one exists
            (ids::DATASET, !idle),
            (ids::DESIGN, !idle),
            // β weighs the KL term: the VAE's only
            (
                ids::BETA,
                !idle || t.settings.kind != latent_core::model::AutoencoderKind::Vae,
            ),
            (ids::LR, !idle),
            (ids::BATCH, !idle),
            (ids::SEED, !idle),
        ] {
            if let Some(b) = dom.el(i) {
                pv::attr(&b, "disabled", disabled.then_some(""));
            }
        }
        // a button disabled under the keyboard's focus (Train once pressed, Pause, Step while
        // loading) hands the focus to the one that undoes it, not to the page's body
        let disabled = |i: &str| dom.el(i).is_some_and(|b| b.has_attribute("disabled"));
        if let Some(f) = focused.filter(|f| disabled(f)) {
            let next = match f.as_str() {
                ids::START | ids::STEP => [ids::PAUSE, ids::RESET, ids::STEP],
                ids::PAUSE => [ids::START, ids::STEP, ids::RESET],
                _ => [ids::START, ids::STEP, ids::RESET],
            };
            if let Some(n) = next
                .into_iter()
                .find(|n| !disabled(n))
                .and_then(|n| dom.el(n))
            {
                let _ = n.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        }
        pv::text(dom, ids::STATUS, &status(t));
        pv::message(
            dom,
            ids::ERROR,
            match &t.phase {
                Phase::Failed(e) => Some(e.as_str()),
                _ => None,
            },
        );
        pv::message(dom, ids::NOTICE, t.notice.as_deref());
        if self.echoed != t.form_echo.0 {
            self.echoed = t.form_echo.0;
            if let Some((field, value)) = &t.form_echo.1 {
                let i = match field {
                    Field::Beta => Some(ids::BETA),
                    Field::Lr => Some(ids::LR),
                    Field::Batch => Some(ids::BATCH),
                    Field::Seed => Some(ids::SEED),
                    _ => None,
                };
                if let Some(input) = i
                    .and_then(|i| dom.el(i))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_value(value);
                }
            }
        }
        replay_row(dom, t);
        if self.legend_of != t.class_names {
            self.legend_of = t.class_names.clone();
            legend(dom, &t.class_names)?;
        }
        let note = match (&t.map_pending, &t.map) {
            (Some(p), _) => Some(format!("Class map: {p}")),
            (None, Some(p)) if t.replay.is_some() => Some(format!(
                "The class map (of step {}) is not drawn while a snapshot is replayed.",
                p.steps
            )),
            (None, Some(p)) => Some(format!(
                "Background: the class map at step {} ({} × {} cells, {:.0} ms), {}",
                p.steps,
                p.map.grid.width,
                p.map.grid.height,
                p.ms,
                match p.by {
                    MapBy::Nearest =>
                        "each cell coloured by the majority label of the 10 \
                        encoded test images nearest to it (no classifier runs; paler = fewer \
                        votes).",
                    MapBy::Classifier =>
                        "each cell coloured by the class the dataset's \
                        classifier sees in the image decoded at its centre (paler = less sure).",
                }
            )),
            (None, None) => None,
        };
        pv::message(dom, ids::MAP_NOTE, note.as_deref());
        self.map_image(dom, t)?;
        self.plot(dom, t)?;
        self.losses(dom, t)?;
        pv::image(
            dom,
            ids::DECODED,
            t.hover.as_ref().map(|(_, px)| px.as_slice()),
        )?;
        pv::text(
            dom,
            ids::Z,
            &match (&t.hover, t.shown().replay) {
                (Some((z, _)), None) => format!("z = ({:.3}, {:.3})", z[0], z[1]),
                (Some((z, _)), Some((_, d))) => format!(
                    "z = ({:.3}, {:.3}), decoded with the weights of step {d}",
                    z[0], z[1]
                ),
                (None, None) => "Point at the plot to decode with the current weights.".into(),
                (None, Some((_, d))) => {
                    format!("Point at the plot to decode with the weights of step {d}.")
                }
            },
        );
        pv::image(dom, ids::ORIGIN, t.origin.as_deref())?;
        pv::text(
            dom,
            ids::ORIGIN_Z,
            &match t.shown().replay {
                Some((_, d)) => format!("The decode at z = (0, 0) with the weights of step {d}."),
                None => "The decode at z = (0, 0).".into(),
            },
        );
        Ok(())
    }

    /// Keeps an image of the class map (one pixel per cell, shaded by confidence) for the
    /// plot's background.
    fn map_image(&mut self, dom: &Document, t: &TrainState) -> Result<(), String> {
        let Some(p) = &t.map else {
            self.map_image = None;
            return Ok(());
        };
        let m = &p.map;
        let key = (p.steps, m.grid.width, p.by == MapBy::Classifier);
        if self.map_image.as_ref().is_some_and(|(_, k)| *k == key) {
            return Ok(());
        }
        let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
        let c: HtmlCanvasElement = dom.create_element("canvas").map_err(err)?.unchecked_into();
        let (w, h) = (m.grid.width as u32, m.grid.height as u32);
        c.set_width(w);
        c.set_height(h);
        let mut rgba = Vec::with_capacity((w * h * 4) as usize);
        for (&cl, &p) in m.class.iter().zip(&m.confidence) {
            let [r, g, b] = palette::shaded(cl, p);
            rgba.extend_from_slice(&[r, g, b, 255]);
        }
        let img = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
            wasm_bindgen::Clamped(&rgba),
            w,
            h,
        )
        .map_err(err)?;
        ctx2d(&c)?.put_image_data(&img, 0.0, 0.0).map_err(err)?;
        self.map_image = Some((c, key));
        Ok(())
    }

    fn plot(&self, dom: &Document, t: &TrainState) -> Result<(), String> {
        let Some(c) = canvas(dom, ids::PLOT) else {
            return Ok(());
        };
        let (w, h, _) = fit_canvas(&c);
        let ctx = ctx2d(&c)?;
        ctx.clear_rect(0.0, 0.0, w as f64, h as f64);
        ctx.set_fill_style_str("#fafafa");
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        let sh = t.shown();
        let Some(b) = sh.bounds else {
            pv::text(dom, ids::AXES, "");
            return Ok(());
        };
        let (sx, sy) = (
            w as f64 / (b.max[0] - b.min[0]) as f64,
            h as f64 / (b.max[1] - b.min[1]) as f64,
        );
        let r = (w.min(h) as f64 / 160.0).max(1.5);
        // the class map is of the live model: not under a replayed snapshot
        let map = t.map.as_ref().filter(|_| sh.replay.is_none());
        if let (Some((img, _)), Some(p)) = (&self.map_image, map) {
            // the map over its own bounds (those of the codes when it was painted)
            let mb = p.map.grid.bounds;
            let x0 = (mb.min[0] - b.min[0]) as f64 * sx;
            let y0 = (b.max[1] - mb.max[1]) as f64 * sy;
            let (mw, mh) = (
                (mb.max[0] - mb.min[0]) as f64 * sx,
                (mb.max[1] - mb.min[1]) as f64 * sy,
            );
            ctx.set_image_smoothing_enabled(false);
            ctx.draw_image_with_html_canvas_element_and_dw_and_dh(img, x0, y0, mw, mh)
                .map_err(|e| format!("{e:?}"))?;
            ctx.set_image_smoothing_enabled(true);
        }
        // the axes through the origin, when on the plot
        ctx.set_stroke_style_str("#bbb");
        ctx.begin_path();
        if b.min[0] < 0.0 && b.max[0] > 0.0 {
            let x = -b.min[0] as f64 * sx;
            ctx.move_to(x, 0.0);
            ctx.line_to(x, h as f64);
        }
        if b.min[1] < 0.0 && b.max[1] > 0.0 {
            let y = b.max[1] as f64 * sy;
            ctx.move_to(0.0, y);
            ctx.line_to(w as f64, y);
        }
        ctx.stroke();
        for class in 0..t.class_names.len().max(1) as u8 {
            ctx.set_fill_style_str(&palette::class_hex(class));
            ctx.begin_path();
            for (p, &l) in sh.codes.iter().zip(&t.labels) {
                if l != class {
                    continue;
                }
                let x = (p[0] - b.min[0]) as f64 * sx;
                let y = (b.max[1] - p[1]) as f64 * sy;
                ctx.move_to(x + r, y);
                let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            }
            ctx.fill();
            if map.is_some() {
                // ringed, so a point stands out on a region of its own colour
                ctx.set_stroke_style_str("#222");
                ctx.set_line_width(0.8);
                ctx.stroke();
                ctx.set_line_width(1.0);
            }
        }
        if let Some((z, _)) = &t.hover {
            let x = (z[0] - b.min[0]) as f64 * sx;
            let y = (b.max[1] - z[1]) as f64 * sy;
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(2.0);
            ctx.stroke_rect(x - 6.0, y - 6.0, 12.0, 12.0);
            ctx.set_line_width(1.0);
        }
        pv::text(
            dom,
            ids::AXES,
            &format!(
                "z₁ from {:.2} to {:.2}, z₂ from {:.2} to {:.2} (the 0.1 %–99.9 % range of the codes plus 5 %)",
                b.min[0], b.max[0], b.min[1], b.max[1]
            ),
        );
        Ok(())
    }

    fn losses(&mut self, dom: &Document, t: &TrainState) -> Result<(), String> {
        let Some(c) = canvas(dom, ids::LOSS) else {
            return Ok(());
        };
        let (w, h, resized) = fit_canvas(&c);
        let marked = t
            .replay
            .and_then(|i| t.history.snaps().get(i))
            .map(|s| s.epochs);
        let key = (
            t.losses.len(),
            t.losses.last().map_or(0.0, |l| l.epochs),
            marked.map(f64::to_bits),
        );
        if !resized && self.losses_of == Some(key) {
            return Ok(());
        }
        self.losses_of = Some(key);
        let (w, h) = (w as f64, h as f64);
        let ctx = ctx2d(&c)?;
        ctx.clear_rect(0.0, 0.0, w, h);
        ctx.set_fill_style_str("#fafafa");
        ctx.fill_rect(0.0, 0.0, w, h);
        if t.losses.is_empty() {
            return Ok(());
        }
        let values = t
            .losses
            .iter()
            .flat_map(|l| [Some(l.test), l.train])
            .flatten()
            .filter(|v| v.is_finite());
        let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        let (lo, hi) = if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, hi + 1.0)
        };
        let last = t.losses.last().map_or(1.0, |l| l.epochs).max(1e-9);
        let (pad_l, pad_b, pad_t) = (48.0, 18.0, 8.0);
        let x = |e: f64| pad_l + e / last * (w - pad_l - 8.0);
        let y = |v: f64| pad_t + (hi - v) / (hi - lo) * (h - pad_t - pad_b);
        let font = format!(
            "{}px system-ui, sans-serif",
            (h / 14.0).clamp(10.0, 14.0).round()
        );
        ctx.set_font(&font);
        ctx.set_fill_style_str("#333");
        let _ = ctx.fill_text(&format!("{hi:.0}"), 2.0, pad_t + 10.0);
        let _ = ctx.fill_text(&format!("{lo:.0}"), 2.0, h - pad_b);
        let _ = ctx.fill_text(&format!("{last:.2} epochs"), w - 90.0, h - 4.0);
        for (colour, dashed, pick) in [
            ("#33228b", false, 0usize), // test: Tol's indigo, solid
            ("#cc6677", true, 1),       // training: rose, dashed
        ] {
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(2.0);
            let dash = js_sys::Array::new();
            if dashed {
                dash.push(&6.0.into());
                dash.push(&4.0.into());
            }
            let _ = ctx.set_line_dash(&dash);
            ctx.begin_path();
            let mut first = true;
            for l in &t.losses {
                let v = if pick == 0 { Some(l.test) } else { l.train };
                let Some(v) = v.filter(|v| v.is_finite()) else {
                    continue;
                };
                if first {
                    ctx.move_to(x(l.epochs), y(v));
                    first = false;
                } else {
                    ctx.line_to(x(l.epochs), y(v));
                }
            }
            ctx.stroke();
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
        // the replayed snapshot's place on the curves
        if let Some(e) = marked {
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(1.5);
            ctx.begin_path();
            ctx.move_to(x(e), pad_t);
            ctx.line_to(x(e), h - pad_b);
            ctx.stroke();
        }
        ctx.set_line_width(1.0);
        Ok(())
    }
}

/// The replay's row: shown once the run has two snapshots; the slider (one position per kept
/// snapshot, the last is live), "Play the run" / "Stop", "Live" and what the plot shows.
fn replay_row(dom: &Document, t: &TrainState) {
    let h = t.history.snaps();
    let n = h.len();
    pv::hidden(dom, ids::REPLAY_ROW, n < 2);
    if n < 2 {
        return;
    }
    if let Some(el) = dom.el(ids::REPLAY) {
        let at = t.replay.unwrap_or(n - 1);
        pv::attr(&el, "max", Some((n - 1).to_string().as_str()));
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if i.value() != at.to_string() {
                i.set_value(&at.to_string());
            }
        }
        let s = &h[at];
        pv::attr(
            &el,
            "aria-valuetext",
            Some(format!("step {} of {}", s.steps, h[n - 1].steps).as_str()),
        );
    }
    if let Some(b) = dom.el(ids::REPLAY_PLAY) {
        let label = if t.playing { "Stop" } else { "Play the run" };
        if b.text_content().as_deref() != Some(label) {
            b.set_text_content(Some(label));
        }
    }
    let note = match t.replay.and_then(|i| h.get(i)) {
        Some(s) => format!(
            "Replay: step {} ({:.2} epochs, test loss {:.1} nats/image), {} snapshots kept.",
            s.steps, s.epochs, s.test_loss, n
        ),
        None => format!(
            "Live. The run so far: {n} snapshots kept (one per report, every ~0.7 s; evenly \
             thinned to at most {} over the whole run).",
            crate::state::MAX_SNAPSHOTS
        ),
    };
    pv::text(dom, ids::REPLAY_NOTE, &note);
}
