//! The worker's side of the training view's messages ([`latent_core::train_msg`]), free of any
//! browser API (tested natively): which session is current, what each [`Command`] does to the
//! [`Session`], the training slices and their reports, the class map painted a few rows at a
//! time. The worker's script (`www/train-worker.js`) only downloads the files a command
//! names, passes messages through and schedules the turns.
//!
//! Every command carries the page's session id. The newest id seen is the current session:
//! the commands of older ones are dropped before they run, and their training or painting
//! stops at its next turn, so nothing of a session runs after the page left it (Reset, or a
//! new start).

use crate::session::{ClassifierPainting, Session};
use latent_core::latent_map::ClassMap;
use latent_core::train_msg::{Command, Event, FromWorker, Job, MapStage, ToWorker};

/// Rows of the class map painted by the classifier per turn (a turn takes ~0.1 s).
pub const PAINT_ROWS: usize = 4;

/// A class map being painted by the classifier.
struct Painting {
    rows: ClassifierPainting,
    /// Cells per side.
    cells: usize,
    /// The clock when it was asked for, ms.
    t0: f64,
}

/// The training worker: the current session's model and what it is doing.
pub struct Worker {
    /// Milliseconds on some clock (the worker's `Date.now`).
    clock: fn() -> f64,
    /// How long a training turn lasts, ms.
    slice_ms: f64,
    /// How often a report is sent while training, ms.
    report_ms: f64,
    /// The newest session the page sent a command of.
    latest: u64,
    /// The session `session` belongs to.
    id: u64,
    session: Option<Session>,
    running: bool,
    until: Option<usize>,
    /// The clock at the last report.
    last_report: f64,
    /// Images trained and milliseconds spent training since the last report.
    speed: (usize, f64),
    painting: Option<Painting>,
    /// The last start failed: the page has its error, the commands behind it say nothing.
    init_failed: bool,
}

/// The sentence of a failed command whose model is kept, or `None`: the session failed.
fn job(c: &Command) -> Option<Job> {
    match c {
        Command::Map { .. } => Some(Job::Map),
        Command::Bundle => Some(Job::Bundle),
        _ => None,
    }
}

impl Worker {
    /// A worker with no session that trains in turns of `slice_ms` and reports every
    /// `report_ms` (milliseconds of `clock`).
    pub fn new(clock: fn() -> f64, slice_ms: f64, report_ms: f64) -> Self {
        Self {
            clock,
            slice_ms,
            report_ms,
            latest: 0,
            id: 0,
            session: None,
            running: false,
            until: None,
            last_report: 0.0,
            speed: (0, 0.0),
            painting: None,
            init_failed: false,
        }
    }

    fn out(&self, session: u64, event: Event) -> FromWorker {
        FromWorker { session, event }
    }

    /// Whether `m` belongs to a session the page has left.
    pub fn is_stale(&self, m: &ToWorker) -> bool {
        m.session < self.latest
    }

    /// A command arrives (before the commands queued ahead of it have run): a newer session
    /// becomes the current one, which stops the older one's work at its next turn; Reset stops
    /// training at once and is answered [`Event::Stopped`].
    pub fn arrive(&mut self, m: &ToWorker) -> Vec<FromWorker> {
        self.latest = self.latest.max(m.session);
        if m.command == Command::Reset && !self.is_stale(m) {
            self.running = false;
            return vec![self.out(m.session, Event::Stopped)];
        }
        Vec::new()
    }

    /// What to say before `m`'s files are downloaded and it runs (a line of progress for a
    /// class map).
    pub fn begin(&self, m: &ToWorker) -> Vec<FromWorker> {
        let stage = match &m.command {
            _ if self.is_stale(m) || self.session.is_none() => return Vec::new(),
            Command::Map {
                classifier: Some(_),
                ..
            } => MapStage::DownloadingClassifier,
            Command::Map { cells, .. } => MapStage::Painting { cells: *cells },
            _ => return Vec::new(),
        };
        vec![self.out(m.session, Event::MapProgress { stage })]
    }

    /// The files (URLs) to download before [`Worker::handle`] runs `m` (none for a dropped
    /// command).
    pub fn files(&self, m: &ToWorker) -> Vec<String> {
        if self.is_stale(m) {
            return Vec::new();
        }
        m.command.files().into_iter().map(String::from).collect()
    }

    /// The download of `m`'s files failed (`text`: why).
    pub fn failed(&mut self, m: &ToWorker, text: String) -> Vec<FromWorker> {
        if self.is_stale(m) {
            return Vec::new();
        }
        self.fail(m, text)
    }

    fn fail(&mut self, m: &ToWorker, text: String) -> Vec<FromWorker> {
        let event = match job(&m.command) {
            Some(job) => Event::JobError { job, text },
            None => {
                self.running = false;
                if matches!(m.command, Command::Init { .. }) {
                    self.init_failed = true;
                }
                Event::Error { text }
            }
        };
        vec![self.out(m.session, event)]
    }

    /// Runs `m` with its files ([`Worker::files`], in that order); returns what to send. A
    /// command of a session the page has left does nothing.
    pub fn handle(&mut self, m: &ToWorker, files: &[Vec<u8>]) -> Vec<FromWorker> {
        if self.is_stale(m) {
            return Vec::new();
        }
        match self.run(m, files) {
            Ok(out) => out,
            Err(text) => self.fail(m, text),
        }
    }

    fn run(&mut self, m: &ToWorker, files: &[Vec<u8>]) -> Result<Vec<FromWorker>, String> {
        let file = |i: usize| -> Result<&[u8], String> {
            files
                .get(i)
                .map(Vec::as_slice)
                .ok_or_else(|| format!("the worker was given {} of the files", files.len()))
        };
        if let Command::Init { .. } | Command::Reset = m.command {
            self.running = false;
            self.painting = None;
            self.session = None;
            self.id = m.session;
        }
        if let Command::Init {
            settings,
            subset,
            test,
        } = &m.command
        {
            self.init_failed = false;
            let (a, b) = (file(0)?, file(1)?);
            let s = Session::new(settings.clone(), a, subset, b, test)?;
            let ready = Event::Ready {
                labels: s.test_labels().to_vec(),
                class_names: s.class_names().to_vec(),
                train_images: s.trainer().train_len(),
                bytes: a.len() + b.len(),
            };
            self.session = Some(s);
            self.speed = (0, 0.0);
            return Ok(vec![self.out(m.session, ready)]);
        }
        if m.command == Command::Reset {
            return Ok(Vec::new());
        }
        let Some(session) = self.session.as_mut() else {
            if self.init_failed {
                return Ok(Vec::new());
            }
            return Err("no training session: choose the settings and press Train".into());
        };
        match &m.command {
            Command::Train { until } => {
                self.until = *until;
                if !self.running {
                    self.running = true;
                    self.last_report = (self.clock)();
                }
                Ok(Vec::new())
            }
            Command::Pause => {
                // between two slices: this report is the last one, with the final weights
                self.running = false;
                Ok(vec![self.report()?])
            }
            Command::Step => {
                self.running = false;
                session.step()?;
                Ok(vec![self.report()?])
            }
            Command::Bundle => {
                let bytes = session.view_file()?;
                Ok(vec![self.out(m.session, Event::Bundle { bytes })])
            }
            Command::Map { cells, classifier } => {
                let t0 = (self.clock)();
                let cells = (*cells).clamp(8, 256);
                if let Some(name) = classifier {
                    let rows = session.start_classifier_map(file(0)?, name, cells)?;
                    self.painting = Some(Painting { rows, cells, t0 });
                    let stage = MapStage::Classifying;
                    return Ok(vec![self.out(m.session, Event::MapProgress { stage })]);
                }
                let codes = session.codes()?;
                let map = session.class_map(&codes, cells)?;
                Ok(vec![self.map(map, t0)])
            }
            Command::Init { .. } | Command::Reset => Ok(Vec::new()),
        }
    }

    fn map(&self, map: ClassMap, t0: f64) -> FromWorker {
        let b = map.grid.bounds;
        let event = Event::Map {
            steps: self.session.as_ref().map_or(0, Session::steps),
            cells: map.grid.width,
            classes: map.class,
            confidence: map.confidence,
            bounds: [b.min[0], b.min[1], b.max[0], b.max[1]],
            ms: (self.clock)() - t0,
        };
        self.out(self.id, event)
    }

    /// The current session's report now, with the decoder snapshot.
    fn report(&mut self) -> Result<FromWorker, String> {
        let session = self.session.as_mut().ok_or("no training session")?;
        let mut report = session.report()?;
        report.images_per_second =
            (self.speed.1 > 0.0).then(|| self.speed.0 as f64 / (self.speed.1 / 1000.0));
        self.speed = (0, 0.0);
        self.last_report = (self.clock)();
        let event = Event::Report {
            report,
            decoder: session.decoder_bytes()?,
            running: self.running,
        };
        Ok(self.out(self.id, event))
    }

    /// Whether the current session trains (the script schedules [`Worker::train`] turns).
    pub fn training(&self) -> bool {
        self.running && self.session.is_some() && self.id == self.latest
    }

    /// Whether a class map is being painted for the current session (the script schedules
    /// [`Worker::paint`] turns; training waits for it: the map is painted with the weights of
    /// one step).
    pub fn painting(&self) -> bool {
        self.painting.is_some() && self.id == self.latest
    }

    /// One turn of training: a slice of about `slice_ms` (at least one step), and a report
    /// when one is due or training stopped (its step limit).
    pub fn train(&mut self) -> Vec<FromWorker> {
        if !self.training() || self.painting() {
            return Vec::new();
        }
        match self.slice() {
            Ok(out) => out,
            Err(text) => {
                self.running = false;
                vec![self.out(self.id, Event::Error { text })]
            }
        }
    }

    fn slice(&mut self) -> Result<Vec<FromWorker>, String> {
        let session = self.session.as_mut().ok_or("no training session")?;
        let t0 = (self.clock)();
        let before = session.trainer().images_seen();
        let left = self
            .until
            .map_or(usize::MAX, |u| u.saturating_sub(session.steps()));
        let mut n = 0;
        while n < left {
            session.step()?;
            n += 1;
            if (self.clock)() - t0 >= self.slice_ms {
                break;
            }
        }
        self.speed.0 += session.trainer().images_seen() - before;
        self.speed.1 += (self.clock)() - t0;
        if self.until.is_some_and(|u| session.steps() >= u) {
            self.running = false;
        }
        if !self.running || (self.clock)() - self.last_report >= self.report_ms {
            return Ok(vec![self.report()?]);
        }
        Ok(Vec::new())
    }

    /// One turn of painting: [`PAINT_ROWS`] more rows, with a line of progress, or the map
    /// when all are done. Stops (sending nothing) when the page has left the session.
    pub fn paint(&mut self) -> Vec<FromWorker> {
        if !self.painting() {
            self.painting = None;
            return Vec::new();
        }
        let (Some(p), Some(session)) = (self.painting.as_mut(), self.session.as_ref()) else {
            return Vec::new();
        };
        let done = match session.paint_rows(&mut p.rows, PAINT_ROWS) {
            Ok(done) => done,
            Err(text) => {
                self.painting = None;
                let event = Event::JobError {
                    job: Job::Map,
                    text,
                };
                return vec![self.out(self.id, event)];
            }
        };
        let cells = p.cells;
        if done < p.rows.rows() {
            let stage = MapStage::Classified { done, rows: cells };
            return vec![self.out(self.id, Event::MapProgress { stage })];
        }
        let Some(p) = self.painting.take() else {
            return Vec::new();
        };
        match p.rows.finish() {
            Ok(map) => vec![self.map(map, p.t0)],
            Err(text) => vec![self.out(
                self.id,
                Event::JobError {
                    job: Job::Map,
                    text,
                },
            )],
        }
    }
}
