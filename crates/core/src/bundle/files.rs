//! File names of a weights folder, in one place.
//!
//! ```text
//! <weights>/manifest.json                                  MANIFEST_FILE
//! <weights>/<dataset>/classifier.safetensors               CLASSIFIER_FILE
//! <weights>/<dataset>/test-images.safetensors              TEST_IMAGES_FILE
//! <weights>/<dataset>/train-subset.safetensors             TRAIN_SUBSET_FILE
//! <weights>/<dataset>/<name>.safetensors                   view_file(name)
//! <weights>/<dataset>/<name>.encoder.safetensors           encoder_file(name)
//! <weights>/<dataset>/<name>.lesson.safetensors            lesson_file(name)
//! <weights>/<dataset>/study.lesson.safetensors             STUDY_LESSON_FILE
//! <weights>/<dataset>/<name>.evolution.safetensors         evolution_index_file(name)
//! <weights>/<dataset>/<name>.evolution/epoch-NNNN.safetensors  evolution_frame_file(name, epoch)
//! <weights>/<dataset>/<name>.evolution-<run>/epoch-NNNN.safetensors
//!                                          evolution_run_frame_file(name, run, epoch)
//! ```
//!
//! `name` is the bundle name within its dataset (`vae`, `beta4`, …); the model id in the
//! manifest and the metadata is [`model_id`] `<dataset>-<name>`. Paths stored in the manifest
//! and in an evolution index are relative to the weights folder, joined with `/`
//! ([`in_dataset`]).

/// The manifest's file name, in the weights folder.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The classifier bundle's file name, in its dataset's folder.
pub const CLASSIFIER_FILE: &str = "classifier.safetensors";

/// The test-image file (held-out test images for the page), in its dataset's folder.
pub const TEST_IMAGES_FILE: &str = "test-images.safetensors";

/// The training subset of the page's "Train it yourself" view (10,000 training images with
/// labels, in the test-image file format), in its dataset's folder.
pub const TRAIN_SUBSET_FILE: &str = "train-subset.safetensors";

/// The view file of bundle `name` (decoder + class map): `<name>.safetensors`.
pub fn view_file(name: &str) -> String {
    format!("{name}.safetensors")
}

/// The encoder file of bundle `name`: `<name>.encoder.safetensors`.
pub fn encoder_file(name: &str) -> String {
    format!("{name}.encoder.safetensors")
}

/// The latent-size study's reconstructions for the page's lesson, in a dataset's folder
/// ([`super::lesson::StudyFile`]).
pub const STUDY_LESSON_FILE: &str = "study.lesson.safetensors";

/// The lesson file of bundle `name` (the page's lesson: a sample of training codes and the
/// quantiles behind the bounds, [`super::lesson`]): `<name>.lesson.safetensors`.
pub fn lesson_file(name: &str) -> String {
    format!("{name}.lesson.safetensors")
}

/// The training-evolution index of bundle `name`: `<name>.evolution.safetensors`.
pub fn evolution_index_file(name: &str) -> String {
    format!("{name}.evolution.safetensors")
}

/// The frame view file of bundle `name` at `epoch`:
/// `<name>.evolution/epoch-NNNN.safetensors` (epoch zero-padded to four digits).
pub fn evolution_frame_file(name: &str, epoch: usize) -> String {
    format!("{name}.evolution/epoch-{epoch:04}.safetensors")
}

/// The folder of run `run`'s frame files of bundle `name`: `<name>.evolution-<run>`.
pub fn evolution_run_dir(name: &str, run: &str) -> String {
    format!("{name}.evolution-{run}")
}

/// The frame view file of bundle `name` at `epoch`, in the folder of run `run`:
/// `<name>.evolution-<run>/epoch-NNNN.safetensors`. The trainer writes each run's frames
/// under a folder of its own, so a new run never overwrites the frames that the published
/// index points at; the index's `frames` paths say where they are, whichever the layout.
pub fn evolution_run_frame_file(name: &str, run: &str, epoch: usize) -> String {
    format!(
        "{}/epoch-{epoch:04}.safetensors",
        evolution_run_dir(name, run)
    )
}

/// A file of `dataset`'s folder as a path relative to the weights folder: `<dataset>/<file>`.
pub fn in_dataset(dataset: &str, file: &str) -> String {
    format!("{dataset}/{file}")
}

/// The model id of bundle `name` of `dataset`: `<dataset>-<name>`, e.g. `mnist-vae`.
pub fn model_id(dataset: &str, name: &str) -> String {
    format!("{dataset}-{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_committed_weights() {
        assert_eq!(
            in_dataset("mnist", &view_file("vae")),
            "mnist/vae.safetensors"
        );
        assert_eq!(encoder_file("beta4"), "beta4.encoder.safetensors");
        assert_eq!(
            in_dataset("fashion", &evolution_index_file("plain")),
            "fashion/plain.evolution.safetensors"
        );
        assert_eq!(
            evolution_frame_file("vae", 12),
            "vae.evolution/epoch-0012.safetensors"
        );
        assert_eq!(
            evolution_run_frame_file("vae", "0123abcd", 3),
            "vae.evolution-0123abcd/epoch-0003.safetensors"
        );
        assert_eq!(model_id("mnist", "vae"), "mnist-vae");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../weights");
        if root.join(MANIFEST_FILE).exists() {
            assert!(root.join("mnist").join(CLASSIFIER_FILE).exists());
            assert!(root.join(in_dataset("mnist", &view_file("vae"))).exists());
            assert!(root
                .join(in_dataset("mnist", &evolution_frame_file("vae", 0)))
                .exists());
        }
    }
}
