//! The page's model, pure Rust (no web-sys, no wasm-bindgen: `tests/purity.rs` checks), tested
//! natively: every input is a [`msg::Msg`]; [`update::update`] changes the
//! [`state::State`] and returns the [`msg::Effect`]s the page's edge must run (fetches,
//! timers, the address). Nothing here touches the DOM, so every rule of the page — which
//! model to show for an address, what a stale response does, where a key moves the cursor,
//! what is announced — is a unit test.
//!
//! - [`msg`]: the messages and effects; [`update`]: the router; [`state`]: the state and
//!   what the renderer reads of it;
//! - [`load`]: the manifest, models, switches and failed downloads; [`fetch`]: downloads
//!   as the model sees them; [`manifest`]: the list of models;
//! - [`cursor`], [`zoom`], [`evolution`]: the cursor, the zoomed window, the training
//!   evolution;
//! - [`address`]: the query string as the state's serialisation; [`embed`]: the `<iframe>`
//!   snippet; [`text`]: sentences and numbers as the page writes them; [`lang`]: the page's
//!   language (the address, the menu, the browser's preferences).

pub mod address;
pub(crate) mod compare;
pub(crate) mod cursor;
pub(crate) mod embed;
pub(crate) mod evolution;
pub(crate) mod fetch;
pub(crate) mod lang;
pub(crate) mod load;
pub(crate) mod manifest;
pub(crate) mod msg;
pub(crate) mod state;
pub(crate) mod text;
pub(crate) mod update;
pub(crate) mod zoom;
