//! The page's whole state, the messages that change it, and [`update`] — pure Rust, no
//! web-sys, tested natively.
//!
//! In the style of the Elm architecture: every input (pointer, key, select, slider, timer,
//! fetch result) is a [`Msg`]; [`update`] changes the [`State`] and returns the [`Effect`]s
//! the page must run (fetches, timers, the address); the renderer (`render.rs`) then draws
//! the state. Nothing here touches the DOM, so every rule of the page — which model to show
//! for an address, what a stale response does, where a key moves the cursor, what is
//! announced — is a unit test.
//!
//! The training-evolution part of the state lives in [`crate::evo`].

use crate::evo::EvoView;
pub use crate::msg::{Effect, FetchError, Key, Msg, Source, ZoomMsg};
use crate::url::{self, UrlState};
use crate::zoom::Zoom;
use crate::{view, Explorer};
use latent_core::bundle::Manifest;
use latent_core::evolution::Evolution;
use latent_core::latent_map::{ClassMap, Meshgrid};
use std::rc::Rc;

/// Where the page looks for the list of bundles, relative to itself.
pub const MANIFEST_URL: &str = "weights/manifest.json";
/// A download that has not finished after this long is aborted and reported with a retry
/// button (milliseconds).
pub const FETCH_TIMEOUT_MS: u32 = 20_000;
/// Playback speed of the evolution view: one epoch every this many milliseconds (~3/s).
pub const PLAY_INTERVAL_MS: u32 = 350;
/// The cursor's position is written to the address once the pointer has rested this long
/// (milliseconds), not on every move.
pub const REST_MS: u32 = 400;

/// A download in flight, and what its bytes are for.
#[derive(Debug, Clone)]
pub(crate) enum Pending {
    Manifest,
    /// A model's view file; `entry` is its manifest entry (`None` for `?bundle=`).
    Model {
        url: String,
        entry: Option<usize>,
    },
    /// The evolution index of manifest entry `entry`.
    Evolution {
        url: String,
        entry: usize,
    },
    /// The view file (decoder) of snapshot `frame` of an evolution.
    Frame {
        url: String,
        data: Rc<Evolution>,
        frame: usize,
    },
}

/// A failed download shown on the page; `retry` repeats it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The sentence shown.
    pub text: String,
    /// Whether the page offers a retry button for it.
    pub retry: bool,
}

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
    pub what: String,
}

/// Parsed files by URL: a handful at most, so a list (smaller in wasm than a hash map).
#[derive(Debug)]
pub struct Cache<V>(pub Vec<(String, V)>);

impl<V> Default for Cache<V> {
    fn default() -> Self {
        Cache(Vec::new())
    }
}

impl<V> Cache<V> {
    /// The value cached for `url`.
    pub fn get(&self, url: &str) -> Option<&V> {
        self.0.iter().find(|(u, _)| u == url).map(|(_, v)| v)
    }

    /// Caches `v` for `url` (replacing an older value).
    pub fn insert(&mut self, url: String, v: V) {
        match self.0.iter_mut().find(|(u, _)| *u == url) {
            Some(slot) => slot.1 = v,
            None => self.0.push((url, v)),
        }
    }
}

/// The page's whole state.
#[derive(Default)]
pub struct State {
    /// The list of models, once loaded.
    pub manifest: Option<Rc<Manifest>>,
    /// The shown model's manifest entry (`None` with `?bundle=` or before the first load).
    pub entry: Option<usize>,
    /// The shown model (final weights), once one has loaded.
    pub model: Option<Rc<Explorer>>,
    /// The model being fetched for the first view or a switch.
    pub wanted: Option<Wanted>,
    /// Parsed view files by URL (models and evolution snapshots).
    pub views: Cache<Rc<Explorer>>,
    /// Parsed evolution indexes by URL.
    pub indexes: Cache<Rc<Evolution>>,
    /// The open training-evolution view.
    pub evo: Option<EvoView>,
    /// The evolution index request in flight.
    pub evo_loading: Option<u64>,
    /// Why the evolution view (or an epoch's decoder) could not be shown.
    pub evo_error: Option<String>,
    /// The cursor the visitor chose, latent units. What is shown and decoded is this point
    /// clamped to the map on screen ([`State::z`]), so an epoch with narrower bounds never
    /// shows a point off its map, and closing the view brings the chosen point back.
    pub z_chosen: [f32; 2],
    /// How the cursor last moved.
    pub source: Source,
    /// The class under the cursor when it was last reported (`Some(None)`: off the map).
    pub(crate) reported_class: Option<Option<u8>>,
    /// The latest sentence for screen readers and its sequence number (each new sentence is
    /// announced once).
    pub announce: (u64, String),
    /// Lines about the address: values that were ignored, clamped or replaced.
    pub notices: Vec<String>,
    /// A failure that leaves no model on screen (the first load).
    pub error: Option<Failure>,
    /// A failed switch (the old model stays).
    pub switch_error: Option<Failure>,
    /// `?embed=1`.
    pub embed: bool,
    /// `?present=1`: presentation mode.
    pub present: bool,
    /// Parts the address hides or shows.
    pub parts: url::Parts,
    /// The page's address without query and fragment (for the embed snippet).
    pub base: String,
    /// The embed snippet panel is open; and what its copy button last reported.
    pub embed_open: bool,
    /// `Some(true)`: the snippet was copied; `Some(false)`: the clipboard refused.
    pub copied: Option<bool>,
    /// `?bundle=<path>` as accepted.
    pub bundle: Option<String>,
    /// `?epoch=` to open once the model and its evolution are known.
    pub(crate) want_epoch: Option<usize>,
    /// Whether the URL's `z` has been checked against the first map.
    pub(crate) z_from_url: bool,
    /// Whether the URL's epoch has been checked against the URL's `z` (one notice at most).
    pub(crate) z_notice_done: bool,
    /// Bumped whenever the map on screen changes (model, epoch): the renderer repaints.
    pub map_version: u64,
    /// Bumped by every message except cursor moves (pointer, keys, rest): the renderer
    /// redraws the page around the map (loading lines, errors, notices, switchers, the
    /// evolution controls) only when it changed.
    pub chrome: u64,
    /// Downloads in flight.
    pub(crate) pending: Vec<(u64, Pending)>,
    /// The last failed download, for [`Msg::Retry`].
    pub(crate) retry: Option<Pending>,
    pub next_req: u64,
    /// The manifest could not be loaded (with `?bundle=` the page still works).
    pub manifest_error: Option<String>,
    /// The address's choice of model, kept until the manifest arrives.
    pub(crate) pending_url: Option<UrlState>,
    /// The hands-on views (encode, interpolate, classify, tiles, share).
    pub tools: crate::views::Views,
    /// Zoom and pan of the map (ignored while the evolution view is open).
    pub zoom: Zoom,
    /// The "Train it yourself" panel (its content is the training view's own module).
    pub train: TrainPanel,
    /// The line about the last view file opened from disk, or why it was refused.
    pub file: FileLine,
    /// `train_steps` and `train_limit` from the address (kept in it for the training view).
    pub train_limits: [Option<usize>; 2],
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
    Failed(String),
}

/// A view file opened from disk: what the page says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileLine {
    /// "Showing <file> on the map above …".
    pub notice: Option<String>,
    /// "Could not open <file>: <the loader's error>".
    pub error: Option<String>,
}

/// Applies `msg` to `state` and returns what the page must do.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    if !matches!(msg, Msg::Pointer(..) | Msg::Key(..) | Msg::Rested) {
        state.chrome += 1;
    }
    match msg {
        Msg::Start(query) => state.start(&query, &mut fx),
        Msg::Fetched { req, result } if crate::views::owns(state, req) => {
            crate::views::fetched(state, req, result, &mut fx)
        }
        Msg::Fetched { req, result } => state.fetched(req, result, &mut fx),
        Msg::Pointer(u, v) => {
            if let Some(g) = state.window() {
                state.move_to(g.z_at(u, v), Source::Pointer, &mut fx);
            }
        }
        Msg::Key(key, shift) => {
            if let Some(g) = state.grid() {
                let cells = if shift { 10.0 } else { 1.0 };
                let z = match key {
                    Key::Home => [0.0, 0.0],
                    Key::Left => g.step(state.z(), [-1, 0], cells),
                    Key::Right => g.step(state.z(), [1, 0], cells),
                    Key::Up => g.step(state.z(), [0, 1], cells),
                    Key::Down => g.step(state.z(), [0, -1], cells),
                };
                state.move_to(z, Source::Keyboard, &mut fx);
                state.follow_cursor();
            }
        }
        Msg::Zoom(m) => state.zoom_msg(m, &mut fx),
        Msg::PickDataset(ds) => {
            let (Some(m), Some(cur)) = (&state.manifest, state.shown_entry()) else {
                return fx;
            };
            if let Some(i) = view::entry_for_dataset(m, cur, &ds) {
                state.switch_to(i, &mut fx);
            }
        }
        Msg::PickModel(id) => {
            let i = state
                .manifest
                .as_ref()
                .and_then(|m| m.bundles.iter().position(|b| b.id == id));
            if let Some(i) = i {
                state.switch_to(i, &mut fx);
            }
        }
        Msg::ToggleEvolution => state.toggle_evolution(&mut fx),
        Msg::PlayPause => state.play_pause(&mut fx),
        Msg::Step(d) => {
            if let Some(f) = state.evo.as_ref().map(|e| e.frame) {
                state.step_to(f.saturating_add_signed(d as isize), true, &mut fx);
            }
        }
        Msg::Slide(i) => state.step_to(i, false, &mut fx),
        Msg::ShowPoints(on) => {
            if let Some(e) = &mut state.evo {
                e.points = on;
            }
        }
        Msg::Tick => state.tick(&mut fx),
        Msg::Rested => fx.push(Effect::ReplaceUrl(url::serialise(&state.url_state()))),
        Msg::Retry => {
            if let Some(p) = state.retry.take() {
                state.error = None;
                state.switch_error = None;
                state.evo_error = None;
                if let Pending::Model { url, entry } = &p {
                    let what = state.what(*entry, url);
                    let req = state.request(p.clone(), &mut fx);
                    state.wanted = Some(Wanted {
                        req,
                        url: url.clone(),
                        entry: *entry,
                        what,
                    });
                } else {
                    let evolution = matches!(p, Pending::Evolution { .. });
                    let req = state.request(p, &mut fx);
                    if evolution {
                        state.evo_loading = Some(req);
                    }
                }
            }
        }
        Msg::View(m) => crate::views::update(state, m, &mut fx),
        Msg::TrainToggle => {
            let t = &mut state.train;
            t.open = !t.open;
            if t.open && matches!(t.module, TrainModule::Absent | TrainModule::Failed(_)) {
                t.module = TrainModule::Loading;
                fx.push(Effect::LoadTrainView);
            }
            state.replace_url(&mut fx);
        }
        Msg::TrainLoaded(result) => {
            state.train.module = match result {
                Ok(()) => TrainModule::Ready,
                Err(e) => {
                    state.say(format!("The training view could not be loaded: {e}"));
                    TrainModule::Failed(e)
                }
            };
        }
        Msg::OpenFile(name, bytes) => fx.extend(state.open_file(&name, bytes)),
        Msg::Resized | Msg::Hidden(false) => {}
        Msg::ToggleEmbed => {
            state.embed_open = !state.embed_open;
            state.copied = None;
        }
        Msg::CopyEmbed => fx.push(Effect::Copy(state.embed_snippet())),
        Msg::Copied(ok) => {
            state.copied = Some(ok);
            state.say(if ok {
                "The embed code is on the clipboard."
            } else {
                "The browser did not allow copying: select the code and copy it by hand."
            });
        }
        Msg::Hidden(true) => {
            if state.evo.as_ref().is_some_and(|e| e.playing) {
                state.play_pause(&mut fx); // pauses, says so, writes the epoch to the address
            }
        }
    }
    state.ensure_frame_decoder(&mut fx);
    crate::views::sync(state, &mut fx);
    fx
}

/// A zoom factor as the page writes it: `4`, `2.5`.
pub fn zoom_text(k: f32) -> String {
    let s = format!("{k:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub use latent_web_kit::human_bytes;

pub(crate) fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// `Could not load <url>: <why>`; a timeout gets the advice to retry.
pub(crate) fn load_failure(url: &str, e: &FetchError) -> Failure {
    match e {
        FetchError::Failed(why) => Failure {
            text: format!("Could not load {url}: {why}."),
            retry: true,
        },
        FetchError::TimedOut => Failure {
            text: format!(
                "Loading {url} stalled: nothing complete arrived in {} s. Check the \
                 connection and try again.",
                FETCH_TIMEOUT_MS / 1000
            ),
            retry: true,
        },
    }
}

impl State {
    /// The class map on screen: the selected epoch's in the evolution view, else the model's.
    pub fn map(&self) -> Option<&ClassMap> {
        match &self.evo {
            Some(e) => Some(&e.data.frames[e.frame].map),
            None => self.model.as_ref().map(|m| &m.bundle().map),
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
        Some(match self.evo {
            Some(_) => g,
            None => self.zoom.window(&g),
        })
    }

    /// The zoom in effect (none in the evolution view).
    pub fn zoom_shown(&self) -> Zoom {
        match self.evo {
            Some(_) => Zoom::default(),
            None => self.zoom,
        }
    }

    /// Pans the zoomed window just enough to show the cursor (after the keys or an encoding
    /// moved it); nothing in the evolution view or at zoom 1.
    pub(crate) fn follow_cursor(&mut self) {
        if let (Some(g), None) = (self.grid(), &self.evo) {
            self.zoom = self.zoom.follow(&g, self.z());
        }
    }

    /// The address's `centre` checked against the first map: a window that would reach past
    /// the map is moved inside it, with a notice naming the centre shown.
    pub(crate) fn settle_url_zoom(&mut self) {
        let (Some(g), Some(asked)) = (self.grid(), self.zoom.centre) else {
            return;
        };
        let shown = self.zoom.shown(&g);
        let Some(c) = shown.centre else { return };
        if (c[0] - asked[0]).abs() > 1e-3 || (c[1] - asked[1]).abs() > 1e-3 {
            self.notices.push(format!(
                "centre={},{} would show a window reaching past this map at zoom {}; showing \
                 the nearest window inside it, centre={},{}.",
                url::z_number(asked[0]),
                url::z_number(asked[1]),
                zoom_text(self.zoom.factor()),
                url::z_number(c[0]),
                url::z_number(c[1]),
            ));
        }
        self.zoom = shown;
    }

    fn zoom_msg(&mut self, m: ZoomMsg, fx: &mut Vec<Effect>) {
        let Some(g) = self.grid().filter(|_| self.evo.is_none()) else {
            return;
        };
        let before = self.zoom;
        let cursor = || {
            let w = self.zoom.window(&g);
            let [u, v] = w.uv_of(self.z());
            (u, v)
        };
        let (z, spoken) = match m {
            ZoomMsg::By(f, Some((u, v))) => (self.zoom.zoom_at(&g, f, u, v), false),
            ZoomMsg::By(f, None) => {
                let (u, v) = cursor();
                (self.zoom.zoom_at(&g, f, u, v), true)
            }
            ZoomMsg::Pan(du, dv) => (self.zoom.pan(&g, du, dv), false),
            ZoomMsg::Pinch {
                factor,
                at: (u, v),
                pan: (du, dv),
            } => (self.zoom.pan(&g, du, dv).zoom_at(&g, factor, u, v), false),
            ZoomMsg::Reset => (Zoom::default(), true),
        };
        self.zoom = z;
        if spoken {
            let w = z.window(&g);
            let b = w.bounds;
            let n = |x: f32| format!("{x:.2}");
            self.say(if z.is_zoomed() {
                format!(
                    "Zoomed to {}×: z₁ from {} to {}, z₂ from {} to {}.",
                    zoom_text(z.factor()),
                    n(b.min[0]),
                    n(b.max[0]),
                    n(b.min[1]),
                    n(b.max[1])
                )
            } else {
                "Showing the whole map.".to_string()
            });
        }
        if z != before {
            // written when the wheel or the fingers rest, not on every step
            fx.push(Effect::RestartRest);
        }
    }

    /// Class names of the map on screen.
    pub fn class_names(&self) -> &[String] {
        match (&self.evo, &self.model) {
            (Some(e), _) => &e.data.meta.class_names,
            (None, Some(m)) => &m.bundle().meta.class_names,
            _ => &[],
        }
    }

    /// The cursor shown and decoded: the chosen point clamped to the map on screen.
    pub fn z(&self) -> [f32; 2] {
        match self.grid() {
            Some(g) => g.clamp(self.z_chosen),
            None => self.z_chosen,
        }
    }

    /// The class and confidence of the map cell under the cursor.
    pub fn class_at_cursor(&self) -> Option<(u8, f32)> {
        self.map().and_then(|m| m.at(self.z()))
    }

    /// The shown model's manifest entry.
    pub fn entry_ref(&self) -> Option<&latent_core::bundle::ManifestEntry> {
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
            epoch: self.evo.as_ref().map(|e| e.epoch()),
            z: self.model.as_ref().map(|_| {
                let z = self.z();
                [url::round_z(z[0]), url::round_z(z[1])]
            }),
            embed: self.embed,
            present: self.present,
            parts: self.parts,
            bundle: self.bundle.clone(),
            hands_on: self.tools.url(),
            zoom: self.zoom_shown(),
            train: self.train.open,
            train_limits: self.train_limits,
        }
    }

    /// The `<iframe>` snippet of what is shown (see [`crate::embedding`]).
    pub fn embed_snippet(&self) -> String {
        let title = match self.entry_ref() {
            Some(e) => format!("Latent space explorer: {} · {}", e.dataset_label, e.label),
            None => "Latent space explorer".to_string(),
        };
        crate::embedding::snippet(&self.base, &self.url_state(), &title)
    }

    /// A view file opened from disk: shown on the map like a shipped model, through the
    /// same loader, or the loader's error (naming the file) under the drop zone; the model on
    /// the map is kept then.
    pub fn open_file(&mut self, name: &str, bytes: Result<Vec<u8>, String>) -> Vec<Effect> {
        let quoted = url::quote(name);
        // the loader's sentence without its own "bundle <name>:" (the line names the file)
        let loaded = bytes.and_then(|b| {
            Explorer::load(&b, &quoted).map_err(|e| match e {
                latent_core::Error::Bundle { what, .. } => what,
                e => e.to_string(),
            })
        });
        match loaded {
            Ok(ex) => {
                let m = &ex.bundle().meta;
                self.file = FileLine {
                    notice: Some(format!(
                        "Showing {quoted} on the map above ({}, seed {}).",
                        m.autoencoder
                            .as_ref()
                            .map_or("no design".to_string(), |a| a.kind.to_string()),
                        m.seed
                    )),
                    error: None,
                };
                self.show_file(Rc::new(ex))
            }
            Err(e) => {
                self.file.error = Some(format!("Could not open {quoted}: {e}"));
                Vec::new()
            }
        }
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.announce = (self.announce.0 + 1, text.into());
    }

    pub(crate) fn request(&mut self, p: Pending, fx: &mut Vec<Effect>) -> u64 {
        self.next_req += 1;
        let req = self.next_req;
        let url = match &p {
            Pending::Manifest => MANIFEST_URL.to_string(),
            Pending::Model { url, .. }
            | Pending::Evolution { url, .. }
            | Pending::Frame { url, .. } => url.clone(),
        };
        self.pending.push((req, p));
        fx.push(Effect::Fetch { req, url });
        req
    }

    pub fn replace_url(&self, fx: &mut Vec<Effect>) {
        fx.push(Effect::ReplaceUrl(url::serialise(&self.url_state())));
    }

    pub fn what(&self, entry: Option<usize>, url: &str) -> String {
        let (Some(m), Some(i)) = (&self.manifest, entry) else {
            return file_name(url).to_string();
        };
        let e = &m.bundles[i];
        let ds = view::datasets(m)
            .into_iter()
            .find(|d| d.0 == e.dataset)
            .map_or(e.dataset.clone(), |d| d.1);
        format!("{ds} · {}", e.label)
    }

    fn start(&mut self, query: &str, fx: &mut Vec<Effect>) {
        let parsed = url::parse(query);
        self.notices = parsed.notices;
        let u = parsed.url;
        self.embed = u.embed;
        self.present = u.present;
        self.parts = u.parts;
        self.base = query
            .split(['?', '#'])
            .next()
            .filter(|b| b.contains("://"))
            .unwrap_or("")
            .to_string();
        self.tools.start(&u.hands_on);
        self.zoom = u.zoom;
        self.train_limits = u.train_limits;
        // (an embedded page shows no training panel)
        if u.train && !u.embed {
            self.train.open = true;
            self.train.module = TrainModule::Loading;
            fx.push(Effect::LoadTrainView);
        }
        self.want_epoch = u.epoch;
        if let Some(z) = u.z {
            self.z_chosen = z;
            self.z_from_url = true;
        }
        self.request(Pending::Manifest, fx);
        if let Some(b) = u.bundle {
            self.bundle = Some(b.clone());
            let req = self.request(
                Pending::Model {
                    url: b.clone(),
                    entry: None,
                },
                fx,
            );
            self.wanted = Some(Wanted {
                req,
                what: url::quote(file_name(&b)),
                url: b,
                entry: None,
            });
        } else {
            // the model is chosen once the manifest is known
            self.pending_url = Some(u);
        }
    }

    fn fetched(&mut self, req: u64, result: Result<Vec<u8>, FetchError>, fx: &mut Vec<Effect>) {
        let Some(pos) = self.pending.iter().position(|(r, _)| *r == req) else {
            return; // not asked for (or already answered)
        };
        let (_, p) = self.pending.remove(pos);
        match p {
            Pending::Manifest => self.manifest_arrived(result, fx),
            Pending::Model { url, entry } => self.model_arrived(req, url, entry, result, fx),
            Pending::Evolution { url, entry } => {
                self.evolution_arrived(req, url, entry, result, fx)
            }
            Pending::Frame { url, data, frame } => self.frame_arrived(url, data, frame, result),
        }
    }

    fn move_to(&mut self, z: [f32; 2], source: Source, fx: &mut Vec<Effect>) {
        let Some(g) = self.grid() else { return };
        self.z_chosen = g.clamp(z);
        self.source = source;
        let class = self.class_at_cursor();
        let changed = self.reported_class != Some(class.map(|c| c.0));
        if source == Source::Keyboard || changed {
            self.reported_class = Some(class.map(|c| c.0));
            self.announce_cursor();
        }
        fx.push(Effect::RestartRest);
    }

    /// Tells screen readers the class under the cursor.
    fn announce_cursor(&mut self) {
        let z = self.z();
        let text = match self.class_at_cursor() {
            Some((c, p)) => format!(
                "Class {}, {} confidence, at {}",
                class_name(self.class_names(), c),
                view::percent(p),
                view::z_text(z)
            ),
            None => "Off the map".into(),
        };
        self.say(text);
    }

    /// After a repaint (model, epoch) the class under the cursor is taken as reported, so
    /// the next pointer move within it is not announced.
    pub fn map_changed(&mut self) {
        self.map_version += 1;
        self.reported_class = Some(self.class_at_cursor().map(|c| c.0));
    }
}

/// The name of class `c`, or `?`.
pub fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}
