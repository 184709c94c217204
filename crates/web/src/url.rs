//! The page's address as the serialisation of its state.
//!
//! [`parse`] reads a query string (`?model=mnist-vae&epoch=4&z=1.5,-0.25&embed=1`) into a
//! [`UrlState`] and never fails: a value it cannot use is dropped with a [`Parsed::notices`]
//! line that quotes it (shortened to [`QUOTE_MAX`] characters). Names are matched against the
//! manifest later (case-insensitively, in [`crate::state`]); here only their form is checked.
//! [`serialise`] writes the canonical query; `serialise(parse(serialise(parse(q))))` equals
//! `serialise(parse(q))` for every `q`, and a parsed `z` is always finite.
//!
//! | key | value | meaning |
//! | --- | --- | --- |
//! | `dataset` | dataset id | the dataset's first model (when no `model` is given) |
//! | `model` | manifest id | the model shown |
//! | `epoch` | integer ≥ 0 | the training-evolution view at that epoch (snapped to a snapshot) |
//! | `z` | `z1,z2` | the cursor, latent units (clamped to the map) |
//! | `view`, `a`, `b`, `img` | see [`crate::views::url`] | the open hands-on view and its points |
//! | `embed` | `1` | hide the header, explanation and footer (for iframes) |
//! | `present` | `1` | presentation mode: larger type, thicker marker, high contrast |
//! | `legend`, `switchers`, `panel`, `evolution` | `0` or `1` | hide or show that part (the defaults depend on `embed`) |
//! | `zoom`, `centre` | `1`–`32`, `z1,z2` | the part of the map shown ([`crate::zoom`]) |
//! | `bundle` | path on this site | load this view file instead of a manifest entry |
//! | `train` | `1` | the "Train it yourself" panel open (its module loaded at once; not in an embed) |
//! | `train_steps`, `train_limit` | integer ≥ 1 | kept for the training view, which reads them: stop at that step, train on that many images |

pub use latent_web_kit::QUOTE_MAX;

/// Latent coordinates in the address are written with this many decimals.
pub const Z_DECIMALS: usize = 3;

/// What the address asks for. `Default` is the bare page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UrlState {
    /// `dataset=<id>`, as written (matched case-insensitively later).
    pub dataset: Option<String>,
    /// `model=<id>`, as written (matched case-insensitively later).
    pub model: Option<String>,
    /// `epoch=<n>`: open the training evolution at epoch `n`.
    pub epoch: Option<usize>,
    /// `z=<z1>,<z2>`: the cursor, latent units, finite, rounded to [`Z_DECIMALS`].
    pub z: Option<[f32; 2]>,
    /// `embed=1`: the page is shown inside another page.
    pub embed: bool,
    /// `present=1`: presentation mode for projectors.
    pub present: bool,
    /// Which parts are shown; `None` leaves a part to the mode's default.
    pub parts: Parts,
    /// `bundle=<path>`: a view file on this site (a relative or root path, never another
    /// origin).
    pub bundle: Option<String>,
    /// The hands-on views: `view`, `a`, `b`, `img` ([`crate::views::url`]).
    pub hands_on: crate::views::url::HandsOnUrl,
    /// `zoom=<k>` (1 to 32) and `centre=<z1>,<z2>` (latent units): the part of the map shown.
    pub zoom: crate::zoom::Zoom,
    /// `train=1`: the "Train it yourself" panel is open.
    pub train: bool,
    /// `train_steps=<n>` and `train_limit=<n>` ([`latent_web_kit::TRAIN_KEYS`], in that
    /// order): read by the training view's module (`latent_web_kit::train_limits`); the page
    /// keeps them in the address.
    pub train_limits: [Option<usize>; 2],
}

/// Parts of the page an address may hide or show (`legend=0`, `evolution=1`, …). `None`:
/// the default of the mode (the page shows everything; `embed=1` shows the switchers, the
/// map and the decoded image, and hides the legend and the evolution controls).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Parts {
    /// The class legend under the map.
    pub legend: Option<bool>,
    /// The dataset and model switchers.
    pub switchers: Option<bool>,
    /// The decoded image and its readouts.
    pub panel: Option<bool>,
    /// The training-evolution controls.
    pub evolution: Option<bool>,
}

impl Parts {
    /// The parts with their address keys, in the order they are written.
    pub fn keyed(&self) -> [(&'static str, Option<bool>); 4] {
        [
            ("legend", self.legend),
            ("switchers", self.switchers),
            ("panel", self.panel),
            ("evolution", self.evolution),
        ]
    }

    fn set(&mut self, key: &str, on: bool) {
        match key {
            "legend" => self.legend = Some(on),
            "switchers" => self.switchers = Some(on),
            "panel" => self.panel = Some(on),
            _ => self.evolution = Some(on),
        }
    }
}

fn flag(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// [`parse`]'s result: the usable values and one notice per value that was dropped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// What the address asks for.
    pub url: UrlState,
    /// Sentences for the page, one per ignored value.
    pub notices: Vec<String>,
}

pub use latent_web_kit::quote;

/// Rounds to [`Z_DECIMALS`] decimals (the precision the address keeps).
pub fn round_z(x: f32) -> f32 {
    let k = 10f32.powi(Z_DECIMALS as i32);
    let r = (x * k).round() / k;
    if r == 0.0 {
        0.0 // no `-0`
    } else {
        r
    }
}

/// A latent coordinate as written in the address: [`Z_DECIMALS`] decimals, trailing zeros
/// dropped (`1.5`, `-0.25`, `3`).
pub fn z_number(x: f32) -> String {
    let s = format!("{:.*}", Z_DECIMALS, round_z(x));
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".into()
    } else {
        s.into()
    }
}

/// Whether `path` names a file on this site: a relative path (`weights/x.safetensors`) or a
/// root path (`/weights/x.safetensors`), never a URL with a scheme (`https:`, `data:`,
/// `javascript:`) or a protocol-relative `//host/…`.
pub fn is_same_origin_path(path: &str) -> bool {
    let p = path.trim();
    if p.is_empty() || p.chars().any(|c| c.is_control() || c == '\\') {
        return false;
    }
    if p.starts_with("//") {
        return false;
    }
    // a scheme is `letters:` before the first `/`, `?` or `#`
    let head = p.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':')
}

/// Reads a query string (with or without the leading `?`), or a whole address (everything
/// up to `?` and from `#` is ignored). Total: every input gives a [`Parsed`]; unknown keys
/// are ignored silently, bad values with a notice. The first occurrence of a key counts.
pub fn parse(query: &str) -> Parsed {
    let q = query.split('#').next().unwrap_or("");
    let q = match q.split_once('?') {
        Some((_, q)) => q,
        None if q.contains('=') => q,
        None => "",
    };
    let mut out = Parsed::default();
    let mut seen: Vec<String> = Vec::new();
    for (k, v) in form_urlencoded::parse(q.as_bytes()) {
        let key = k.to_ascii_lowercase();
        if seen.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        let v = v.trim();
        match key.as_str() {
            "dataset" if !v.is_empty() => out.url.dataset = Some(v.to_string()),
            "model" if !v.is_empty() => out.url.model = Some(v.to_string()),
            "epoch" if !v.is_empty() => match v.parse::<usize>() {
                Ok(e) => out.url.epoch = Some(e),
                Err(_) => out.notices.push(format!(
                    "Ignored epoch=“{}”: an epoch is a whole number like epoch=4.",
                    quote(v)
                )),
            },
            "z" if !v.is_empty() => match parse_z(v) {
                Some(z) => out.url.z = Some(z),
                None => out.notices.push(format!(
                    "Ignored z=“{}”: expected two finite numbers like z=1.5,-0.25.",
                    quote(v)
                )),
            },
            "zoom" if !v.is_empty() => match v.parse::<f32>() {
                Ok(k) if k.is_finite() && k > 0.0 => {
                    let kept = crate::zoom::round_k(k);
                    if !(1.0..=crate::zoom::MAX_ZOOM).contains(&k) {
                        out.notices.push(format!(
                            "zoom=“{}” is outside 1 to {}: showing zoom={}.",
                            quote(v),
                            crate::zoom::MAX_ZOOM,
                            crate::state::zoom_text(kept)
                        ));
                    }
                    out.url.zoom.k = kept;
                }
                _ => out.notices.push(format!(
                    "Ignored zoom=“{}”: a zoom is a number from 1 to {} like zoom=4.",
                    quote(v),
                    crate::zoom::MAX_ZOOM
                )),
            },
            "centre" | "center" if !v.is_empty() => match parse_z(v) {
                Some(z) => out.url.zoom.centre = Some(z),
                None => out.notices.push(format!(
                    "Ignored {key}=“{}”: expected two finite numbers like centre=1.5,-0.25.",
                    quote(v)
                )),
            },
            "view" | "a" | "b" | "img" if !v.is_empty() => {
                crate::views::url::parse_key(&key, v, &mut out.url.hands_on, &mut out.notices);
            }
            k if latent_web_kit::TRAIN_KEYS.contains(&k) => {
                match latent_web_kit::train_limit_value(v) {
                    Some(n) => {
                        out.url.train_limits[usize::from(k == latent_web_kit::TRAIN_KEYS[1])] =
                            Some(n)
                    }
                    None => out.notices.push(format!(
                        "Ignored {key}=“{}”: expected a whole number from 1.",
                        quote(v)
                    )),
                }
            }
            "embed" | "present" | "legend" | "switchers" | "panel" | "evolution" | "train" => {
                match flag(v) {
                    Some(on) if key == "embed" => out.url.embed = on,
                    Some(on) if key == "present" => out.url.present = on,
                    Some(on) if key == "train" => out.url.train = on,
                    Some(on) => out.url.parts.set(&key, on),
                    None => out.notices.push(format!(
                        "Ignored {key}=“{}”: use {key}=1 or {key}=0.",
                        quote(v)
                    )),
                }
            }
            "bundle" if !v.is_empty() => {
                if is_same_origin_path(v) {
                    out.url.bundle = Some(v.to_string());
                } else {
                    out.notices.push(format!(
                        "Ignored bundle=“{}”: only files on this site can be loaded \
                         (a path like weights/mnist/vae.safetensors).",
                        quote(v)
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

pub(crate) fn parse_z(v: &str) -> Option<[f32; 2]> {
    let (a, b) = v.split_once(',')?;
    let z = [a.trim().parse::<f32>().ok()?, b.trim().parse::<f32>().ok()?];
    // rounded first: rounding a huge finite value can overflow to infinity
    let z = [round_z(z[0]), round_z(z[1])];
    z.iter().all(|x| x.is_finite()).then_some(z)
}

/// The canonical query string (without `?`; empty for the bare page): `model`, else
/// `dataset`, then `epoch`, `z`, `embed`, `bundle`. The comma of `z` is written as is
/// (`z=1.5,-0.25`), and so are the slashes of `bundle`.
pub fn serialise(u: &UrlState) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    if let Some(m) = &u.model {
        s.append_pair("model", m);
    } else if let Some(d) = &u.dataset {
        s.append_pair("dataset", d);
    }
    if let Some(e) = u.epoch {
        s.append_pair("epoch", &e.to_string());
    }
    if let Some(z) = u.z {
        s.append_pair("z", &format!("{},{}", z_number(z[0]), z_number(z[1])));
    }
    crate::views::url::serialise(&u.hands_on, &mut s);
    if u.zoom.is_zoomed() {
        s.append_pair("zoom", &crate::state::zoom_text(u.zoom.factor()));
        if let Some(c) = u.zoom.centre {
            s.append_pair("centre", &format!("{},{}", z_number(c[0]), z_number(c[1])));
        }
    }
    if u.embed {
        s.append_pair("embed", "1");
    }
    if u.present {
        s.append_pair("present", "1");
    }
    for (k, v) in u.parts.keyed() {
        if let Some(on) = v {
            s.append_pair(k, if on { "1" } else { "0" });
        }
    }
    if let Some(b) = &u.bundle {
        s.append_pair("bundle", b);
    }
    if u.train {
        s.append_pair("train", "1");
    }
    for (k, n) in latent_web_kit::TRAIN_KEYS.iter().zip(u.train_limits) {
        if let Some(n) = n {
            s.append_pair(k, &n.to_string());
        }
    }
    // `,` and `/` are legal in a query: `z=1.5,-0.25` and `bundle=weights/x.safetensors`
    // read better than `%2C` and `%2F`, and parse the same
    s.finish().replace("%2C", ",").replace("%2F", "/")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(p.notices[0].contains("epoch=“-3”"));
        assert!(p.notices[1].contains("z=“NaN,1”"));
        assert!(p.notices[2].contains("//evil.example/x"));
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
        assert!(p.notices[0].contains("panel=“2”"));
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
}
