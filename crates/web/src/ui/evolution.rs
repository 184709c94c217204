//! The training-evolution controls: the button, the hint, and the open view's slider, epoch,
//! loss and play button.

use super::dom::Dom;
use super::ids;
use crate::model::evolution::EvoView;
use crate::model::state::State;
use crate::model::text::{loss_text, size_text};
use latent_core::bundle::lesson::{coherent, COHERENT_WITHIN};
use latent_i18n::{num, t};
use latent_web_kit::{
    attr, hidden, lines, message, text, Mark, Series, ACCURACY_COLOUR, COHERENT_COLOUR, KNN_COLOUR,
};

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
    figures(dom, s, e);
}

/// The chart of each snapshot's map accuracy and 10-NN agreement under the scrubber, the
/// epoch shown and the first coherent one marked, with their figures in its caption; hidden
/// until (or unless) the model's lesson file brings them.
fn figures(dom: &Dom, s: &State, e: &EvoView) {
    let figs = s.evo_figures();
    hidden(dom, ids::EVO_FIGURES, figs.is_none());
    let (Some(figs), Some(last)) = (figs, figs.and_then(|f| f.last())) else {
        return;
    };
    let pct = |v: f64| num(v * 100.0, 1);
    let now = &figs[e.frame.min(figs.len() - 1)];
    text(
        dom,
        ids::EVO_FIGURES_NOW,
        &s.tr(&t!(
            "evo-figures-now",
            epoch = now.epoch,
            accuracy = pct(now.map_accuracy),
            knn = pct(now.knn10)
        )),
    );
    let co = coherent(figs);
    let said = co.map(|c| {
        t!(
            "evo-coherent",
            epoch = c.epoch,
            knn = pct(c.knn10),
            last = pct(last.knn10),
            last_epoch = last.epoch,
            within = num(COHERENT_WITHIN * 100.0, 0)
        )
    });
    text(
        dom,
        ids::EVO_COHERENT,
        &s.tr_opt(said.as_ref()).unwrap_or_default(),
    );
    let Some(c) = latent_web_kit::canvas(dom, ids::EVO_PLOT) else {
        return;
    };
    // sharp at any device pixel ratio: the canvas in device pixels, the chart scaled to them
    let (w, h, _) = latent_web_kit::fit_canvas(&c);
    let Ok(ctx) = latent_web_kit::ctx2d(&c) else {
        return;
    };
    let xs: Vec<f64> = figs.iter().map(|f| f.epoch as f64).collect();
    let acc: Vec<f64> = figs.iter().map(|f| f.map_accuracy).collect();
    let knn: Vec<f64> = figs.iter().map(|f| f.knn10).collect();
    let mut marks = vec![Mark {
        x: now.epoch as f64,
        colour: "#888",
        width: 3.0,
    }];
    marks.extend(co.map(|c| Mark {
        x: c.epoch as f64,
        colour: COHERENT_COLOUR,
        width: 2.0,
    }));
    let series = [
        Series {
            colour: ACCURACY_COLOUR,
            values: &acc,
        },
        Series {
            colour: KNN_COLOUR,
            values: &knn,
        },
    ];
    lines(
        &ctx,
        (w as f64, h as f64, latent_web_kit::dpr()),
        &xs,
        &series,
        &marks,
    );
    attr(&c, "data-epoch", Some(&now.epoch.to_string()));
    attr(
        &c,
        "data-coherent",
        co.map(|c| c.epoch.to_string()).as_deref(),
    );
}
