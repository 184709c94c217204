//! The lesson's files: where the shown model's (and the other designs') files are, which each
//! step needs, asking for them, and parsing them as they arrive.

use super::{Lesson, LessonEffect, Step};
use latent_core::bundle::lesson::StudyFile;
use latent_core::bundle::{
    ClassifierFile, EncoderFile, LessonFile, Manifest, TestImages, ViewFile,
};
use latent_i18n::{t, Text};
use std::rc::Rc;

/// Where the shown model's files are (the page says, relative to the page).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Urls {
    /// The model id, e.g. `mnist-vae`.
    pub model: String,
    /// Its view file (decoder and class map).
    pub view: String,
    /// Its encoder.
    pub encoder: String,
    /// Its dataset's classifier.
    pub classifier: String,
    /// Its dataset's test images.
    pub tests: String,
    /// Its lesson file ([`LessonFile`]).
    pub lesson: String,
    /// The list of models (`manifest.json`: the other designs of the dataset).
    pub manifest: String,
    /// Its dataset's study file ([`StudyFile`]).
    pub study: String,
}

/// A design the questions compare, by its bundle name in the dataset's folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Design {
    /// `plain`: the plain autoencoder.
    Plain,
    /// `vae`: the VAE, β = 1.
    Vae,
    /// `beta4`: the β-VAE, β = 4.
    Beta,
}

impl Design {
    /// Its bundle name (`<dataset>-<name>` is its model id).
    pub fn name(self) -> &'static str {
        match self {
            Design::Plain => "plain",
            Design::Vae => "vae",
            Design::Beta => "beta4",
        }
    }

    /// Its label's message id.
    pub fn label(self) -> Text {
        Text::id(match self {
            Design::Plain => "lesson-design-plain",
            Design::Vae => "lesson-design-vae",
            Design::Beta => "lesson-design-beta4",
        })
    }
}

/// Which file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The view file.
    View,
    /// The encoder.
    Encoder,
    /// The classifier.
    Classifier,
    /// The test images.
    Tests,
    /// The lesson file.
    Lesson,
    /// The list of models.
    Manifest,
    /// The dataset's study file.
    Study,
    /// Another design's lesson file.
    Sibling(Design),
    /// Another design's view file (its decoder).
    SiblingView(Design),
}

/// The model's files, parsed.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Decoder and class map.
    pub view: Option<Rc<ViewFile>>,
    /// Encoder.
    pub encoder: Option<Rc<EncoderFile>>,
    /// Classifier.
    pub classifier: Option<Rc<ClassifierFile>>,
    /// Held-out test images.
    pub tests: Option<Rc<TestImages>>,
    /// Training codes and quantiles.
    pub lesson: Option<Rc<LessonFile>>,
    /// The list of models.
    pub manifest: Option<Rc<Manifest>>,
    /// The latent-size study's reconstructions.
    pub study: Option<Rc<StudyFile>>,
    /// Other designs' lesson files.
    pub siblings: Vec<(Design, Rc<LessonFile>)>,
    /// Other designs' view files.
    pub sibling_views: Vec<(Design, Rc<ViewFile>)>,
}

impl Files {
    /// Design `d`'s lesson file, when loaded.
    pub fn sibling(&self, d: Design) -> Option<&Rc<LessonFile>> {
        self.siblings.iter().find(|s| s.0 == d).map(|s| &s.1)
    }

    /// Design `d`'s view file, when loaded.
    pub fn sibling_view(&self, d: Design) -> Option<&Rc<ViewFile>> {
        self.sibling_views.iter().find(|s| s.0 == d).map(|s| &s.1)
    }
}

impl Lesson {
    /// The files the step needs.
    pub fn needs(step: Step) -> &'static [Kind] {
        use Design::*;
        match step {
            Step::Encode => &[Kind::View, Kind::Encoder, Kind::Tests],
            Step::Bounds => &[Kind::View, Kind::Lesson],
            Step::Meshgrid | Step::Decode => &[Kind::View],
            Step::Classify => &[Kind::View, Kind::Classifier],
            Step::Dims => &[Kind::View, Kind::Study, Kind::Tests],
            Step::Sparse => &[
                Kind::View,
                Kind::Manifest,
                Kind::Tests,
                Kind::Sibling(Plain),
                Kind::Sibling(Vae),
                Kind::SiblingView(Plain),
                Kind::SiblingView(Vae),
            ],
            Step::Similar => &[
                Kind::View,
                Kind::Manifest,
                Kind::Tests,
                Kind::Sibling(Plain),
                Kind::Sibling(Vae),
                Kind::Sibling(Beta),
            ],
            Step::Epochs => &[Kind::View, Kind::Manifest, Kind::Sibling(Vae)],
        }
    }

    /// The address of file `k`, when it can be known (another design's files need the list
    /// of models and the shown model's dataset first).
    pub fn url_of(&self, k: Kind) -> Option<String> {
        let urls = self.urls.as_ref()?;
        Some(match k {
            Kind::View => urls.view.clone(),
            Kind::Encoder => urls.encoder.clone(),
            Kind::Classifier => urls.classifier.clone(),
            Kind::Tests => urls.tests.clone(),
            Kind::Lesson => urls.lesson.clone(),
            Kind::Manifest => urls.manifest.clone(),
            Kind::Study => urls.study.clone(),
            Kind::Sibling(d) | Kind::SiblingView(d) => {
                let m = self.files.manifest.as_ref()?;
                let ds = &self.files.view.as_ref()?.meta.dataset;
                let id = format!("{ds}-{}", d.name());
                let e = m.bundles.iter().find(|b| b.id == id)?;
                let base = urls.manifest.rsplit_once('/').map_or("", |(b, _)| b);
                let view = if base.is_empty() {
                    e.view.clone()
                } else {
                    format!("{base}/{}", e.view)
                };
                match k {
                    Kind::SiblingView(_) => view,
                    _ => format!("{}.lesson.safetensors", view.strip_suffix(".safetensors")?),
                }
            }
        })
    }

    /// Whether the shown step has every file it needs.
    pub fn ready(&self) -> bool {
        self.step
            .is_some_and(|s| Lesson::needs(s).iter().all(|&k| self.has(k)))
    }

    fn has(&self, k: Kind) -> bool {
        let f = &self.files;
        match k {
            Kind::View => f.view.is_some(),
            Kind::Encoder => f.encoder.is_some(),
            Kind::Classifier => f.classifier.is_some(),
            Kind::Tests => f.tests.is_some(),
            Kind::Lesson => f.lesson.is_some(),
            Kind::Manifest => f.manifest.is_some(),
            Kind::Study => f.study.is_some(),
            Kind::Sibling(d) => f.sibling(d).is_some(),
            Kind::SiblingView(d) => f.sibling_view(d).is_some(),
        }
    }
}

/// Asks for the files the shown step needs and the lesson has neither nor waits for.
pub(super) fn fetch_needed(l: &mut Lesson, fx: &mut Vec<LessonEffect>) {
    let (Some(step), Some(urls)) = (l.step, l.urls.clone()) else {
        return;
    };
    if l.error.is_some() {
        return;
    }
    let _ = urls;
    for &k in Lesson::needs(step) {
        if l.has(k) || l.pending.iter().any(|p| p.1 == k) {
            continue;
        }
        // another design's files wait for the list of models and the dataset
        let Some(url) = l.url_of(k) else {
            let waiting = l.files.manifest.is_none() || l.files.view.is_none();
            if !waiting {
                l.error = Some(t!("lesson-no-design", design = design_of(k)));
            }
            continue;
        };
        l.last_req += 1;
        l.pending.push((l.last_req, k, url.clone()));
        fx.push(LessonEffect::Fetch {
            req: l.last_req,
            url,
        });
    }
}

/// The design a file belongs to, for a sentence.
fn design_of(k: Kind) -> Text {
    match k {
        Kind::Sibling(d) | Kind::SiblingView(d) => d.label(),
        _ => t!("lesson-verbatim", text = ""),
    }
}

pub(super) fn arrived(l: &mut Lesson, req: u64, result: Result<Vec<u8>, Text>) {
    let Some(i) = l.pending.iter().position(|p| p.0 == req) else {
        return; // a file of a model shown before
    };
    let (_, kind, url) = l.pending.remove(i);
    let bytes = match result {
        Ok(b) => b,
        // the latent-size study was run on MNIST only: other datasets have no study file
        Err(why) if kind == Kind::Study => {
            l.error = Some(t!("lesson-dims-missing", url = url, why = why));
            return;
        }
        Err(why) => {
            l.error = Some(t!("lesson-load-failed", url = url, why = why));
            return;
        }
    };
    let name = url.rsplit('/').next().unwrap_or(&url).to_string();
    let f = &mut l.files;
    let parsed = match kind {
        Kind::View => ViewFile::from_bytes(&bytes, &name).map(|v| f.view = Some(Rc::new(v))),
        Kind::Encoder => {
            EncoderFile::from_bytes(&bytes, &name).map(|v| f.encoder = Some(Rc::new(v)))
        }
        Kind::Classifier => {
            ClassifierFile::from_bytes(&bytes, &name).map(|v| f.classifier = Some(Rc::new(v)))
        }
        Kind::Tests => TestImages::from_bytes(&bytes, &name).map(|v| f.tests = Some(Rc::new(v))),
        Kind::Lesson => LessonFile::from_bytes(&bytes, &name).map(|v| f.lesson = Some(Rc::new(v))),
        Kind::Manifest => Manifest::parse(&bytes, &name).map(|v| f.manifest = Some(Rc::new(v))),
        Kind::Study => StudyFile::from_bytes(&bytes, &name).map(|v| f.study = Some(Rc::new(v))),
        Kind::Sibling(d) => {
            LessonFile::from_bytes(&bytes, &name).map(|v| f.siblings.push((d, Rc::new(v))))
        }
        Kind::SiblingView(d) => {
            ViewFile::from_bytes(&bytes, &name).map(|v| f.sibling_views.push((d, Rc::new(v))))
        }
    };
    if let Err(e) = parsed {
        l.error = Some(t!(
            "lesson-load-failed",
            url = url,
            why = t!("lesson-verbatim", text = e.to_string())
        ));
    }
}
