//! `latent-trainer study` with the page lesson's study file: a tiny latent-size sweep on the
//! committed fixture of 1,000 MNIST test digits (as both training and test set), whose models
//! reconstruct the committed test-image file's first images.

use clap::Parser;
use latent_core::bundle::lesson::StudyFile;
use latent_core::model::AutoencoderKind;
use latent_core::IMAGE_PIXELS;
use latent_trainer::cli::{Cli, Cmd};
use latent_trainer::data::{Dataset, DatasetId};
use latent_trainer::study::{run_study, LessonImages, StudyResults, StudyRun};
use latent_trainer::train::TrainConfig;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A data folder whose training and test splits are both the fixture.
fn fixture_data(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let fx = repo().join("crates/core/tests/fixtures");
    for split in ["train", "t10k"] {
        for (kind, idx) in [("images", "idx3"), ("labels", "idx1")] {
            std::fs::copy(
                fx.join(format!("mnist-t1000-{kind}-{idx}-ubyte.gz")),
                data.join(format!("{split}-{kind}-{idx}-ubyte.gz")),
            )
            .unwrap();
        }
    }
    data
}

fn study_run(data: &Path, lesson: Option<LessonImages>) -> StudyRun {
    StudyRun {
        dataset: Dataset::known(DatasetId::Mnist, Some(data)),
        classifier: repo().join("weights/mnist/classifier.safetensors"),
        train: TrainConfig {
            epochs: 3,
            batch_size: 50,
            lr: 2e-3,
            seed: 3,
            progress: false,
        },
        latent_dims: vec![2, 5],
        dim_kinds: vec![AutoencoderKind::Vae],
        betas: vec![],
        grid: 8,
        limit: Some(800),
        command: "latent-trainer study (test)".into(),
        lesson,
    }
}

#[test]
fn the_study_file_holds_each_latent_size_models_reconstructions_and_figures() {
    let dir = std::env::temp_dir().join(format!("latent-study-{}", std::process::id()));
    let data = fixture_data(&dir);
    let test_images = repo().join("weights/mnist/test-images.safetensors");
    // all 1,000 images of the test-image file (the whole test set here), so the file's
    // reconstructions can be checked against the study's test MSE
    let lesson = LessonImages::first(&test_images, 1000).unwrap();
    let input = lesson.pixels.clone();
    let out = run_study(&study_run(&data, Some(lesson))).unwrap();
    let file = out.lesson.expect("a study file was asked for");
    let dims = &out.results.latent_dims;
    assert_eq!(dims.len(), 2);
    assert_eq!(file.meta.dataset, "mnist");
    assert_eq!(file.meta.command, "latent-trainer study (test)");
    assert_eq!(file.meta.images, (0..1000).collect::<Vec<_>>());
    assert_eq!(file.meta.models.len(), 2);
    for (m, p) in file.meta.models.iter().zip(dims) {
        assert_eq!(m.kind, "vae");
        assert_eq!(m.latent_dim, p.latent_dim);
        // the same numbers as the results JSON
        assert_eq!(m.reconstruction_nats, p.metrics["test_reconstruction_nats"]);
        assert_eq!(m.mse_per_pixel, p.metrics["test_mse_per_pixel"]);
    }
    assert_eq!(
        file.meta
            .models
            .iter()
            .map(|m| m.latent_dim)
            .collect::<Vec<_>>(),
        vec![2, 5]
    );
    assert_eq!(file.recon.len(), 2 * 1000 * IMAGE_PIXELS);
    // the stored reconstructions are the decodes at μ behind the study's test MSE: their MSE
    // against the inputs is the figure, up to the rounding to bytes (measured: under 1e-6)
    let blank = input
        .iter()
        .map(|&b| (f64::from(b) / 255.0).powi(2))
        .sum::<f64>()
        / input.len() as f64;
    for (m, model) in file.meta.models.iter().enumerate() {
        let mut se = 0.0f64;
        for i in 0..1000 {
            let r = file.image(m, i).unwrap();
            let x = &input[i * IMAGE_PIXELS..(i + 1) * IMAGE_PIXELS];
            se += r
                .iter()
                .zip(x)
                .map(|(&a, &b)| (f64::from(a) - f64::from(b) / 255.0).powi(2))
                .sum::<f64>();
        }
        let mse = se / (1000 * IMAGE_PIXELS) as f64;
        assert!(
            (mse - model.mse_per_pixel).abs() < 1e-5,
            "d={}: MSE of the stored reconstructions {mse:.6} vs the study's {:.6}",
            model.latent_dim,
            model.mse_per_pixel
        );
        // trained for a moment: clearly better than a blank (all-background) image
        assert!(
            model.mse_per_pixel < 0.8 * blank,
            "{model:?} vs blank {blank:.4}"
        );
    }
    // the file round-trips
    let bytes = file.to_bytes().unwrap();
    assert_eq!(StudyFile::from_bytes(&bytes, "study").unwrap(), file);

    // images that are not the dataset's first test images are refused before training
    let fashion =
        LessonImages::first(&repo().join("weights/fashion/test-images.safetensors"), 2).unwrap();
    let e = run_study(&study_run(&data, Some(fashion)))
        .unwrap_err()
        .to_string();
    assert!(e.contains("test image 0"), "{e}");

    // without a study file: none, and the same figures (the reconstructions change nothing)
    let plain = run_study(&study_run(&data, None)).unwrap();
    assert!(plain.lesson.is_none());
    for (a, b) in plain.results.latent_dims.iter().zip(dims) {
        let mut a = a.metrics.clone();
        let mut b = b.metrics.clone();
        a.remove("train_seconds");
        b.remove("train_seconds");
        assert_eq!(a, b);
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// The committed study file and the committed results JSON come from one run: the lesson shows
/// the figures `docs/measurements.md` is made from.
#[test]
fn the_committed_study_file_agrees_with_the_committed_results() {
    let name = "weights/mnist/study.lesson.safetensors";
    let file = StudyFile::from_bytes(&std::fs::read(repo().join(name)).unwrap(), name).unwrap();
    let results: StudyResults =
        serde_json::from_slice(&std::fs::read(repo().join("docs/study/mnist.json")).unwrap())
            .unwrap();
    assert_eq!(file.meta.dataset, "mnist");
    assert_eq!(file.meta.command, results.command);
    assert_eq!(file.meta.images, (0..8).collect::<Vec<_>>());
    assert_eq!(file.meta.models.len(), results.latent_dims.len());
    for (m, p) in file.meta.models.iter().zip(&results.latent_dims) {
        assert_eq!(m.kind, p.kind.to_string());
        assert_eq!(m.latent_dim, p.latent_dim);
        assert_eq!(m.reconstruction_nats, p.metrics["test_reconstruction_nats"]);
        assert_eq!(m.mse_per_pixel, p.metrics["test_mse_per_pixel"]);
    }
    assert_eq!(
        file.meta
            .models
            .iter()
            .map(|m| m.latent_dim)
            .collect::<Vec<_>>(),
        vec![2, 3, 5, 10, 20]
    );
}

#[test]
fn lesson_images_are_checked() {
    let test_images = repo().join("weights/mnist/test-images.safetensors");
    let l = LessonImages::first(&test_images, 8).unwrap();
    assert_eq!(l.indices, (0..8).collect::<Vec<_>>());
    assert_eq!(l.pixels.len(), 8 * IMAGE_PIXELS);
    // the first MNIST test digit is a 7
    assert_eq!(l.labels[0], 7);
    let e = LessonImages::first(&test_images, 1001)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("test-images.safetensors") && e.contains("1000"),
        "{e}"
    );
    assert!(LessonImages::first(&test_images, 0).is_err());
    let e = LessonImages::first(Path::new("no/such/test-images.safetensors"), 8)
        .unwrap_err()
        .to_string();
    assert!(e.contains("no/such/test-images.safetensors"), "{e}");
}

#[test]
fn the_study_command_takes_lesson_flags() {
    let cli = Cli::try_parse_from([
        "latent-trainer",
        "study",
        "--epochs",
        "5",
        "--lesson-out",
        "weights/mnist/study.lesson.safetensors",
    ])
    .unwrap();
    match cli.cmd {
        Cmd::Study {
            lesson_out,
            lesson_images,
            results,
            ..
        } => {
            assert_eq!(
                lesson_out.as_deref(),
                Some(Path::new("weights/mnist/study.lesson.safetensors"))
            );
            assert_eq!(lesson_images, 8);
            assert_eq!(results, Path::new("docs/study/mnist.json"));
        }
        _ => panic!("not the study command"),
    }
}
