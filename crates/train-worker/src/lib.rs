//! The "Train it yourself" view's Web Worker: a second, small wasm module (fetched only
//! when the view opens) that trains a 2-D autoencoder with latent-core's training step
//! ([`latent_core::train`]: the same model, loss and Adam as the native trainer; no second
//! definition).
//!
//! [`session`] is the pure part (tested natively); [`TrainSession`] exposes it to
//! `www/train-worker.js`, the worker script, which fetches the training subset and the
//! test images, runs [`TrainSession::run_for`] in slices of about 0.7 s and posts each
//! [`session::Report`] (JSON) with a decoder snapshot (safetensors bytes) to the page.

pub mod reference;
pub mod session;

use session::{Session, Settings};
use wasm_bindgen::prelude::*;

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// A training session, for the worker script.
#[wasm_bindgen]
pub struct TrainSession {
    inner: Session,
    /// Images trained and milliseconds spent in [`TrainSession::run_for`] since the last
    /// report.
    speed: (usize, f64),
    /// The class map of the last [`TrainSession::class_map`] call (or finished painting).
    map: Option<latent_core::latent_map::ClassMap>,
    /// A class map being painted by the classifier.
    painting: Option<session::ClassifierPainting>,
}

#[wasm_bindgen]
impl TrainSession {
    /// Starts a session. `settings` is [`Settings`] as JSON; `subset` and `test` are the
    /// bytes of the training subset and the test-image file, `subset_name`/`test_name` their
    /// URLs (used in errors).
    #[wasm_bindgen(constructor)]
    pub fn new(
        settings: &str,
        subset: &[u8],
        subset_name: &str,
        test: &[u8],
        test_name: &str,
    ) -> Result<TrainSession, JsError> {
        let settings: Settings = serde_json::from_str(settings).map_err(js_err)?;
        Ok(Self {
            inner: Session::new(settings, subset, subset_name, test, test_name).map_err(js_err)?,
            speed: (0, 0.0),
            map: None,
            painting: None,
        })
    }

    /// Trains for about `ms` milliseconds (at least one step, at most `max_steps`); returns
    /// the steps taken.
    #[wasm_bindgen(js_name = runFor)]
    pub fn run_for(&mut self, ms: f64, max_steps: u32) -> Result<u32, JsError> {
        let t0 = js_sys::Date::now();
        let before = self.inner.trainer().images_seen();
        let mut n = 0;
        while n < max_steps.max(1) {
            self.inner.step().map_err(js_err)?;
            n += 1;
            if js_sys::Date::now() - t0 >= ms {
                break;
            }
        }
        self.speed.0 += self.inner.trainer().images_seen() - before;
        self.speed.1 += js_sys::Date::now() - t0;
        Ok(n)
    }

    /// One step; returns its batch objective (nats/image).
    pub fn step(&mut self) -> Result<f32, JsError> {
        self.inner.step().map_err(js_err)
    }

    /// Optimiser steps taken.
    #[wasm_bindgen(getter)]
    pub fn steps(&self) -> usize {
        self.inner.steps()
    }

    /// The figures now ([`session::Report`] as JSON, with `images_per_second`: training
    /// throughput since the last report, `null` when nothing was trained).
    pub fn report(&mut self) -> Result<String, JsError> {
        let mut r = self.inner.report().map_err(js_err)?;
        r.images_per_second =
            (self.speed.1 > 0.0).then(|| self.speed.0 as f64 / (self.speed.1 / 1000.0));
        self.speed = (0, 0.0);
        serde_json::to_string(&r).map_err(js_err)
    }

    /// The current decoder as safetensors bytes (`decoder.*`, f32).
    pub fn decoder(&self) -> Result<Vec<u8>, JsError> {
        self.inner.decoder_bytes().map_err(js_err)
    }

    /// A view file of the current model (decoder f16, class map by the test codes' labels,
    /// metadata): the bytes "Download bundle" saves.
    #[wasm_bindgen(js_name = viewFile)]
    pub fn view_file(&self) -> Result<Vec<u8>, JsError> {
        self.inner.view_file().map_err(js_err)
    }

    /// Paints the class map of the current model ([`session::Session::class_map`]: `cells` ×
    /// `cells` over the test codes' bounds, each cell the majority label of the 10 nearest
    /// encoded test images); read it with [`TrainSession::map_class`],
    /// [`TrainSession::map_confidence`] and [`TrainSession::map_bounds`].
    #[wasm_bindgen(js_name = classMap)]
    pub fn class_map(&mut self, cells: usize) -> Result<(), JsError> {
        let codes = self.inner.codes().map_err(js_err)?;
        self.map = Some(
            self.inner
                .class_map(&codes, cells.clamp(8, 256))
                .map_err(js_err)?,
        );
        Ok(())
    }

    /// Starts painting a `cells` × `cells` class map with the dataset's classifier (the bytes
    /// of its classifier file; `name` for errors); continue with
    /// [`TrainSession::paint_rows`].
    #[wasm_bindgen(js_name = startClassifierMap)]
    pub fn start_classifier_map(
        &mut self,
        classifier: &[u8],
        name: &str,
        cells: usize,
    ) -> Result<(), JsError> {
        self.painting = Some(
            self.inner
                .start_classifier_map(classifier, name, cells.clamp(8, 256))
                .map_err(js_err)?,
        );
        Ok(())
    }

    /// Paints up to `rows` more rows; returns the rows done. When all are, the map is the
    /// last class map ([`TrainSession::map_class`], …).
    #[wasm_bindgen(js_name = paintRows)]
    pub fn paint_rows(&mut self, rows: usize) -> Result<usize, JsError> {
        let mut p = self
            .painting
            .take()
            .ok_or_else(|| JsError::new("no class map is being painted"))?;
        let done = self.inner.paint_rows(&mut p, rows).map_err(js_err)?;
        if done == p.rows() {
            self.map = Some(p.finish().map_err(js_err)?);
        } else {
            self.painting = Some(p);
        }
        Ok(done)
    }

    /// The last class map's classes, u8 `[cells, cells]` row-major (row 0 = largest z₂).
    #[wasm_bindgen(js_name = mapClass)]
    pub fn map_class(&self) -> Vec<u8> {
        self.map
            .as_ref()
            .map(|m| m.class.clone())
            .unwrap_or_default()
    }

    /// The last class map's confidences (share of the neighbours' votes, `round(p · 255)`).
    #[wasm_bindgen(js_name = mapConfidence)]
    pub fn map_confidence(&self) -> Vec<u8> {
        self.map
            .as_ref()
            .map(|m| m.confidence.clone())
            .unwrap_or_default()
    }

    /// The last class map's bounds `[min z₁, min z₂, max z₁, max z₂]`, latent units.
    #[wasm_bindgen(js_name = mapBounds)]
    pub fn map_bounds(&self) -> Vec<f32> {
        self.map.as_ref().map_or(Vec::new(), |m| {
            let b = m.grid.bounds;
            vec![b.min[0], b.min[1], b.max[0], b.max[1]]
        })
    }

    /// Labels of the test images, in the order of the report's codes.
    pub fn labels(&self) -> Vec<u8> {
        self.inner.test_labels().to_vec()
    }

    /// Class names, indexed by label.
    #[wasm_bindgen(js_name = classNames)]
    pub fn class_names(&self) -> Vec<String> {
        self.inner.class_names().to_vec()
    }

    /// Images in the training subset used.
    #[wasm_bindgen(js_name = trainImages)]
    pub fn train_images(&self) -> usize {
        self.inner.trainer().train_len()
    }
}
