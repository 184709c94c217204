//! The files the hands-on views fetch on first use: the shown model's encoder, its
//! dataset's classifier and test images. Parsed once and cached by URL; a failed download is
//! not asked for again until the visitor presses "Try again".

use crate::model::fetch::MANIFEST_URL;
use crate::model::manifest::join_url;
use latent_core::bundle::{files, Manifest, ManifestEntry};
#[cfg(feature = "tools")]
use {
    super::Tool,
    crate::model::fetch::{load_failure, Cache, Failure, FetchError},
    crate::model::manifest::file_name,
    latent_core::bundle::{ClassifierFile, EncoderFile, TestImages},
    latent_i18n::{t, Text},
    std::rc::Rc,
};

/// Where the shown model came from, which says where the files beside it are: what the page
/// lends the hands-on views to find them ([`State::place`](crate::model::state::State::place)).
#[derive(Debug, Clone, Copy, Default)]
pub struct Place<'a> {
    /// `?bundle=<path>`, when the model came from there.
    pub bundle: Option<&'a str>,
    /// The model's manifest entry, when it is one.
    pub entry: Option<&'a ManifestEntry>,
    /// The list of models, once loaded.
    pub manifest: Option<&'a Manifest>,
    /// The shown model's dataset (`None`: no model yet).
    pub dataset: Option<&'a str>,
    /// The compared model's manifest entry (`compare=`), when one is shown.
    pub compare: Option<&'a ManifestEntry>,
}

impl<'a> Place<'a> {
    /// Where the compared model's files are, when one is shown (its encoder; the dataset's
    /// classifier and test images are the shown model's).
    pub fn compared(&self) -> Option<Place<'a>> {
        Some(Place {
            bundle: None,
            entry: Some(self.compare?),
            compare: None,
            ..*self
        })
    }
}

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
    /// Its key in the loading line's message (`tool-files-loading`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Encoder => "encoder",
            Kind::Classifier => "classifier",
            Kind::Tests => "tests",
        }
    }
}

/// The hands-on views' files.
#[cfg(feature = "tools")]
#[derive(Default)]
pub struct Files {
    /// Parsed encoders by URL.
    pub encoders: Cache<Rc<EncoderFile>>,
    /// Parsed classifiers by URL.
    pub classifiers: Cache<Rc<ClassifierFile>>,
    /// Parsed test-image files by URL.
    pub tests: Cache<Rc<TestImages>>,
    /// Downloads in flight: request, kind, URL.
    pub pending: Vec<(u64, Kind, String)>,
    /// Failed downloads (not asked for again until [`Files::retry`]).
    pub failed: Vec<(Kind, String, Failure)>,
}

#[cfg(feature = "tools")]
impl Files {
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
                    text: t!("load-failed-file", url = &url, why = e.to_string()),
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
pub fn view_url(p: &Place) -> Option<String> {
    if let Some(b) = p.bundle {
        return Some(b.to_string());
    }
    p.entry.map(|e| join_url(MANIFEST_URL, &e.view))
}

/// The folder of the shown model's view file, with its final `/` (empty at the root); for a
/// file opened from disk (no address), the folder of the manifest's first model of the same
/// dataset, where that dataset's classifier and test images are.
fn folder(p: &Place) -> Option<String> {
    let v = match view_url(p) {
        Some(v) => v,
        None => {
            let dataset = p.dataset?;
            let e = p.manifest?.bundles.iter().find(|e| e.dataset == dataset)?;
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
pub fn encoder_url(p: &Place) -> Option<String> {
    if p.bundle.is_none() {
        if let Some(e) = p.entry.and_then(|e| e.encoder.clone()) {
            return Some(join_url(MANIFEST_URL, &e));
        }
    }
    let v = view_url(p)?;
    let stem = v.strip_suffix(".safetensors")?;
    Some(files::encoder_file(stem))
}

/// The shown dataset's classifier file (beside the view file).
pub fn classifier_url(p: &Place) -> Option<String> {
    Some(format!("{}{}", folder(p)?, files::CLASSIFIER_FILE))
}

/// The shown dataset's test-image file (beside the view file).
pub fn tests_url(p: &Place) -> Option<String> {
    Some(format!("{}{}", folder(p)?, files::TEST_IMAGES_FILE))
}

/// The files view `open` needs now (`want_tests`: a test image is asked for; `encoded`: the
/// encode view has an image, whose nearest test codes a compared model needs too).
#[cfg(feature = "tools")]
pub fn needed(
    open: Option<Tool>,
    want_tests: bool,
    encoded: bool,
    p: &Place,
) -> Vec<(Kind, String)> {
    if p.dataset.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut add = |k: Kind, u: Option<String>| {
        if let Some(u) = u {
            out.push((k, u));
        }
    };
    match open {
        Some(Tool::Encode) => {
            add(Kind::Encoder, encoder_url(p));
            let compared = p.compared().filter(|_| encoded);
            if want_tests || compared.is_some() {
                add(Kind::Tests, tests_url(p));
            }
            if let Some(c) = compared {
                add(Kind::Encoder, encoder_url(&c));
            }
        }
        Some(Tool::Interp) | Some(Tool::Classify) => add(Kind::Classifier, classifier_url(p)),
        Some(Tool::Tiles) | None => {}
    }
    out
}

#[cfg(feature = "tools")]
impl Files {
    /// The shown model's encoder and its URL, when loaded.
    pub fn encoder(&self, p: &Place) -> Option<(String, Rc<EncoderFile>)> {
        let url = encoder_url(p)?;
        let e = self.encoders.get(&url).cloned()?;
        Some((url, e))
    }

    /// The shown dataset's classifier, when loaded.
    pub fn classifier(&self, p: &Place) -> Option<Rc<ClassifierFile>> {
        self.classifiers.get(&classifier_url(p)?).cloned()
    }

    /// The shown dataset's test images, when loaded.
    pub fn test_images(&self, p: &Place) -> Option<Rc<TestImages>> {
        self.tests.get(&tests_url(p)?).cloned()
    }

    /// `Loading the encoder (1.1 MB)…` for the files in `need` that are in flight.
    pub fn loading_line(&self, need: &[(Kind, String)]) -> Option<Text> {
        let mut what: Vec<Kind> = self
            .pending
            .iter()
            .filter(|(_, _, u)| need.iter().any(|(_, n)| n == u))
            .map(|(_, k, _)| *k)
            .collect();
        what.sort_by_key(|k| *k as u8);
        what.dedup();
        // one message, its variant chosen by which files load: `encoder`, `classifier-tests`, …
        let which: Vec<&str> = what.iter().map(|k| k.key()).collect();
        (!which.is_empty()).then(|| t!("tool-files-loading", which = which.join("-")))
    }

    /// The failure of a file in `need`.
    pub fn failure(&self, need: &[(Kind, String)]) -> Option<&Failure> {
        self.failed
            .iter()
            .find(|(_, u, _)| need.iter().any(|(_, n)| n == u))
            .map(|(_, _, f)| f)
    }
}

/// Why view `open` cannot work with the shown model, when the page has no address for a
/// file it needs: a model opened from disk brings no encoder, and its dataset may have no
/// classifier on this site.
#[cfg(feature = "tools")]
pub fn unavailable(open: Option<Tool>, p: &Place) -> Option<Text> {
    // only a model opened from disk has no address (the renderer asks on every frame, pointer
    // moves included: models from the list or `?bundle=` stop here, before any URL is built)
    if p.dataset.is_none() || p.bundle.is_some() || p.entry.is_some() {
        return None;
    }
    match open? {
        Tool::Encode if encoder_url(p).is_none() => Some(t!("tool-no-encoder")),
        Tool::Interp | Tool::Classify if classifier_url(p).is_none() => {
            Some(t!("tool-no-classifier"))
        }
        _ => None,
    }
}
