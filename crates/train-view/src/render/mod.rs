//! Draws the "Train it yourself" view ([`crate::state`]) inside `#train-body`: the form and
//! buttons, the status and notice lines, the codes of the held-out test images on the plane
//! (coloured by label, bounds following the codes), the loss curves (nats/image against
//! epochs), the decode under the pointer and at the origin with the latest weights. Redraws
//! only when the view's state changed ([`ids`]: the element ids; the canvases are drawn in
//! `canvas.rs`). The only code of this module that writes the page.

use crate::state::{Field, MapBy, Phase, TrainState};
use latent_core::palette;
use latent_web_kit::{self as pv, Lookup};
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlCanvasElement};

mod canvas;
pub mod ids;

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
