//! Loading models: the manifest, the model the address names (with fallbacks), switches
//! (a later pick supersedes an earlier one; the old model stays until the new one is parsed)
//! and failed or stalled downloads. Part of [`State`]'s pure update.

use crate::state::{
    file_name, human_bytes, load_failure, Effect, Failure, FetchError, Pending, State, Wanted,
    MANIFEST_URL,
};
use crate::url::{self, quote, UrlState};
use crate::{view, Explorer};
use latent_core::bundle::Manifest;
use std::rc::Rc;

impl State {
    pub(crate) fn manifest_arrived(
        &mut self,
        result: Result<Vec<u8>, FetchError>,
        fx: &mut Vec<Effect>,
    ) {
        let parsed = match result {
            Ok(bytes) => Manifest::parse(&bytes, MANIFEST_URL).map_err(|e| Failure {
                text: format!("Could not load {e}."),
                retry: false,
            }),
            Err(e) => Err(load_failure(MANIFEST_URL, &e)),
        };
        let m = match parsed {
            Ok(m) => Rc::new(m),
            Err(f) => {
                if self.bundle.is_some() {
                    // `?bundle=` works without the list; only the switchers are missing
                    self.manifest_error = Some(f.text);
                } else {
                    if f.retry {
                        self.retry = Some(Pending::Manifest);
                    }
                    self.error = Some(f);
                }
                return;
            }
        };
        self.manifest = Some(m.clone());
        self.manifest_error = None;
        if let Some(b) = &self.bundle {
            // the `?bundle=` file may be one of the manifest's own
            let i = m
                .bundles
                .iter()
                .position(|e| view::join_url(MANIFEST_URL, &e.view) == *b);
            if self.model.is_some() {
                self.entry = i;
            }
            if let Some(w) = &mut self.wanted {
                w.entry = i;
            }
            return;
        }
        let u = self.pending_url.take().unwrap_or_default();
        let idx = self.resolve_entry(&m, &u);
        self.load_entry(idx, fx);
    }

    /// The manifest entry the address names: `model` (case-insensitive), else the first of
    /// `dataset`, else the first entry; unknown names fall back with a notice.
    fn resolve_entry(&mut self, m: &Manifest, u: &UrlState) -> usize {
        if let Some(id) = &u.model {
            if let Some(i) = m.bundles.iter().position(|b| b.id.eq_ignore_ascii_case(id)) {
                return i;
            }
            let ids: Vec<&str> = m.bundles.iter().map(|b| b.id.as_str()).collect();
            self.notices.push(format!(
                "There is no model “{}”; showing {} instead. Models: {}.",
                quote(id),
                m.bundles[0].id,
                ids.join(", ")
            ));
            return 0;
        }
        if let Some(ds) = &u.dataset {
            if let Some(i) = m
                .bundles
                .iter()
                .position(|b| b.dataset.eq_ignore_ascii_case(ds))
            {
                return i;
            }
            let ids: Vec<String> = view::datasets(m).into_iter().map(|d| d.0).collect();
            self.notices.push(format!(
                "There is no dataset “{}”; showing {} instead. Datasets: {}.",
                quote(ds),
                m.bundles[0].dataset,
                ids.join(", ")
            ));
        }
        0
    }

    /// Fetches manifest entry `idx` for the first view (or a retry of it).
    pub(crate) fn load_entry(&mut self, idx: usize, fx: &mut Vec<Effect>) {
        let Some(m) = self.manifest.clone() else {
            return;
        };
        let url = view::join_url(MANIFEST_URL, &m.bundles[idx].view);
        let what = format!(
            "{}, {}",
            self.what(Some(idx), &url),
            human_bytes(m.bundles[idx].view_bytes)
        );
        if let Some(ex) = self.views.get(&url).cloned() {
            self.show(ex, Some(idx), fx);
            return;
        }
        let req = self.request(
            Pending::Model {
                url: url.clone(),
                entry: Some(idx),
            },
            fx,
        );
        self.wanted = Some(Wanted {
            req,
            url,
            entry: Some(idx),
            what,
        });
    }

    /// A switcher picked manifest entry `idx`: fetch it (unless cached) while the old map
    /// stays; a later pick supersedes this one.
    pub(crate) fn switch_to(&mut self, idx: usize, fx: &mut Vec<Effect>) {
        self.switch_error = None;
        self.bundle = None; // a pick from the manifest replaces a `?bundle=` file
        if Some(idx) == self.entry && self.model.is_some() {
            self.wanted = None; // back to the model on screen: drop a pending switch
            return;
        }
        self.load_entry(idx, fx);
    }

    pub(crate) fn model_arrived(
        &mut self,
        req: u64,
        url: String,
        entry: Option<usize>,
        result: Result<Vec<u8>, FetchError>,
        fx: &mut Vec<Effect>,
    ) {
        let parsed = match result {
            Ok(bytes) => Explorer::load(&bytes, &quote(file_name(&url)))
                .map(Rc::new)
                .map_err(|e| Failure {
                    text: format!("Could not load {}: {e}", quote(&url)),
                    retry: false,
                }),
            Err(e) => Err(load_failure(&quote(&url), &e)),
        };
        let current = self.wanted.as_ref().is_some_and(|w| w.req == req);
        // the manifest may have recognised a `?bundle=` file as one of its entries meanwhile
        let entry = match &self.wanted {
            Some(w) if current => w.entry,
            _ => entry,
        };
        match parsed {
            Ok(ex) => {
                self.views.insert(url, ex.clone());
                if current {
                    self.show(ex, entry, fx);
                }
            }
            Err(f) if current => {
                self.wanted = None;
                if f.retry {
                    self.retry = Some(Pending::Model { url, entry });
                }
                match &self.model {
                    Some(_) => {
                        let still = self
                            .entry_ref()
                            .map_or(String::new(), |e| format!(" Still showing {}.", e.label));
                        self.switch_error = Some(Failure {
                            text: format!("{}{still}", f.text),
                            retry: f.retry,
                        });
                    }
                    None => self.error = Some(f),
                }
            }
            Err(_) => {} // a superseded request: nothing to tell
        }
    }

    /// Puts a view file opened from disk on screen (the training view's "Open a bundle
    /// file"): like a `?bundle=` file, it is no manifest entry.
    pub(crate) fn show_file(&mut self, ex: Rc<Explorer>) -> Vec<Effect> {
        let mut fx = Vec::new();
        self.bundle = None;
        self.show(ex, None, &mut fx);
        fx
    }

    /// Puts model `ex` (manifest entry `entry`) on screen, closing the evolution view.
    fn show(&mut self, ex: Rc<Explorer>, entry: Option<usize>, fx: &mut Vec<Effect>) {
        let first = self.model.is_none();
        let label = self.what(entry, "");
        self.wanted = None;
        self.error = None;
        self.switch_error = None;
        self.retry = None;
        self.close_evo_silently(fx);
        self.evo_error = None;
        self.model = Some(ex);
        self.entry = entry;
        self.map_version += 1;
        if self.z_from_url {
            self.z_from_url = false;
            let z = self.z();
            if z != self.z_chosen {
                self.notices.push(format!(
                    "z = ({}, {}) lies off this map; moved to the nearest point on it, z = ({}, \
                     {}).",
                    url::z_number(self.z_chosen[0]),
                    url::z_number(self.z_chosen[1]),
                    url::z_number(z[0]),
                    url::z_number(z[1]),
                ));
                self.z_chosen = z;
            }
        } else {
            self.z_chosen = self.z();
        }
        if first {
            self.settle_url_zoom();
            crate::views::interp::settle_url_ends(self);
        }
        self.reported_class = Some(self.class_at_cursor().map(|c| c.0));
        if !first {
            self.say(format!("Showing {label}."));
        }
        match self.want_epoch.take() {
            Some(epoch) if self.entry_ref().is_some_and(|e| e.evolution.is_some()) => {
                self.open_evolution(Some(epoch), fx)
            }
            Some(epoch) => self.notices.push(format!(
                "Ignored epoch={epoch}: this model has no training evolution."
            )),
            None => {}
        }
        self.replace_url(fx);
    }
}
