//! The view's form: the value each control's text gives the settings (with a line about a
//! value not used as typed, which is written back into the form), and the training limits
//! of the address.

use super::{Field, MapBy, TrainState};
use latent_i18n::t;

/// Stops training where the address says ([`latent_web_kit::train_limits`], the page's
/// reading too): `train_steps=<n>` (train until `n` steps) and `train_limit=<n>` (train on
/// the subset's first `n` images), for tests and demos; other keys and unreadable values are
/// ignored. `query` is the address's query, with or without its `?`.
pub fn set_limits(t: &mut TrainState, query: &str) {
    [t.until, t.settings.limit] = latent_web_kit::train_limits(query);
}

/// A decimal number as a student types it: `0.001`, or with the decimal comma of German,
/// French, Spanish or Portuguese, `0,001` (a single comma and no point).
fn decimal(v: &str) -> Result<f64, std::num::ParseFloatError> {
    if v.matches(',').count() == 1 && !v.contains('.') {
        v.replace(',', ".").parse()
    } else {
        v.parse()
    }
}

/// The control `field` now reads `v`.
pub(super) fn set_field(t: &mut TrainState, field: Field, v: &str) {
    let s = &mut t.settings;
    let v = v.trim();
    match field {
        Field::Dataset => {
            // the built-in datasets, each with a training subset
            if let Some(d) = latent_core::dataset::known(v) {
                s.dataset = d.id.to_string();
            }
        }
        Field::Design => {
            if let Ok(k) = v.parse() {
                s.kind = k;
            }
        }
        // a value the worker would not use is said, with the one kept (the form
        // alone would keep showing what was typed)
        Field::Beta => {
            t.notice = match decimal(v).map(|b| b as f32) {
                Ok(b) if b.is_finite() && (0.0..=100.0).contains(&b) => {
                    s.beta = b;
                    None
                }
                Ok(b) if b.is_finite() => {
                    s.beta = b.clamp(0.0, 100.0);
                    Some(t!("train-notice-beta-outside", typed = b, beta = s.beta))
                }
                _ => Some(t!(
                    "train-notice-beta-nan",
                    typed = latent_web_kit::quote(v),
                    beta = s.beta
                )),
            };
        }
        Field::Lr => {
            t.notice = match decimal(v) {
                Ok(lr) if lr > 0.0 && lr <= 0.1 => {
                    s.lr = lr;
                    None
                }
                Ok(lr) if lr > 0.1 && lr < 1.0 => {
                    s.lr = lr;
                    Some(t!("train-notice-lr-large", lr = lr))
                }
                _ => Some(t!(
                    "train-notice-lr-ignored",
                    typed = latent_web_kit::quote(v),
                    lr = s.lr
                )),
            };
        }
        Field::Batch => {
            t.notice = match v.parse::<usize>() {
                Ok(b) if (1..=1024).contains(&b) => {
                    s.batch_size = b;
                    None
                }
                Ok(b) => {
                    s.batch_size = b.clamp(1, 1024);
                    Some(t!(
                        "train-notice-batch-outside",
                        typed = b,
                        batch = s.batch_size
                    ))
                }
                Err(_) => Some(t!(
                    "train-notice-batch-ignored",
                    typed = latent_web_kit::quote(v),
                    batch = s.batch_size
                )),
            };
        }
        Field::Seed => {
            t.notice = match v.parse() {
                Ok(x) => {
                    s.seed = x;
                    None
                }
                // a seed is a name for a run, not an amount: its digits as they are (and a
                // u64 may exceed what an f64 holds exactly)
                Err(_) => Some(t!(
                    "train-notice-seed-ignored",
                    typed = latent_web_kit::quote(v),
                    seed = s.seed.to_string()
                )),
            };
        }
        Field::MapBy => {
            t.map_by = match v {
                "classifier" => MapBy::Classifier,
                _ => MapBy::Nearest,
            }
        }
    }
    // a value not used as typed is written back into the form, so the form shows
    // what training uses (the notice says why)
    let st = &t.settings;
    let kept = match field {
        Field::Beta => {
            (decimal(v).ok().map(|b| b as f32) != Some(st.beta)).then(|| st.beta.to_string())
        }
        Field::Lr => (decimal(v).ok() != Some(st.lr)).then(|| st.lr.to_string()),
        Field::Batch => {
            (v.parse::<usize>().ok() != Some(st.batch_size)).then(|| st.batch_size.to_string())
        }
        Field::Seed => (v.parse::<u64>().ok() != Some(st.seed)).then(|| st.seed.to_string()),
        _ => None,
    };
    if let Some(k) = kept {
        t.form_echo = (t.form_echo.0 + 1, Some((field, k)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_is_read_as_the_students_locale_writes_it() {
        assert_eq!(decimal("0,0005"), Ok(0.0005));
        assert_eq!(decimal("0.001"), Ok(0.001));
        assert!(decimal("1,000.5").is_err());
        assert!(decimal("1,2,3").is_err());
        let mut t = TrainState::default();
        set_field(&mut t, Field::Lr, "0,0005");
        assert_eq!(t.settings.lr, 0.0005);
        assert_eq!(t.notice, None);
        set_field(&mut t, Field::Beta, " 2,5 ");
        assert_eq!(t.settings.beta, 2.5);
        assert_eq!(t.notice, None);
    }
}
