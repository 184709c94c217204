//! Draws the "Train it yourself" view ([`crate::state`]) inside `#train-body`: the form and
//! buttons, the status and notice lines, the codes of the held-out test images on the plane
//! (coloured by label, bounds following the codes), the loss curves (nats/image against
//! epochs), the decode under the pointer and at the origin with the latest weights. Redraws
//! only when the view's state changed ([`ids`]: the element ids; the canvases are drawn in
//! `canvas.rs`). The only code of this module that writes the page. Every sentence is a
//! [`latent_i18n::Text`] ([`texts`] builds the renderer's own from the state), written in the
//! language of the [`L10n`] it is given.

use crate::state::{Field, Phase, TrainState};
use latent_core::palette;
use latent_i18n::L10n;
use latent_web_kit::{self as pv, Lookup};
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlCanvasElement};

mod canvas;
pub mod ids;
pub mod texts;

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
    /// Forgets what was drawn in words, so the next [`TrainRenderer::render`] writes every
    /// sentence again (the language changed). The live region is not written again: screen
    /// readers would repeat the last announcement.
    pub fn relocalize(&mut self) {
        self.version = None;
        self.losses_of = None;
    }

    /// Draws the view when its state changed, its sentences in `l10n`'s language.
    ///
    /// # Errors
    /// A sentence (the browser's, in English) when the browser refuses a drawing call.
    pub fn render(&mut self, dom: &Document, t: &TrainState, l10n: &L10n) -> Result<(), String> {
        if self.version == Some(t.version) {
            return Ok(());
        }
        self.version = Some(t.version);
        if self.announced != t.announce.0 {
            self.announced = t.announce.0;
            if let (Some(e), Some(said)) = (dom.el(ids::SAY), &t.announce.1) {
                e.set_text_content(Some(&l10n.text(said)));
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
        pv::text(dom, ids::STATUS, &l10n.text(&texts::status(t)));
        let error = match &t.phase {
            Phase::Failed(e) => Some(l10n.text(e)),
            _ => None,
        };
        pv::message(dom, ids::ERROR, error.as_deref());
        let notice = t.notice.as_ref().map(|n| l10n.text(n));
        pv::message(dom, ids::NOTICE, notice.as_deref());
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
        replay_row(dom, t, l10n);
        let names: Vec<String> = (0..t.class_names.len())
            .map(|c| l10n.text(&texts::class_label(&t.class_names, c)))
            .collect();
        if self.legend_of != names {
            legend(dom, &names)?;
            self.legend_of = names;
        }
        let note = texts::map_note(t).map(|n| l10n.text(&n));
        pv::message(dom, ids::MAP_NOTE, note.as_deref());
        self.map_image(dom, t)?;
        self.plot(dom, t, l10n)?;
        self.losses(dom, t, l10n)?;
        pv::image(
            dom,
            ids::DECODED,
            t.hover.as_ref().map(|(_, px)| px.as_slice()),
        )?;
        pv::text(dom, ids::Z, &l10n.text(&texts::z_caption(t)));
        pv::image(dom, ids::ORIGIN, t.origin.as_deref())?;
        pv::text(dom, ids::ORIGIN_Z, &l10n.text(&texts::origin_caption(t)));
        Ok(())
    }
}

/// The replay's row: shown once the run has two snapshots; the slider (one position per kept
/// snapshot, the last is live), "Play the run" / "Stop", "Live" and what the plot shows.
fn replay_row(dom: &Document, t: &TrainState, l10n: &L10n) {
    let n = t.history.snaps().len();
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
        let said = texts::replay_valuetext(t, at).map(|v| l10n.text(&v));
        pv::attr(&el, "aria-valuetext", said.as_deref());
    }
    pv::text(dom, ids::REPLAY_PLAY, &l10n.text(&texts::play_label(t)));
    pv::text(dom, ids::REPLAY_NOTE, &l10n.text(&texts::replay_note(t)));
}
