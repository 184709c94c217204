//! The "Embed" dialog's content: an `<iframe>` snippet of the current state, pure and tested
//! natively. See `docs/embedding.md` for recipes (reveal.js, Quarto, Marp, Jupyter).

use super::address::{self, UrlState};

/// A recommended frame size `[width, height]` in CSS pixels for an embedded page showing
/// `u`'s parts: the map (square) with the decoded image beside it and the switchers above.
pub fn recommended_size(u: &UrlState) -> [u32; 2] {
    let panel = u.parts.panel.unwrap_or(true);
    let switchers = u.parts.switchers.unwrap_or(true);
    let legend = u.parts.legend.unwrap_or(false);
    let evolution = u.parts.evolution.unwrap_or(false);
    let width = if panel { 760 } else { 520 };
    let height = 440 + 40 * switchers as u32 + 70 * legend as u32 + 90 * evolution as u32;
    [width, height]
}

/// Escapes `s` for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The address of the embedded view of `u` on the page at `base` (the page's address without
/// query and fragment, e.g. `https://example.org/latent/`).
pub fn embed_url(base: &str, u: &UrlState) -> String {
    let mut u = u.clone();
    u.embed = true;
    format!("{base}?{}", address::serialise(&u))
}

/// The `<iframe>` snippet for `u`: the embedded address, the recommended size, a title for
/// screen readers, lazy loading, no border.
pub fn snippet(base: &str, u: &UrlState, title: &str) -> String {
    let [w, h] = recommended_size(u);
    format!(
        "<iframe src=\"{}\" width=\"{w}\" height=\"{h}\" title=\"{}\" loading=\"lazy\" \
         style=\"border:0;max-width:100%\"></iframe>",
        attr(&embed_url(base, u)),
        attr(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_reproduces_the_state() {
        let u = address::parse("?model=fashion-vae&epoch=4&z=1.5,-0.25&legend=1").url;
        let s = snippet(
            "https://ex.org/latent/",
            &u,
            "Latent space: Fashion-MNIST \"VAE\"",
        );
        assert_eq!(
            s,
            "<iframe src=\"https://ex.org/latent/?model=fashion-vae&amp;epoch=4&amp;z=1.5,-0.25\
             &amp;embed=1&amp;legend=1\" width=\"760\" height=\"550\" title=\"Latent space: \
             Fashion-MNIST &quot;VAE&quot;\" loading=\"lazy\" style=\"border:0;max-width:100%\">\
             </iframe>"
        );
        let back = address::parse(&embed_url("https://ex.org/latent/", &u)).url;
        assert_eq!(back, UrlState { embed: true, ..u });
    }

    #[test]
    fn the_size_follows_the_parts() {
        let u = address::parse("?panel=0&switchers=0").url;
        assert_eq!(recommended_size(&u), [520, 440]);
        assert_eq!(recommended_size(&UrlState::default()), [760, 480]);
    }
}
