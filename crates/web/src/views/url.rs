//! The hands-on views' part of the address: `view=encode|interp|classify|tiles`, the
//! interpolation's ends `a=z1,z2` and `b=z1,z2`, and the encoded test image `img=<n>`
//! (0-based index in the dataset's test-image file). Parsed totally (a bad value is dropped
//! with a notice) and written canonically after `z`.

use super::Tool;
use crate::url::{parse_z, quote, z_number};

/// What the address says about the hands-on views.
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
pub fn parse_key(key: &str, v: &str, out: &mut HandsOnUrl, notices: &mut Vec<String>) -> bool {
    match key {
        "view" => match Tool::from_name(v) {
            Some(t) => out.view = Some(t),
            None => notices.push(format!(
                "Ignored view=“{}”: the views are {}.",
                quote(v),
                Tool::ALL.map(|t| t.name()).join(", ")
            )),
        },
        "a" | "b" => match parse_z(v) {
            Some(z) if key == "a" => out.a = Some(z),
            Some(z) => out.b = Some(z),
            None => notices.push(format!(
                "Ignored {key}=“{}”: expected two finite numbers like {key}=1.5,-0.25.",
                quote(v)
            )),
        },
        "img" => match v.parse::<usize>() {
            Ok(i) if i < 1_000_000 => out.img = Some(i),
            _ => notices.push(format!(
                "Ignored img=“{}”: a test image is a number like img=12.",
                quote(v)
            )),
        },
        _ => return false,
    }
    true
}

/// Appends the keys that are set, in canonical order.
pub fn serialise(u: &HandsOnUrl, s: &mut form_urlencoded::Serializer<'_, String>) {
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
