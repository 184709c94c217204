//! The interpolation view (a strip of decodes between two latent points): `state.rs` (its state,
//! messages and pure update), `render.rs` (what it draws), `input.rs` (its listeners).

pub(crate) mod input;
pub(crate) mod render;
pub(crate) mod state;
