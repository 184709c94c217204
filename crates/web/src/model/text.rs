//! Sentences and numbers as the page writes them: z, percentages, losses, dataset and class
//! names, zoom factors. (The metric labels and units are `latent_core::metrics`'.)

/// A display name for a dataset id, from the table of built-in datasets
/// ([`latent_core::dataset::find`]): `mnist` → `MNIST`, `fashion` or `fashion-mnist` →
/// `Fashion-MNIST`; any other id as it is.
pub fn dataset_name(id: &str) -> String {
    latent_core::dataset::find(id).map_or_else(|| id.into(), |d| d.name.into())
}

/// A test loss beside the epoch slider: `Test −ELBO 142.4 nats/image`.
pub fn loss_text(loss_name: &str, nats: f64) -> String {
    format!("Test {loss_name} {nats:.1} nats/image")
}

/// `z = (z₁, z₂)` with three decimals (ASCII minus, so the numbers parse).
pub fn z_text(z: [f32; 2]) -> String {
    let f = |x: f32| {
        let s = format!("{x:.3}");
        if s == "-0.000" {
            "0.000".to_string()
        } else {
            s
        }
    };
    format!("z = ({}, {})", f(z[0]), f(z[1]))
}

/// Confidence `[0, 1]` as a whole percentage, e.g. `97 %`.
pub fn percent(p: f32) -> String {
    format!("{:.0} %", p * 100.0)
}

/// The name of class `c`, or `?`.
pub fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}

/// A zoom factor as the page writes it: `4`, `2.5`.
pub fn zoom_text(k: f32) -> String {
    let s = format!("{k:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert_eq!(z_text([1.23456, -0.0001]), "z = (1.235, 0.000)");
        assert_eq!(z_text([-2.0, 0.5]), "z = (-2.000, 0.500)");
        assert_eq!(percent(0.973), "97 %");
        assert_eq!(dataset_name("mnist"), "MNIST");
        assert_eq!(dataset_name("fashion_mnist"), "Fashion-MNIST");
        assert_eq!(dataset_name("fashion"), "Fashion-MNIST");
        assert_eq!(dataset_name("shapes"), "shapes");
    }

    #[test]
    fn loss_line() {
        assert_eq!(loss_text("−ELBO", 142.357), "Test −ELBO 142.4 nats/image");
    }
}
