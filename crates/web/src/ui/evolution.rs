//! The training-evolution controls: the button, the hint, and the open view's slider, epoch,
//! loss and play button.

use super::dom::Dom;
use super::ids;
use crate::model::state::State;
use crate::model::text::{loss_text, size_text};
use latent_i18n::t;
use latent_web_kit::{attr, hidden, message, text};

/// The evolution control and the open view: slider, epoch, loss, play button.
pub(crate) fn evolution(dom: &Dom, s: &State) {
    let entry_evo = s.entry_ref().and_then(|e| e.evolution.as_ref());
    hidden(dom, ids::EVOLUTION, entry_evo.is_none());
    message(
        dom,
        ids::EVO_ERROR,
        s.tr_opt(s.evo.error.as_ref()).as_deref(),
    );
    let open = s.evo.open.as_ref();
    if let Some(b) = dom.el(ids::EVO_TOGGLE) {
        attr(
            &b,
            "aria-expanded",
            Some(if open.is_some() { "true" } else { "false" }),
        );
        attr(&b, "aria-busy", s.evo.loading.map(|_| "true"));
    }
    let toggle = if open.is_some() {
        t!("evo-back")
    } else {
        t!("evo-open")
    };
    text(dom, ids::EVO_TOGGLE, &s.tr(&toggle));
    hidden(dom, ids::EVO_PANEL, open.is_none());
    if let Some(b) = dom.el(ids::MAP_BOX) {
        if b.class_list().contains("evolving") != open.is_some() {
            let _ = b.class_list().toggle_with_force("evolving", open.is_some());
        }
    }
    let Some(e) = open else {
        let hint = match (s.evo.loading, entry_evo) {
            (Some(_), Some(ev)) => t!("evo-loading", size = size_text(ev.index_bytes)),
            (None, Some(ev)) => t!(
                "evo-hint",
                snapshots = ev.epochs.len(),
                first = ev.epochs.first().copied().unwrap_or(0),
                last = ev.epochs.last().copied().unwrap_or(0)
            ),
            _ => Default::default(),
        };
        text(dom, ids::EVO_HINT, &s.tr(&hint));
        return;
    };
    let n = e.data.frames.len();
    let last = e.last_epoch();
    text(
        dom,
        ids::EVO_HINT,
        &s.tr(&t!(
            "evo-snapshot-of",
            snapshot = e.frame + 1,
            snapshots = n,
            epoch = e.epoch(),
            last = last
        )),
    );
    if let Some(sl) = &dom.evo_slider {
        attr(sl, "max", Some(&(n - 1).to_string()));
        if sl.value() != e.frame.to_string() {
            sl.set_value(&e.frame.to_string());
        }
        attr(
            sl,
            "aria-valuetext",
            Some(&s.tr(&t!("evo-slider-value", epoch = e.epoch(), last = last))),
        );
    }
    if let Some(c) = &dom.evo_points {
        if c.checked() != e.points {
            c.set_checked(e.points);
        }
    }
    text(
        dom,
        ids::EVO_EPOCH,
        &s.tr(&t!("evo-epoch-of", epoch = e.epoch(), last = last)),
    );
    text(
        dom,
        ids::EVO_LOSS,
        &s.tr(&loss_text(
            &e.data.meta.loss_name,
            e.data.frames[e.frame].test_loss,
        )),
    );
    if let Some(b) = dom.el(ids::EVO_PLAY) {
        // the label says what a press does; `data-playing` is for styles and tests
        attr(
            &b,
            "data-playing",
            Some(if e.playing { "true" } else { "false" }),
        );
    }
    let play = if e.playing {
        t!("evo-pause")
    } else {
        t!("evo-play")
    };
    text(dom, ids::EVO_PLAY, &s.tr(&play));
    // aria-disabled, not disabled: a button that keeps focus at either end
    for (i, off) in [
        (ids::EVO_BACK, e.frame == 0),
        (ids::EVO_FWD, e.frame + 1 >= n),
    ] {
        if let Some(b) = dom.el(i) {
            attr(
                &b,
                "aria-disabled",
                Some(if off { "true" } else { "false" }),
            );
        }
    }
    text(
        dom,
        ids::EVO_POINTS_COUNT,
        &s.tr(&t!("evo-points-count", count = e.data.labels.len())),
    );
    if let Some(p) = dom.el(ids::EVO_PANEL) {
        attr(&p, "data-epoch", Some(&e.epoch().to_string()));
        attr(&p, "data-frame", Some(&e.frame.to_string()));
    }
}
