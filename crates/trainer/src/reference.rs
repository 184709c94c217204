//! The browser test's reference decodes: fixed latent points decoded natively.

use anyhow::Result;
use candle_core::Device;
use latent_core::bundle::{write, ViewBundle};
use latent_core::latent_map::Meshgrid;
use std::path::Path;

/// The latent points whose decodes are stored as the browser test's reference: the origin,
/// two corners of the map, a cell centre and two arbitrary points inside the bounds.
pub fn reference_points(g: &Meshgrid) -> Vec<[f32; 2]> {
    vec![
        [0.0, 0.0],
        g.z_at(0.0, 0.0),
        g.z_at(1.0, 1.0),
        g.cell_centre(g.height / 2, g.width / 3),
        g.z_at(0.123_456, 0.654_321),
        g.z_at(0.9, 0.4),
    ]
}

/// Decodes [`reference_points`] natively with the view file at `bundle` and writes
/// `{"points": [{"z": [z₁, z₂], "pixels": [784 × f32]}, …]}` to `out`.
///
/// # Errors
/// Names the file that cannot be read or written, or is not a view file.
pub fn write_reference(bundle: &Path, out: &Path) -> Result<()> {
    let v = ViewBundle::read(bundle, &Device::Cpu)?;
    let points: Vec<serde_json::Value> = reference_points(&v.map.grid)
        .into_iter()
        .map(|z| Ok(serde_json::json!({"z": z, "pixels": v.decode(z)?})))
        .collect::<Result<_>>()?;
    let json = serde_json::json!({"points": points});
    write::atomic_write(
        out,
        format!("{}\n", serde_json::to_string(&json)?).as_bytes(),
    )?;
    Ok(())
}
