//! The page around the map: the page's state on `<body>`, loading lines, errors and
//! notices, the switchers, the model's figures, the "Embed" dialog and the training panel's
//! frame. Drawn when a message other than a cursor move arrived.

use super::dom::Dom;
use super::ids;
use crate::model::manifest::datasets;
use crate::model::state::{State, TrainModule};
use crate::model::text::dataset_name;
use latent_core::bundle::{Manifest, ViewFile};
use latent_web_kit::{attr, hidden, message, text};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// What the switchers and the figures show, so they are rebuilt only on a change.
#[derive(Default)]
pub(crate) struct Chrome {
    /// The model and entry whose figures are shown.
    metrics_of: Option<(*const ViewFile, Option<usize>)>,
    /// The manifest and entry the switchers were filled for.
    controls_of: Option<(*const Manifest, Option<usize>, Option<String>)>,
}

/// Page state, loading line, errors, notices, announcements.
pub(crate) fn page(dom: &Dom, s: &State) {
    let state = s.page_state();
    dom.body_data("state", Some(state));
    dom.body_data("embed", s.mode.embed.then_some(""));
    dom.body_data("present", s.mode.present.then_some(""));
    if let Some(html) = dom.doc.document_element() {
        attr(&html, "data-present", s.mode.present.then_some(""));
    }
    for (k, v) in s.mode.parts.keyed() {
        dom.body_data(k, v.map(|on| if on { "1" } else { "0" }));
    }
    let status = match (&s.model, &s.error, &s.wanted) {
        (None, None, Some(w)) => Some(format!("Loading {}…", w.what)),
        (None, None, None) => Some("Loading the list of models…".to_string()),
        _ => None,
    };
    message(dom, ids::STATUS, status.as_deref());
    message(dom, ids::ERROR, s.error.as_ref().map(|f| f.text.as_str()));
    hidden(
        dom,
        ids::ERROR_ACTIONS,
        !s.error.as_ref().is_some_and(|f| f.retry),
    );
    let mut notices = s.notices.clone();
    if let Some(e) = &s.manifest_error {
        notices.push(format!("{e} The model switchers are not available."));
    }
    message(
        dom,
        ids::NOTICE,
        (!notices.is_empty()).then(|| notices.join(" ")).as_deref(),
    );
    // a switch in progress: the old map stays, dimmed, with a loading line
    let busy = s
        .wanted
        .as_ref()
        .filter(|_| s.model.is_some())
        .map(|w| format!("Loading {}…", w.what));
    text(dom, ids::SWITCH_STATUS, busy.as_deref().unwrap_or(""));
    dom.body_data("busy", busy.as_ref().map(|_| "switch"));
    if let Some(b) = dom.el(ids::MAP_BOX) {
        let on = busy.is_some();
        if b.class_list().contains("busy") != on {
            let _ = b.class_list().toggle_with_force("busy", on);
        }
    }
    if let Some(p) = dom.el(ids::MAP_FRAME) {
        attr(&p, "aria-busy", busy.as_ref().map(|_| "true"));
    }
    message(
        dom,
        ids::SWITCH_ERROR,
        s.switch_error.as_ref().map(|f| f.text.as_str()),
    );
    hidden(
        dom,
        ids::SWITCH_RETRY,
        !s.switch_error.as_ref().is_some_and(|f| f.retry),
    );
    let meta = s.model.as_ref().map(|m| &m.meta);
    let model_id = s
        .entry_ref()
        .map(|e| e.id.as_str())
        .or(meta.map(|m| m.model.as_str()));
    dom.body_data("model", model_id);
    dom.body_data("dataset", meta.map(|m| m.dataset.as_str()));
}

/// The "Embed" button and its panel with the `<iframe>` snippet of the current state.
pub(crate) fn embed_panel(dom: &Dom, s: &State) {
    if let Some(b) = dom.el(ids::EMBED_OPEN) {
        attr(
            &b,
            "aria-expanded",
            Some(if s.embed_dialog.open { "true" } else { "false" }),
        );
    }
    hidden(dom, ids::EMBED_PANEL, !s.embed_dialog.open);
    if !s.embed_dialog.open {
        return;
    }
    if let Some(t) = dom.el(ids::EMBED_CODE) {
        let code = s.embed_snippet();
        let t: &web_sys::HtmlTextAreaElement = t.unchecked_ref();
        if t.value() != code {
            t.set_value(&code);
        }
    }
    text(
        dom,
        ids::EMBED_STATUS,
        match s.embed_dialog.copied {
            Some(true) => "Copied.",
            Some(false) => "Copying was not allowed: select the code and copy it.",
            None => "",
        },
    );
}

impl Chrome {
    /// The dataset and model switchers, filled for the entry they show.
    pub(crate) fn controls(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let Some(manifest) = &s.manifest else {
            hidden(dom, ids::TOOLBAR, true);
            return Ok(());
        };
        // nothing shown yet (a failed first load): the switchers offer the default entry
        let cur = s.shown_entry().unwrap_or(0);
        // a model outside the manifest (`?bundle=`, a file): named first in the model menu
        let outside = match (s.shown_entry(), &s.model) {
            (None, Some(m)) => Some(m.meta.model.clone()),
            _ => None,
        };
        let key = (Rc::as_ptr(manifest), s.shown_entry(), outside.clone());
        if self.controls_of.as_ref() == Some(&key) {
            return Ok(());
        }
        self.controls_of = Some(key);
        let cur_ds = manifest.bundles[cur].dataset.clone();
        let datasets = datasets(manifest);
        let mut models: Vec<(String, String)> = manifest
            .bundles
            .iter()
            .filter(|b| b.dataset == cur_ds)
            .map(|b| (b.id.clone(), b.label.clone()))
            .collect();
        if let Some(name) = &outside {
            models.insert(
                0,
                (String::new(), format!("{name} (opened, not in this list)")),
            );
        }
        let doc = &dom.doc;
        let fill = |select: &Option<web_sys::HtmlSelectElement>,
                    options: &[(String, String)],
                    value: &str|
         -> Result<bool, String> {
            let Some(select) = select else {
                return Ok(false);
            };
            let same = select.length() as usize == options.len()
                && options.iter().enumerate().all(|(i, (v, _))| {
                    select
                        .item(i as u32)
                        .and_then(|o| o.get_attribute("value"))
                        .as_deref()
                        == Some(v.as_str())
                });
            if !same {
                select.set_text_content(None);
                for (v, label) in options {
                    let opt = doc.create_element("option").map_err(|_| "no <option>")?;
                    let _ = opt.set_attribute("value", v);
                    opt.set_text_content(Some(label));
                    let _ = select.append_child(&opt);
                }
            }
            select.set_value(value);
            Ok(true)
        };
        let has_ds = fill(&dom.dataset_select, &datasets, &cur_ds)?;
        let selected = match &outside {
            Some(_) => "",
            None => &manifest.bundles[cur].id,
        };
        let has_model = fill(&dom.model_select, &models, selected)?;
        if let (Some(m), Some(_)) = (&dom.model_select, &outside) {
            // the opened model can be left but not chosen again from here
            if let Some(first) = m.item(0) {
                let _ = first.set_attribute("disabled", "");
            }
        }
        if s.shown_entry().is_none() && outside.is_none() {
            // nothing loaded (a failed first load): no model is selected, so picking the
            // default one is a change too
            if let Some(m) = &dom.model_select {
                m.set_selected_index(-1);
            }
        }
        hidden(dom, ids::DATASET_PICKER, !has_ds || datasets.len() < 2);
        hidden(
            dom,
            ids::MODEL_PICKER,
            !has_model || manifest.bundles.len() < 2,
        );
        hidden(dom, ids::TOOLBAR, manifest.bundles.len() < 2);
        Ok(())
    }

    /// The shown model, its dataset, the manifest's summary and the bundle's figures.
    pub(crate) fn metrics(&mut self, dom: &Dom, s: &State, model: &Rc<ViewFile>) {
        let key = (Rc::as_ptr(model), s.entry);
        if self.metrics_of == Some(key) {
            return;
        }
        self.metrics_of = Some(key);
        let Some(section) = dom.el(ids::METRICS) else {
            return;
        };
        let meta = &model.meta;
        let entry = s.entry_ref();
        let label = entry.map_or(meta.model.clone(), |e| e.label.clone());
        let dataset = match entry {
            Some(e) if !e.dataset_label.trim().is_empty() => e.dataset_label.clone(),
            _ => dataset_name(&meta.dataset),
        };
        let epochs = match meta.epochs {
            0 => String::new(),
            1 => ", 1 epoch".into(),
            n => format!(", {n} epochs"),
        };
        text(
            dom,
            ids::METRICS_TITLE,
            &format!("{label} on {dataset}{epochs}"),
        );
        let summary = entry.map(|e| e.summary.trim()).unwrap_or("");
        message(
            dom,
            ids::MODEL_SUMMARY,
            (!summary.is_empty()).then_some(summary),
        );
        let (test, other) = latent_core::metrics::display_groups(&meta.metrics);
        if let Some(dl) = dom.el(ids::METRICS_TEST) {
            dl.set_text_content(None);
            for row in &test {
                let (k, v) = (&row.label, &row.value);
                let doc = &dom.doc;
                let (Ok(div), Ok(dt), Ok(dd)) = (
                    doc.create_element("div"),
                    doc.create_element("dt"),
                    doc.create_element("dd"),
                ) else {
                    continue;
                };
                div.set_class_name("metric");
                dt.set_text_content(Some(k));
                dd.set_text_content(Some(v));
                let _ = div.append_child(&dt);
                let _ = div.append_child(&dd);
                let _ = dl.append_child(&div);
            }
        }
        let train: Vec<String> = other
            .iter()
            .map(|r| format!("{} {}", r.label, r.value))
            .collect();
        message(
            dom,
            ids::METRICS_TRAIN,
            (!train.is_empty())
                .then(|| format!("Training: {}.", train.join(" · ")))
                .as_deref(),
        );
        attr(&section, "hidden", None);
    }
}

/// The "Train it yourself" panel: open or closed, the line while its module loads (or why it
/// could not), and the line about a view file opened from disk. Everything else inside the
/// panel (`#train-body`) is drawn by the training view's own module once it has mounted.
pub(crate) fn train_panel(dom: &Dom, s: &State) {
    let t = &s.train;
    if let Some(b) = dom.el(ids::TRAIN_OPEN) {
        attr(
            &b,
            "aria-expanded",
            Some(if t.open { "true" } else { "false" }),
        );
    }
    hidden(dom, ids::TRAIN_PANEL, !t.open);
    hidden(dom, ids::TRAIN_BODY, t.module != TrainModule::Ready);
    let line = match &t.module {
        TrainModule::Loading => Some("Loading the training view…".to_string()),
        TrainModule::Failed(e) => Some(format!(
            "The training view could not be loaded: {e}. Close and open the panel to try again."
        )),
        TrainModule::Absent | TrainModule::Ready => None,
    };
    // (not a live region: a failure is announced once, by the page's announcer)
    message(dom, ids::TRAIN_LOAD, line.as_deref());
    message(dom, ids::FILE_NOTICE, s.file.notice.as_deref());
    message(dom, ids::FILE_ERROR, s.file.error.as_deref());
}
