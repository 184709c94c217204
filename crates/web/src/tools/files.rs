//! The files the hands-on views fetch on first use: the shown model's encoder, its
//! dataset's classifier and test images. Parsed once and cached by URL; a failed download is
//! not asked for again until the visitor presses "Try again".

use super::Tool;
use crate::msg::FetchError;
use crate::state::{file_name, load_failure, Cache, Failure, State, MANIFEST_URL};
use crate::view::join_url;
use latent_core::bundle::{files, ClassifierFile, EncoderFile, TestImages};
use std::rc::Rc;

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `<model>.encoder.safetensors`.
    Encoder,
    /// `<dataset>/classifier.safetensors`.
    Classifier,
    /// `<dataset>/test-images.safetensors`.
    Tests,
}

impl Kind {
    /// For the loading line: `the encoder`.
    pub fn what(self) -> &'static str {
        match self {
            Kind::Encoder => "the encoder",
            Kind::Classifier => "the classifier",
            Kind::Tests => "the test images",
        }
    }
}

/// The hands-on views' files.
#[derive(Default)]
pub struct Assets {
    /// Parsed encoders by URL.
    pub encoders: Cache<Rc<EncoderFile>>,
    /// Parsed classifiers by URL.
    pub classifiers: Cache<Rc<ClassifierFile>>,
    /// Parsed test-image files by URL.
    pub tests: Cache<Rc<TestImages>>,
    /// Downloads in flight: request, kind, URL.
    pub pending: Vec<(u64, Kind, String)>,
    /// Failed downloads (not asked for again until [`Assets::retry`]).
    pub failed: Vec<(Kind, String, Failure)>,
}

impl Assets {
    /// Whether `url` is parsed and cached.
    pub fn has(&self, kind: Kind, url: &str) -> bool {
        match kind {
            Kind::Encoder => self.encoders.get(url).is_some(),
            Kind::Classifier => self.classifiers.get(url).is_some(),
            Kind::Tests => self.tests.get(url).is_some(),
        }
    }

    /// Records request `req` for `url` unless it is cached, in flight or failed; returns
    /// whether the caller must fetch it.
    pub fn want(&mut self, kind: Kind, url: &str, req: u64) -> bool {
        if self.has(kind, url)
            || self.pending.iter().any(|(_, _, u)| u == url)
            || self.failed.iter().any(|(_, u, _)| u == url)
        {
            return false;
        }
        self.pending.push((req, kind, url.to_string()));
        true
    }

    /// Whether `req` is one of these downloads.
    pub fn owns(&self, req: u64) -> bool {
        self.pending.iter().any(|(r, _, _)| *r == req)
    }

    /// Parses an arrived file into its cache, or records why it failed.
    pub fn arrived(&mut self, req: u64, result: Result<Vec<u8>, FetchError>) {
        let Some(i) = self.pending.iter().position(|(r, _, _)| *r == req) else {
            return;
        };
        let (_, kind, url) = self.pending.remove(i);
        let bytes = match result {
            Ok(b) => b,
            Err(e) => {
                self.failed
                    .push((kind, url.clone(), load_failure(&url, &e)));
                return;
            }
        };
        let name = file_name(&url);
        let parsed = match kind {
            Kind::Encoder => EncoderFile::from_bytes(&bytes, name)
                .map(|e| self.encoders.insert(url.clone(), Rc::new(e))),
            Kind::Classifier => ClassifierFile::from_bytes(&bytes, name)
                .map(|c| self.classifiers.insert(url.clone(), Rc::new(c))),
            Kind::Tests => TestImages::from_bytes(&bytes, name)
                .map(|t| self.tests.insert(url.clone(), Rc::new(t))),
        };
        if let Err(e) = parsed {
            self.failed.push((
                kind,
                url.clone(),
                Failure {
                    text: format!("Could not load {url}: {e}"),
                    retry: false,
                },
            ));
        }
    }

    /// Forgets the failures, so the next update asks for the files again.
    pub fn retry(&mut self) {
        self.failed.clear();
    }
}

/// The shown model's view file URL (the manifest entry's, or `?bundle=`).
pub fn view_url(s: &State) -> Option<String> {
    if let Some(b) = &s.bundle {
        return Some(b.clone());
    }
    s.entry_ref().map(|e| join_url(MANIFEST_URL, &e.view))
}

/// The folder of the shown model's view file, with its final `/` (empty at the root); for a
/// file opened from disk (no address), the folder of the manifest's first model of the same
/// dataset, where that dataset's classifier and test images are.
fn folder(s: &State) -> Option<String> {
    let v = match view_url(s) {
        Some(v) => v,
        None => {
            let dataset = &s.model.as_ref()?.bundle().meta.dataset;
            let e = s
                .manifest
                .as_ref()?
                .bundles
                .iter()
                .find(|e| &e.dataset == dataset)?;
            join_url(MANIFEST_URL, &e.view)
        }
    };
    Some(match v.rfind('/') {
        Some(i) => v[..=i].to_string(),
        None => String::new(),
    })
}

/// The shown model's encoder file: the manifest's `encoder`, else by name beside the view
/// file (`x.safetensors` → `x.encoder.safetensors`).
pub fn encoder_url(s: &State) -> Option<String> {
    if s.bundle.is_none() {
        if let Some(e) = s.entry_ref().and_then(|e| e.encoder.clone()) {
            return Some(join_url(MANIFEST_URL, &e));
        }
    }
    let v = view_url(s)?;
    let stem = v.strip_suffix(".safetensors")?;
    Some(files::encoder_file(stem))
}

/// The shown dataset's classifier file (beside the view file).
pub fn classifier_url(s: &State) -> Option<String> {
    Some(format!("{}{}", folder(s)?, files::CLASSIFIER_FILE))
}

/// The shown dataset's test-image file (beside the view file).
pub fn tests_url(s: &State) -> Option<String> {
    Some(format!("{}{}", folder(s)?, files::TEST_IMAGES_FILE))
}

/// The files the open view needs now.
pub fn needed(s: &State) -> Vec<(Kind, String)> {
    if s.model.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut add = |k: Kind, u: Option<String>| {
        if let Some(u) = u {
            out.push((k, u));
        }
    };
    match s.tools.open {
        Some(Tool::Encode) => {
            add(Kind::Encoder, encoder_url(s));
            if s.tools.encode.want_pick.is_some() {
                add(Kind::Tests, tests_url(s));
            }
        }
        Some(Tool::Interp) | Some(Tool::Classify) => add(Kind::Classifier, classifier_url(s)),
        Some(Tool::Tiles) | None => {}
    }
    out
}

/// The shown model's encoder, when loaded.
pub fn encoder(s: &State) -> Option<Rc<EncoderFile>> {
    s.tools.assets.encoders.get(&encoder_url(s)?).cloned()
}

/// The shown dataset's classifier, when loaded.
pub fn classifier(s: &State) -> Option<Rc<ClassifierFile>> {
    s.tools.assets.classifiers.get(&classifier_url(s)?).cloned()
}

/// The shown dataset's test images, when loaded.
pub fn tests(s: &State) -> Option<Rc<TestImages>> {
    s.tools.assets.tests.get(&tests_url(s)?).cloned()
}

/// `Loading the encoder (1.1 MB)…` for files of the open view in flight.
pub fn loading_line(s: &State) -> Option<String> {
    let need = needed(s);
    let what: Vec<&str> = s
        .tools
        .assets
        .pending
        .iter()
        .filter(|(_, _, u)| need.iter().any(|(_, n)| n == u))
        .map(|(_, k, _)| k.what())
        .collect();
    (!what.is_empty()).then(|| format!("Loading {}…", what.join(" and ")))
}

/// Why the open view cannot work with the shown model, when the page has no address for a file
/// it needs: a model opened from disk brings no encoder, and its dataset may have no
/// classifier on this site.
pub fn unavailable(s: &State) -> Option<String> {
    // only a model opened from disk has no address (the renderer asks on every frame, pointer
    // moves included: models from the list or `?bundle=` stop here, before any URL is built)
    if s.model.is_none() || s.bundle.is_some() || s.entry.is_some() {
        return None;
    }
    let (missing, what) = match s.tools.open? {
        Tool::Encode if encoder_url(s).is_none() => (
            "its encoder",
            "Encoding needs the encoder, which a view file does not hold",
        ),
        Tool::Interp | Tool::Classify if classifier_url(s).is_none() => (
            "its dataset's classifier",
            "This view needs the classifier of the model's dataset, which this site does not have",
        ),
        _ => return None,
    };
    Some(format!(
        "{what}: the model on the map was opened from a file, and the page cannot fetch {missing}. \
         Choose a model from the list, or open its view file from this site's address \
         (?bundle=…) so that the files beside it are found."
    ))
}

/// The failure of a file the open view needs.
pub fn failure(s: &State) -> Option<&Failure> {
    let need = needed(s);
    s.tools
        .assets
        .failed
        .iter()
        .find(|(_, u, _)| need.iter().any(|(_, n)| n == u))
        .map(|(_, _, f)| f)
}
