//! The hands-on views in the first view's wasm (built without the feature `tools`): a
//! stand-in for [`super::state`]'s `Tools`, with the same interface, that keeps the views'
//! buttons, the share buttons and the views' part of the address, and hands the page over to
//! the build with the views when one opens.
//!
//! Opening a view marks it open (its button pressed, the address's `view=` written) and asks
//! for [`ToolEffect::LoadTools`]: `www/main.js` loads the build with the views, stops this
//! one and starts that one, which reads the address and opens the view. While it loads, the
//! views' status line says so; when it fails, the views' error line says why, with "Try
//! again". Nothing of the views' code (their state, renderers, the encoder and classifier
//! kernels) is in this build. (The module is compiled in both builds, so that the workspace's
//! `cargo test` runs its tests; the build with the views does not use it.)

use super::ctx::{Ctx, Out, ToolEffect};
use super::files::{Kind, Place};
use super::state::ToolMsg;
use crate::model::address::HandsOnUrl;
use crate::model::fetch::{Failure, FetchError};
use latent_i18n::{t, Text};
use std::rc::Rc;

/// Where the build with the views is.
#[derive(Debug, Default, Clone, PartialEq)]
pub enum Module {
    /// Not asked for.
    #[default]
    Idle,
    /// Being loaded.
    Loading,
    /// It failed: why (a retry asks again).
    Failed(Failure),
}

/// The hands-on part of the page's state in the first view's wasm.
#[derive(Default)]
pub struct Tools {
    /// The view asked for (shown pressed while its build loads).
    pub open: Option<super::Tool>,
    /// The build with the views.
    pub module: Module,
    /// The latest line of the share buttons ("Link copied").
    pub share_note: Option<Text>,
    /// The latest model opened from disk, its name and bytes: handed to the build with the
    /// views when it is the one shown (the address cannot name it).
    pub file: Option<(String, Rc<Vec<u8>>)>,
}

/// Applies a hands-on message (other than [`ToolMsg::CopyLink`] and [`ToolMsg::SavePng`],
/// which the page answers).
pub fn update(t: &mut Tools, msg: ToolMsg, ctx: &Ctx, out: &mut Out) {
    match msg {
        ToolMsg::Toggle(tool) => {
            let open = (t.open != Some(tool)).then_some(tool);
            out.close_evolution = open.is_some() && ctx.evolution;
            t.open = open;
            out.say(match open {
                Some(t) => t!("say-tool-opened", tool = t.label()),
                None => t!("say-tool-closed", tool = tool.label()),
            });
            if open.is_none() && t.module == Module::Loading {
                // (the build still loads: it opens no view, as the address says)
                t.module = Module::Idle;
            }
            out.replace_url = true;
        }
        ToolMsg::Retry => {
            if matches!(t.module, Module::Failed(_)) {
                t.module = Module::Idle;
            }
        }
        ToolMsg::ModuleFailed(why) => {
            if t.module == Module::Loading {
                t.module = Module::Failed(Failure {
                    text: t!("tools-module-failed", why = why),
                    retry: true,
                });
            }
        }
        ToolMsg::Continue => {}
        ToolMsg::Shared(text) => {
            out.say(text.clone());
            t.share_note = Some(text);
        }
        ToolMsg::CopyLink | ToolMsg::SavePng => {}
        // (the views' own inputs: none in the first view's build, which has no views)
        #[cfg(feature = "tools")]
        ToolMsg::Encode(_) | ToolMsg::Interp(_) => {}
    }
}

/// After every message: a view asked for (by its button or the address) and the build with
/// the views not yet asked for → ask for it.
pub fn sync(t: &mut Tools, ctx: &Ctx, out: &mut Out) {
    if t.open.is_some() && t.module == Module::Idle {
        t.module = Module::Loading;
        // a model opened from disk has no address: neither a manifest entry nor `bundle=`
        let p = &ctx.place;
        let from_disk = p.dataset.is_some() && p.entry.is_none() && p.bundle.is_none();
        out.effects.push(ToolEffect::LoadTools {
            file: t.file.clone().filter(|_| from_disk),
        });
    }
}

impl Tools {
    /// Whether request `req` is one of the views' files (never: this build fetches none).
    pub fn owns(&self, _req: u64) -> bool {
        false
    }

    /// Request `req`'s answer (never called: see [`Tools::owns`]).
    pub fn arrived(&mut self, _req: u64, _result: Result<Vec<u8>, FetchError>) {}

    /// Marks a file asked for (never: this build needs none).
    pub fn want(&mut self, _kind: Kind, _url: &str, _req: u64) -> bool {
        false
    }

    /// Closes the open view (the evolution view opened); whether one was open.
    pub fn close(&mut self) -> bool {
        if self.module == Module::Loading {
            self.module = Module::Idle;
        }
        self.open.take().is_some()
    }

    /// The files the open view needs now: none here (the build with the views fetches them).
    pub fn needed(&self, _p: &Place) -> Vec<(Kind, String)> {
        Vec::new()
    }

    /// `Loading the hands-on views…` while their build loads.
    pub fn loading_line(&self, _p: &Place) -> Option<Text> {
        (self.open.is_some() && self.module == Module::Loading).then(|| t!("tools-module-loading"))
    }

    /// Why the build with the views could not be loaded.
    pub fn failure(&self, _p: &Place) -> Option<&Failure> {
        match &self.module {
            Module::Failed(f) if self.open.is_some() => Some(f),
            _ => None,
        }
    }

    /// Why the open view cannot work with the shown model: said by the build with the views.
    pub fn unavailable(&self, _p: &Place) -> Option<Text> {
        None
    }

    /// Whether the encode view shows a drawing: never here.
    pub fn shows_drawing(&self) -> bool {
        false
    }

    /// What the address says about the views: the view asked for.
    pub fn url(&self) -> HandsOnUrl {
        HandsOnUrl {
            view: self.open,
            ..HandsOnUrl::default()
        }
    }

    /// Opens what the address names (the build with the views is then asked for; `main.js`
    /// starts that build at once for such an address, so this is a fallback).
    pub fn start(&mut self, u: &HandsOnUrl) {
        self.open = u.view;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::english;
    use crate::tools::files::Place;
    use crate::tools::Tool;
    use latent_i18n::L10n;

    fn ctx(lang: &L10n) -> Ctx<'_> {
        Ctx {
            model: None,
            map: None,
            window: None,
            z: [0.0, 0.0],
            class_names: &[],
            evolution: false,
            place: Place::default(),
            lang,
            compare: None,
        }
    }

    /// A first view whose button for `tool` was pressed, and what it asked (the build with
    /// the views among it), with `place` for where the shown model came from.
    fn pressed_at(tool: Tool, place: Place, file: Option<(String, Rc<Vec<u8>>)>) -> (Tools, Out) {
        let lang = english();
        let c = Ctx {
            place,
            ..ctx(&lang)
        };
        let mut t = Tools {
            file,
            ..Tools::default()
        };
        let mut out = Out::default();
        update(&mut t, ToolMsg::Toggle(tool), &c, &mut out);
        sync(&mut t, &c, &mut out);
        (t, out)
    }

    fn pressed(tool: Tool) -> (Tools, Out) {
        pressed_at(tool, Place::default(), None)
    }

    #[test]
    fn opening_a_view_asks_for_the_build_with_the_views_once() {
        let (mut t, out) = pressed(Tool::Encode);
        assert!(out.replace_url);
        assert_eq!(t.url().view, Some(Tool::Encode));
        assert_eq!(out.effects, vec![ToolEffect::LoadTools { file: None }]);
        let lang = english();
        let mut again = Out::default();
        sync(&mut t, &ctx(&lang), &mut again);
        assert!(again.effects.is_empty(), "asked once");
        assert_eq!(
            t.loading_line(&Place::default()),
            Some(t!("tools-module-loading"))
        );
    }

    #[test]
    fn a_failed_load_is_shown_and_retried() {
        let (mut t, mut out) = pressed(Tool::Tiles);
        let lang = english();
        let c = ctx(&lang);
        let why = t!("verbatim", text = "HTTP 404 Not Found");
        update(&mut t, ToolMsg::ModuleFailed(why), &c, &mut out);
        let f = t.failure(&Place::default()).expect("a failure");
        assert!(f.retry);
        assert_eq!(
            lang.text(&f.text),
            "The hands-on views could not be loaded: HTTP 404 Not Found"
        );
        update(&mut t, ToolMsg::Retry, &c, &mut out);
        let mut again = Out::default();
        sync(&mut t, &c, &mut again);
        assert_eq!(again.effects, vec![ToolEffect::LoadTools { file: None }]);
    }

    #[test]
    fn closing_the_view_while_it_loads_drops_it_from_the_address() {
        let (mut t, mut out) = pressed(Tool::Interp);
        let lang = english();
        update(&mut t, ToolMsg::Toggle(Tool::Interp), &ctx(&lang), &mut out);
        assert_eq!(t.url().view, None);
        assert_eq!(t.loading_line(&Place::default()), None);
    }

    #[test]
    fn a_model_opened_from_disk_goes_to_the_build_with_the_views_only_while_shown() {
        let file = Some(("mine.safetensors".to_string(), Rc::new(vec![1u8, 2, 3])));
        // shown: a model with a dataset but neither a manifest entry nor `bundle=`
        let disk = Place {
            dataset: Some("mnist"),
            ..Place::default()
        };
        let (_, out) = pressed_at(Tool::Tiles, disk, file.clone());
        assert_eq!(
            out.effects,
            vec![ToolEffect::LoadTools { file: file.clone() }]
        );
        // a model of the address shown since: the file stays behind
        let address = Place {
            dataset: Some("mnist"),
            bundle: Some("weights/mnist/vae.safetensors"),
            ..Place::default()
        };
        let (_, out) = pressed_at(Tool::Tiles, address, file);
        assert_eq!(out.effects, vec![ToolEffect::LoadTools { file: None }]);
    }
}
