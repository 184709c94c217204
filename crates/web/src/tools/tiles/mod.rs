//! The plane tiled with decodes: `state.rs` (its pure computation), `render.rs` (the per-frame work
//! and what it draws).

pub(crate) mod render;
pub(crate) mod state;
