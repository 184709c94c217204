//! Draws the four questions' part of the lesson's card ([`crate::questions`]): the question,
//! the prediction's buttons, and after the prediction the evidence: a figure (the study's
//! reconstructions, the two designs' test codes and a gap's decode, the nearest test images
//! of three designs, the evolution's curves), its lines and what it says.

use crate::questions::{self, designs, epochs, gap, neighbours, OCCUPANCY_BINS};
use crate::render::{draw_scaled, ids};
use crate::state::{Design, Lesson, Step};
use latent_core::palette;
use latent_core::{IMAGE_PIXELS, IMAGE_SIDE};
use latent_i18n::{t, L10n, Text};
use latent_web_kit::{self as kit, attr, ctx2d, hidden, Lookup};
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement};

/// The question, its options, and the evidence once predicted.
///
/// # Errors
/// A sentence when the browser refuses a drawing call.
pub fn question_part(doc: &Document, l: &Lesson, l10n: &L10n) -> Result<(), String> {
    let step = l.step.unwrap_or(Step::Dims);
    let tr = |t: &Text| l10n.text(t);
    let image = step == Step::Similar;
    hidden(doc, ids::Q_IMAGE, !image);
    hidden(doc, ids::Q_ANOTHER, !image);
    if image {
        let px = l.files.tests.as_ref().and_then(|t| t.image(l.image));
        kit::image(doc, ids::Q_IMAGE, px.as_deref())?;
    }
    let ask = questions::asked(l).filter(|_| l.ready());
    kit::text(doc, ids::ASK, &ask.as_ref().map(tr).unwrap_or_default());
    if let Some(box_) = doc.el(ids::OPTIONS) {
        let options = if l.ready() {
            questions::options(l)
        } else {
            Vec::new()
        };
        // the buttons are made again only when the choices change, and an answered question's
        // are aria-disabled, not disabled: the pressed button keeps the keyboard's focus
        if box_.child_element_count() as usize != options.len() {
            box_.set_inner_html("");
            for i in 0..options.len() {
                let b = doc.create_element("button").map_err(kit::js_msg)?;
                attr(&b, "type", Some("button"));
                attr(&b, "data-answer", Some(&i.to_string()));
                box_.append_child(&b).map_err(kit::js_msg)?;
            }
        }
        let buttons = box_.children();
        for (i, o) in options.iter().enumerate() {
            let Some(b) = buttons.item(i as u32) else {
                continue;
            };
            attr(
                &b,
                "aria-pressed",
                Some(if l.answer == Some(i) { "true" } else { "false" }),
            );
            let done = if l.answer.is_some() { "true" } else { "false" };
            attr(&b, "aria-disabled", Some(done));
            let label = tr(o);
            if b.text_content().as_deref() != Some(label.as_str()) {
                b.set_text_content(Some(&label));
            }
        }
    }
    let shown = l.answer.is_some() && l.ready();
    hidden(doc, ids::EVIDENCE, !shown);
    if let Some(q) = doc.el(ids::QUESTION) {
        attr(&q, "data-answered", shown.then_some(""));
    }
    if !shown {
        return Ok(());
    }
    let verdict = questions::revealed(l).map(|t| tr(&t)).unwrap_or_default();
    kit::text(doc, ids::VERDICT, &verdict);
    if let Some(ul) = doc.el(ids::ROWS) {
        ul.set_inner_html("");
        for r in questions::rows(l) {
            let li = doc.create_element("li").map_err(kit::js_msg)?;
            li.set_text_content(Some(&tr(&r)));
            ul.append_child(&li).map_err(kit::js_msg)?;
        }
    }
    let caption = match step {
        Step::Dims => t!("lesson-dims-figure"),
        Step::Sparse => t!("lesson-sparse-figure", bins = OCCUPANCY_BINS),
        Step::Similar => t!("lesson-similar-figure"),
        _ => t!("lesson-epochs-figure"),
    };
    kit::text(doc, ids::FIGURE_CAPTION, &tr(&caption));
    // the epochs question: the page's training evolution at the coherent epoch
    let link = (step == Step::Epochs)
        .then(|| {
            let e = questions::coherent(epochs(l))?;
            let ds = &l.files.view.as_ref()?.meta.dataset;
            Some((
                e.epoch,
                evolution_href(&format!("{ds}-{}", Design::Vae.name()), e.epoch),
            ))
        })
        .flatten();
    hidden(doc, ids::EVOLUTION, link.is_none());
    if let (Some((epoch, href)), Some(a)) = (&link, doc.el(ids::EVOLUTION)) {
        attr(&a, "href", Some(href));
        a.set_text_content(Some(&tr(&t!("lesson-epochs-open", epoch = *epoch))));
    }
    let Some(c) = kit::canvas(doc, ids::FIGURE) else {
        return Ok(());
    };
    attr(
        &c,
        "aria-label",
        Some(&format!("{} {}", tr(&caption), verdict)),
    );
    match step {
        Step::Dims => dims(&c, l),
        Step::Sparse => sparse(&c, l),
        Step::Similar => similar(&c, l),
        _ => epoch_plot(&c, l),
    }
}

/// The page's address of `model` at `epoch` in its training evolution, keeping what the
/// current address says of the language and the presentation (`lang`, `embed`, `present`,
/// `qr`, the parts shown), so that a slide's link stays a slide in its language.
fn evolution_href(model: &str, epoch: usize) -> String {
    const KEEP: [&str; 8] = [
        "lang",
        "embed",
        "present",
        "qr",
        "legend",
        "switchers",
        "panel",
        "evolution",
    ];
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut href = format!("?model={model}&epoch={epoch}");
    for pair in search.trim_start_matches('?').split('&') {
        let key = pair.split('=').next().unwrap_or("").to_ascii_lowercase();
        if KEEP.contains(&key.as_str()) {
            href.push('&');
            href.push_str(pair);
        }
    }
    href
}

/// Sets the figure's size in pixels and clears it white.
fn canvas(c: &HtmlCanvasElement, w: u32, h: u32) -> Result<CanvasRenderingContext2d, String> {
    if c.width() != w || c.height() != h {
        c.set_width(w);
        c.set_height(h);
    }
    let ctx = ctx2d(c)?;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
    Ok(ctx)
}

/// A 28 × 28 image at `(x, y)`, `scale` pixels per image pixel.
fn put_image(
    ctx: &CanvasRenderingContext2d,
    px: &[f32],
    x: f64,
    y: f64,
    scale: f64,
) -> Result<(), String> {
    let mut rgba = vec![0u8; IMAGE_PIXELS * 4];
    kit::grey_rgba(px, &mut rgba);
    let side = IMAGE_SIDE as f64 * scale;
    draw_scaled(
        ctx,
        &rgba,
        IMAGE_SIDE as u32,
        IMAGE_SIDE as u32,
        [x, y, side, side],
    )
}

/// The test images (top row) and their reconstructions by each model of the study (a row each).
fn dims(c: &HtmlCanvasElement, l: &Lesson) -> Result<(), String> {
    let (Some(s), Some(t)) = (&l.files.study, &l.files.tests) else {
        return Ok(());
    };
    let (n, m) = (s.meta.images.len(), s.meta.models.len());
    let side = IMAGE_SIDE as u32;
    let ctx = canvas(c, n as u32 * side, (m as u32 + 1) * side + 4)?;
    for (i, &img) in s.meta.images.iter().enumerate() {
        if let Some(px) = t.image(img) {
            put_image(&ctx, &px, (i as u32 * side) as f64, 0.0, 1.0)?;
        }
        for k in 0..m {
            if let Some(px) = s.image(k, i) {
                let y = ((k as u32 + 1) * side + 4) as f64;
                put_image(&ctx, &px, (i as u32 * side) as f64, y, 1.0)?;
            }
        }
    }
    Ok(())
}

/// Each design's class map (its view file's) with its test codes as dark dots over it, the
/// cells of the occupancy grid that hold no code faded; the plain map's gap point ringed, and
/// its decode.
fn sparse(c: &HtmlCanvasElement, l: &Lesson) -> Result<(), String> {
    let panel = 150.0;
    let ctx = canvas(c, 2 * 150 + 10 + 84, 150)?;
    let g = gap(l);
    for (k, &d) in designs(Step::Sparse).iter().enumerate() {
        let Some(f) = l.files.sibling(d) else {
            continue;
        };
        let b = f.meta.bounds;
        let x0 = k as f64 * (panel + 5.0);
        let xy = |z: [f32; 2]| {
            let s = b.size();
            (
                x0 + ((z[0] - b.min[0]) / s[0]) as f64 * panel,
                ((b.max[1] - z[1]) / s[1]) as f64 * panel,
            )
        };
        // the design's class map, over its own bounds
        if let Some(v) = view_of(l, d) {
            let m = &v.map;
            let rgba: Vec<u8> = m
                .class
                .iter()
                .zip(&m.confidence)
                .flat_map(|(&c, &p)| {
                    let [r, g, b] = palette::shaded(c, p);
                    [r, g, b, 255]
                })
                .collect();
            let (lo, hi) = (
                xy([m.grid.bounds.min[0], m.grid.bounds.max[1]]),
                xy([m.grid.bounds.max[0], m.grid.bounds.min[1]]),
            );
            draw_scaled(
                &ctx,
                &rgba,
                m.grid.width as u32,
                m.grid.height as u32,
                [lo.0, lo.1, hi.0 - lo.0, hi.1 - lo.1],
            )?;
        }
        // the cells without a code, faded
        let n = OCCUPANCY_BINS;
        // whole pixels from cell edges, so the veils neither overlap nor leave seams
        let edge = |i: usize| (i as f64 * panel / n as f64).round();
        let mut full = vec![false; n * n];
        for p in f.test_codes.iter().filter(|p| b.contains(**p)) {
            let s = b.size();
            let cx = (((p[0] - b.min[0]) / s[0] * n as f32) as usize).min(n - 1);
            let cy = (((b.max[1] - p[1]) / s[1] * n as f32) as usize).min(n - 1);
            full[cy * n + cx] = true;
        }
        ctx.set_fill_style_str(FADE);
        for (i, _) in full.iter().enumerate().filter(|(_, f)| !**f) {
            let (c, r) = (i % n, i / n);
            ctx.fill_rect(
                x0 + edge(c),
                edge(r),
                edge(c + 1) - edge(c),
                edge(r + 1) - edge(r),
            );
        }
        // the codes: 2 × 2 whole pixels each
        ctx.set_fill_style_str("#111");
        for p in f.test_codes.iter().filter(|p| b.contains(**p)) {
            let (x, y) = xy(*p);
            ctx.fill_rect(x.floor() - 1.0, y.floor() - 1.0, 2.0, 2.0);
        }
        ctx.set_stroke_style_str("#111");
        ctx.set_line_width(1.0);
        ctx.stroke_rect(x0 + 0.5, 0.5, panel - 1.0, panel - 1.0);
        if let (Design::Plain, Some((z, _))) = (d, &g) {
            let (x, y) = xy(*z);
            ctx.begin_path();
            let _ = ctx.arc(x, y, 6.0, 0.0, std::f64::consts::TAU);
            ctx.set_stroke_style_str("#c0392b");
            ctx.set_line_width(2.5);
            ctx.stroke();
        }
    }
    if let Some((_, px)) = &g {
        put_image(&ctx, px, 2.0 * panel + 10.0, 33.0, 3.0)?;
    }
    Ok(())
}

/// The white veil over the sparse question's cells without a code.
const FADE: &str = "rgba(255, 255, 255, 0.7)";

/// Design `d`'s view file (its class map).
fn view_of(l: &Lesson, d: Design) -> Option<&latent_core::bundle::ViewFile> {
    l.files.sibling_view(d).map(|v| v.as_ref())
}

/// The test image's nearest test images in each design: a row of thumbnails each, framed red
/// where the label differs from the image's.
fn similar(c: &HtmlCanvasElement, l: &Lesson) -> Result<(), String> {
    let Some(t) = &l.files.tests else {
        return Ok(());
    };
    let label = t.labels.get(l.image).copied();
    let side = IMAGE_SIDE as f64 + 4.0;
    let rows = designs(Step::Similar);
    let ctx = canvas(
        c,
        (questions::K as f64 * side) as u32,
        (rows.len() as f64 * side) as u32,
    )?;
    for (r, &d) in rows.iter().enumerate() {
        let Some((near, _)) = neighbours(l, d) else {
            continue;
        };
        for (i, &j) in near.iter().enumerate() {
            let (x, y) = (i as f64 * side, r as f64 * side);
            if let Some(px) = t.image(j) {
                put_image(&ctx, &px, x + 2.0, y + 2.0, 1.0)?;
            }
            if t.labels.get(j).copied() != label {
                ctx.set_stroke_style_str("#c0392b");
                ctx.set_line_width(2.0);
                ctx.stroke_rect(x + 1.0, y + 1.0, side - 2.0, side - 2.0);
            }
        }
    }
    Ok(())
}

/// The VAE's map accuracy and 10-NN agreement against epochs, the coherent epoch marked.
fn epoch_plot(c: &HtmlCanvasElement, l: &Lesson) -> Result<(), String> {
    let figs = epochs(l);
    let (w, h) = (320.0, 150.0);
    let ctx = canvas(c, w as u32, h as u32)?;
    let xs: Vec<f64> = figs.iter().map(|f| f.epoch as f64).collect();
    let acc: Vec<f64> = figs.iter().map(|f| f.map_accuracy).collect();
    let knn: Vec<f64> = figs.iter().map(|f| f.knn10).collect();
    let marks: Vec<kit::Mark> = questions::coherent(figs)
        .map(|co| kit::Mark {
            x: co.epoch as f64,
            colour: kit::COHERENT_COLOUR,
            width: 2.0,
        })
        .into_iter()
        .collect();
    let series = [
        kit::Series {
            colour: kit::ACCURACY_COLOUR,
            values: &acc,
        },
        kit::Series {
            colour: kit::KNN_COLOUR,
            values: &knn,
        },
    ];
    kit::lines(&ctx, (w, h, 1.0), &xs, &series, &marks);
    Ok(())
}
