//! Sharing the state: "Copy link" (the page's address) and "Save PNG" (the map, the decoded image
//! and the legend in one picture). `state.rs` words the effects from what the page lends it;
//! `effects.rs` runs them in the browser.

pub(crate) mod effects;
pub(crate) mod state;
