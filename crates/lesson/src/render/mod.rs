//! Draws the lesson ([`crate::state`]): its card (`#lesson-body`: the steps, the step's text
//! with the model's own figures, the test image, the sweep's tile and the classifier's bars,
//! the buttons) and its picture over the map (`#lesson-layer`, a canvas in the page's
//! `#map-box` under the cursor marker, drawn in latent units through the map's window as the
//! page shows it, `#map-box[data-window]`, so it lines up with the map at any zoom). The only
//! code of this crate that writes the page; redraws only what changed.

use crate::state::{cell, class_name, Lesson, Step, CELLS, SIDE};
use latent_core::palette;
use latent_i18n::{num, t, L10n, Text};
use latent_web_kit::{self as kit, attr, hidden, message, Lookup};
use wasm_bindgen::JsCast;
use web_sys::Document;

mod picture;
pub(crate) use picture::draw_scaled;
use picture::picture;

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
    // aria-disabled, not disabled: a button at either end keeps the keyboard's focus
    if let Some(b) = doc.el(ids::BACK) {
        let end = step.index() == 0;
        attr(
            &b,
            "aria-disabled",
            Some(if end { "true" } else { "false" }),
        );
    }
    if let Some(b) = doc.el(ids::NEXT) {
        let end = step.index() + 1 == Step::ALL.len();
        attr(
            &b,
            "aria-disabled",
            Some(if end { "true" } else { "false" }),
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
