//! The page around the map: the page's state on `<body>`, loading lines, errors and
//! notices, the switchers, the model's figures, the "Embed" dialog and the training panel's
//! frame. Drawn when a message other than a cursor move arrived.

use super::dom::Dom;
use super::ids;
use crate::model::manifest::datasets;
use crate::model::state::{State, TrainModule};
use crate::model::text::dataset_name;
use latent_core::bundle::{Manifest, ViewFile};
use latent_i18n::{num, t};
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
        (None, None, Some(w)) => Some(s.tr(&t!("status-loading", what = w.what.clone()))),
        (None, None, None) => Some(s.tr(&t!("status-loading-list"))),
        _ => None,
    };
    message(dom, ids::STATUS, status.as_deref());
    message(
        dom,
        ids::ERROR,
        s.tr_opt(s.error.as_ref().map(|f| &f.text)).as_deref(),
    );
    hidden(
        dom,
        ids::ERROR_ACTIONS,
        !s.error.as_ref().is_some_and(|f| f.retry),
    );
    let mut notices: Vec<String> = s.notices.iter().map(|n| s.tr(n)).collect();
    if let Some(e) = &s.manifest_error {
        notices.push(s.tr(&t!("notice-no-switchers", why = e.clone())));
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
        .map(|w| s.tr(&t!("status-loading", what = w.what.clone())));
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
        s.tr_opt(s.switch_error.as_ref().map(|f| &f.text))
            .as_deref(),
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
    let copied = match s.embed_dialog.copied {
        Some(true) => s.tr(&t!("embed-copied")),
        Some(false) => s.tr(&t!("embed-not-copied")),
        None => String::new(),
    };
    text(dom, ids::EMBED_STATUS, &copied);
}

impl Chrome {
    /// The dataset and model switchers, filled for the entry they show.
    pub(crate) fn controls(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let Some(manifest) = &s.manifest else {
            // no list of models: the switchers go when it failed; while it loads they keep
            // the room the page gives them from the first paint (nothing moves when it comes)
            if s.error.is_some() || s.manifest_error.is_some() {
                hidden(dom, ids::TOOLBAR, true);
            }
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
        let datasets: Vec<(String, String)> = datasets(manifest)
            .into_iter()
            .map(|(id, label)| {
                let l = s.dataset_label(&id, &label);
                (id, l)
            })
            .collect();
        let mut models: Vec<(String, String)> = manifest
            .bundles
            .iter()
            .filter(|b| b.dataset == cur_ds)
            .map(|b| (b.id.clone(), s.model_label(b)))
            .collect();
        if let Some(name) = &outside {
            models.insert(
                0,
                (
                    String::new(),
                    s.tr(&t!("model-outside-list", model = name.as_str())),
                ),
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
                && options.iter().enumerate().all(|(i, (v, label))| {
                    select.item(i as u32).is_some_and(|o| {
                        o.get_attribute("value").as_deref() == Some(v.as_str())
                            && o.text_content().as_deref() == Some(label.as_str())
                    })
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
        let label = entry.map_or(meta.model.clone(), |e| s.model_label(e));
        let dataset = match entry {
            Some(e) if !e.dataset_label.trim().is_empty() => {
                s.dataset_label(&e.dataset, &e.dataset_label)
            }
            _ => s.dataset_label(&meta.dataset, &dataset_name(&meta.dataset)),
        };
        let title = match meta.epochs {
            0 => t!("metrics-title", model = label, dataset = dataset),
            n => t!(
                "metrics-title-epochs",
                model = label,
                dataset = dataset,
                epochs = n
            ),
        };
        text(dom, ids::METRICS_TITLE, &s.tr(&title));
        let (summary, own) = entry.map_or((String::new(), false), |e| s.model_summary(e));
        message(
            dom,
            ids::MODEL_SUMMARY,
            (!summary.is_empty()).then_some(summary.as_str()),
        );
        // a summary no locale has (your own data's) is the manifest's words: marked as English
        // where the page speaks another language, so screen readers and the direction follow
        if let Some(p) = dom.el(ids::MODEL_SUMMARY) {
            let foreign = own && s.lang.locale().code != "en";
            attr(&p, "lang", foreign.then_some("en"));
            attr(&p, "dir", foreign.then_some("ltr"));
        }
        let (test, other) = latent_core::metrics::display_groups(&meta.metrics);
        if let Some(dl) = dom.el(ids::METRICS_TEST) {
            dl.set_text_content(None);
            for row in &test {
                let (k, v) = metric_row(s, row, &meta.metrics);
                let doc = &dom.doc;
                let (Ok(div), Ok(dt), Ok(dd)) = (
                    doc.create_element("div"),
                    doc.create_element("dt"),
                    doc.create_element("dd"),
                ) else {
                    continue;
                };
                div.set_class_name("metric");
                dt.set_text_content(Some(&k));
                dd.set_text_content(Some(&v));
                let _ = div.append_child(&dt);
                let _ = div.append_child(&dd);
                let _ = dl.append_child(&div);
            }
        }
        let train: Vec<String> = other
            .iter()
            .map(|r| {
                let (label, value) = metric_row(s, r, &meta.metrics);
                s.tr(&t!("metrics-figure", label = label, value = value))
            })
            .collect();
        message(
            dom,
            ids::METRICS_TRAIN,
            (!train.is_empty())
                .then(|| s.tr(&t!("metrics-training", figures = train.join(" · "))))
                .as_deref(),
        );
        attr(&section, "hidden", None);
    }
}

/// A row of the model's figures in the page's language: the label of its key's message
/// (`metric-<key>`; core's English label for a key the messages lack), the value with the
/// locale's separators in its unit.
fn metric_row(
    s: &State,
    row: &latent_core::metrics::Row,
    metrics: &std::collections::BTreeMap<String, f64>,
) -> (String, String) {
    use latent_core::metrics::{lookup, Unit, TEST_RANGE, TEST_RANGE_1_99};
    let l = &s.lang;
    if row.key == "test_range" {
        let v = |m: &latent_core::metrics::Metric| metrics.get(m.key).map(|&x| num(x, 2));
        let value = match (
            v(&TEST_RANGE[0]),
            v(&TEST_RANGE[1]),
            v(&TEST_RANGE_1_99[0]),
            v(&TEST_RANGE_1_99[1]),
        ) {
            (Some(a), Some(b), Some(c), Some(d)) => {
                t!("metric-spread-1-99", a = a, b = b, c = c, d = d)
            }
            (Some(a), Some(b), ..) => t!("metric-spread", a = a, b = b),
            _ => t!("verbatim", text = row.value.as_str()),
        };
        return (s.tr(&t!("metric-spread-label")), s.tr(&value));
    }
    let label = l
        .text_of(&format!("metric-{}", row.key), &[])
        .unwrap_or_else(|| row.label.clone());
    let Some(&v) = metrics.get(&row.key).filter(|v| v.is_finite()) else {
        return (label, row.value.clone());
    };
    let value = match lookup(&row.key)
        .map(|m| m.unit)
        .or_else(|| Unit::guess(&row.key))
    {
        Some(Unit::NatsPerImage) => t!("unit-nats", v = num(v, 1)),
        Some(Unit::PerPixel) => t!("unit-per-pixel", v = num(v, 4)),
        Some(Unit::Seconds) if v >= 120.0 => t!("unit-min", v = num(v / 60.0, 1)),
        Some(Unit::Seconds) => t!("unit-s", v = num(v, 1)),
        Some(Unit::Share) if (0.0..=1.0).contains(&v) => {
            t!("percent-tenths", pct = num(v * 100.0, 1))
        }
        Some(Unit::Latent) => t!("unit-plain", v = num(v, 2)),
        _ if v.fract() == 0.0 => t!("unit-plain", v = num(v, 0)),
        _ => t!("verbatim", text = row.value.as_str()),
    };
    (label, s.tr(&value))
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
        TrainModule::Loading => Some(t!("train-module-loading")),
        TrainModule::Failed(e) => Some(t!("train-module-failed-retry", why = e.clone())),
        TrainModule::Absent | TrainModule::Ready => None,
    };
    // (not a live region: a failure is announced once, by the page's announcer)
    message(dom, ids::TRAIN_LOAD, s.tr_opt(line.as_ref()).as_deref());
    message(
        dom,
        ids::FILE_NOTICE,
        s.tr_opt(s.file.notice.as_ref()).as_deref(),
    );
    message(
        dom,
        ids::FILE_ERROR,
        s.tr_opt(s.file.error.as_ref()).as_deref(),
    );
}

/// The lesson's section (shown while the lesson is open; its content is the lesson module's),
/// "Start the lesson" (`aria-expanded`), and the shown model's files named on the section
/// for the module. When they change, the module hears `latent-lesson-model`; `named`: the view
/// file named last.
pub(crate) fn lesson(dom: &Dom, s: &State, named: &mut Option<String>) {
    let open = s.lesson.step.is_some();
    hidden(dom, ids::LESSON, !open);
    if let Some(b) = dom.el(ids::LESSON_START) {
        attr(
            &b,
            "aria-expanded",
            Some(if open { "true" } else { "false" }),
        );
    }
    dom.body_data("lesson", s.lesson.step.as_deref());
    let line = match &s.lesson.module {
        TrainModule::Loading if open => Some(t!("lesson-module-loading")),
        TrainModule::Failed(e) if open => Some(t!("lesson-module-failed", why = e.clone())),
        _ => None,
    };
    message(dom, ids::LESSON_LOAD, s.tr_opt(line.as_ref()).as_deref());
    let place = s.place();
    let Some(view) = crate::tools::files::view_url(&place) else {
        return;
    };
    if named.as_deref() == Some(view.as_str()) {
        return;
    }
    let Some(sec) = dom.el(ids::LESSON) else {
        return;
    };
    let lesson = view
        .strip_suffix(".safetensors")
        .map(|stem| format!("{stem}.lesson.safetensors"));
    let model = s.entry_ref().map(|e| e.id.clone());
    for (name, v) in [
        ("data-model", model),
        ("data-view", Some(view.clone())),
        ("data-encoder", crate::tools::files::encoder_url(&place)),
        (
            "data-classifier",
            crate::tools::files::classifier_url(&place),
        ),
        ("data-tests", crate::tools::files::tests_url(&place)),
        ("data-lesson", lesson),
        (
            "data-manifest",
            Some(crate::model::fetch::MANIFEST_URL.to_string()),
        ),
        (
            "data-study",
            crate::tools::files::tests_url(&place).map(|t| {
                let dir = t.rsplit_once('/').map_or("", |(d, _)| d);
                let name = latent_core::bundle::files::STUDY_LESSON_FILE;
                if dir.is_empty() {
                    name.to_string()
                } else {
                    format!("{dir}/{name}")
                }
            }),
        ),
    ] {
        attr(&sec, name, v.as_deref());
    }
    *named = Some(view);
    if let Ok(e) = web_sys::CustomEvent::new("latent-lesson-model") {
        let _ = dom.doc.dispatch_event(&e);
    }
}
