//! Tests of the image-folder import and `classes.txt`: split, order, pixels, and the errors
//! naming what is wrong.

use super::*;
use image::{Rgb, RgbImage, Rgba, RgbaImage};

/// A fresh, unique temp folder, removed on drop.
struct TempDir(PathBuf);
impl TempDir {
    fn new(tag: &str) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "latent-folder-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Self(p)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Grey image `w × h`: `ink` inside the shape, `bg` outside.
fn shape(kind: &str, w: u32, h: u32, ink: u8, bg: u8) -> GrayImage {
    GrayImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let inside = match kind {
            // a disc of radius 0.35 around the centre
            "circle" => (fx - 0.5).powi(2) + (fy - 0.5).powi(2) < 0.35f32.powi(2),
            // the middle half in both directions
            "square" => (0.25..0.75).contains(&fx) && (0.25..0.75).contains(&fy),
            // a vertical bar, the middle fifth of the width, 10 %–90 % of the height
            "bar" => (0.4..0.6).contains(&fx) && (0.1..0.9).contains(&fy),
            _ => unreachable!(),
        };
        Luma([if inside { ink } else { bg }])
    })
}

fn to_rgb(g: &GrayImage) -> RgbImage {
    RgbImage::from_fn(g.width(), g.height(), |x, y| {
        let v = g.get_pixel(x, y).0[0];
        Rgb([v, v, v])
    })
}

/// Six images per class: sizes 28…, odd aspect ratios, every other one RGB, the last two
/// black on white.
fn write_class(dir: &Path, kind: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let sizes = [(28, 28), (40, 40), (64, 48), (33, 57), (100, 100), (17, 17)];
    for (i, &(w, h)) in sizes.iter().enumerate() {
        let (ink, bg) = if i >= 4 { (0, 255) } else { (255, 0) };
        let g = shape(kind, w, h, ink, bg);
        let p = dir.join(format!("{kind}{i}.png"));
        if i % 2 == 1 {
            to_rgb(&g).save(&p).unwrap();
        } else {
            g.save(&p).unwrap();
        }
    }
}

fn three_classes(root: &Path) {
    for kind in ["square", "circle", "bar"] {
        write_class(&root.join(kind), kind);
    }
}

fn count(l: &Labelled, label: u8) -> usize {
    l.labels.iter().filter(|&&x| x == label).count()
}

fn px(img: &[u8], x: usize, y: usize) -> u8 {
    img[y * SIDE + x]
}

#[test]
fn automatic_split_classes_counts_and_order() {
    let t = TempDir::new("auto");
    three_classes(&t.0);
    std::fs::write(t.0.join(".DS_Store"), b"junk").unwrap();
    std::fs::write(t.0.join("square").join(".hidden.png"), b"junk").unwrap();
    let ds = load_image_folder(&t.0, 0.2).unwrap();
    assert_eq!(ds.class_names, ["bar", "circle", "square"]);
    // k = 5: the 5th of the six sorted files of each class is the test image.
    for l in 0..3 {
        assert_eq!(count(&ds.train, l), 5, "train, class {l}");
        assert_eq!(count(&ds.test, l), 1, "test, class {l}");
    }
    assert_eq!((ds.train.images.rows, ds.train.images.cols), (28, 28));
    assert_eq!(ds.train.images.pixels.len(), 15 * 784);
    // Round-robin over classes.
    assert_eq!(&ds.train.labels[..6], &[0, 1, 2, 0, 1, 2]);
    assert_eq!(ds.test.labels, [0, 1, 2]);
    // k = 2 (share 0.5): files 2, 4, 6 of each class.
    let half = load_image_folder(&t.0, 0.5).unwrap();
    assert_eq!((half.train.len(), half.test.len()), (9, 9));
    // A tiny share: each class still gets its last file as a test image.
    let tiny = load_image_folder(&t.0, 0.01).unwrap();
    assert_eq!((tiny.train.len(), tiny.test.len()), (15, 3));
    assert!(load_image_folder(&t.0, 0.0).is_err());
    assert!(load_image_folder(&t.0, 1.0).is_err());
}

#[test]
fn pixels_are_mnist_like() {
    let t = TempDir::new("pixels");
    three_classes(&t.0);
    let ds = load_image_folder(&t.0, 0.2).unwrap();
    // Train order: round 0 is bar0, circle0, square0; round 1 is bar1 …; square is label 2.
    // The test image of each class is its file 4: 100×100, black ink on white, inverted.
    let square0 = ds.train.images.image(2); // 28×28 grey, white on black: nearly unchanged
    assert_eq!(px(square0, 14, 14), 255);
    assert_eq!(px(square0, 0, 0), 0);
    assert_eq!(px(square0, 27, 27), 0);
    let square1 = ds.train.images.image(5); // 40×40 RGB
    assert!(px(square1, 14, 14) >= 200, "{}", px(square1, 14, 14));
    assert!(px(square1, 1, 1) <= 30, "{}", px(square1, 1, 1));
    let square4 = ds.test.images.image(2); // 100×100 black on white: inverted
    assert_eq!(ds.test.labels[2], 2);
    assert!(px(square4, 14, 14) >= 200, "{}", px(square4, 14, 14));
    assert!(px(square4, 0, 0) <= 30, "{}", px(square4, 0, 0));
    assert!(px(square4, 27, 27) <= 30, "{}", px(square4, 27, 27));
    // The bar (label 0), file 3: 33×57, so padded left and right; the bar stays thin and
    // tall instead of being stretched to the full width.
    let bar3 = ds.train.images.image(9);
    assert_eq!(ds.train.labels[9], 0);
    assert!(px(bar3, 14, 14) >= 200, "{}", px(bar3, 14, 14));
    assert!(px(bar3, 8, 14) <= 30, "{}", px(bar3, 8, 14));
    assert!(px(bar3, 20, 14) <= 30, "{}", px(bar3, 20, 14));
    // The bar is 6 of 33 source columns; padded to 57×57 that is about 3 of 28 columns
    // (squashed to the full width it would be about 5).
    let bright = (0..SIDE).filter(|&x| px(bar3, x, 14) >= 128).count();
    assert!((2..=4).contains(&bright), "{bright} bright columns");
    // Ink all along the centre column from row 5 to row 22 (the bar spans 10 %–90 %).
    for y in 5..23 {
        assert!(px(bar3, 14, y) >= 150, "y {y}: {}", px(bar3, 14, y));
    }
}

#[test]
fn conversion_handles_polarity_aspect_and_transparency() {
    // Black on white: inverted.
    let g = shape("square", 56, 56, 0, 255);
    let p = to_mnist_pixels(&DynamicImage::ImageLuma8(g));
    assert_eq!((px(&p, 14, 14), px(&p, 0, 0)), (255, 0));
    // A wide image (84×28) is padded top and bottom: a full-height bar in its middle third
    // covers rows 9..19 of the result only.
    let wide = GrayImage::from_fn(84, 28, |x, _| {
        Luma([if (28..56).contains(&x) { 255 } else { 0 }])
    });
    let p = to_mnist_pixels(&DynamicImage::ImageLuma8(wide));
    assert!(px(&p, 14, 14) >= 200 && px(&p, 14, 4) <= 30 && px(&p, 14, 23) <= 30);
    // Dark ink on a transparent sheet (transparent pixels stored as black): composited
    // over white, then inverted, so the ink is bright.
    let rgba = RgbaImage::from_fn(40, 40, |x, y| {
        if (10..30).contains(&x) && (10..30).contains(&y) {
            Rgba([0, 0, 0, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let p = to_mnist_pixels(&DynamicImage::ImageRgba8(rgba));
    assert!(
        px(&p, 14, 14) >= 200 && px(&p, 1, 1) <= 30,
        "{} {}",
        px(&p, 14, 14),
        px(&p, 1, 1)
    );
    // White ink on a transparent sheet: composited over black.
    let rgba = RgbaImage::from_fn(40, 40, |x, y| {
        if (10..30).contains(&x) && (10..30).contains(&y) {
            Rgba([255, 255, 255, 255])
        } else {
            Rgba([255, 255, 255, 0])
        }
    });
    let p = to_mnist_pixels(&DynamicImage::ImageRgba8(rgba));
    assert!(
        px(&p, 14, 14) >= 200 && px(&p, 1, 1) <= 30,
        "{} {}",
        px(&p, 14, 14),
        px(&p, 1, 1)
    );
    // Colour: pure red on black is Rec. 709 luma 0.2126 · 255 ≈ 54.
    let red = RgbImage::from_fn(28, 28, |x, _| {
        if x >= 14 {
            Rgb([255, 0, 0])
        } else {
            Rgb([0, 0, 0])
        }
    });
    let p = to_mnist_pixels(&DynamicImage::ImageRgb8(red));
    assert!((50..=58).contains(&px(&p, 20, 14)), "{}", px(&p, 20, 14));
}

#[test]
fn explicit_train_test_folders_are_honoured() {
    let t = TempDir::new("explicit");
    for kind in ["square", "circle"] {
        write_class(&t.0.join("train").join(kind), kind);
    }
    for kind in ["circle", "square"] {
        let d = t.0.join("test").join(kind);
        std::fs::create_dir_all(&d).unwrap();
        for i in 0..2 {
            shape(kind, 30, 30, 255, 0)
                .save(d.join(format!("t{i}.png")))
                .unwrap();
        }
    }
    // The share is ignored: all six go to training, the two in test/ to testing.
    let ds = load_image_folder(&t.0, 0.5).unwrap();
    assert_eq!(ds.class_names, ["circle", "square"]);
    assert_eq!((count(&ds.train, 0), count(&ds.train, 1)), (6, 6));
    assert_eq!((count(&ds.test, 0), count(&ds.test, 1)), (2, 2));
    assert_eq!(ds.test.labels, [0, 1, 0, 1]);
    // Different class sets are an error naming the odd one.
    write_class(&t.0.join("train").join("bar"), "bar");
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains("only in train/: [bar]") && e.contains("only in test/: []"),
        "{e}"
    );
    // Anything next to train/ and test/ is an error.
    std::fs::remove_dir_all(t.0.join("train").join("bar")).unwrap();
    std::fs::write(t.0.join("notes.txt"), b"x").unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(e.contains("notes.txt") && e.contains("unexpected"), "{e}");
    // train/ without test/: train is taken for a class folder, and the error says why.
    std::fs::remove_file(t.0.join("notes.txt")).unwrap();
    std::fs::remove_dir_all(t.0.join("test")).unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(e.contains("both train/ and test/ are needed"), "{e}");
}

#[test]
fn errors_name_the_path() {
    let t = TempDir::new("errors");
    three_classes(&t.0);
    // A corrupt image: the error names it and quotes the decoder.
    let bad = t.0.join("circle").join("x.png");
    std::fs::write(&bad, b"not a png").unwrap();
    let e = format!("{:#}", load_image_folder(&t.0, 0.2).unwrap_err());
    assert!(
        e.contains(&bad.display().to_string()) && e.contains("cannot decode"),
        "{e}"
    );
    std::fs::remove_file(&bad).unwrap();
    // A file with another extension.
    let txt = t.0.join("circle").join("notes.txt");
    std::fs::write(&txt, b"x").unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains(&txt.display().to_string()) && e.contains("not an image"),
        "{e}"
    );
    std::fs::remove_file(&txt).unwrap();
    // An empty class folder.
    let empty = t.0.join("empty");
    std::fs::create_dir(&empty).unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains(&empty.display().to_string()) && e.contains("holds no images"),
        "{e}"
    );
    // A class with a single image cannot be split.
    shape("bar", 28, 28, 255, 0)
        .save(empty.join("one.png"))
        .unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(e.contains("class empty has 1 image"), "{e}");
    std::fs::remove_dir_all(&empty).unwrap();
    // A file directly in the folder.
    let stray = t.0.join("readme.md");
    std::fs::write(&stray, b"x").unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains(&stray.display().to_string()) && e.contains("not a folder"),
        "{e}"
    );
    // An empty or missing folder.
    let none = TempDir::new("empty-root");
    let e = load_image_folder(&none.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains(&none.0.display().to_string()) && e.contains("empty folder"),
        "{e}"
    );
    let e = load_image_folder(&none.0.join("nope"), 0.2)
        .unwrap_err()
        .to_string();
    assert!(e.contains("nope") && e.contains("not a folder"), "{e}");
}

#[test]
fn classes_txt() {
    let t = TempDir::new("classes");
    assert_eq!(load_idx_folder_classes(&t.0).unwrap(), None);
    let f = t.0.join(CLASSES_FILE);
    std::fs::write(&f, "\u{feff}cat\r\n dog \nT-shirt/top\n\n").unwrap();
    assert_eq!(
        load_idx_folder_classes(&t.0).unwrap().unwrap(),
        ["cat", "dog", "T-shirt/top"]
    );
    std::fs::write(&f, "cat\n\ndog\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(
        e.contains("classes.txt") && e.contains("line 2 is empty"),
        "{e}"
    );
    std::fs::write(&f, "cat\ndog\ncat\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(e.contains("\"cat\" appears twice (lines 1 and 3)"), "{e}");
    std::fs::write(&f, "\n\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(e.contains("no class names"), "{e}");
    let many: String = (0..256).map(|i| format!("c{i}\n")).collect();
    std::fs::write(&f, many).unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(e.contains("256 class names"), "{e}");
}

#[test]
fn classes_txt_refuses_empty_and_non_utf8_names() {
    let t = TempDir::new("classes-bad");
    let f = t.0.join(CLASSES_FILE);
    // an empty name between two others, and a name of white space only
    std::fs::write(&f, "cat\ndog\n\nbird\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert_eq!(
        e,
        format!("{}: line 3 is empty; every class needs a name", f.display())
    );
    std::fs::write(&f, "cat\n \t \ndog\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(e.contains("line 2 is empty"), "{e}");
    // Latin-1 "café" (0xE9) on line 2: named with its line and byte
    std::fs::write(&f, b"cat\ncaf\xe9\ndog\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert_eq!(
        e,
        format!(
            "{}: line 2 is not valid UTF-8 text (byte 4 of the line); save the file as UTF-8",
            f.display()
        )
    );
    // after a byte-order mark and CRLF line ends, the line number is still the file's
    std::fs::write(&f, b"\xef\xbb\xbfa\r\nb\r\nc\r\n\xff\r\n").unwrap();
    let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
    assert!(
        e.contains("line 4 is not valid UTF-8 text (byte 1 of the line)"),
        "{e}"
    );
}

#[test]
fn long_class_names_are_allowed() {
    let long = |c: char| std::iter::repeat_n(c, 150).collect::<String>();
    let (a, b) = (long('a'), format!("é{}", long('b')));
    assert_eq!(b.chars().count(), 151);
    let t = TempDir::new("classes-long");
    std::fs::write(t.0.join(CLASSES_FILE), format!("{a}\n{b}\n")).unwrap();
    assert_eq!(
        load_idx_folder_classes(&t.0).unwrap().unwrap(),
        [a.clone(), b.clone()]
    );
    // class folders with 150-character names (300 bytes is over most file systems' 255;
    // 150 ASCII characters are not)
    let t = TempDir::new("folder-long");
    for (name, kind) in [(&a, "circle"), (&long('z'), "bar")] {
        let d = t.0.join(name);
        std::fs::create_dir(&d).unwrap();
        for i in 0..2 {
            shape(kind, 20, 20, 255, 0)
                .save(d.join(format!("{i}.png")))
                .unwrap();
        }
    }
    let ds = load_image_folder(&t.0, 0.5).unwrap();
    assert_eq!(ds.class_names, [a, long('z')]);
    assert_eq!((ds.train.len(), ds.test.len()), (2, 2));
}

#[cfg(unix)]
#[test]
fn folder_names_must_be_utf8_and_not_blank() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let t = TempDir::new("folder-names");
    three_classes(&t.0);
    // a class folder named in Latin-1: "café" with byte 0xE9
    let bad = t.0.join(OsStr::from_bytes(b"caf\xe9"));
    std::fs::create_dir(&bad).unwrap();
    shape("bar", 28, 28, 255, 0)
        .save(bad.join("a.png"))
        .unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert_eq!(
        e,
        format!(
            "{}: the folder's name is not valid UTF-8 text (a class folder's name is its \
             class name, shown in the app); rename the folder",
            bad.display()
        )
    );
    std::fs::remove_dir_all(&bad).unwrap();
    // an image whose file name is not UTF-8
    let img = t.0.join("circle").join(OsStr::from_bytes(b"\xff.png"));
    shape("bar", 28, 28, 255, 0).save(&img).unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert_eq!(
        e,
        format!(
            "{}: the file's name is not valid UTF-8 text; rename the file",
            img.display()
        )
    );
    std::fs::remove_file(&img).unwrap();
    // a class folder whose name is white space only
    let blank = t.0.join("  ");
    std::fs::create_dir(&blank).unwrap();
    shape("bar", 28, 28, 255, 0)
        .save(blank.join("a.png"))
        .unwrap();
    let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
    assert!(
        e.contains(&blank.display().to_string())
            && e.contains("the class folder's name is blank; every class needs a name"),
        "{e}"
    );
    std::fs::remove_dir_all(&blank).unwrap();
    // the same folders in train/ of an explicit split
    let split = TempDir::new("folder-names-split");
    three_classes(&split.0.join("train"));
    three_classes(&split.0.join("test"));
    let bad = split.0.join("test").join(OsStr::from_bytes(b"\x80"));
    std::fs::create_dir(&bad).unwrap();
    let e = load_image_folder(&split.0, 0.2).unwrap_err().to_string();
    assert!(
        e.starts_with(&format!(
            "{}: the folder's name is not valid UTF-8",
            bad.display()
        )),
        "{e}"
    );
    assert!(load_image_folder(&t.0, 0.2).is_ok());
}
