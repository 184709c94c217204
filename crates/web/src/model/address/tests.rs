//! The address: every key read and written back, bad values dropped with a notice, and
//! `serialise ∘ parse` idempotent on random queries.

use super::*;
use latent_web_kit::QUOTE_MAX;

/// A sentence in English.
fn en(t: &latent_i18n::Text) -> String {
    crate::model::text::english().text(t)
}

#[test]
fn reads_every_key() {
    let p = parse("?model=mnist-vae&epoch=4&z=1.5,-0.25&embed=1&dataset=mnist");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.url.model.as_deref(), Some("mnist-vae"));
    assert_eq!(p.url.dataset.as_deref(), Some("mnist"));
    assert_eq!(p.url.epoch, Some(4));
    assert_eq!(p.url.z, Some([1.5, -0.25]));
    assert!(p.url.embed);
    assert_eq!(
        serialise(&p.url),
        "model=mnist-vae&epoch=4&z=1.5,-0.25&embed=1"
    );
}

#[test]
fn bad_values_are_dropped_with_a_short_notice() {
    let long = "x".repeat(20_000);
    let p = parse(&format!(
        "epoch=-3&z=NaN,1&z=2,2&model={long}&bundle=//evil.example/x"
    ));
    assert_eq!(p.url.epoch, None);
    assert_eq!(p.url.z, None, "the first z counts, and it was NaN");
    assert_eq!(p.url.model.as_deref().map(str::len), Some(20_000));
    assert_eq!(p.url.bundle, None);
    assert_eq!(p.notices.len(), 3, "{:?}", p.notices);
    assert!(en(&p.notices[0]).contains("epoch=“-3”"));
    assert!(en(&p.notices[1]).contains("z=“NaN,1”"));
    assert!(en(&p.notices[2]).contains("//evil.example/x"));
    assert_eq!(quote(&long).chars().count(), QUOTE_MAX);
    assert!(quote(&long).ends_with('…'));
    for z in ["inf,0", "1e39,0", "1", "a,b", "1,2,3"] {
        assert_eq!(parse(&format!("z={z}")).url.z, None, "{z}");
    }
}

#[test]
fn parts_and_modes_read_and_write_back() {
    let p = parse("https://h.example/x/?embed=1&present=yes&legend=0&evolution=1&panel=2#top");
    assert!(p.url.embed && p.url.present);
    assert_eq!(p.url.parts.legend, Some(false));
    assert_eq!(p.url.parts.evolution, Some(true));
    assert_eq!(p.url.parts.panel, None);
    assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
    assert!(en(&p.notices[0]).contains("panel=“2”"));
    assert_eq!(serialise(&p.url), "embed=1&present=1&legend=0&evolution=1");
    assert_eq!(parse("https://h.example/x/").url, UrlState::default());
}

#[test]
fn bundle_paths_stay_on_this_site() {
    for ok in [
        "weights/mnist/vae.safetensors",
        "/__e2e__/garbage-vae.safetensors",
        "./x.safetensors",
        "a/b:c.safetensors",
    ] {
        assert!(is_same_origin_path(ok), "{ok}");
    }
    for bad in [
        "https://other.example/x.safetensors",
        "//other.example/x.safetensors",
        "HTTP://x",
        "data:application/octet-stream;base64,AA",
        "javascript:alert(1)",
        "\\\\host\\x",
        "/\\host/x",
        " ",
    ] {
        assert!(!is_same_origin_path(bad), "{bad}");
    }
}

#[test]
fn z_is_written_short_and_reads_back_the_same() {
    assert_eq!(z_number(1.5), "1.5");
    assert_eq!(z_number(-0.0001), "0");
    assert_eq!(z_number(3.0), "3");
    assert_eq!(z_number(-2.34567), "-2.346");
    let u = UrlState {
        z: Some([round_z(-2.34567), round_z(0.1)]),
        ..Default::default()
    };
    assert_eq!(serialise(&u), "z=-2.346,0.1");
    assert_eq!(parse(&serialise(&u)).url, u);
}

/// Property-style: for many generated queries (random keys, values, encodings), one
/// parse → serialise pass reaches a fixed point, and z is always finite.
#[test]
fn serialise_parse_is_stable_and_z_finite() {
    let keys = [
        "model",
        "MODEL",
        "dataset",
        "epoch",
        "z",
        "embed",
        "bundle",
        "x",
        "",
        "view",
        "a",
        "b",
        "img",
        "zoom",
        "centre",
        "center",
        "train",
        "train_steps",
        "train_limit",
        "lesson",
    ];
    let values = [
        "",
        "mnist-vae",
        "Fashion",
        "4",
        "-1",
        "1e30",
        "NaN",
        "inf",
        "1.23456,-7.0009",
        "1e-30,5",
        "0,0",
        "-0,-0",
        "3.4e38,1",
        "%2C",
        "a%20b",
        "1,2",
        "//h/x",
        "w/x.st",
        "ü",
        "1.0005,2.0005",
        "99999.9999,-99999.9999",
        "0.0004999,-0.0005",
        "encode",
        "INTERP",
        "tiles",
        "12",
        "32",
        "1.005",
        "2.345",
        "33",
    ];
    let mut rng = 0x9e3779b97f4a7c15u64;
    let mut next = |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    for _ in 0..5000 {
        let n = next(6);
        let q: Vec<String> = (0..n)
            .map(|_| format!("{}={}", keys[next(keys.len())], values[next(values.len())]))
            .collect();
        let q = q.join(if next(2) == 0 { "&" } else { "&&" });
        let p1 = parse(&q);
        if let Some(z) = p1.url.z {
            assert!(z.iter().all(|v| v.is_finite()), "{q}");
        }
        let s1 = serialise(&p1.url);
        let p2 = parse(&s1);
        assert!(p2.notices.is_empty(), "{q} → {s1}: {:?}", p2.notices);
        let s2 = serialise(&p2.url);
        assert_eq!(s1, s2, "from {q}");
    }
}

#[test]
fn lang_takes_a_menu_code_or_a_tag_that_negotiates_to_one() {
    for (v, want) in [
        ("de", Some("de")),
        ("DE", Some("de")),
        ("pt-br", Some("pt-BR")),
        ("pt", Some("pt-BR")),
        ("pt-PT", Some("pt-BR")),
        ("zh-TW", Some("zh-CN")),
        ("de_AT", Some("de")),
        ("en-GB", Some("en")),
        ("en-XA", Some("en-XA")),
        ("xx", None),
        ("sv", None),
    ] {
        let p = parse(&format!("lang={v}"));
        assert_eq!(p.url.lang.as_deref(), want, "lang={v}");
        assert_eq!(p.notices.len(), usize::from(want.is_none()), "lang={v}");
    }
    assert_eq!(serialise(&parse("lang=pt").url), "lang=pt-BR");
}

/// `lesson=<step>`: a step of the lesson (case ignored), written back lower-case; another value
/// opens it at the first step with a notice naming the steps.
#[test]
fn lesson_names_a_step() {
    for (q, step) in [("lesson=Bounds", "bounds"), ("lesson=classify", "classify")] {
        let p = parse(q);
        assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
        assert_eq!(p.url.lesson.as_deref(), Some(step));
        assert_eq!(serialise(&p.url), format!("lesson={step}"));
    }
    let p = parse("lesson=nope&model=mnist-vae");
    assert_eq!(p.url.lesson.as_deref(), Some("encode"));
    assert_eq!(p.notices.len(), 1);
    let n = en(&p.notices[0]);
    assert!(
        n.contains("lesson=“nope”") && n.contains("encode, bounds, meshgrid, decode, classify"),
        "{n}"
    );
    assert_eq!(serialise(&p.url), "model=mnist-vae&lesson=encode");
    assert_eq!(parse("").url.lesson, None);
}
