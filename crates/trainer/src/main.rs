//! `latent-trainer`: trains the classifier and the autoencoders, builds class maps, writes
//! bundles into `weights/`. Run `latent-trainer --help`.
//!
//! Parse ([`latent_trainer::cli`]), dispatch ([`latent_trainer::commands::run`]); an
//! interrupted training run exits with status 130.

use clap::Parser;
use latent_trainer::cli::Cli;
use latent_trainer::train::Interrupted;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    latent_trainer::train::one_pool();
    match latent_trainer::commands::run(Cli::parse()) {
        Err(e) if e.is::<Interrupted>() => {
            eprintln!("{e:#}");
            std::process::exit(130);
        }
        r => r,
    }
}
