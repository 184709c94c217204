//! The subcommands run: each subcommand's flags ([`crate::cli`]) turned into its pipeline's
//! run ([`run_classifier`], [`run_autoencoder`], [`run_own_data`], [`remap`],
//! [`crate::study::run_study`], [`crate::docs::build_docs`], the writers of [`crate::reference`]
//! …), with the command line recorded in bundles and the Ctrl-C handling of training runs.

use crate::cli::{Cli, Cmd};
use crate::data::Dataset;
use crate::own_data::{run_own_data, OwnDataRun};
use crate::stage::Control;
use crate::*;
use anyhow::Result;
use latent_core::bundle::files;
use latent_core::latent_map::BoundsRule;
use latent_core::model::{AutoencoderConfig, ClassifierConfig};

/// Runs one subcommand of the command line: checks its flags, runs its pipeline and reports
/// the files written on stderr.
///
/// # Errors
/// The flag checks' and the pipeline's errors; an interrupted run returns
/// [`crate::train::Interrupted`] (the binary exits with 130).
pub fn run(cli: Cli) -> Result<()> {
    match cli.cmd {
        Cmd::Classifier { common } => {
            common.check(None)?;
            let dataset = common.paths.resolve()?;
            run_classifier(&ClassifierRun {
                config: ClassifierConfig {
                    num_classes: dataset.class_names().len(),
                    ..ClassifierConfig::default()
                },
                dataset,
                out: common.paths.out.clone(),
                train: common.train_config(),
                limit: common.limit,
                command: command_line(),
                control: control(common.resume),
            })?;
        }
        Cmd::Autoencoder {
            common,
            kind,
            beta,
            encoder_hidden,
            decoder_hidden,
            classifier,
            grid,
            tail,
            name,
            label,
            summary,
            snapshots,
            snapshot_epochs,
            snapshot_grid,
            snapshot_points,
        } => {
            common.check(Some(grid))?;
            let config = AutoencoderConfig {
                kind,
                beta,
                encoder_hidden,
                decoder_hidden,
                ..AutoencoderConfig::mnist_vae()
            };
            let name = name.unwrap_or_else(|| kind.to_string());
            let label = label.unwrap_or_else(|| default_label(kind, beta));
            let classifier = classifier.unwrap_or_else(|| common.paths.default_classifier());
            run_autoencoder(&AutoencoderRun {
                dataset: common.paths.resolve()?,
                out: common.paths.out.clone(),
                name,
                label,
                config,
                train: common.train_config(),
                classifier,
                grid,
                bounds_rule: BoundsRule {
                    tail,
                    ..BoundsRule::default()
                },
                limit: common.limit,
                command: command_line(),
                summary: summary.unwrap_or_else(|| design_summary(kind, beta)),
                snapshots: match (snapshots, snapshot_epochs) {
                    (_, Some(mut epochs)) => {
                        epochs.sort_unstable();
                        epochs.dedup();
                        if let Some(e) = epochs.iter().find(|&&e| e > common.epochs) {
                            anyhow::bail!(
                                "--snapshot-epochs: epoch {e} is after the last epoch ({})",
                                common.epochs
                            );
                        }
                        Some(epochs)
                    }
                    (true, None) => Some(latent_core::bundle::evolution::default_schedule(
                        common.epochs,
                    )),
                    (false, None) => None,
                }
                .map(|epochs| SnapshotPlan {
                    epochs,
                    grid: snapshot_grid,
                    points: snapshot_points,
                }),
                control: control(common.resume),
                also_publish: Vec::new(),
            })?;
        }
        Cmd::OwnData {
            common,
            classifier_epochs,
            kind,
            beta,
            grid,
            snapshots,
        } => {
            common.check(Some(grid))?;
            if !(beta.is_finite() && beta > 0.0) {
                anyhow::bail!("--beta {beta}: the KL weight must be a positive number");
            }
            let dataset = common.paths.resolve()?;
            run_own_data(&OwnDataRun {
                dataset,
                out: common.paths.out.clone(),
                train: common.train_config(),
                classifier_epochs,
                kind,
                beta,
                grid,
                snapshots,
                limit: common.limit,
                command: command_line(),
                control: control(common.resume),
            })?;
        }
        Cmd::Remap {
            paths,
            name,
            classifier,
        } => {
            let (dataset, out) = (paths.resolve()?, paths.out.clone());
            let classifier = classifier.unwrap_or_else(|| paths.default_classifier());
            for (k, v) in remap(&out, &dataset, &name, &classifier)? {
                eprintln!("  {k:28} {v:.4}");
            }
        }
        Cmd::Study {
            common,
            latent_dims,
            dim_kinds,
            betas,
            grid,
            classifier,
            results,
            lesson_out,
            lesson_images,
        } => {
            let classifier = classifier.unwrap_or_else(|| common.paths.default_classifier());
            // read the lesson's test images before training, so a bad file fails at once
            let lesson = lesson_out
                .as_ref()
                .map(|_| {
                    crate::study::LessonImages::first(
                        &common
                            .paths
                            .out
                            .join(&common.paths.dataset)
                            .join(files::TEST_IMAGES_FILE),
                        lesson_images,
                    )
                })
                .transpose()?;
            let out = crate::study::run_study(&crate::study::StudyRun {
                dataset: common.paths.resolve()?,
                classifier,
                train: common.train_config(),
                latent_dims,
                dim_kinds,
                betas,
                grid,
                limit: common.limit,
                command: command_line(),
                lesson,
            })?;
            let mut json = serde_json::to_string_pretty(&out.results)?;
            json.push('\n');
            latent_core::bundle::write::atomic_write(&results, json.as_bytes())?;
            eprintln!("wrote {}", results.display());
            if let (Some(path), Some(file)) = (&lesson_out, &out.lesson) {
                let bytes = file.to_bytes()?;
                latent_core::bundle::write::atomic_write(path, &bytes)?;
                eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
            }
        }
        Cmd::Gif {
            index,
            out,
            title,
            delay_ms,
            points,
        } => {
            let rep = render::gif_from_index(&index, &out, title.as_deref(), delay_ms, points)?;
            eprintln!(
                "wrote {} ({} frames, {}×{} px, {} bytes)",
                out.display(),
                rep.frames,
                rep.width,
                rep.height,
                rep.bytes
            );
        }
        Cmd::Docs {
            docs, pages_only, ..
        } if pages_only => {
            for f in crate::docs::write_pages(&docs)? {
                eprintln!("wrote {}", f.display());
            }
        }
        Cmd::Docs {
            weights,
            study,
            fixtures,
            docs,
            pages_only: _,
        } => {
            for f in crate::docs::build_docs(&crate::docs::DocsRun {
                weights,
                study,
                fixtures,
                docs,
            })? {
                eprintln!("wrote {}", f.display());
            }
        }
        Cmd::Reference { bundle, out } => {
            write_reference(&bundle, &out)?;
            eprintln!("wrote {}", out.display());
        }
        Cmd::Realign { files } => {
            for f in files {
                match crate::bundles::realign(&f)? {
                    0 => eprintln!("{}: already aligned", f.display()),
                    n => eprintln!("{}: {n} tensor(s) moved to 8-byte offsets", f.display()),
                }
            }
        }
        Cmd::TrainSubset {
            weights,
            datasets,
            count,
            seed,
        } => {
            let command = command_line();
            for ds in &datasets {
                let id = crate::data::DatasetId::from_id(ds).ok_or_else(|| {
                    let known: Vec<&str> =
                        latent_core::dataset::KNOWN.iter().map(|d| d.id).collect();
                    anyhow::anyhow!("unknown dataset `{ds}`: expected {}", known.join(" or "))
                })?;
                let dataset = Dataset::known(id, None);
                let out = weights.join(ds).join(files::TRAIN_SUBSET_FILE);
                let n =
                    crate::reference::write_train_subset(&dataset, count, seed, &command, &out)?;
                eprintln!("wrote {} ({n} bytes)", out.display());
            }
        }
        Cmd::Lesson {
            weights,
            models,
            sample,
        } => {
            for (path, n) in
                crate::lesson::write_lessons(&weights, &models, sample, &command_line())?
            {
                eprintln!("wrote {path} ({n} bytes)");
            }
        }
        Cmd::StepReference { test_images, out } => {
            crate::reference::write_step_reference(&test_images, &out)?;
            eprintln!("wrote {}", out.display());
        }
        Cmd::TestImages {
            weights,
            fixtures,
            datasets,
            reference_model,
            reference,
            compare_model,
            compare_reference,
        } => {
            for ds in &datasets {
                let dir = weights.join(ds);
                let out = dir.join(files::TEST_IMAGES_FILE);
                let name = latent_core::dataset::known(ds).map_or(ds.as_str(), |d| d.name);
                let n = crate::reference::write_test_images(
                    ds,
                    &fixtures.join(format!("{ds}-t1000-images-idx3-ubyte.gz")),
                    &fixtures.join(format!("{ds}-t1000-labels-idx1-ubyte.gz")),
                    &dir.join(files::CLASSIFIER_FILE),
                    &format!("the first 1,000 images of the {name} test set"),
                    &out,
                )?;
                eprintln!("wrote {} ({n} bytes)", out.display());
            }
            if let Some(ds) = datasets.first() {
                let dir = weights.join(ds);
                crate::reference::write_hands_on_reference(
                    &dir.join(files::view_file(&reference_model)),
                    &dir.join(files::encoder_file(&reference_model)),
                    &dir.join(files::CLASSIFIER_FILE),
                    &dir.join(files::TEST_IMAGES_FILE),
                    &reference,
                )?;
                eprintln!("wrote {}", reference.display());
                crate::reference::write_compare_reference(
                    &dir,
                    &reference_model,
                    &compare_model,
                    &dir.join(files::TEST_IMAGES_FILE),
                    &compare_reference,
                )?;
                eprintln!("wrote {}", compare_reference.display());
            }
        }
    }
    Ok(())
}

/// The command line recorded in bundles, without `--resume` (a resumed run ends where the
/// uninterrupted one would).
pub fn command_line() -> String {
    let mut args: Vec<String> = std::env::args().filter(|a| a != "--resume").collect();
    args[0] = "latent-trainer".into();
    args.join(" ")
}

/// The [`Control`] of a training run, with the process's SIGINT and SIGTERM handler installed:
/// the first signal asks the run to stop at the next batch boundary (after writing its
/// checkpoint); a second one ends the process at once (the published files are safe
/// either way: a run writes only into its staging folder until it publishes).
pub fn control(resume: bool) -> Control {
    let c = Control {
        resume,
        ..Control::default()
    };
    let stop = c.stop.clone();
    let installed = ctrlc::set_handler(move || {
        if stop.swap(true, std::sync::atomic::Ordering::SeqCst) {
            eprintln!("\nstopped at once: no checkpoint of the last batches");
            std::process::exit(130);
        }
        eprintln!(
            "\nstopping at the next batch boundary (writing a checkpoint); press Ctrl-C \
             again to quit at once"
        );
    });
    if let Err(e) = installed {
        eprintln!(
            "warning: cannot catch Ctrl-C ({e}): an interrupted run is resumed from its last epoch"
        );
    }
    c
}
