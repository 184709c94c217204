//! The share buttons' effects, worded from what the page lends them: the link's note, the
//! PNG's file name, title and caption.

use crate::model::address::z_number;
use crate::model::text::{z_readout, zoom_arg};
use crate::tools::ctx::ToolEffect;
use latent_core::latent_map::Bounds;
use latent_i18n::{num, t, L10n};

/// "Copy link": the page's address with `query`; `drawing` when the encode view shows a
/// drawing, which the link cannot hold (it opens the empty pad).
pub fn copy_link(query: String, drawing: bool) -> ToolEffect {
    let note = drawing.then(|| t!("share-drawing-not-in-link"));
    ToolEffect::CopyLink { query, note }
}

/// What the page shows, for the PNG.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The model's manifest id (`model` when it has none).
    pub model: String,
    /// `MNIST · VAE`.
    pub what: String,
    /// The cursor, latent units.
    pub z: [f32; 2],
    /// The part of the map canvas shown: top-left `(u₀, v₀)` and side, fractions of the map.
    pub crop: ([f32; 2], f32),
    /// The bounds of the part of the map shown.
    pub window: Option<Bounds>,
    /// The zoom factor, when zoomed.
    pub zoom: Option<f32>,
    /// In the evolution view: the shown snapshot's epoch and the last epoch (the map and the
    /// decoder are that epoch's, so the file and the title name it).
    pub epoch: Option<(usize, usize)>,
    /// The page's address of this view (its QR code goes in the picture).
    pub link: Option<String>,
}

/// "Save PNG": `mnist-vae-z_0.5_-1.2.png`, titled with the model and z, captioned with the
/// latent range shown, in the language of `l`.
pub fn save_png(s: &Snapshot, l: &L10n) -> ToolEffect {
    let z = s.z;
    let (file, title) = match s.epoch {
        Some((epoch, last)) => (
            format!(
                "{}-epoch{epoch}-z_{}_{}.png",
                s.model,
                z_number(z[0]),
                z_number(z[1])
            ),
            l.text(&t!(
                "png-title-epoch",
                model = s.what.as_str(),
                epoch = epoch,
                last = last,
                z = z_readout(z)
            )),
        ),
        None => (
            format!("{}-z_{}_{}.png", s.model, z_number(z[0]), z_number(z[1])),
            l.text(&t!("png-title", model = s.what.as_str(), z = z_readout(z))),
        ),
    };
    let caption = s.window.map_or(String::new(), |b| {
        let range = t!(
            "png-caption",
            z1min = num(b.min[0], 2),
            z1max = num(b.max[0], 2),
            z2min = num(b.min[1], 2),
            z2max = num(b.max[1], 2)
        );
        l.text(&match s.zoom {
            Some(k) => t!("png-caption-zoom", range = range, zoom = zoom_arg(k)),
            None => range,
        })
    });
    ToolEffect::SavePng {
        file,
        title,
        caption,
        crop: s.crop,
        link: s.link.clone(),
    }
}
