//! The encode view (draw or pick an image, see where the encoder puts it): `state.rs` (its state,
//! messages and pure update), `render.rs` (what it draws), `input.rs` (its listeners).

pub(crate) mod input;
pub(crate) mod neighbours;
pub(crate) mod render;
pub(crate) mod state;
