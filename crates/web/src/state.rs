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
use crate::url::{self, quote, UrlState};
use crate::{view, Explorer};
use latent_core::bundle::{Manifest, FORMAT_VERSION};
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

/// How the cursor last moved: keyboard moves are always announced, pointer moves only when
/// the class under the cursor changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Source {
    /// Mouse, touch or pen.
    #[default]
    Pointer,
    /// Arrow keys and Home.
    Keyboard,
}

/// A key the map understands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// One cell towards smaller z₁.
    Left,
    /// One cell towards larger z₁.
    Right,
    /// One cell towards larger z₂.
    Up,
    /// One cell towards smaller z₂.
    Down,
    /// Back to the origin.
    Home,
}

impl Key {
    /// The map's key for a `KeyboardEvent.key` value.
    pub fn from_dom(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Home" => Key::Home,
            _ => return None,
        })
    }
}

/// Every input of the page.
#[derive(Debug)]
pub enum Msg {
    /// The page opened with this query string (`location.search`).
    Start(String),
    /// Request `req` finished: the body, or why not (already worded for the page).
    Fetched {
        /// The id the [`Effect::Fetch`] carried.
        req: u64,
        /// The body's bytes, or the reason it did not arrive.
        result: Result<Vec<u8>, FetchError>,
    },
    /// The pointer is at `(u, v)` of the map (0..1 from the left and top edges).
    Pointer(f32, f32),
    /// A key on the focused map; `shift` steps 10 cells.
    Key(Key, bool),
    /// The dataset switcher picked this dataset id.
    PickDataset(String),
    /// The model switcher picked this manifest id.
    PickModel(String),
    /// The "Training evolution" / "Back to the final model" button.
    ToggleEvolution,
    /// Play or pause the evolution.
    PlayPause,
    /// The previous (−1) or next (+1) snapshot button.
    Step(i32),
    /// The epoch slider moved to snapshot `i`.
    Slide(usize),
    /// The "show encoded test images" box.
    ShowPoints(bool),
    /// The playback timer fired.
    Tick,
    /// The pointer has rested for [`REST_MS`].
    Rested,
    /// The retry button of a failed download.
    Retry,
    /// The window was resized (the renderer refits its canvases).
    Resized,
}

/// Why a download failed, as the effect layer saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// An HTTP status, a network error or a body that could not be read: the text says which.
    Failed(String),
    /// Nothing complete arrived within [`FETCH_TIMEOUT_MS`]; the download was aborted.
    TimedOut,
}

/// What the page must do for a state change; run by `effects.rs`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Download `url` (same origin), with [`FETCH_TIMEOUT_MS`], and answer with
    /// [`Msg::Fetched`] carrying `req`.
    Fetch {
        /// Request id.
        req: u64,
        /// Relative URL.
        url: String,
    },
    /// Start the playback timer ([`Msg::Tick`] every [`PLAY_INTERVAL_MS`]).
    StartPlayback,
    /// Stop the playback timer.
    StopPlayback,
    /// (Re)start the rest timer: [`Msg::Rested`] after [`REST_MS`] without another restart.
    RestartRest,
    /// Replace the address's query with this one (`history.replaceState`, no new entry).
    ReplaceUrl(String),
}

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
    /// `?bundle=<path>` as accepted.
    pub bundle: Option<String>,
    /// `?epoch=` to open once the model and its evolution are known.
    pub(crate) want_epoch: Option<usize>,
    /// Whether the URL's `z` has been checked against the first map.
    pub(crate) z_from_url: bool,
    /// Bumped whenever the map on screen changes (model, epoch): the renderer repaints.
    pub map_version: u64,
    /// Downloads in flight.
    pub(crate) pending: Vec<(u64, Pending)>,
    /// The last failed download, for [`Msg::Retry`].
    pub(crate) retry: Option<Pending>,
    pub(crate) next_req: u64,
    /// The manifest could not be loaded (with `?bundle=` the page still works).
    pub manifest_error: Option<String>,
    /// The address's choice of model, kept until the manifest arrives.
    pub(crate) pending_url: Option<UrlState>,
}

/// Applies `msg` to `state` and returns what the page must do.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Start(query) => state.start(&query, &mut fx),
        Msg::Fetched { req, result } => state.fetched(req, result, &mut fx),
        Msg::Pointer(u, v) => {
            if let Some(g) = state.grid() {
                state.move_to(g.z_at(u, v), Source::Pointer, &mut fx);
            }
        }
        Msg::Key(key, shift) => {
            if let Some(g) = state.grid() {
                let z = match key {
                    Key::Home => [0.0, 0.0],
                    _ => {
                        let d = match key {
                            Key::Left => [-1.0, 0.0],
                            Key::Right => [1.0, 0.0],
                            Key::Up => [0.0, 1.0],
                            _ => [0.0, -1.0],
                        };
                        step(&g, state.z(), d, if shift { 10.0 } else { 1.0 })
                    }
                };
                state.move_to(z, Source::Keyboard, &mut fx);
            }
        }
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
                    if let Pending::Evolution { .. } = p {
                        state.evo_loading = Some(state.next_req + 1);
                    }
                    state.request(p, &mut fx);
                }
            }
        }
        Msg::Resized => {}
    }
    state.ensure_frame_decoder(&mut fx);
    fx
}

/// `z` moved by `cells` grid cells along direction `d` (per axis −1, 0 or 1), then clamped
/// to the grid's bounds.
pub fn step(g: &Meshgrid, z: [f32; 2], d: [f32; 2], cells: f32) -> [f32; 2] {
    let s = g.bounds.size();
    let cell = [s[0] / g.width as f32, s[1] / g.height as f32];
    let z = clamp(g, z);
    clamp(
        g,
        [z[0] + d[0] * cells * cell[0], z[1] + d[1] * cells * cell[1]],
    )
}

/// `z` clamped to the grid's bounds; a non-finite coordinate goes to the middle of its axis.
pub fn clamp(g: &Meshgrid, z: [f32; 2]) -> [f32; 2] {
    let b = g.bounds;
    let f = |x: f32, lo: f32, hi: f32| {
        if x.is_finite() {
            x.clamp(lo, hi)
        } else {
            (lo + hi) / 2.0
        }
    };
    [f(z[0], b.min[0], b.max[0]), f(z[1], b.min[1], b.max[1])]
}

/// Parses the manifest, checking its format version and that it lists a model.
///
/// # Errors
/// A sentence naming [`MANIFEST_URL`] and what is wrong.
pub fn parse_manifest(bytes: &[u8]) -> Result<Manifest, String> {
    let m: Manifest = serde_json::from_slice(bytes)
        .map_err(|e| format!("Could not load {MANIFEST_URL}: not a valid manifest ({e})"))?;
    if m.format_version != FORMAT_VERSION {
        return Err(format!(
            "Could not load {MANIFEST_URL}: format version {} but this app reads version \
             {FORMAT_VERSION}",
            m.format_version
        ));
    }
    if m.bundles.is_empty() {
        return Err(format!("Could not load {MANIFEST_URL}: it lists no models"));
    }
    Ok(m)
}

/// `470 kB`, `1.2 MB`.
pub fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// `Could not load <url>: <why>`; a timeout gets the advice to retry.
fn load_failure(url: &str, e: &FetchError) -> Failure {
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
            Some(g) => clamp(&g, self.z_chosen),
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
            bundle: self.bundle.clone(),
        }
    }

    pub(crate) fn say(&mut self, text: impl Into<String>) {
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

    pub(crate) fn replace_url(&self, fx: &mut Vec<Effect>) {
        fx.push(Effect::ReplaceUrl(url::serialise(&self.url_state())));
    }

    fn what(&self, entry: Option<usize>, url: &str) -> String {
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
                what: file_name(&b).to_string(),
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

    fn manifest_arrived(&mut self, result: Result<Vec<u8>, FetchError>, fx: &mut Vec<Effect>) {
        let parsed = match result {
            Ok(bytes) => parse_manifest(&bytes).map_err(|text| Failure { text, retry: false }),
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
    fn load_entry(&mut self, idx: usize, fx: &mut Vec<Effect>) {
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
    fn switch_to(&mut self, idx: usize, fx: &mut Vec<Effect>) {
        self.switch_error = None;
        if Some(idx) == self.entry && self.model.is_some() {
            self.wanted = None; // back to the model on screen: drop a pending switch
            return;
        }
        self.load_entry(idx, fx);
    }

    fn model_arrived(
        &mut self,
        req: u64,
        url: String,
        entry: Option<usize>,
        result: Result<Vec<u8>, FetchError>,
        fx: &mut Vec<Effect>,
    ) {
        let parsed = match result {
            Ok(bytes) => Explorer::load(&bytes, file_name(&url))
                .map(Rc::new)
                .map_err(|e| Failure {
                    text: format!("Could not load {url}: {e}"),
                    retry: false,
                }),
            Err(e) => Err(load_failure(&url, &e)),
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

    fn move_to(&mut self, z: [f32; 2], source: Source, fx: &mut Vec<Effect>) {
        let Some(g) = self.grid() else { return };
        self.z_chosen = clamp(&g, z);
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
    pub(crate) fn map_changed(&mut self) {
        self.map_version += 1;
        self.reported_class = Some(self.class_at_cursor().map(|c| c.0));
    }
}

/// The name of class `c`, or `?`.
pub fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}
