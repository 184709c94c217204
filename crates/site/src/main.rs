//! `latent-site`: the site build's native step. Run `latent-site --help`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// The site build's native step (scripts/build-site.sh runs it).
#[derive(Parser)]
#[command(name = "latent-site", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes the default model's first paint into DIST/index.html: its class map as an
    /// inlined PNG, the axes' ticks, the class labels and the language menu, from
    /// DIST/weights/manifest.json's first entry; and the messages above the explorer
    /// (`data-l10n-early`) in every language of DIST/locales, which the page writes in the
    /// wanted language before its first paint.
    FirstPaint {
        /// The built site.
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::FirstPaint { dist } => {
            let r = latent_site::first_paint(&dist)?;
            println!(
                "first paint: {}'s class map, {} x {} cells, {} bytes of PNG, into {}/index.html \
                 ({} -> {} bytes)",
                r.model,
                r.size.0,
                r.size.1,
                r.png_bytes,
                dist.display(),
                r.html_bytes.0,
                r.html_bytes.1
            );
        }
    }
    Ok(())
}
