//! Error type shared by the crate.

/// Everything that can go wrong while reading data, bundles or running a model.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O error on a named file.
    #[error("{path}: {source}")]
    Io {
        /// The file that could not be read or written.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A malformed IDX file: `what` says what is wrong with `path`.
    #[error("{path}: {what}")]
    Idx {
        /// The IDX file.
        path: String,
        /// What is wrong with it.
        what: String,
    },
    /// A malformed or incompatible bundle: `what` says what is wrong with `name`.
    #[error("bundle {name}: {what}")]
    Bundle {
        /// The bundle's file name or URL.
        name: String,
        /// What is wrong with it.
        what: String,
    },
    /// A malformed or incompatible manifest: `what` says what is wrong with `name`.
    #[error("{name}: {what}")]
    Manifest {
        /// The manifest's file name or URL.
        name: String,
        /// What is wrong with it.
        what: String,
    },
    /// An invalid argument (a size of zero, empty bounds, …).
    #[error("{0}")]
    Invalid(String),
    /// An error from candle.
    #[cfg(feature = "candle")]
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
}

/// Result alias using [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
