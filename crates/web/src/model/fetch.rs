//! Downloads as the model sees them: the page's requests in flight, why one failed, the
//! sentence the page shows for it, and the parsed files kept by URL. Shared by the page's
//! loading, the training evolution and the hands-on views' files.

use latent_core::bundle::evolution::Evolution;
use latent_core::bundle::lesson::EpochFigures;
use latent_core::bundle::ViewFile;
use latent_i18n::{t, Text};
use std::rc::Rc;

/// Where the page looks for the list of bundles, relative to itself.
pub const MANIFEST_URL: &str = "weights/manifest.json";
/// A download that has not finished after this long is aborted and reported with a retry
/// button (milliseconds).
pub const FETCH_TIMEOUT_MS: u32 = 20_000;

/// Why a download failed, as the effect layer saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// An HTTP status, a network error or a body that could not be read: the text says which.
    Failed(String),
    /// Nothing complete arrived within [`FETCH_TIMEOUT_MS`](FETCH_TIMEOUT_MS); the download was aborted.
    TimedOut,
    /// The offline single file does not carry this file.
    NotInOfflineFile,
    /// The file arrived but is not UTF-8 text (a locale's messages).
    NotText,
}

impl FetchError {
    /// Why, as a clause for a message: the status or network error (the browser's words),
    /// or the stall.
    pub fn why(&self) -> Text {
        match self {
            FetchError::Failed(why) => t!("verbatim", text = why.as_str()),
            FetchError::TimedOut => t!("why-stalled", seconds = FETCH_TIMEOUT_MS / 1000),
            FetchError::NotInOfflineFile => t!("why-not-offline"),
            FetchError::NotText => t!("why-not-text"),
        }
    }
}

/// A failed download shown on the page; `retry` repeats it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The sentence shown.
    pub text: Text,
    /// Whether the page offers a retry button for it.
    pub retry: bool,
}

/// `Could not load <url>: <why>`; a timeout gets the advice to retry.
pub(crate) fn load_failure(url: &str, e: &FetchError) -> Failure {
    match e {
        FetchError::Failed(why) => Failure {
            text: t!("load-failed", url = url, why = why.as_str()),
            retry: true,
        },
        FetchError::TimedOut => Failure {
            text: t!("load-stalled", url = url, seconds = FETCH_TIMEOUT_MS / 1000),
            retry: true,
        },
        e => Failure {
            text: t!("load-failed-file", url = url, why = e.why()),
            retry: false,
        },
    }
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
    /// The compared model's view file (manifest entry `entry`).
    Compare {
        url: String,
        entry: usize,
    },
    /// A model's lesson file, read for its training evolution's per-snapshot figures (the
    /// evolution view's chart).
    Figures {
        url: String,
    },
    /// The view file (decoder) of snapshot `frame` of an evolution.
    Frame {
        url: String,
        data: Rc<Evolution>,
        frame: usize,
    },
}

/// The page's downloads: ids, those in flight, the last failed one.
#[derive(Debug, Default)]
pub(crate) struct Requests {
    /// The last request id handed out.
    pub(crate) last: u64,
    /// Downloads in flight.
    pub(crate) pending: Vec<(u64, Pending)>,
    /// The last failed download, for [`Msg::Retry`](super::msg::Msg::Retry).
    pub(crate) retry: Option<Pending>,
}

impl Requests {
    /// Records download `p` in flight; its request id and URL (for `Effect::Fetch`).
    pub(crate) fn ask(&mut self, p: Pending) -> (u64, String) {
        self.last += 1;
        let url = match &p {
            Pending::Manifest => MANIFEST_URL.to_string(),
            Pending::Model { url, .. }
            | Pending::Evolution { url, .. }
            | Pending::Compare { url, .. }
            | Pending::Figures { url }
            | Pending::Frame { url, .. } => url.clone(),
        };
        self.pending.push((self.last, p));
        (self.last, url)
    }
}

/// The page's parsed files.
#[derive(Debug, Default)]
pub(crate) struct Caches {
    /// View files by URL (models and evolution snapshots).
    pub(crate) views: Cache<Rc<ViewFile>>,
    /// Evolution indexes by URL.
    pub(crate) indexes: Cache<Rc<Evolution>>,
    /// Per-snapshot figures of a training evolution by the URL of the lesson file they were
    /// read from; `None` when that file could not be read (the view then shows no chart).
    pub(crate) figures: Cache<Option<Rc<Vec<EpochFigures>>>>,
}
