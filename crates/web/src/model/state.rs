//! The page's whole state, grouped by feature, and what the renderer and the address read of
//! it. Pure Rust, no web-sys; changed only by [`update`](super::update::update).
//!
//! The groups live beside the code that changes them: loading ([`super::load`]), the cursor
//! ([`Cursor`], [`super::cursor`]), the training evolution ([`Evo`], [`super::evolution`]),
//! zoom ([`Zoom`], [`super::zoom`]) and the hands-on views ([`Tools`], `tools/`).

use super::address::{self, Parts, UrlState};
use super::evolution::{Decoder, Evo};
use super::fetch::Failure;
use super::fetch::{Caches, Requests};
use super::msg::{Effect, Source};
use super::text::Lang;
use super::zoom::Zoom;
use super::{embed, manifest};
use crate::tools::ctx::{Compared, Ctx};
use crate::tools::files::Place;
use crate::tools::state::Tools;
use latent_core::bundle::{Manifest, ManifestEntry, ViewFile};
use latent_core::latent_map::{ClassMap, Meshgrid};
use latent_i18n::{t, Text};
use std::rc::Rc;

/// A model whose view file is being fetched for the switchers (or the first view).
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    /// The request.
    pub req: u64,
    /// Its URL.
    pub url: String,
    /// Its manifest entry (`None` for `?bundle=`).
    pub entry: Option<usize>,
    /// `MNIST · VAE, 470 kB` — for the loading line.
    pub what: Text,
}

/// The cursor: the point the visitor chose and how it is reported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cursor {
    /// The point the visitor chose, latent units. What is shown and decoded is this point
    /// clamped to the map on screen ([`State::z`]), so an epoch with narrower bounds never
    /// shows a point off its map, and closing the view brings the chosen point back.
    pub chosen: [f32; 2],
    /// How the cursor last moved.
    pub source: Source,
    /// The class under the cursor when it was last reported (`Some(None)`: off the map).
    pub(crate) reported_class: Option<Option<u8>>,
    /// Whether the address's `z` is still to be checked against the first map.
    pub(crate) from_url: bool,
    /// Whether the address's epoch has been checked against its `z` (one notice at most).
    pub(crate) epoch_notice_done: bool,
}

/// How the page is shown: what the address says about the page as a whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mode {
    /// `?embed=1`.
    pub embed: bool,
    /// `?present=1`: presentation mode.
    pub present: bool,
    /// `qr=0/1` from the address or the QR code's "Hide" button (`None`: shown in present
    /// mode only).
    pub qr: Option<bool>,
    /// Parts the address hides or shows.
    pub parts: Parts,
    /// The page's address without query and fragment (for the embed snippet).
    pub base: String,
}

/// The QR code's own wasm module (`latent-qr`, fetched when a QR code is first needed).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum QrModule {
    /// Not asked for yet.
    #[default]
    Absent,
    /// Downloading and starting.
    Loading,
    /// Loaded: the renderer draws the code.
    Ready,
    /// Could not be loaded (why); asked again by the next "Save PNG".
    Failed(Text),
}

/// The "Embed" dialog.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedDialog {
    /// The snippet panel is open.
    pub open: bool,
    /// `Some(true)`: the snippet was copied; `Some(false)`: the clipboard refused.
    pub copied: Option<bool>,
}

/// The "Train it yourself" panel as the page sees it: open or closed, and whether the
/// training view's module (`latent-train-view`, which draws everything inside the panel) is
/// loaded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrainPanel {
    /// The panel is open.
    pub open: bool,
    /// Where loading the module is.
    pub module: TrainModule,
    /// `train_steps` and `train_limit` from the address (kept in it for the training view).
    pub limits: [Option<usize>; 2],
}

/// Loading the training view's module.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum TrainModule {
    /// Not asked for yet.
    #[default]
    Absent,
    /// Downloading and starting.
    Loading,
    /// Mounted: it draws the panel's content.
    Ready,
    /// Could not be loaded (the sentence); opening the panel again tries again.
    Failed(Text),
}

/// The lesson's place on the page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LessonPanel {
    /// The step shown (`lesson=`), `None` while the lesson is closed.
    pub step: Option<String>,
    /// Its module ([`TrainModule`]'s states: absent, loading, ready, failed).
    pub module: TrainModule,
    /// "Start the lesson" was pressed: the card takes the keyboard's focus once it is shown
    /// (an address's `lesson=` never takes it: a slide deck keeps its keys).
    pub focus: bool,
}

/// A view file opened from disk: what the page says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileLine {
    /// "Showing <file> on the map above …".
    pub notice: Option<Text>,
    /// "Could not open <file>: <the loader's error>".
    pub error: Option<Text>,
}

/// The page's whole state.
#[derive(Default)]
pub struct State {
    /// The list of models, once loaded.
    pub manifest: Option<Rc<Manifest>>,
    /// The manifest could not be loaded (with `?bundle=` the page still works).
    pub manifest_error: Option<Text>,
    /// The shown model's manifest entry (`None` with `?bundle=`, a file from disk, or before
    /// the first load).
    pub entry: Option<usize>,
    /// The shown model (final weights), once one has loaded.
    pub model: Option<Rc<ViewFile>>,
    /// The model being fetched for the first view or a switch.
    pub wanted: Option<Wanted>,
    /// `?bundle=<path>` as accepted.
    pub bundle: Option<String>,
    /// A failure that leaves no model on screen (the first load).
    pub error: Option<Failure>,
    /// A failed switch (the old model stays).
    pub switch_error: Option<Failure>,
    /// The address's choice of model, kept until the manifest arrives.
    pub(crate) pending_url: Option<UrlState>,
    /// Downloads in flight and the last failed one.
    pub(crate) requests: Requests,
    /// Parsed files by URL.
    pub(crate) cache: Caches,
    /// The cursor.
    pub cursor: Cursor,
    /// The training-evolution view.
    pub evo: Evo,
    /// The hands-on views (encode, interpolate, classify, tiles, share).
    pub tools: Tools,
    /// Zoom and pan of the map (ignored while the evolution view is open).
    pub zoom: Zoom,
    /// The latest sentence for screen readers and its sequence number (each new sentence is
    /// announced once).
    pub announce: (u64, Text),
    /// Lines about the address: values that were ignored, clamped or replaced.
    pub notices: Vec<Text>,
    /// The page's language: its messages and number format (English until another
    /// locale's messages arrive).
    pub lang: Lang,
    /// The language chosen in the address or the language menu (kept in the address);
    /// `None` while the browser's preferred languages decide.
    pub lang_choice: Option<String>,
    /// The browser's preferred languages (`navigator.languages`).
    pub browser_languages: Vec<String>,
    /// The locale whose messages are being fetched (`None` when none is): until they arrive,
    /// `<html lang dir>` stays as it is (the head script gave an Arabic page its direction).
    pub lang_loading: Option<&'static str>,
    /// Embed and presentation mode, the parts shown.
    pub mode: Mode,
    /// The "Embed" dialog.
    pub embed_dialog: EmbedDialog,
    /// The "Train it yourself" panel (its content is the training view's own module).
    pub train: TrainPanel,
    /// The QR code's module.
    pub qr_module: QrModule,
    /// The lesson "How the map is made" (its card and picture are its own module's).
    pub lesson: LessonPanel,
    /// The second model shown beside the first (`compare=`).
    pub compare: super::compare::Compare,
    /// The line about the last view file opened from disk, or why it was refused.
    pub file: FileLine,
    /// A file opened while the list of models or a model from it is still to come (the build
    /// with the hands-on views taking over a model opened from disk): its name and bytes,
    /// opened once they are in, so that neither replaces it.
    pub file_later: Option<(String, Vec<u8>)>,
    /// Bumped whenever the map on screen changes (model, epoch): the renderer repaints.
    pub map_version: u64,
    /// Bumped by every message except cursor moves (pointer, keys, rest): the renderer
    /// redraws the page around the map (loading lines, errors, notices, switchers, the
    /// evolution controls) only when it changed.
    pub chrome: u64,
}

impl State {
    /// The class map on screen: the selected epoch's in the evolution view, else the model's.
    pub fn map(&self) -> Option<&ClassMap> {
        match &self.evo.open {
            Some(e) => Some(&e.data.frames[e.frame].map),
            None => self.model.as_ref().map(|m| &m.map),
        }
    }

    /// The meshgrid of the map on screen.
    pub fn grid(&self) -> Option<Meshgrid> {
        self.map().map(|m| m.grid)
    }

    /// The meshgrid of the part of the map on screen (the map box): [`State::grid`] zoomed
    /// and panned by [`State::zoom`] (the whole map in the evolution view). Pointer positions,
    /// the marker, the axes, the overlays and the tiles use it.
    pub fn window(&self) -> Option<Meshgrid> {
        let g = self.grid()?;
        Some(match self.evo.open {
            Some(_) => g,
            None => self.zoom.window(&g),
        })
    }

    /// The zoom in effect (none in the evolution view).
    pub fn zoom_shown(&self) -> Zoom {
        match self.evo.open {
            Some(_) => Zoom::default(),
            None => self.zoom,
        }
    }

    /// Class names of the map on screen.
    pub fn class_names(&self) -> &[String] {
        match (&self.evo.open, &self.model) {
            (Some(e), _) => &e.data.meta.class_names,
            (None, Some(m)) => &m.meta.class_names,
            _ => &[],
        }
    }

    /// The cursor shown and decoded: the chosen point clamped to the map on screen.
    pub fn z(&self) -> [f32; 2] {
        match self.grid() {
            Some(g) => g.clamp(self.cursor.chosen),
            None => self.cursor.chosen,
        }
    }

    /// The class and confidence of the map cell under the cursor.
    pub fn class_at_cursor(&self) -> Option<(u8, f32)> {
        self.map().and_then(|m| m.at(self.z()))
    }

    /// The decoder for the image: the selected epoch's in the evolution view, else the
    /// model's final one.
    pub fn decoder(&self) -> Option<Decoder> {
        self.evo.decoder(self.model.as_ref()?, &self.cache.views)
    }

    /// The shown model's manifest entry.
    pub fn entry_ref(&self) -> Option<&ManifestEntry> {
        Some(&self.manifest.as_ref()?.bundles[self.entry?])
    }

    /// The entry the switchers show: the one being loaded, else the shown one.
    pub fn shown_entry(&self) -> Option<usize> {
        self.wanted.as_ref().and_then(|w| w.entry).or(self.entry)
    }

    /// `loading`, `ready` or `error`: the page as a whole (`<body data-state>`).
    pub fn page_state(&self) -> &'static str {
        if self.model.is_some() {
            "ready"
        } else if self.error.is_some() {
            "error"
        } else {
            "loading"
        }
    }

    /// What the address says about this state.
    pub fn url_state(&self) -> UrlState {
        let model = self.entry_ref().map(|e| e.id.clone());
        UrlState {
            dataset: None,
            model: if self.bundle.is_some() { None } else { model },
            epoch: self.evo.open.as_ref().map(|e| e.epoch()),
            z: self.model.as_ref().map(|_| {
                let z = self.z();
                [address::round_z(z[0]), address::round_z(z[1])]
            }),
            embed: self.mode.embed,
            present: self.mode.present,
            qr: self.mode.qr,
            compare: self.compare.asked.clone(),
            parts: self.mode.parts,
            bundle: self.bundle.clone(),
            hands_on: self.tools.url(),
            zoom: self.zoom_shown(),
            train: self.train.open,
            train_limits: self.train.limits,
            lesson: self.lesson.step.clone(),
            lang: self.lang_choice.clone(),
        }
    }

    /// The `<iframe>` snippet of what is shown (see [`super::embed`]).
    pub fn embed_snippet(&self) -> String {
        let title = self.tr(&match self.entry_ref() {
            Some(e) => t!(
                "embed-iframe-title-model",
                dataset = self.dataset_label(&e.dataset, &e.dataset_label),
                model = self.model_label(e)
            ),
            None => t!("embed-iframe-title"),
        });
        embed::snippet(&self.mode.base, &self.url_state(), &title)
    }

    /// `MNIST · VAE` for manifest entry `entry`, else the file name of `url`.
    pub fn what(&self, entry: Option<usize>, url: &str) -> String {
        let (Some(m), Some(i)) = (&self.manifest, entry) else {
            return manifest::file_name(url).to_string();
        };
        let e = &m.bundles[i];
        let ds = manifest::datasets(m)
            .into_iter()
            .find(|d| d.0 == e.dataset)
            .map_or(e.dataset.clone(), |d| self.dataset_label(&d.0, &d.1));
        format!("{ds} · {}", self.model_label(e))
    }

    /// A model's label in the page's language: a built-in design's message
    /// (`design-label-<design>`) when the manifest's label is that message's English text,
    /// else the manifest's label as it is (your own data's).
    pub fn model_label(&self, e: &ManifestEntry) -> String {
        self.design_text("label", e, &e.label)
            .unwrap_or_else(|| e.label.clone())
    }

    /// A model's summary in the page's language (as [`State::model_label`], with
    /// `design-summary-<design>`), and whether it is the manifest's own text (English).
    pub fn model_summary(&self, e: &ManifestEntry) -> (String, bool) {
        let own = e.summary.trim();
        match self.design_text("summary", e, own) {
            Some(t) => (t, false),
            None => (own.to_string(), true),
        }
    }

    fn design_text(&self, what: &str, e: &ManifestEntry, manifest: &str) -> Option<String> {
        let design = manifest::design_of(&e.id, &e.dataset);
        let id = format!("design-{what}-{design}");
        let english = super::text::english();
        (english.text_of(&id, &[]).as_deref() == Some(manifest))
            .then(|| self.lang.text_of(&id, &[]))
            .flatten()
    }

    /// A dataset's name in the page's language: the message `dataset-label-<id>` of a built-in
    /// dataset (`MNIST digits`, `MNIST-Ziffern`), else `label` (the manifest's, your own data's).
    pub fn dataset_label(&self, id: &str, label: &str) -> String {
        self.lang
            .text_of(&format!("dataset-label-{id}"), &[])
            .unwrap_or_else(|| label.to_string())
    }

    /// Where the shown model's files are: what the hands-on views fetch beside it.
    pub fn place(&self) -> Place<'_> {
        Place {
            bundle: self.bundle.as_deref(),
            entry: self.entry_ref(),
            manifest: self.manifest.as_deref(),
            dataset: self.model.as_ref().map(|m| m.meta.dataset.as_str()),
            compare: self
                .compare
                .shown()
                .and_then(|(i, _)| self.manifest.as_ref()?.bundles.get(i)),
        }
    }

    /// What the hands-on views may read of the page.
    pub(crate) fn tool_ctx(&self) -> Ctx<'_> {
        Ctx {
            model: self.model.as_ref(),
            map: self.map(),
            window: self.window(),
            z: self.z(),
            class_names: self.class_names(),
            evolution: self.evo.open.is_some(),
            place: self.place(),
            lang: &self.lang,
            compare: self.compare.shown().and_then(|(i, _)| {
                Some(Compared {
                    first: self.model_label(self.entry_ref()?),
                    second: self.model_label(self.manifest.as_ref()?.bundles.get(i)?),
                })
            }),
        }
    }

    /// `text` in the page's language.
    pub fn tr(&self, text: &Text) -> String {
        self.lang.text(text)
    }

    /// [`State::tr`] of an optional sentence.
    pub fn tr_opt(&self, text: Option<&Text>) -> Option<String> {
        text.map(|t| self.lang.text(t))
    }

    /// Whether the QR code of the view is shown: `qr=1`, or present mode without `qr=0` (and,
    /// by default, not over a lesson's text: a lesson step on a slide shows it with `qr=1`).
    pub fn qr_shown(&self) -> bool {
        self.mode
            .qr
            .unwrap_or(self.mode.present && self.lesson.step.is_none())
    }

    /// The full address a phone opens for this view (what the QR code holds, on screen and in
    /// the saved PNG), or `None` when the page's own address is unknown (native tests).
    ///
    /// It is the view (model, z, epoch, the open view, zoom, compare, lesson, language) without
    /// the marks of the screen that shows the code: not `present=1` or `qr=`, which are the
    /// projector's (a student who scanned got the presenter's large type and a QR code over
    /// the map), and not `embed=1` or the parts an embed hides, which are the slide's. The
    /// phone opens the normal page at the same view.
    pub fn link(&self) -> Option<String> {
        let base = &self.mode.base;
        if base.is_empty() {
            return None;
        }
        let view = UrlState {
            embed: false,
            present: false,
            qr: None,
            parts: Parts::default(),
            ..self.url_state()
        };
        let q = address::serialise(&view);
        Some(if q.is_empty() {
            base.clone()
        } else {
            format!("{base}?{q}")
        })
    }

    /// Tells screen readers `text` (a new sentence each time, even an equal one).
    pub fn say(&mut self, text: Text) {
        self.announce = (self.announce.0 + 1, text);
    }

    /// Asks for the address of this state.
    pub(crate) fn replace_url(&self, fx: &mut Vec<Effect>) {
        fx.push(Effect::ReplaceUrl(address::serialise(&self.url_state())));
    }
}
