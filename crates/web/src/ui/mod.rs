//! The renderer: the only code that writes to the page (the hands-on views' renderers, in
//! `tools/`, are called from it). [`render::Renderer`] draws the state once per animation
//! frame, touching only what changed; [`chrome`] is the page around the map, [`language`] its
//! language (`<html lang dir>`, the static messages, the menu), [`evolution`]
//! the evolution controls, [`paint`] the canvases and the map's labels, axes and legend
//! ([`layout`]: their pure arithmetic); [`dom`] looks the elements up once, by the ids of
//! [`ids`]. `first_paint` (native only) writes the default map's axes and labels as static
//! markup for the site build.

pub(crate) mod chrome;
pub(crate) mod compare;
pub(crate) mod dom;
pub(crate) mod evolution;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_paint;
pub(crate) mod ids;
pub(crate) mod language;
pub(crate) mod layout;
pub(crate) mod paint;
pub(crate) mod qr;
pub(crate) mod render;
