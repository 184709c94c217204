//! The training-evolution view: opening and closing it, playback, stepping, and which
//! decoder draws the image at the selected epoch.
//!
//! The index (all snapshots' maps, losses and encoded test points) is fetched when the view
//! opens; an epoch's view file (its decoder) only when the visitor decodes at that epoch
//! while paused — playback needs the index alone. This file holds the view's state;
//! [`update`] changes it.

pub(crate) mod update;

use super::fetch::{Cache, MANIFEST_URL};
use super::manifest::join_url;
use super::text;
use latent_core::bundle::evolution::Evolution;
use latent_core::bundle::lesson::EpochFigures;
use latent_core::bundle::ViewFile;
use latent_i18n::{t, Text};
use std::rc::Rc;

/// The evolution part of the page's state.
#[derive(Debug, Default)]
pub struct Evo {
    /// The open view.
    pub open: Option<EvoView>,
    /// The index request in flight.
    pub loading: Option<u64>,
    /// Why the view (or an epoch's decoder) could not be shown.
    pub error: Option<Text>,
    /// `?epoch=` to open once the model and its evolution are known.
    pub(crate) want_epoch: Option<usize>,
}

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
    pub failed: Vec<(usize, Text)>,
}

/// Where the per-snapshot figures of a model's training evolution are read from: the model's
/// lesson file (`<view stem>.lesson.safetensors`, beside its view file; written by
/// `latent-trainer lesson` from the same index, as `docs/measurements.md` computes them).
pub fn figures_url(view: &str) -> Option<String> {
    let stem = view.strip_suffix(".safetensors")?;
    Some(join_url(
        MANIFEST_URL,
        &latent_core::bundle::files::lesson_file(stem),
    ))
}

impl super::state::State {
    /// The open evolution's per-snapshot figures (map accuracy, 10-NN agreement) for the chart
    /// under the scrubber, once read from the shown model's lesson file ([`EvoView::figures`]).
    pub fn evo_figures(&self) -> Option<&[EpochFigures]> {
        let view = &self.entry_ref()?.view;
        self.evo.open.as_ref()?.figures(view, &self.cache.figures)
    }
}

impl EvoView {
    /// The selected snapshot's epoch.
    pub fn epoch(&self) -> usize {
        self.data.frames[self.frame].epoch
    }

    /// The URL of snapshot `i`'s view file.
    pub fn frame_url(&self, i: usize) -> String {
        join_url(MANIFEST_URL, &self.data.meta.frames[i])
    }

    /// The per-snapshot figures of this evolution (map accuracy, 10-NN agreement), once read
    /// from the model `view`'s lesson file; `None` before, when it could not be read, or when
    /// its epochs are not this index's (a file written from another run).
    pub fn figures<'a>(
        &self,
        view: &str,
        cache: &'a Cache<Option<Rc<Vec<EpochFigures>>>>,
    ) -> Option<&'a [EpochFigures]> {
        let f = cache.get(&figures_url(view)?)?.as_ref()?;
        let same = f.len() == self.data.meta.epochs.len()
            && f.iter()
                .zip(&self.data.meta.epochs)
                .all(|(f, e)| f.epoch == *e);
        same.then_some(f.as_slice())
    }

    /// The last snapshot's epoch.
    pub fn last_epoch(&self) -> usize {
        self.data.meta.epochs.last().copied().unwrap_or(0)
    }

    /// `Epoch 4 of 20: Test −ELBO 160.2 nats/image`.
    pub fn epoch_text(&self) -> Text {
        t!(
            "evo-epoch-loss",
            epoch = self.epoch(),
            last = self.last_epoch(),
            loss = text::loss_text(
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
    Ready(Rc<ViewFile>, Text, String),
    /// Not available (yet): the note saying why.
    Wait(Text),
}

impl Evo {
    /// The decoder for the image: the selected epoch's (from `views`, the parsed view files)
    /// when the view is open, else `model`'s.
    pub fn decoder(&self, model: &Rc<ViewFile>, views: &Cache<Rc<ViewFile>>) -> Option<Decoder> {
        let Some(e) = &self.open else {
            let note = match model.meta.epochs {
                0 => t!("decoder-final"),
                n => t!("decoder-final-epochs", epochs = n),
            };
            return Some(Decoder::Ready(model.clone(), note, "final".into()));
        };
        let epoch = e.epoch();
        if let Some(ex) = views.get(&e.frame_url(e.frame)) {
            return Some(Decoder::Ready(
                ex.clone(),
                t!("decoder-epoch", epoch = epoch),
                epoch.to_string(),
            ));
        }
        if let Some((_, msg)) = e.failed.iter().find(|(f, _)| *f == e.frame) {
            return Some(Decoder::Wait(msg.clone()));
        }
        if e.playing {
            return Some(Decoder::Wait(t!("decoder-playing", epoch = epoch)));
        }
        Some(Decoder::Wait(t!("decoder-loading", epoch = epoch)))
    }

    /// [`EvoView::epoch_text`] of the open view (empty when closed).
    pub fn text(&self) -> Text {
        self.open
            .as_ref()
            .map(|e| e.epoch_text())
            .unwrap_or_default()
    }
}

/// The frame to open the evolution view at for a requested epoch: the snapshot with that
/// epoch, else the last snapshot at or before it (the first for anything earlier).
pub fn frame_for_epoch(epochs: &[usize], epoch: usize) -> usize {
    epochs
        .iter()
        .rposition(|&e| e <= epoch)
        .unwrap_or(0)
        .min(epochs.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_opens_its_snapshot_or_the_last_before_it() {
        assert_eq!(frame_for_epoch(&[0, 1, 2, 4, 8], 4), 3);
        assert_eq!(frame_for_epoch(&[0, 1, 2, 4, 8], 5), 3);
        assert_eq!(frame_for_epoch(&[1, 2], 0), 0);
        assert_eq!(frame_for_epoch(&[0, 1, 2], 99), 2);
    }
}
