//! Loading models: the manifest, the model the address names (with fallbacks), switches
//! (a later pick supersedes an earlier one; the old model stays until the new one is parsed)
//! and failed or stalled downloads. Every download of the page comes back through
//! [`fetched`].

use super::address::{self, UrlState};
use super::cursor;
use super::evolution;
use super::fetch::{load_failure, Failure, FetchError, Pending, MANIFEST_URL};
use super::manifest::{self, file_name, join_url};
use super::msg::Effect;
use super::state::{State, Wanted};
use super::text::size_text;
use latent_core::bundle::{Manifest, ViewFile};
use latent_i18n::t;
use latent_web_kit::quote;
use std::rc::Rc;

/// Asks for download `p`; returns its request id.
pub(crate) fn request(s: &mut State, p: Pending, fx: &mut Vec<Effect>) -> u64 {
    let (req, url) = s.requests.ask(p);
    fx.push(Effect::Fetch { req, url });
    req
}

/// Request `req` of the page's own (not the hands-on views') finished.
pub(crate) fn fetched(
    s: &mut State,
    req: u64,
    result: Result<Vec<u8>, FetchError>,
    fx: &mut Vec<Effect>,
) {
    let Some(pos) = s.requests.pending.iter().position(|(r, _)| *r == req) else {
        return; // not asked for (or already answered)
    };
    let (_, p) = s.requests.pending.remove(pos);
    match p {
        Pending::Manifest => manifest_arrived(s, result, fx),
        Pending::Model { url, entry } => model_arrived(s, req, url, entry, result, fx),
        Pending::Evolution { url, entry } => {
            evolution::update::index_arrived(s, req, url, entry, result, fx)
        }
        Pending::Frame { url, data, frame } => {
            evolution::update::frame_arrived(s, url, data, frame, result)
        }
        Pending::Compare { url, entry } => super::compare::arrived(s, url, entry, result),
        Pending::Figures { url } => evolution::update::figures_arrived(s, url, result),
    }
}

/// The retry button: repeats the last failed download.
pub(crate) fn retry(s: &mut State, fx: &mut Vec<Effect>) {
    let Some(p) = s.requests.retry.take() else {
        return;
    };
    s.error = None;
    s.switch_error = None;
    s.evo.error = None;
    if let Pending::Model { url, entry } = &p {
        let what = t!("verbatim", text = s.what(*entry, url));
        let req = request(s, p.clone(), fx);
        s.wanted = Some(Wanted {
            req,
            url: url.clone(),
            entry: *entry,
            what,
        });
    } else {
        let evolution = matches!(p, Pending::Evolution { .. });
        let req = request(s, p, fx);
        if evolution {
            s.evo.loading = Some(req);
        }
    }
}

/// The first view: the manifest, and `?bundle=` at once (else the model is chosen once the
/// manifest is known).
pub(crate) fn start(s: &mut State, u: UrlState, fx: &mut Vec<Effect>) {
    request(s, Pending::Manifest, fx);
    if let Some(b) = u.bundle {
        s.bundle = Some(b.clone());
        let req = request(
            s,
            Pending::Model {
                url: b.clone(),
                entry: None,
            },
            fx,
        );
        s.wanted = Some(Wanted {
            req,
            what: t!("verbatim", text = quote(file_name(&b))),
            url: b,
            entry: None,
        });
    } else {
        s.pending_url = Some(u);
    }
}

fn manifest_arrived(s: &mut State, result: Result<Vec<u8>, FetchError>, fx: &mut Vec<Effect>) {
    let parsed = match result {
        Ok(bytes) => Manifest::parse(&bytes, MANIFEST_URL).map_err(|e| Failure {
            text: t!("load-failed-manifest", why = e.to_string()),
            retry: false,
        }),
        Err(e) => Err(load_failure(MANIFEST_URL, &e)),
    };
    let m = match parsed {
        Ok(m) => Rc::new(m),
        Err(f) => {
            if s.bundle.is_some() {
                // `?bundle=` works without the list; only the switchers are missing
                s.manifest_error = Some(f.text);
            } else {
                if f.retry {
                    s.requests.retry = Some(Pending::Manifest);
                }
                s.error = Some(f);
            }
            return;
        }
    };
    s.manifest = Some(m.clone());
    s.manifest_error = None;
    if let Some(b) = &s.bundle {
        // the `?bundle=` file may be one of the manifest's own
        let i = m
            .bundles
            .iter()
            .position(|e| join_url(MANIFEST_URL, &e.view) == *b);
        if s.model.is_some() {
            s.entry = i;
        }
        if let Some(w) = &mut s.wanted {
            w.entry = i;
        }
        return;
    }
    let u = s.pending_url.take().unwrap_or_default();
    let idx = resolve_entry(s, &m, &u);
    load_entry(s, idx, fx);
}

/// The manifest entry the address names: `model` (case-insensitive), else the first of
/// `dataset`, else the first entry; unknown names fall back with a notice.
fn resolve_entry(s: &mut State, m: &Manifest, u: &UrlState) -> usize {
    if let Some(id) = &u.model {
        if let Some(i) = m.bundles.iter().position(|b| b.id.eq_ignore_ascii_case(id)) {
            return i;
        }
        let ids: Vec<&str> = m.bundles.iter().map(|b| b.id.as_str()).collect();
        s.notices.push(t!(
            "notice-no-model",
            asked = quote(id),
            shown = &m.bundles[0].id,
            models = ids.join(", ")
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
        let ids: Vec<String> = manifest::datasets(m).into_iter().map(|d| d.0).collect();
        s.notices.push(t!(
            "notice-no-dataset",
            asked = quote(ds),
            shown = &m.bundles[0].dataset,
            datasets = ids.join(", ")
        ));
    }
    0
}

/// Fetches manifest entry `idx` for the first view (or a retry of it).
fn load_entry(s: &mut State, idx: usize, fx: &mut Vec<Effect>) {
    let Some(m) = s.manifest.clone() else {
        return;
    };
    let url = join_url(MANIFEST_URL, &m.bundles[idx].view);
    let what = t!(
        "model-and-size",
        model = s.what(Some(idx), &url),
        size = size_text(m.bundles[idx].view_bytes)
    );
    if let Some(ex) = s.cache.views.get(&url).cloned() {
        show(s, ex, Some(idx), fx);
        return;
    }
    let req = request(
        s,
        Pending::Model {
            url: url.clone(),
            entry: Some(idx),
        },
        fx,
    );
    s.wanted = Some(Wanted {
        req,
        url,
        entry: Some(idx),
        what,
    });
}

/// A switcher picked manifest entry `idx`: fetch it (unless cached) while the old map
/// stays; a later pick supersedes this one.
pub(crate) fn switch_to(s: &mut State, idx: usize, fx: &mut Vec<Effect>) {
    s.switch_error = None;
    s.bundle = None; // a pick from the manifest replaces a `?bundle=` file
    if Some(idx) == s.entry && s.model.is_some() {
        s.wanted = None; // back to the model on screen: drop a pending switch
        return;
    }
    load_entry(s, idx, fx);
}

fn model_arrived(
    s: &mut State,
    req: u64,
    url: String,
    entry: Option<usize>,
    result: Result<Vec<u8>, FetchError>,
    fx: &mut Vec<Effect>,
) {
    let parsed = match result {
        Ok(bytes) => ViewFile::from_bytes(&bytes, &quote(file_name(&url)))
            .map(Rc::new)
            .map_err(|e| Failure {
                text: t!("load-failed-file", url = quote(&url), why = e.to_string()),
                retry: false,
            }),
        Err(e) => Err(load_failure(&quote(&url), &e)),
    };
    let current = s.wanted.as_ref().is_some_and(|w| w.req == req);
    // the manifest may have recognised a `?bundle=` file as one of its entries meanwhile
    let entry = match &s.wanted {
        Some(w) if current => w.entry,
        _ => entry,
    };
    match parsed {
        Ok(ex) => {
            s.cache.views.insert(url, ex.clone());
            if current {
                show(s, ex, entry, fx);
            }
        }
        Err(f) if current => {
            s.wanted = None;
            if f.retry {
                s.requests.retry = Some(Pending::Model { url, entry });
            }
            match &s.model {
                Some(_) => {
                    let text = match s.entry_ref() {
                        Some(e) => t!(
                            "switch-failed-still",
                            why = f.text,
                            model = s.model_label(e)
                        ),
                        None => f.text,
                    };
                    s.switch_error = Some(Failure {
                        text,
                        retry: f.retry,
                    });
                }
                None => s.error = Some(f),
            }
        }
        Err(_) => {} // a superseded request: nothing to tell
    }
}

/// Puts a view file opened from disk on screen (the training view's "Open a bundle
/// file"): like a `?bundle=` file, it is no manifest entry.
pub(crate) fn show_file(s: &mut State, ex: Rc<ViewFile>) -> Vec<Effect> {
    let mut fx = Vec::new();
    s.bundle = None;
    show(s, ex, None, &mut fx);
    fx
}

/// Puts model `ex` (manifest entry `entry`) on screen, closing the evolution view.
fn show(s: &mut State, ex: Rc<ViewFile>, entry: Option<usize>, fx: &mut Vec<Effect>) {
    let first = s.model.is_none();
    let label = s.what(entry, "");
    s.wanted = None;
    s.error = None;
    s.switch_error = None;
    s.requests.retry = None;
    evolution::update::close_silently(s, fx);
    s.evo.error = None;
    s.model = Some(ex);
    s.entry = entry;
    s.map_version += 1;
    if s.cursor.from_url {
        s.cursor.from_url = false;
        let z = s.z();
        if z != s.cursor.chosen {
            let c = s.cursor.chosen;
            s.notices.push(t!(
                "notice-z-off-map",
                asked = address::z_address(c),
                shown = address::z_address(z),
            ));
            s.cursor.chosen = z;
        }
    } else {
        s.cursor.chosen = s.z();
    }
    if first {
        cursor::settle_url_zoom(s);
        #[cfg(feature = "tools")]
        if let Some(g) = s.grid() {
            crate::tools::interp::state::settle_url_ends(&mut s.tools.interp, &g, &mut s.notices);
        }
    }
    cursor::take_as_reported(s);
    if !first {
        s.say(t!("say-showing", model = label));
    }
    match s.evo.want_epoch.take() {
        Some(epoch) if s.entry_ref().is_some_and(|e| e.evolution.is_some()) => {
            evolution::update::open(s, Some(epoch), fx)
        }
        Some(epoch) => s.notices.push(t!("notice-no-evolution", epoch = epoch)),
        None => {}
    }
    s.replace_url(fx);
}
