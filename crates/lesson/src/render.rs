//! Draws the lesson ([`crate::state`]): its card (`#lesson-body`: the steps, the step's text
//! with the model's own figures, the test image, the sweep's tile and the classifier's bars,
//! the buttons) and its picture over the map (`#lesson-layer`, a canvas in the page's
//! `#map-box` under the cursor marker, drawn in latent units through the map's window as the
//! page shows it, `#map-box[data-window]`, so it lines up with the map at any zoom). The only
//! code of this crate that writes the page; redraws only what changed.

use crate::state::{block_cells, cell, class_name, Lesson, Step, CELLS, SIDE};
use latent_core::latent_map::{Bounds, Meshgrid};
use latent_core::palette;
use latent_i18n::{num, t, L10n, Text};
use latent_web_kit::{self as kit, attr, ctx2d, fit_canvas, hidden, message, Lookup};
use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement, ImageData};

/// Element ids of the lesson's markup (`body.html`) and of the page it draws on.
pub mod ids {
    /// The page's lesson section (its markup is written into [`BODY`]).
    pub const SECTION: &str = "lesson";
    /// Where the lesson's markup goes.
    pub const BODY: &str = "lesson-body";
    /// The page's map box (the picture's canvas is added in it).
    pub const MAP_BOX: &str = "map-box";
    /// The page's class map canvas (the picture goes just above it; it takes the pointer:
    /// a click is the encode step's guess).
    pub const MAP: &str = "map";
    /// The page's overlay over the map: the box the pointer is mapped against.
    pub const MAP_OVERLAY: &str = "map-overlay";
    /// The page's readout of the cursor (`data-z1`, `data-z2`).
    pub const Z_READOUT: &str = "z-readout";
    /// The lesson's picture over the map.
    pub const LAYER: &str = "lesson-layer";
    /// The step buttons' list.
    pub const STEPS: &str = "lesson-steps";
    /// "Step 2 of 5".
    pub const STEP_OF: &str = "lesson-step-of";
    /// The step's title.
    pub const STEP_TITLE: &str = "lesson-step-title";
    /// The step's text.
    pub const TEXT: &str = "lesson-text";
    /// Loading line.
    pub const STATUS: &str = "lesson-status";
    /// Error line.
    pub const ERROR: &str = "lesson-error";
    /// The encode step's part.
    pub const ENCODE: &str = "lesson-encode";
    /// The test image.
    pub const IMAGE: &str = "lesson-image";
    /// The predict / reveal line.
    pub const PROMPT: &str = "lesson-prompt";
    /// "Guess at the cursor".
    pub const GUESS: &str = "lesson-guess";
    /// "Another image".
    pub const ANOTHER: &str = "lesson-another";
    /// The sweep steps' part.
    pub const SWEEP: &str = "lesson-sweep";
    /// The decoded image of the cell under the sweep.
    pub const TILE: &str = "lesson-tile";
    /// The classifier's bars.
    pub const BARS: &str = "lesson-bars";
    /// The cell line.
    pub const CELL: &str = "lesson-cell";
    /// Play / pause.
    pub const PLAY: &str = "lesson-play";
    /// One cell back.
    pub const BACKWARD: &str = "lesson-backward";
    /// One cell forward.
    pub const FORWARD: &str = "lesson-forward";
    /// The speed menu.
    pub const SPEED: &str = "lesson-speed-select";
    /// The step before.
    pub const BACK: &str = "lesson-back";
    /// The next step.
    pub const NEXT: &str = "lesson-next";
    /// "More in the docs".
    pub const MORE: &str = "lesson-more";
    /// Close.
    pub const CLOSE: &str = "lesson-close";
    /// Screen readers' line.
    pub const SAY: &str = "lesson-say";
    /// The questions' part.
    pub const QUESTION: &str = "lesson-question";
    /// The question's test image (the "similar" question).
    pub const Q_IMAGE: &str = "lesson-q-image";
    /// "Another image" in a question.
    pub const Q_ANOTHER: &str = "lesson-q-another";
    /// The question.
    pub const ASK: &str = "lesson-ask";
    /// The prediction's buttons.
    pub const OPTIONS: &str = "lesson-options";
    /// The evidence, shown after the prediction.
    pub const EVIDENCE: &str = "lesson-evidence";
    /// The evidence's figure.
    pub const FIGURE: &str = "lesson-figure";
    /// Its caption.
    pub const FIGURE_CAPTION: &str = "lesson-figure-caption";
    /// The evidence's lines.
    pub const ROWS: &str = "lesson-rows";
    /// What the evidence says.
    pub const VERDICT: &str = "lesson-verdict";
    /// The epochs question's link to the training evolution at the coherent epoch.
    pub const EVOLUTION: &str = "lesson-evolution";
}

/// The plane's colour where the map is not made yet.
const PLANE: &str = "#f4f4ef";

/// What was drawn last.
#[derive(Default)]
pub struct LessonRenderer {
    /// The state's version the card shows.
    card_of: Option<u64>,
    /// The state's version, window and canvas size the picture shows.
    picture_of: Option<(u64, [f32; 4], u32, u32)>,
    /// The sentence last said.
    said: u64,
}

impl LessonRenderer {
    /// Forgets what was drawn: the next frame writes every text again (a new language).
    pub fn relocalize(&mut self) {
        self.card_of = None;
        self.said = 0;
    }

    /// Draws `l` in the language of `l10n`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub fn render(&mut self, doc: &Document, l: &Lesson, l10n: &L10n) -> Result<(), String> {
        if self.card_of != Some(l.version) {
            self.card_of = Some(l.version);
            card(doc, l, l10n)?;
        }
        if self.said != l.say.0 {
            self.said = l.say.0;
            kit::text(doc, ids::SAY, &l10n.text(&l.say.1));
        }
        picture(doc, l, &mut self.picture_of)
    }
}

/// `z` written as the lesson writes points: `(0.66, −1.25)`.
pub fn z_text(z: [f32; 2]) -> Text {
    t!("lesson-z", z1 = num(z[0], 2), z2 = num(z[1], 2))
}

/// The step's text, with the model's own figures.
pub fn step_text(l: &Lesson, step: Step) -> Option<Text> {
    let v = l.files.view.as_ref()?;
    let g = v.map.grid;
    let cells = g.width * g.height;
    Some(match step {
        Step::Encode => {
            let vae = v
                .meta
                .autoencoder
                .as_ref()
                .is_some_and(|a| a.kind == latent_core::model::AutoencoderKind::Vae);
            t!("lesson-encode-text", vae = if vae { "yes" } else { "no" })
        }
        Step::Bounds => {
            let f = l.files.lesson.as_ref()?;
            let (b, q, r) = (f.meta.bounds, f.meta.quantiles, f.meta.rule);
            let train = v.meta.metrics.get("train_images").copied().unwrap_or(0.0);
            t!(
                "lesson-bounds-text",
                train = num(train, 0),
                n = f.codes.len(),
                tail = num(100.0 * r.tail, 1),
                lo1 = num(q[0][0], 2),
                hi1 = num(q[0][1], 2),
                lo2 = num(q[1][0], 2),
                hi2 = num(q[1][1], 2),
                margin = num(100.0 * r.margin, 0),
                min1 = num(b.min[0], 2),
                max1 = num(b.max[0], 2),
                min2 = num(b.min[1], 2),
                max2 = num(b.max[1], 2)
            )
        }
        Step::Meshgrid => t!(
            "lesson-meshgrid-text",
            w = g.width,
            h = g.height,
            cells = cells,
            side = SIDE
        ),
        Step::Decode => t!("lesson-decode-text", cells = cells),
        Step::Classify => t!("lesson-classify-text", cells = cells),
        Step::Dims => t!("lesson-dims-text"),
        Step::Sparse => t!("lesson-sparse-text"),
        Step::Similar => t!("lesson-similar-text"),
        Step::Epochs => t!("lesson-epochs-text"),
    })
}

/// The card: steps, text, the step's part, the buttons.
fn card(doc: &Document, l: &Lesson, l10n: &L10n) -> Result<(), String> {
    let tr = |t: &Text| l10n.text(t);
    let Some(step) = l.step else {
        return Ok(());
    };
    if let Some(list) = doc.el(ids::STEPS) {
        let buttons = list
            .query_selector_all("button[data-step]")
            .map_err(kit::js_msg)?;
        for i in 0..buttons.length() {
            let Some(b) = buttons
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let current = b.get_attribute("data-step").as_deref() == Some(step.id());
            attr(&b, "aria-current", current.then_some("step"));
        }
    }
    if let Some(s) = doc.el(ids::SECTION) {
        attr(&s, "data-step", Some(step.id()));
        attr(&s, "data-done", Some(&l.done.to_string()));
    }
    kit::text(
        doc,
        ids::STEP_OF,
        &tr(&t!(
            "lesson-step-of",
            n = step.index() + 1,
            count = Step::ALL.len()
        )),
    );
    kit::text(doc, ids::STEP_TITLE, &tr(&step.title()));
    let body = step_text(l, step);
    kit::text(doc, ids::TEXT, &body.as_ref().map(tr).unwrap_or_default());
    let loading = (!l.ready() && l.error.is_none()).then(|| tr(&t!("lesson-loading")));
    message(doc, ids::STATUS, loading.as_deref());
    message(doc, ids::ERROR, l.error.as_ref().map(tr).as_deref());
    if let Some(b) = doc.el(ids::BACK) {
        attr(&b, "disabled", (step.index() == 0).then_some(""));
    }
    if let Some(b) = doc.el(ids::NEXT) {
        attr(
            &b,
            "disabled",
            (step.index() + 1 == Step::ALL.len()).then_some(""),
        );
    }
    if let Some(a) = doc.el(ids::MORE) {
        let href = format!("docs/latent-space.html#lesson-{}", step.id());
        attr(&a, "href", Some(&href));
    }
    hidden(doc, ids::ENCODE, step != Step::Encode);
    hidden(doc, ids::SWEEP, !step.sweeps());
    hidden(doc, ids::QUESTION, !step.question());
    match step {
        Step::Encode => encode_part(doc, l, l10n)?,
        Step::Decode | Step::Classify => sweep_part(doc, l, l10n)?,
        s if s.question() => crate::figures::question_part(doc, l, l10n)?,
        _ => {}
    }
    Ok(())
}

/// The test image and the predict / reveal line.
fn encode_part(doc: &Document, l: &Lesson, l10n: &L10n) -> Result<(), String> {
    let t = l.files.tests.as_ref();
    let px = t.and_then(|t| t.image(l.image));
    kit::image(doc, ids::IMAGE, px.as_deref())?;
    if let Some(c) = doc.el(ids::IMAGE) {
        attr(&c, "data-index", Some(&l.image.to_string()));
    }
    let label = t.and_then(|t| t.labels.get(l.image).copied());
    let line = match (&l.reveal, l.encoded, label) {
        (Some(r), Some(p), _) => Some(t!(
            "lesson-encode-revealed",
            mu = z_text(p.mu),
            guess = z_text(r.guess),
            distance = num(r.distance, 2)
        )),
        (None, Some(_), Some(c)) => Some(t!(
            "lesson-encode-predict",
            label = class_name(l.class_names(), c)
        )),
        _ => None,
    };
    kit::text(
        doc,
        ids::PROMPT,
        &line.map(|t| l10n.text(&t)).unwrap_or_default(),
    );
    if let Some(p) = doc.el(ids::ENCODE) {
        let mu = l.encoded.map(|p| format!("{},{}", p.mu[0], p.mu[1]));
        attr(&p, "data-mu", mu.as_deref());
        let g = l
            .reveal
            .map(|r| format!("{},{},{}", r.guess[0], r.guess[1], r.distance));
        attr(&p, "data-guess", g.as_deref());
    }
    if let Some(b) = doc.el(ids::GUESS) {
        attr(&b, "disabled", (l.encoded.is_none()).then_some(""));
    }
    Ok(())
}

/// The tile of the cell under the sweep, the classifier's bars, the line, the buttons.
fn sweep_part(doc: &Document, l: &Lesson, l10n: &L10n) -> Result<(), String> {
    let step = l.step.unwrap_or(Step::Decode);
    let last = l.done.checked_sub(1);
    kit::image(
        doc,
        ids::TILE,
        last.and_then(|k| l.tiles.get(k)).map(|p| p.as_slice()),
    )?;
    let g = l.grid();
    let mut line = Vec::new();
    if l.done == 0 {
        line.push(l10n.text(&t!("lesson-sweep-progress", n = 0, count = CELLS)));
    }
    if let (Some(k), Some(g)) = (last, g) {
        let c = cell(&g, k);
        let say = match (step, l.verdicts.get(k)) {
            (Step::Classify, Some(v)) => t!(
                "lesson-say-classified",
                n = k + 1,
                count = CELLS,
                z = z_text(c.z),
                class = class_name(l.class_names(), v.class),
                percent = num(100.0 * v.probs[v.class as usize], 0)
            ),
            _ => t!(
                "lesson-say-decoded",
                n = k + 1,
                count = CELLS,
                z = z_text(c.z)
            ),
        };
        line.push(l10n.text(&say));
        if let (Step::Classify, Some(v), Some(stored)) =
            (step, l.verdicts.get(k), l.stored_class(k))
        {
            let name = class_name(l.class_names(), stored);
            line.push(l10n.text(&if stored == v.class {
                t!("lesson-classify-agrees", class = name)
            } else {
                t!("lesson-classify-differs", class = name)
            }));
        }
    }
    if step == Step::Classify && l.done == CELLS {
        line.push(l10n.text(&t!("lesson-classify-done")));
    }
    kit::text(doc, ids::CELL, &line.join(" "));
    bars(doc, l, l10n, step == Step::Classify)?;
    if let Some(b) = doc.el(ids::PLAY) {
        let id = if l.playing {
            "lesson-pause"
        } else {
            "lesson-play"
        };
        b.set_text_content(Some(&l10n.text(&Text::id(id))));
        attr(&b, "data-l10n-id", Some(id));
        attr(
            &b,
            "aria-pressed",
            Some(if l.playing { "true" } else { "false" }),
        );
        attr(&b, "disabled", (!l.ready()).then_some(""));
    }
    if let Some(b) = doc.el(ids::BACKWARD) {
        attr(&b, "disabled", (l.done == 0).then_some(""));
    }
    if let Some(b) = doc.el(ids::FORWARD) {
        attr(
            &b,
            "disabled",
            (l.done >= CELLS || !l.ready()).then_some(""),
        );
    }
    if let Some(s) = doc
        .el(ids::SPEED)
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        if s.value() != l.speed.id() {
            s.set_value(l.speed.id());
        }
    }
    if let Some(p) = doc.el(ids::SWEEP) {
        let classes: Vec<String> = l.verdicts.iter().map(|v| v.class.to_string()).collect();
        attr(&p, "data-classes", Some(&classes.join(",")));
    }
    Ok(())
}

/// The classifier's probabilities for the cell under the sweep: one bar per class.
fn bars(doc: &Document, l: &Lesson, l10n: &L10n, shown: bool) -> Result<(), String> {
    let Some(list) = doc.el(ids::BARS) else {
        return Ok(());
    };
    let v = l.done.checked_sub(1).and_then(|k| l.verdicts.get(k));
    attr(&list, "hidden", (!shown || v.is_none()).then_some(""));
    list.set_inner_html("");
    let Some(v) = v.filter(|_| shown) else {
        return Ok(());
    };
    for (c, p) in v.probs.iter().enumerate() {
        let li = doc.create_element("li").map_err(kit::js_msg)?;
        let name = doc.create_element("span").map_err(kit::js_msg)?;
        name.set_text_content(Some(&l10n.text(&class_name(l.class_names(), c as u8))));
        let bar = doc.create_element("span").map_err(kit::js_msg)?;
        bar.set_class_name("bar");
        let fill = doc.create_element("span").map_err(kit::js_msg)?;
        fill.set_class_name("fill");
        attr(
            &fill,
            "style",
            Some(&format!(
                "width:{:.1}%;background:{}",
                100.0 * p,
                palette::class_hex(c as u8)
            )),
        );
        bar.append_child(&fill).map_err(kit::js_msg)?;
        let pct = doc.create_element("span").map_err(kit::js_msg)?;
        pct.set_class_name("pct");
        pct.set_text_content(Some(
            &l10n.text(&t!("lesson-percent", pct = num(100.0 * p, 0))),
        ));
        for e in [&name, &bar, &pct] {
            li.append_child(e).map_err(kit::js_msg)?;
        }
        list.append_child(&li).map_err(kit::js_msg)?;
    }
    Ok(())
}

/// The map's window as the page shows it (`#map-box[data-window]`: `min z₁,min z₂,max z₁,max z₂`).
fn window(doc: &Document) -> Option<Bounds> {
    let w = doc.el(ids::MAP_BOX)?.get_attribute("data-window")?;
    let v: Vec<f32> = w.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    (v.len() == 4 && v[2] > v[0] && v[3] > v[1]).then(|| Bounds {
        min: [v[0], v[1]],
        max: [v[2], v[3]],
    })
}

/// The picture's canvas, created in the map box above the class map on first use.
fn layer(doc: &Document) -> Result<HtmlCanvasElement, String> {
    if let Some(c) = kit::canvas(doc, ids::LAYER) {
        return Ok(c);
    }
    let bx = doc.el(ids::MAP_BOX).ok_or("The page has no #map-box.")?;
    let c: HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(kit::js_msg)?
        .unchecked_into();
    c.set_id(ids::LAYER);
    c.set_class_name("lesson-layer");
    let _ = c.set_attribute("aria-hidden", "true");
    let after_map = doc.el(ids::MAP).and_then(|m| m.next_sibling());
    bx.insert_before(&c, after_map.as_ref())
        .map_err(kit::js_msg)?;
    Ok(c)
}

/// The picture over the map for the shown step.
fn picture(
    doc: &Document,
    l: &Lesson,
    drawn: &mut Option<(u64, [f32; 4], u32, u32)>,
) -> Result<(), String> {
    let Some(step) = l.step else {
        if let Some(c) = kit::canvas(doc, ids::LAYER) {
            c.remove();
        }
        *drawn = None;
        return Ok(());
    };
    let c = layer(doc)?;
    let (w, h, _) = fit_canvas(&c);
    let Some(win) = window(doc) else {
        return Ok(());
    };
    let key = (
        l.version,
        [win.min[0], win.min[1], win.max[0], win.max[1]],
        w,
        h,
    );
    if *drawn == Some(key) {
        return Ok(());
    }
    *drawn = Some(key);
    let ctx = ctx2d(&c)?;
    let (wf, hf) = (w as f64, h as f64);
    ctx.clear_rect(0.0, 0.0, wf, hf);
    attr(&c, "data-step", Some(step.id()));
    let Some(g) = l.grid() else { return Ok(()) };
    let view = Meshgrid { bounds: win, ..g };
    let xy = |z: [f32; 2]| {
        let [u, v] = view.uv_of(z);
        (u as f64 * wf, v as f64 * hf)
    };
    let d = kit::dpr();
    match step {
        s if s.question() => {}
        Step::Encode => encode_picture(&ctx, l, &xy, d),
        Step::Bounds => {
            plane(&ctx, wf, hf);
            bounds_picture(&ctx, l, &g, &xy, d);
        }
        Step::Meshgrid => {
            plane(&ctx, wf, hf);
            grid_lines(&ctx, &g, &xy, d);
            for k in 0..CELLS {
                let (x, y) = xy(cell(&g, k).z);
                dot(&ctx, x, y, 3.0 * d, "#111");
            }
        }
        Step::Decode => {
            plane(&ctx, wf, hf);
            for (k, px) in l.tiles.iter().enumerate() {
                tile(&ctx, &g, k, px, &xy)?;
            }
            grid_lines(&ctx, &g, &xy, d);
            current(&ctx, l, &g, &xy, d);
        }
        Step::Classify => {
            plane(&ctx, wf, hf);
            if let Some(v) = &l.files.view {
                for k in 0..l.done {
                    colour_block(&ctx, v, k, &xy)?;
                }
            }
            if l.done < CELLS {
                grid_lines(&ctx, &g, &xy, d);
                current(&ctx, l, &g, &xy, d);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Covers the map: the plane before its picture is made.
fn plane(ctx: &CanvasRenderingContext2d, w: f64, h: f64) {
    ctx.set_fill_style_str(PLANE);
    ctx.fill_rect(0.0, 0.0, w, h);
}

fn dot(ctx: &CanvasRenderingContext2d, x: f64, y: f64, r: f64, fill: &str) {
    ctx.begin_path();
    let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
    ctx.set_fill_style_str(fill);
    ctx.fill();
}

/// The guess, μ, σ's ellipses (VAEs) and the line between the guess and μ.
fn encode_picture(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let (Some(r), Some(p)) = (l.reveal, l.encoded) else {
        return;
    };
    let (gx, gy) = xy(r.guess);
    let (mx, my) = xy(p.mu);
    let twice = |f: &dyn Fn()| {
        ctx.set_stroke_style_str("rgba(255,255,255,0.95)");
        ctx.set_line_width(4.5 * d);
        f();
        ctx.set_stroke_style_str("#111");
        ctx.set_line_width(2.0 * d);
        f();
    };
    twice(&|| {
        ctx.begin_path();
        let _ = ctx.set_line_dash(&js_sys::Array::of2(&(6.0 * d).into(), &(4.0 * d).into()));
        ctx.move_to(gx, gy);
        ctx.line_to(mx, my);
        ctx.stroke();
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    });
    if let Some(s) = p.sigma() {
        for k in [1.0f32, 2.0] {
            let (ex, _) = xy([p.mu[0] + k * s[0], p.mu[1]]);
            let (_, ey) = xy([p.mu[0], p.mu[1] + k * s[1]]);
            twice(&|| {
                ctx.begin_path();
                let _ = ctx.ellipse(
                    mx,
                    my,
                    (ex - mx).abs().max(0.5),
                    (my - ey).abs().max(0.5),
                    0.0,
                    0.0,
                    std::f64::consts::TAU,
                );
                ctx.stroke();
            });
        }
    }
    // the guess: a cross; μ: a diamond
    let r0 = 7.0 * d;
    twice(&|| {
        ctx.begin_path();
        ctx.move_to(gx - r0, gy - r0);
        ctx.line_to(gx + r0, gy + r0);
        ctx.move_to(gx - r0, gy + r0);
        ctx.line_to(gx + r0, gy - r0);
        ctx.stroke();
    });
    twice(&|| {
        ctx.begin_path();
        ctx.move_to(mx, my - r0);
        ctx.line_to(mx + r0, my);
        ctx.line_to(mx, my + r0);
        ctx.line_to(mx - r0, my);
        ctx.close_path();
        ctx.stroke();
    });
}

/// Training codes, the quantile lines, the margins and the box.
fn bounds_picture(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let Some(f) = &l.files.lesson else { return };
    let b = g.bounds;
    let q = f.meta.quantiles;
    let (x0, y0) = xy([b.min[0], b.max[1]]);
    let (x1, y1) = xy([b.max[0], b.min[1]]);
    let (qx0, qy0) = xy([q[0][0], q[1][1]]);
    let (qx1, qy1) = xy([q[0][1], q[1][0]]);
    // the margins: between the quantile lines and the box
    ctx.set_fill_style_str("rgba(0,0,0,0.07)");
    ctx.fill_rect(x0, y0, qx0 - x0, y1 - y0);
    ctx.fill_rect(qx1, y0, x1 - qx1, y1 - y0);
    ctx.fill_rect(qx0, y0, qx1 - qx0, qy0 - y0);
    ctx.fill_rect(qx0, qy1, qx1 - qx0, y1 - qy1);
    for (z, c) in f.codes.iter().zip(&f.labels) {
        let (x, y) = xy(*z);
        dot(ctx, x, y, 2.2 * d, &palette::class_hex(*c));
    }
    ctx.set_stroke_style_str("#111");
    ctx.set_line_width(1.5 * d);
    let _ = ctx.set_line_dash(&js_sys::Array::of2(&(7.0 * d).into(), &(5.0 * d).into()));
    ctx.begin_path();
    for x in [qx0, qx1] {
        ctx.move_to(x, y0);
        ctx.line_to(x, y1);
    }
    for y in [qy0, qy1] {
        ctx.move_to(x0, y);
        ctx.line_to(x1, y);
    }
    ctx.stroke();
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    // the box (its line inside the bounds, so it shows at the map's edges)
    let lw = 3.0 * d;
    ctx.set_line_width(lw);
    ctx.stroke_rect(x0 + lw / 2.0, y0 + lw / 2.0, x1 - x0 - lw, y1 - y0 - lw);
}

/// The sweep's blocks.
fn grid_lines(
    ctx: &CanvasRenderingContext2d,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let b = g.bounds;
    let (x0, y0) = xy([b.min[0], b.max[1]]);
    let (x1, y1) = xy([b.max[0], b.min[1]]);
    ctx.set_stroke_style_str("rgba(17,17,17,0.55)");
    ctx.set_line_width(1.0 * d);
    ctx.begin_path();
    for i in 0..=SIDE {
        let f = i as f64 / SIDE as f64;
        let x = x0 + f * (x1 - x0);
        let y = y0 + f * (y1 - y0);
        ctx.move_to(x, y0);
        ctx.line_to(x, y1);
        ctx.move_to(x0, y);
        ctx.line_to(x1, y);
    }
    ctx.stroke();
}

/// The on-screen rectangle of sweep block `k`: x, y, width, height.
fn block_rect(g: &Meshgrid, k: usize, xy: &dyn Fn([f32; 2]) -> (f64, f64)) -> [f64; 4] {
    let (rows, cols) = block_cells(g, cell(g, k).block);
    let cw = g.bounds.size()[0] / g.width as f32;
    let ch = g.bounds.size()[1] / g.height as f32;
    let z0 = [
        g.bounds.min[0] + cols[0] as f32 * cw,
        g.bounds.max[1] - rows[0] as f32 * ch,
    ];
    let z1 = [
        g.bounds.min[0] + cols[1] as f32 * cw,
        g.bounds.max[1] - rows[1] as f32 * ch,
    ];
    let (x0, y0) = xy(z0);
    let (x1, y1) = xy(z1);
    [x0, y0, x1 - x0, y1 - y0]
}

/// The decoded image of block `k`, laid on its block.
fn tile(
    ctx: &CanvasRenderingContext2d,
    g: &Meshgrid,
    k: usize,
    px: &[f32],
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
) -> Result<(), String> {
    let mut rgba = vec![0u8; px.len() * 4];
    kit::grey_rgba(px, &mut rgba);
    let side = latent_core::IMAGE_SIDE as u32;
    draw_scaled(ctx, &rgba, side, side, block_rect(g, k, xy))
}

/// Block `k` coloured as the stored class map colours its cells (class colour, paler where the
/// classifier was less sure: [`palette::shaded`], as the page paints the map).
fn colour_block(
    ctx: &CanvasRenderingContext2d,
    v: &latent_core::bundle::ViewFile,
    k: usize,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
) -> Result<(), String> {
    let g = v.map.grid;
    let (rows, cols) = block_cells(&g, cell(&g, k).block);
    let (bw, bh) = (cols[1] - cols[0], rows[1] - rows[0]);
    let mut rgba = Vec::with_capacity(bw * bh * 4);
    for r in rows[0]..rows[1] {
        for c in cols[0]..cols[1] {
            let i = r * g.width + c;
            let [cr, cg, cb] = palette::shaded(v.map.class[i], v.map.confidence[i]);
            rgba.extend_from_slice(&[cr, cg, cb, 255]);
        }
    }
    draw_scaled(ctx, &rgba, bw as u32, bh as u32, block_rect(&g, k, xy))
}

/// An RGBA image of `w × h` pixels drawn into `rect` (nearest neighbour).
pub(crate) fn draw_scaled(
    ctx: &CanvasRenderingContext2d,
    rgba: &[u8],
    w: u32,
    h: u32,
    rect: [f64; 4],
) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let tmp: HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(kit::js_msg)?
        .unchecked_into();
    tmp.set_width(w);
    tmp.set_height(h);
    let tctx = ctx2d(&tmp)?;
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h)
        .map_err(|e: JsValue| kit::js_msg(e))?;
    tctx.put_image_data(&img, 0.0, 0.0).map_err(kit::js_msg)?;
    ctx.set_image_smoothing_enabled(false);
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&tmp, rect[0], rect[1], rect[2], rect[3])
        .map_err(kit::js_msg)
}

/// An outline around the block under the sweep.
fn current(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let Some(k) = l.done.checked_sub(1) else {
        return;
    };
    let r = block_rect(g, k, xy);
    ctx.set_stroke_style_str("#fff");
    ctx.set_line_width(5.0 * d);
    ctx.stroke_rect(r[0], r[1], r[2], r[3]);
    ctx.set_stroke_style_str("#c0392b");
    ctx.set_line_width(2.5 * d);
    ctx.stroke_rect(r[0], r[1], r[2], r[3]);
}
