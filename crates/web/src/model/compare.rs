//! Compare: a second model of the same dataset beside the first (`compare=<model id>`, the
//! menu "Compare with"), with its own class map; the one cursor z is shown and decoded on
//! both, each clamped to its own map, so "the same point" in a plain autoencoder and in a
//! VAE can be seen at once.

use super::fetch::{FetchError, Pending, MANIFEST_URL};
use super::load::request;
use super::manifest::{file_name, join_url};
use super::msg::Effect;
use super::state::State;
use latent_core::bundle::ViewFile;
use latent_i18n::{t, Text};
use latent_web_kit::quote;
use std::rc::Rc;

/// The compared model.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    /// The model id asked for (the address or the menu), until it is found in the manifest.
    pub asked: Option<String>,
    /// Its manifest entry, once found.
    pub entry: Option<usize>,
    /// Its view file, once loaded.
    pub model: Option<Rc<ViewFile>>,
    /// Why it is not shown (a failed download or file).
    pub error: Option<Text>,
}

impl Compare {
    /// The compared model, when shown.
    pub fn shown(&self) -> Option<(usize, &Rc<ViewFile>)> {
        Some((self.entry?, self.model.as_ref()?))
    }
}

/// The menu picked model `id` (`""`: no comparison).
pub(crate) fn pick(s: &mut State, id: &str, fx: &mut Vec<Effect>) {
    s.compare = Compare {
        asked: (!id.is_empty()).then(|| id.to_string()),
        ..Compare::default()
    };
    settle(s, fx);
    s.replace_url(fx);
    s.map_version += 1;
}

/// Finds the asked model in the manifest (another model of the shown one's dataset) and
/// fetches its view file; an id that is no such model is dropped with a notice. A switch of
/// the shown model to another dataset ends the comparison.
pub(crate) fn settle(s: &mut State, fx: &mut Vec<Effect>) {
    let (Some(m), Some(cur)) = (s.manifest.clone(), s.shown_entry()) else {
        return;
    };
    let dataset = m.bundles[cur].dataset.clone();
    if let Some(e) = s.compare.entry {
        if m.bundles[e].dataset != dataset || e == cur {
            s.compare = Compare::default();
            s.map_version += 1;
        }
        return;
    }
    let Some(asked) = s.compare.asked.clone() else {
        return;
    };
    let found = m
        .bundles
        .iter()
        .position(|b| b.id.eq_ignore_ascii_case(&asked) && b.dataset == dataset)
        .filter(|&i| i != cur);
    let Some(i) = found else {
        let others: Vec<&str> = m
            .bundles
            .iter()
            .enumerate()
            .filter(|(i, b)| b.dataset == dataset && *i != cur)
            .map(|(_, b)| b.id.as_str())
            .collect();
        s.notices.push(t!(
            "notice-bad-compare",
            value = quote(&asked),
            models = others.join(", ")
        ));
        s.compare = Compare::default();
        return;
    };
    s.compare.entry = Some(i);
    s.compare.asked = Some(m.bundles[i].id.clone());
    let url = join_url(MANIFEST_URL, &m.bundles[i].view);
    match s.cache.views.get(&url).cloned() {
        Some(v) => {
            s.compare.model = Some(v);
            s.map_version += 1;
        }
        None => {
            request(s, Pending::Compare { url, entry: i }, fx);
        }
    }
}

/// The compared model's view file arrived (or why not).
pub(crate) fn arrived(
    s: &mut State,
    url: String,
    entry: usize,
    result: Result<Vec<u8>, FetchError>,
) {
    if s.compare.entry != Some(entry) {
        return; // another comparison since
    }
    let parsed = match result {
        Ok(bytes) => ViewFile::from_bytes(&bytes, file_name(&url))
            .map(Rc::new)
            .map_err(|e| t!("load-failed-file", url = &url, why = e.to_string())),
        Err(e) => Err(t!("load-failed-file", url = &url, why = e.why())),
    };
    match parsed {
        Ok(v) => {
            s.cache.views.insert(url, v.clone());
            s.compare.model = Some(v);
            s.compare.error = None;
            s.map_version += 1;
        }
        Err(why) => s.compare.error = Some(why),
    }
}

/// The pointer at `(u, v)` of the compared map (its whole meshgrid): the cursor goes to that
/// z, which both maps show and decode.
pub(crate) fn pointer(s: &mut State, u: f32, v: f32, fx: &mut Vec<Effect>) {
    let Some((_, m)) = s.compare.shown() else {
        return;
    };
    let z = m.map.grid.z_at(u.clamp(0.0, 1.0), v.clamp(0.0, 1.0));
    super::cursor::pointer_z(s, z, fx);
}
