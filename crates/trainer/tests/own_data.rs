//! The documented bring-your-own-data command, run as a user would: a tiny generated folder of
//! labelled PNGs in, a classifier and an autoencoder bundle listed in the manifest out.

use latent_core::bundle::{candle::ViewBundle, Manifest};
use std::path::{Path, PathBuf};
use std::process::Command;

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("latent-own-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Three classes of 10 images each: a filled disc, a filled square, a vertical bar, drawn in
/// white on black or (every third image) black on white, at sizes 20–47 px, some in colour.
fn make_folder(dir: &Path) {
    for (class, shape) in [("circle", 0), ("square", 1), ("bar", 2)] {
        std::fs::create_dir_all(dir.join(class)).unwrap();
        for i in 0..10u32 {
            let side = 20 + 3 * i;
            let inverted = i % 3 == 0;
            let img = image::RgbImage::from_fn(side, side, |x, y| {
                let (u, v) = (x as f32 / side as f32 - 0.5, y as f32 / side as f32 - 0.5);
                let ink = match shape {
                    0 => u * u + v * v < 0.09,
                    1 => u.abs() < 0.3 && v.abs() < 0.3,
                    _ => u.abs() < 0.08 && v.abs() < 0.4,
                };
                let on = ink != inverted;
                if on {
                    image::Rgb([255, 240 - 10 * (i as u8), 255])
                } else {
                    image::Rgb([0, 0, 0])
                }
            });
            img.save(dir.join(class).join(format!("{i:02}.png")))
                .unwrap();
        }
    }
}

fn trainer(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_latent-trainer"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn own_image_folder_becomes_a_listed_bundle() {
    let root = temp("ok");
    let images = root.join("shapes");
    make_folder(&images);
    let out = root.join("weights");
    let o = trainer(&[
        "own-data",
        "--dataset",
        "shapes",
        "--dataset-label",
        "Shapes",
        "--data",
        images.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--epochs",
        "3",
        "--classifier-epochs",
        "3",
        "--batch-size",
        "8",
        "--grid",
        "16",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("shapes: 3 classes (bar, circle, square)"),
        "{err}"
    );
    let m: Manifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m.bundles.len(), 1);
    let e = &m.bundles[0];
    assert_eq!(
        (e.id.as_str(), e.dataset.as_str()),
        ("shapes-vae", "shapes")
    );
    assert_eq!(e.dataset_label, "Shapes");
    assert_eq!(e.view, "shapes/vae.safetensors");
    let bytes = std::fs::read(out.join(&e.view)).unwrap();
    let v = ViewBundle::from_bytes(&bytes, &e.view, &candle_core::Device::Cpu).unwrap();
    assert_eq!(v.meta.class_names, ["bar", "circle", "square"]);
    assert_eq!(v.meta.classifier.num_classes, 3);
    assert_eq!((v.map.grid.width, v.map.grid.height), (16, 16));
    assert!(v.map.class.iter().all(|&c| c < 3));
    // 2 of 10 images per class are held out: 6 test images
    assert_eq!(v.meta.metrics["train_images"], 24.0);
    assert!(v
        .meta
        .command
        .starts_with("latent-trainer own-data --dataset shapes"));
    assert_eq!(v.decode([0.0, 0.0]).unwrap().len(), 784);
    assert!(out.join("shapes/classifier.safetensors").exists());
    // the hands-on views' "pick a test image" file: the 6 held-out images with their labels
    let t = std::fs::read(out.join("shapes/test-images.safetensors")).unwrap();
    let t = latent_core::bundle::TestImages::from_bytes(&t, "test-images").unwrap();
    assert_eq!(t.len(), 6);
    assert_eq!(t.meta.class_names, ["bar", "circle", "square"]);
    std::fs::remove_dir_all(root).unwrap();
}

#[test]
fn unreadable_image_is_named() {
    let root = temp("bad");
    let images = root.join("shapes");
    make_folder(&images);
    let bad = images.join("square").join("05.png");
    std::fs::write(&bad, b"not a png").unwrap();
    let o = trainer(&[
        "own-data",
        "--dataset",
        "shapes",
        "--data",
        images.to_str().unwrap(),
        "--out",
        root.join("weights").to_str().unwrap(),
        "--epochs",
        "1",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains(&bad.display().to_string()) && err.contains("decod"),
        "{err}"
    );
    assert!(!root.join("weights").exists(), "nothing written on failure");
    // an id that cannot name files is refused before anything is read
    let o = trainer(&[
        "own-data",
        "--dataset",
        "My Shapes",
        "--data",
        "x",
        "--epochs",
        "1",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("dataset id `My Shapes`"),
        "{err}"
    );
    std::fs::remove_dir_all(root).unwrap();
}

/// Class names that are not text are refused by the command before anything is written, the
/// error naming the folder or the file and line: a class folder named in Latin-1, and (for IDX
/// files) a `classes.txt` line that is not UTF-8 or empty.
#[cfg(unix)]
#[test]
fn class_names_must_be_text() {
    use std::os::unix::ffi::OsStrExt;
    let root = temp("names");
    let images = root.join("shapes");
    make_folder(&images);
    let bad = images.join(std::ffi::OsStr::from_bytes(b"caf\xe9"));
    std::fs::create_dir(&bad).unwrap();
    std::fs::copy(images.join("bar/00.png"), bad.join("00.png")).unwrap();
    let out = root.join("weights");
    let own_data = |data: &Path| {
        trainer(&[
            "own-data",
            "--dataset",
            "shapes",
            "--data",
            data.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--epochs",
            "1",
        ])
    };
    let o = own_data(&images);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains(&format!(
            "{}: the folder's name is not valid UTF-8 text",
            bad.display()
        )),
        "{err}"
    );
    // IDX files with a classes.txt whose second line is Latin-1, then empty
    let idx = root.join("idx");
    std::fs::create_dir_all(&idx).unwrap();
    std::fs::write(idx.join("train-images-idx3-ubyte"), b"").unwrap();
    let classes = idx.join("classes.txt");
    std::fs::write(&classes, b"cat\ncaf\xe9\n").unwrap();
    let o = own_data(&idx);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success()
            && err.contains(&format!(
                "{}: line 2 is not valid UTF-8 text",
                classes.display()
            )),
        "{err}"
    );
    std::fs::write(&classes, b"cat\n\ndog\n").unwrap();
    let o = own_data(&idx);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success()
            && err.contains(&format!(
                "{}: line 2 is empty; every class needs a name",
                classes.display()
            )),
        "{err}"
    );
    assert!(!out.exists(), "nothing written on failure");
    std::fs::remove_dir_all(root).unwrap();
}

/// Ctrl-C (SIGINT) while `own-data` trains its autoencoder: exit code 130, a checkpoint, and
/// nothing published, not even the classifier (it stays staged until the model is listed);
/// `--resume` then finishes the run and publishes both.
#[cfg(unix)]
#[test]
fn interrupted_own_data_publishes_nothing_and_resumes() {
    use std::io::{BufRead, BufReader};
    let root = temp("sigint");
    let images = root.join("shapes");
    make_folder(&images);
    let out = root.join("weights");
    let args = [
        "own-data",
        "--dataset",
        "shapes",
        "--data",
        images.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--epochs",
        "80",
        "--classifier-epochs",
        "2",
        "--batch-size",
        "8",
        "--grid",
        "8",
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_latent-trainer"))
        .args(args)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = String::new();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    // wait for the autoencoder's first epoch, then interrupt
    for line in lines.by_ref() {
        let line = line.unwrap();
        log.push_str(&line);
        log.push('\n');
        if line.starts_with("autoencoder epoch 1/") {
            break;
        }
    }
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    for line in lines {
        log.push_str(&line.unwrap());
        log.push('\n');
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{log}");
    assert!(log.contains("--resume"), "{log}");
    assert!(!out.join("manifest.json").exists(), "{log}");
    assert!(!out.join("shapes/classifier.safetensors").exists(), "{log}");
    assert!(out
        .join(".staging/shapes-vae/checkpoint.safetensors")
        .exists());
    assert!(out
        .join(".staging/shapes-classifier/classifier.safetensors")
        .exists());
    let mut resumed: Vec<&str> = args.to_vec();
    resumed.push("--resume");
    let o = trainer(&resumed);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("resuming from"), "{err}");
    let m = Manifest::parse(&std::fs::read(out.join("manifest.json")).unwrap(), "m").unwrap();
    assert_eq!(m.bundles[0].id, "shapes-vae");
    assert!(out.join("shapes/classifier.safetensors").exists());
    assert!(!out.join(".staging").exists());
    let v = std::fs::read(out.join("shapes/vae.safetensors")).unwrap();
    let v = ViewBundle::from_bytes(&v, "view", &candle_core::Device::Cpu).unwrap();
    assert!(!v.meta.command.contains("--resume"), "{}", v.meta.command);
    std::fs::remove_dir_all(root).unwrap();
}
