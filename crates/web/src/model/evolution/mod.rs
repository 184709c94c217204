//! The training-evolution part of [`State`]: opening and closing the view, playback,
//! stepping, and which decoder draws the image at the selected epoch. Pure, like
//! [`crate::state`].
//!
//! The index (all snapshots' maps, losses and encoded test points) is fetched when the view
//! opens; an epoch's view file (its decoder) only when the visitor decodes at that epoch
//! while paused — playback needs the index alone.

use crate::state::{file_name, Effect, FetchError, Pending, State};
use crate::{view, Explorer};
use latent_core::evolution::Evolution;
use std::rc::Rc;

/// The open training-evolution view of one manifest entry.
#[derive(Debug)]
pub struct EvoView {
    /// The parsed index.
    pub data: Rc<Evolution>,
    /// The selected snapshot.
    pub frame: usize,
    /// Whether playback is running.
    pub playing: bool,
    /// Draw the encoded test points over the map.
    pub points: bool,
    /// Snapshots whose view file failed to load, with the message.
    pub failed: Vec<(usize, String)>,
}

impl EvoView {
    /// The selected snapshot's epoch.
    pub fn epoch(&self) -> usize {
        self.data.frames[self.frame].epoch
    }

    /// The URL of snapshot `i`'s view file.
    pub fn frame_url(&self, i: usize) -> String {
        view::join_url(crate::state::MANIFEST_URL, &self.data.meta.frames[i])
    }

    /// The last snapshot's epoch.
    pub fn last_epoch(&self) -> usize {
        self.data.meta.epochs.last().copied().unwrap_or(0)
    }

    /// `Epoch 4 of 20: Test −ELBO 160.2 nats/image`.
    pub fn epoch_text(&self) -> String {
        format!(
            "Epoch {} of {}: {}",
            self.epoch(),
            self.last_epoch(),
            view::loss_text(
                &self.data.meta.loss_name,
                self.data.frames[self.frame].test_loss
            )
        )
    }
}

/// Which decoder draws the decoded image now.
#[derive(Debug, Clone)]
pub enum Decoder {
    /// Ready: the decoder, the note under the image, and the `data-epoch` tag (`final` or an
    /// epoch).
    Ready(Rc<Explorer>, String, String),
    /// Not available (yet): the note saying why.
    Wait(String),
}

impl State {
    /// The decoder for the image: the selected epoch's in the evolution view, else the
    /// model's final one.
    pub fn decoder(&self) -> Option<Decoder> {
        let model = self.model.as_ref()?;
        let Some(e) = &self.evo else {
            let epochs = model.bundle().meta.epochs;
            let note = match epochs {
                0 => "Decoder: the final model.".to_string(),
                1 => "Decoder: the final model (1 epoch).".to_string(),
                n => format!("Decoder: the final model ({n} epochs)."),
            };
            return Some(Decoder::Ready(model.clone(), note, "final".into()));
        };
        let epoch = e.epoch();
        if let Some(ex) = self.views.get(&e.frame_url(e.frame)) {
            return Some(Decoder::Ready(
                ex.clone(),
                format!("Decoder: epoch {epoch}."),
                epoch.to_string(),
            ));
        }
        if let Some((_, msg)) = e.failed.iter().find(|(f, _)| *f == e.frame) {
            return Some(Decoder::Wait(msg.clone()));
        }
        if e.playing {
            return Some(Decoder::Wait(format!(
                "Playing: the map is epoch {epoch}'s; pause to decode with its decoder."
            )));
        }
        Some(Decoder::Wait(format!(
            "Loading the decoder of epoch {epoch}…"
        )))
    }

    /// [`EvoView::epoch_text`] of the open view (empty when closed).
    fn evo_text(&self) -> String {
        self.evo
            .as_ref()
            .map(|e| e.epoch_text())
            .unwrap_or_default()
    }

    /// Asks for the selected epoch's view file when the view is paused on an epoch whose
    /// decoder is neither cached, failed nor already on its way.
    pub(crate) fn ensure_frame_decoder(&mut self, fx: &mut Vec<Effect>) {
        let Some(e) = &self.evo else { return };
        if e.playing || e.failed.iter().any(|(f, _)| *f == e.frame) {
            return;
        }
        let url = e.frame_url(e.frame);
        let on_way = self
            .pending
            .iter()
            .any(|(_, p)| matches!(p, Pending::Frame { url: u, .. } if *u == url));
        if on_way || self.views.get(&url).is_some() {
            return;
        }
        let (data, frame) = (e.data.clone(), e.frame);
        self.request(Pending::Frame { url, data, frame }, fx);
    }

    pub(crate) fn toggle_evolution(&mut self, fx: &mut Vec<Effect>) {
        if self.evo.is_some() {
            self.close_evo_silently(fx);
            self.z_chosen = self.z();
            self.map_changed();
            self.replace_url(fx);
            self.say("Training evolution closed: the final model again.");
        } else {
            self.open_evolution(None, fx);
        }
    }

    /// Opens the shown entry's evolution at `epoch` (default: the first snapshot), fetching
    /// its index unless cached.
    pub(crate) fn open_evolution(&mut self, epoch: Option<usize>, fx: &mut Vec<Effect>) {
        if self.evo_loading.is_some() || self.evo.is_some() {
            return;
        }
        let (Some(idx), Some(evo)) = (
            self.entry,
            self.entry_ref().and_then(|e| e.evolution.clone()),
        ) else {
            return;
        };
        self.evo_error = None;
        let url = view::join_url(crate::state::MANIFEST_URL, &evo.index);
        if let Some(data) = self.indexes.get(&url).cloned() {
            self.evo_ready(data, epoch, fx);
            return;
        }
        self.want_epoch = epoch;
        let req = self.request(Pending::Evolution { url, entry: idx }, fx);
        self.evo_loading = Some(req);
    }

    pub(crate) fn evolution_arrived(
        &mut self,
        req: u64,
        url: String,
        entry: usize,
        result: Result<Vec<u8>, FetchError>,
        fx: &mut Vec<Effect>,
    ) {
        if self.evo_loading == Some(req) {
            self.evo_loading = None;
        }
        let parsed = match result {
            Ok(bytes) => Evolution::from_bytes(&bytes, file_name(&url))
                .map(Rc::new)
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.why()),
        };
        let epoch = self.want_epoch.take();
        match parsed {
            Ok(data) => {
                self.indexes.insert(url, data.clone());
                if self.entry == Some(entry) && self.evo.is_none() {
                    self.evo_ready(data, epoch, fx);
                }
            }
            Err(why) if self.entry == Some(entry) => {
                self.retry = Some(Pending::Evolution {
                    url: url.clone(),
                    entry,
                });
                self.evo_error = Some(format!(
                    "Could not load the training evolution {url}: {why}"
                ));
            }
            Err(_) => {}
        }
    }

    /// Shows the parsed index at `epoch` (snapped to the last snapshot at or before it).
    fn evo_ready(&mut self, data: Rc<Evolution>, epoch: Option<usize>, fx: &mut Vec<Effect>) {
        let classes = self
            .model
            .as_ref()
            .map_or(0, |m| m.bundle().meta.class_names.len());
        if data.meta.class_names.len() != classes {
            self.evo_error = Some(format!(
                "The training evolution lists {} classes but the model {classes}; not shown.",
                data.meta.class_names.len()
            ));
            return;
        }
        let frame = epoch.map_or(0, |e| view::frame_for_epoch(&data.meta.epochs, e));
        if let Some(e) = epoch {
            if data.meta.epochs[frame] != e {
                self.notices.push(format!(
                    "There is no snapshot at epoch {e}; showing epoch {} (snapshots: {}).",
                    data.meta.epochs[frame],
                    data.meta
                        .epochs
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        // a point from the address that lies off this epoch's map is shown at the nearest
        // point on it (the chosen z comes back with the final model); say so once
        if epoch.is_some() && !self.z_notice_done {
            let g = data.frames[frame].map.grid;
            if g.clamp(self.z_chosen) != self.z_chosen {
                let z = g.clamp(self.z_chosen);
                self.notices.push(format!(
                    "z = ({}, {}) lies off epoch {}'s map; shown at the nearest point on it, \
                     z = ({}, {}).",
                    crate::url::z_number(self.z_chosen[0]),
                    crate::url::z_number(self.z_chosen[1]),
                    data.meta.epochs[frame],
                    crate::url::z_number(z[0]),
                    crate::url::z_number(z[1]),
                ));
            }
            self.z_notice_done = true;
        }
        let n = data.frames.len();
        let (first, last) = (data.meta.epochs[0], data.meta.epochs[n - 1]);
        self.evo = Some(EvoView {
            data,
            frame,
            playing: false,
            points: false,
            failed: Vec::new(),
        });
        self.map_changed();
        self.replace_url(fx);
        let text = self.evo_text();
        self.say(format!(
            "Training evolution: {n} snapshots, epochs {first} to {last}. {text}"
        ));
    }

    /// Closes the view without a word (a model switch does this).
    pub(crate) fn close_evo_silently(&mut self, fx: &mut Vec<Effect>) {
        if let Some(e) = self.evo.take() {
            if e.playing {
                fx.push(Effect::StopPlayback);
            }
            self.map_changed();
        }
    }

    pub(crate) fn frame_arrived(
        &mut self,
        url: String,
        data: Rc<Evolution>,
        frame: usize,
        result: Result<Vec<u8>, FetchError>,
    ) {
        let parsed = match result {
            Ok(bytes) => Explorer::load(&bytes, file_name(&url))
                .map(Rc::new)
                .map_err(|e| format!("Could not load {url}: {e}")),
            Err(e) => Err(format!("Could not load {url}: {}", e.why())),
        };
        match parsed {
            Ok(ex) => self.views.insert(url, ex),
            Err(msg) => {
                if let Some(e) = self.evo.as_mut().filter(|e| Rc::ptr_eq(&e.data, &data)) {
                    e.failed
                        .push((frame, format!("No decoder for this epoch: {msg}")));
                    self.evo_error = Some(msg);
                }
            }
        }
    }

    pub(crate) fn play_pause(&mut self, fx: &mut Vec<Effect>) {
        let Some(e) = &mut self.evo else { return };
        if e.playing {
            self.pause(fx);
            return;
        }
        if e.frame + 1 >= e.data.frames.len() {
            e.frame = 0; // play again from the start
            self.map_changed();
        }
        if let Some(e) = &mut self.evo {
            e.playing = true;
        }
        fx.push(Effect::StartPlayback);
        self.say("Playing the training evolution.");
    }

    fn pause(&mut self, fx: &mut Vec<Effect>) {
        let Some(e) = &mut self.evo else { return };
        if !e.playing {
            return;
        }
        e.playing = false;
        fx.push(Effect::StopPlayback);
        self.replace_url(fx);
        let text = self.evo_text();
        self.say(format!("Paused. {text}"));
    }

    /// One playback step; stops at the last snapshot.
    pub(crate) fn tick(&mut self, fx: &mut Vec<Effect>) {
        let Some(e) = &mut self.evo else {
            fx.push(Effect::StopPlayback);
            return;
        };
        if !e.playing {
            fx.push(Effect::StopPlayback);
            return;
        }
        let n = e.data.frames.len();
        if e.frame + 1 < n {
            e.frame += 1;
            self.map_changed();
        }
        if self.evo.as_ref().is_some_and(|e| e.frame + 1 >= n) {
            self.pause(fx);
        }
    }

    /// A step button or the slider: pauses playback, selects snapshot `i` (clamped) and, for
    /// the buttons, announces the epoch (the slider speaks its own `aria-valuetext`).
    pub(crate) fn step_to(&mut self, i: usize, announce: bool, fx: &mut Vec<Effect>) {
        let Some(e) = &mut self.evo else { return };
        if e.playing {
            e.playing = false;
            fx.push(Effect::StopPlayback);
        }
        let i = i.min(e.data.frames.len() - 1);
        if i != e.frame {
            e.frame = i;
            self.map_changed();
        }
        self.replace_url(fx);
        if announce {
            let text = self
                .evo
                .as_ref()
                .map(|e| e.epoch_text())
                .unwrap_or_default();
            self.say(text);
        }
    }
}
