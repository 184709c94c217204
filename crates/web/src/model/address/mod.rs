//! The page's address as the serialisation of its state.
//!
//! [`parse`] reads a query string (`?model=mnist-vae&epoch=4&z=1.5,-0.25&embed=1`) into a
//! [`UrlState`] and never fails: a value it cannot use is dropped with a [`Parsed::notices`]
//! line that quotes it (shortened to [`QUOTE_MAX`] characters). Names are matched against the
//! manifest later (case-insensitively, in [`super::load`]); here only their form is checked.
//! [`serialise`] writes the canonical query; `serialise(parse(serialise(parse(q))))` equals
//! `serialise(parse(q))` for every `q`, and a parsed `z` is always finite.
//!
//! | key | value | meaning |
//! | --- | --- | --- |
//! | `dataset` | dataset id | the dataset's first model (when no `model` is given) |
//! | `model` | manifest id | the model shown |
//! | `epoch` | integer ≥ 0 | the training-evolution view at that epoch (snapped to a snapshot) |
//! | `z` | `z1,z2` | the cursor, latent units (clamped to the map) |
//! | `view`, `a`, `b`, `img` | see [`HandsOnUrl`] | the open hands-on view and its points |
//! | `embed` | `1` | hide the header, explanation and footer (for iframes) |
//! | `present` | `1` | presentation mode: larger type, thicker marker, high contrast |
//! | `legend`, `switchers`, `panel`, `evolution` | `0` or `1` | hide or show that part (the defaults depend on `embed`) |
//! | `zoom`, `centre` | `1`–`32`, `z1,z2` | the part of the map shown ([`super::zoom`]) |
//! | `bundle` | path on this site | load this view file instead of a manifest entry |
//! | `train` | `1` | the "Train it yourself" panel open (its module loaded at once; not in an embed) |
//! | `train_steps`, `train_limit` | integer ≥ 1 | kept for the training view, which reads them: stop at that step, train on that many images |
//! | `lesson` | a step id (`encode`, `bounds`, `meshgrid`, `decode`, `classify`, and the questions `dims`, `sparse`, `similar`, `epochs`) | the lesson open at that step (its module loaded at once; no `epoch` opens with it) |

use super::text::zoom_text;
use super::zoom::{self, Zoom};
use crate::tools::Tool;
use latent_i18n::{t, Text};
use latent_web_kit::quote;

/// `z=1.5,-0.25`: a point as the address writes it (for the lines about the address).
pub fn z_address(z: [f32; 2]) -> String {
    format!("z={},{}", z_number(z[0]), z_number(z[1]))
}

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
    /// `qr=1` / `qr=0`: show or hide the QR code of the view (`None`: shown in present mode).
    pub qr: Option<bool>,
    /// `compare=<model id>`: a second model of the same dataset beside the first.
    pub compare: Option<String>,
    /// Which parts are shown; `None` leaves a part to the mode's default.
    pub parts: Parts,
    /// `bundle=<path>`: a view file on this site (a relative or root path, never another
    /// origin).
    pub bundle: Option<String>,
    /// The hands-on views: `view`, `a`, `b`, `img`.
    pub hands_on: HandsOnUrl,
    /// `zoom=<k>` (1 to 32) and `centre=<z1>,<z2>` (latent units): the part of the map shown.
    pub zoom: Zoom,
    /// `train=1`: the "Train it yourself" panel is open.
    pub train: bool,
    /// `train_steps=<n>` and `train_limit=<n>` ([`latent_web_kit::TRAIN_KEYS`], in that
    /// order): read by the training view's module (`latent_web_kit::train_limits`); the page
    /// keeps them in the address.
    pub train_limits: [Option<usize>; 2],
    /// `lesson=<step>`: the lesson open at that step (one of `latent_web_kit::LESSON_STEPS`).
    pub lesson: Option<String>,
    /// `lang=<code>`: the language chosen (a code of `latent_i18n::LOCALES`, or the
    /// pseudo-locale `en-XA`); `None`: the browser's preferred languages decide, and the
    /// address does not say.
    pub lang: Option<String>,
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
    pub notices: Vec<Text>,
}

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
            "compare" if !v.is_empty() => out.url.compare = Some(v.to_string()),
            "model" if !v.is_empty() => out.url.model = Some(v.to_string()),
            "epoch" if !v.is_empty() => match v.parse::<usize>() {
                Ok(e) => out.url.epoch = Some(e),
                Err(_) => out.notices.push(t!("notice-bad-epoch", value = quote(v))),
            },
            "z" if !v.is_empty() => match parse_z(v) {
                Some(z) => out.url.z = Some(z),
                None => out
                    .notices
                    .push(t!("notice-bad-point", key = "z", value = quote(v))),
            },
            "zoom" if !v.is_empty() => match v.parse::<f32>() {
                Ok(k) if k.is_finite() && k > 0.0 => {
                    let kept = zoom::round_k(k);
                    if !(1.0..=zoom::MAX_ZOOM).contains(&k) {
                        out.notices.push(t!(
                            "notice-zoom-clamped",
                            value = quote(v),
                            max = zoom::MAX_ZOOM,
                            shown = zoom_text(kept)
                        ));
                    }
                    out.url.zoom.k = kept;
                }
                _ => out.notices.push(t!(
                    "notice-bad-zoom",
                    value = quote(v),
                    max = zoom::MAX_ZOOM
                )),
            },
            "centre" | "center" if !v.is_empty() => match parse_z(v) {
                Some(z) => out.url.zoom.centre = Some(z),
                None => out
                    .notices
                    .push(t!("notice-bad-point", key = &key, value = quote(v))),
            },
            "view" | "a" | "b" | "img" if !v.is_empty() => {
                parse_hands_on(&key, v, &mut out.url.hands_on, &mut out.notices);
            }
            k if latent_web_kit::TRAIN_KEYS.contains(&k) => {
                match latent_web_kit::train_limit_value(v) {
                    Some(n) => {
                        out.url.train_limits[usize::from(k == latent_web_kit::TRAIN_KEYS[1])] =
                            Some(n)
                    }
                    None => out
                        .notices
                        .push(t!("notice-bad-count", key = &key, value = quote(v))),
                }
            }
            "embed" | "present" | "legend" | "switchers" | "panel" | "evolution" | "train"
            | "qr" => match flag(v) {
                Some(on) if key == "embed" => out.url.embed = on,
                Some(on) if key == "present" => out.url.present = on,
                Some(on) if key == "qr" => out.url.qr = Some(on),
                Some(on) if key == "train" => out.url.train = on,
                Some(on) => out.url.parts.set(&key, on),
                None => out
                    .notices
                    .push(t!("notice-bad-flag", key = &key, value = quote(v))),
            },
            "bundle" if !v.is_empty() => {
                if is_same_origin_path(v) {
                    out.url.bundle = Some(v.to_string());
                } else {
                    out.notices.push(t!("notice-bad-bundle", value = quote(v)));
                }
            }
            "lesson" => {
                let step = latent_web_kit::LESSON_STEPS
                    .iter()
                    .find(|s| s.eq_ignore_ascii_case(v.trim()));
                if step.is_none() {
                    out.notices.push(t!(
                        "notice-bad-lesson",
                        value = quote(v),
                        steps = latent_web_kit::LESSON_STEPS.join(", ")
                    ));
                }
                // an unknown step opens the lesson at its first
                out.url.lesson = Some(step.unwrap_or(&latent_web_kit::LESSON_STEPS[0]).to_string());
            }
            // a code of the menu, or a tag the browser's negotiation maps to one (`pt` and
            // `pt-PT` → pt-BR, `zh-TW` → zh-CN, `de_AT` → de)
            "lang" if !v.is_empty() => match latent_i18n::find(v).or_else(|| {
                let l = latent_i18n::negotiate(&[&v.replace('_', "-")]);
                (l.code != "en" || v.to_ascii_lowercase().starts_with("en")).then_some(l)
            }) {
                Some(l) => out.url.lang = Some(l.code.to_string()),
                None => out.notices.push(t!(
                    "notice-bad-lang",
                    value = quote(v),
                    langs = latent_i18n::LOCALES.map(|l| l.code).join(", ")
                )),
            },
            _ => {}
        }
    }
    out
}

fn parse_z(v: &str) -> Option<[f32; 2]> {
    let (a, b) = v.split_once(',')?;
    let z = [a.trim().parse::<f32>().ok()?, b.trim().parse::<f32>().ok()?];
    // rounded first: rounding a huge finite value can overflow to infinity
    let z = [round_z(z[0]), round_z(z[1])];
    z.iter().all(|x| x.is_finite()).then_some(z)
}

/// What the address says about the hands-on views: `view=encode|interp|classify|tiles`, the
/// interpolation's ends `a=z1,z2` and `b=z1,z2`, and the encoded test image `img=<n>` (0-based
/// index in the dataset's test-image file). Parsed totally (a bad value is dropped with a
/// notice) and written canonically after `z`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HandsOnUrl {
    /// The open view.
    pub view: Option<Tool>,
    /// Interpolation start.
    pub a: Option<[f32; 2]>,
    /// Interpolation end.
    pub b: Option<[f32; 2]>,
    /// The encoded test image.
    pub img: Option<usize>,
}

/// Reads one key of the address if it is one of these views'; returns whether it was.
fn parse_hands_on(key: &str, v: &str, out: &mut HandsOnUrl, notices: &mut Vec<Text>) -> bool {
    match key {
        "view" => match Tool::from_name(v) {
            Some(t) => out.view = Some(t),
            None => notices.push(t!(
                "notice-bad-view",
                value = quote(v),
                views = Tool::ALL.map(|t| t.name()).join(", ")
            )),
        },
        "a" | "b" => match parse_z(v) {
            Some(z) if key == "a" => out.a = Some(z),
            Some(z) => out.b = Some(z),
            None => notices.push(t!("notice-bad-point", key = key, value = quote(v))),
        },
        "img" => match v.parse::<usize>() {
            Ok(i) if i < 1_000_000 => out.img = Some(i),
            _ => notices.push(t!("notice-bad-img", value = quote(v))),
        },
        _ => return false,
    }
    true
}

/// Appends the keys that are set, in canonical order.
fn serialise_hands_on(u: &HandsOnUrl, s: &mut form_urlencoded::Serializer<'_, String>) {
    if let Some(t) = u.view {
        s.append_pair("view", t.name());
    }
    for (k, z) in [("a", u.a), ("b", u.b)] {
        if let Some(z) = z {
            s.append_pair(k, &format!("{},{}", z_number(z[0]), z_number(z[1])));
        }
    }
    if let Some(i) = u.img {
        s.append_pair("img", &i.to_string());
    }
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
    if let Some(c) = &u.compare {
        s.append_pair("compare", c);
    }
    if let Some(e) = u.epoch {
        s.append_pair("epoch", &e.to_string());
    }
    if let Some(z) = u.z {
        s.append_pair("z", &format!("{},{}", z_number(z[0]), z_number(z[1])));
    }
    serialise_hands_on(&u.hands_on, &mut s);
    if u.zoom.is_zoomed() {
        s.append_pair("zoom", &zoom_text(u.zoom.factor()));
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
    if let Some(on) = u.qr {
        s.append_pair("qr", if on { "1" } else { "0" });
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
    if let Some(l) = &u.lesson {
        s.append_pair("lesson", l);
    }
    if let Some(l) = &u.lang {
        s.append_pair("lang", l);
    }
    // `,` and `/` are legal in a query: `z=1.5,-0.25` and `bundle=weights/x.safetensors`
    // read better than `%2C` and `%2F`, and parse the same
    s.finish().replace("%2C", ",").replace("%2F", "/")
}

#[cfg(test)]
mod tests;
