//! The native trainer as a library: the binary `latent-trainer` parses [`cli::Cli`] and hands
//! it to [`commands::run`], which runs [`run_classifier`], [`run_autoencoder`],
//! [`own_data::run_own_data`], [`remap`], [`study::run_study`], [`docs::build_docs`],
//! [`write_reference`] …; the tests call the same functions on the committed fixture.
//!
//! | module | what |
//! | --- | --- |
//! | [`cli`], [`commands`] | the command line's flags, and each subcommand run from them |
//! | [`data`], [`folder`] | datasets on disk (IDX files, folders of images) as tensors |
//! | [`train`] | the training loops, evaluation and f16 rounding |
//! | [`classifier`] | the classifier run and loading its bundle |
//! | [`autoencoder`] | an autoencoder run: snapshots, test figures, class map, bundle |
//! | [`own_data`] | your own data end to end: classifier, test images, one autoencoder |
//! | [`map`] | the class map and the figures measured on it |
//! | [`bundles`] | where bundle files go and the manifest update |
//! | [`stage`], [`checkpoint`] | staging, publishing in a safe order, stopping and resuming |
//! | [`remap`](mod@remap) | re-painting a bundle's map with a new classifier |
//! | [`reference`] | the browser test's reference decodes |
//! | [`study`] | the latent-size and β study |
//! | [`docs`] | the docs' figures, tables and HTML pages ([`render`] draws the pictures) |
//!
//! File names, the manifest, metric keys and the autoencoder kind's names come from
//! [`latent_core`].

pub mod autoencoder;
pub mod bundles;
pub mod checkpoint;
pub mod classifier;
pub mod cli;
pub mod commands;
pub mod data;
pub mod docs;
pub mod folder;
pub mod lesson;
pub mod map;
pub mod own_data;
pub mod reference;
pub mod remap;
pub mod stage;
pub mod study;
pub mod train;

pub use autoencoder::{
    default_label, default_name, design_summary, run_autoencoder, AutoencoderReport,
    AutoencoderRun, SnapshotPlan,
};
pub use bundles::{bundle_path, update_manifest};
pub use classifier::{load_classifier, run_classifier, stage_classifier, ClassifierRun};
pub use docs::render;
pub use map::{build_class_map, class_map_of_decoder, latent_metrics};
pub use reference::{reference_points, write_reference};
pub use remap::remap;
