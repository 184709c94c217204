//! Hand-written f32 kernels for the decoder's inference: a dense layer `y = x Wᵀ + b` (with an
//! optional ReLU) and the logistic sigmoid, chained into an [`Mlp`].
//!
//! Why not candle: for one latent point candle's matrix product and its ~10 tensor allocations
//! cost more than the 166,912 multiply-adds of the MNIST decoder, and the browser build is
//! optimised for size (`opt-level = "z"`), which makes candle's generic kernels slower still.
//! This crate has no generics, so `[profile.wasm-release.package.latent-kernels] opt-level = 3`
//! compiles all of it for speed; the loops are written so that LLVM vectorises them (wasm
//! `simd128`, SSE/AVX natively). Candle stays the engine for training and for the encoder and
//! classifier; `latent-core` builds an [`Mlp`] from its candle decoder and tests that both give
//! the same pixels within 1e-5.
//!
//! Layout: weights are given as candle and PyTorch store them (`[outputs, inputs]`, row-major)
//! and kept transposed (`[inputs, outputs]`), so each step of the inner loop multiplies one input
//! by a contiguous run of 16 weights and adds it to 16 outputs held in registers, for 4 rows at a
//! time (16 × 4 accumulators, no horizontal sums).
#![deny(missing_docs)]

/// Outputs computed together (four 4-wide vectors).
const COLS: usize = 16;
/// Rows (latent points) computed together.
const ROWS: usize = 4;

/// Why a layer could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ShapeError {}

/// A dense layer `y = x Wᵀ + b`: f32 `[rows, inputs]` → f32 `[rows, outputs]`.
#[derive(Debug, Clone)]
pub struct Dense {
    inputs: usize,
    outputs: usize,
    /// `Wᵀ`, f32 `[inputs, outputs]`, row-major.
    w_t: Vec<f32>,
    /// `b`, f32 `[outputs]`.
    b: Vec<f32>,
}

impl Dense {
    /// A layer from its weight `w` (f32 `[outputs, inputs]`, row-major, as candle's `Linear`)
    /// and bias `b` (f32 `[outputs]`).
    ///
    /// # Errors
    /// [`ShapeError`] if a size is zero or a slice's length does not match the sizes.
    pub fn new(w: &[f32], b: &[f32], inputs: usize, outputs: usize) -> Result<Self, ShapeError> {
        if inputs == 0 || outputs == 0 || w.len() != inputs * outputs || b.len() != outputs {
            return Err(ShapeError(format!(
                "dense layer {inputs} → {outputs}: weight has {} values (want {}), bias {} (want {outputs})",
                w.len(),
                inputs * outputs,
                b.len()
            )));
        }
        let mut w_t = vec![0.0; inputs * outputs];
        for o in 0..outputs {
            for i in 0..inputs {
                w_t[i * outputs + o] = w[o * inputs + i];
            }
        }
        Ok(Dense {
            inputs,
            outputs,
            w_t,
            b: b.to_vec(),
        })
    }

    /// Input width.
    pub fn inputs(&self) -> usize {
        self.inputs
    }

    /// Output width.
    pub fn outputs(&self) -> usize {
        self.outputs
    }

    /// `y = x Wᵀ + b` (then `max(y, 0)` if `relu`) for `x` f32 `[rows, inputs]`, into `y`
    /// f32 `[rows, outputs]` (overwritten), rows = `x.len() / inputs`.
    ///
    /// # Panics
    /// If `x` is not a whole number of rows or `y` has another length (callers size them).
    pub fn forward(&self, x: &[f32], y: &mut [f32], relu: bool) {
        let (n_in, n_out) = (self.inputs, self.outputs);
        assert_eq!(x.len() % n_in, 0, "input is not a whole number of rows");
        let rows = x.len() / n_in;
        assert_eq!(y.len(), rows * n_out, "output length");
        let full_cols = n_out / COLS * COLS;
        let mut r0 = 0;
        while r0 < rows {
            let nr = (rows - r0).min(ROWS);
            let xs = &x[r0 * n_in..(r0 + nr) * n_in];
            for c0 in (0..full_cols).step_by(COLS) {
                let mut acc = [[0f32; COLS]; ROWS];
                let bias: &[f32; COLS] = self.b[c0..c0 + COLS].try_into().expect("16 biases");
                for a in acc.iter_mut() {
                    *a = *bias;
                }
                if nr == ROWS {
                    block::<ROWS>(xs, &self.w_t, n_in, n_out, c0, &mut acc);
                } else {
                    for (r, a) in acc.iter_mut().enumerate().take(nr) {
                        block::<1>(
                            &xs[r * n_in..(r + 1) * n_in],
                            &self.w_t,
                            n_in,
                            n_out,
                            c0,
                            std::slice::from_mut(a).try_into().expect("one row"),
                        );
                    }
                }
                for (r, a) in acc.iter().enumerate().take(nr) {
                    let out = &mut y[(r0 + r) * n_out + c0..(r0 + r) * n_out + c0 + COLS];
                    for (o, &v) in out.iter_mut().zip(a) {
                        *o = if relu { v.max(0.0) } else { v };
                    }
                }
            }
            // outputs past the last whole block of 16
            for r in 0..nr {
                let xr = &xs[r * n_in..(r + 1) * n_in];
                for c in full_cols..n_out {
                    let mut v = self.b[c];
                    for (k, &xk) in xr.iter().enumerate() {
                        v += xk * self.w_t[k * n_out + c];
                    }
                    y[(r0 + r) * n_out + c] = if relu { v.max(0.0) } else { v };
                }
            }
            r0 += nr;
        }
    }
}

/// `acc[r][c] += Σ_k x[r, k] · Wᵀ[k, c0 + c]` for `R` rows and 16 outputs, with wasm's
/// 128-bit SIMD (LLVM does not vectorise the portable loop below for wasm32).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn block<const R: usize>(
    x: &[f32],
    w_t: &[f32],
    n_in: usize,
    n_out: usize,
    c0: usize,
    acc: &mut [[f32; COLS]; R],
) {
    use core::arch::wasm32::{f32x4, f32x4_add, f32x4_extract_lane, f32x4_mul, f32x4_splat, v128};
    let quad = |a: &[f32]| f32x4(a[0], a[1], a[2], a[3]);
    let mut v: [[v128; COLS / 4]; R] = [[f32x4_splat(0.0); COLS / 4]; R];
    for (vr, ar) in v.iter_mut().zip(acc.iter()) {
        for (q, vq) in vr.iter_mut().enumerate() {
            *vq = quad(&ar[q * 4..q * 4 + 4]);
        }
    }
    for k in 0..n_in {
        let w: &[f32; COLS] = w_t[k * n_out + c0..k * n_out + c0 + COLS]
            .try_into()
            .expect("16 weights");
        let wq: [v128; COLS / 4] = std::array::from_fn(|q| quad(&w[q * 4..q * 4 + 4]));
        for (r, vr) in v.iter_mut().enumerate() {
            let xk = f32x4_splat(x[r * n_in + k]);
            for (vq, &wv) in vr.iter_mut().zip(&wq) {
                *vq = f32x4_add(*vq, f32x4_mul(xk, wv));
            }
        }
    }
    for (vr, ar) in v.iter().zip(acc.iter_mut()) {
        for (q, &vq) in vr.iter().enumerate() {
            ar[q * 4] = f32x4_extract_lane::<0>(vq);
            ar[q * 4 + 1] = f32x4_extract_lane::<1>(vq);
            ar[q * 4 + 2] = f32x4_extract_lane::<2>(vq);
            ar[q * 4 + 3] = f32x4_extract_lane::<3>(vq);
        }
    }
}

/// `acc[r][c] += Σ_k x[r, k] · Wᵀ[k, c0 + c]` for `R` rows and 16 outputs.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline(always)]
fn block<const R: usize>(
    x: &[f32],
    w_t: &[f32],
    n_in: usize,
    n_out: usize,
    c0: usize,
    acc: &mut [[f32; COLS]; R],
) {
    for k in 0..n_in {
        let w: &[f32; COLS] = w_t[k * n_out + c0..k * n_out + c0 + COLS]
            .try_into()
            .expect("16 weights");
        for (r, a) in acc.iter_mut().enumerate() {
            let xk = x[r * n_in + k];
            for c in 0..COLS {
                a[c] += xk * w[c];
            }
        }
    }
}

/// The logistic sigmoid `1 / (1 + e^(−v))`, in place.
///
/// In wasm, four values at a time with Cephes' single-precision `exp` (range reduction by
/// `ln 2` in two parts and a degree-6 polynomial, relative error about 1e-7; Moshier, *Cephes
/// Math Library*, `expf.c`): the scalar `exp` of 784 pixels per image otherwise costs as much as
/// the decoder's matrix products.
pub fn sigmoid(v: &mut [f32]) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    let v = {
        let mut chunks = v.chunks_exact_mut(4);
        for c in &mut chunks {
            simd::sigmoid4(c.try_into().expect("4 values"));
        }
        chunks.into_remainder()
    };
    for x in v {
        *x = 1.0 / (1.0 + (-*x).exp());
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use core::arch::wasm32::*;

    /// `1 / (1 + e^(−v))` of four values, in place.
    #[inline(always)]
    pub fn sigmoid4(v: &mut [f32; 4]) {
        let x = f32x4(v[0], v[1], v[2], v[3]);
        let e = exp4(f32x4_neg(x));
        let s = f32x4_div(f32x4_splat(1.0), f32x4_add(f32x4_splat(1.0), e));
        v[0] = f32x4_extract_lane::<0>(s);
        v[1] = f32x4_extract_lane::<1>(s);
        v[2] = f32x4_extract_lane::<2>(s);
        v[3] = f32x4_extract_lane::<3>(s);
    }

    /// Cephes `expf` on four lanes.
    #[inline(always)]
    fn exp4(x: v128) -> v128 {
        let x = f32x4_min(f32x4_max(x, f32x4_splat(-87.0)), f32x4_splat(88.0));
        let n = f32x4_floor(f32x4_add(
            f32x4_mul(x, f32x4_splat(std::f32::consts::LOG2_E)),
            f32x4_splat(0.5),
        ));
        let r = f32x4_sub(x, f32x4_mul(n, f32x4_splat(0.693_359_4)));
        let r = f32x4_sub(r, f32x4_mul(n, f32x4_splat(-2.121_944_4e-4)));
        let mut y = f32x4_splat(1.987_569_1e-4);
        for c in [
            1.398_199_9e-3,
            8.333_452e-3,
            4.166_579_6e-2,
            1.666_666_5e-1,
            0.5, // Cephes: 5.0000001201e-1, which is 0.5 in f32
        ] {
            y = f32x4_add(f32x4_mul(y, r), f32x4_splat(c));
        }
        let y = f32x4_add(
            f32x4_add(f32x4_mul(f32x4_mul(y, r), r), r),
            f32x4_splat(1.0),
        );
        // 2ⁿ from the exponent bits
        let pow2 = i32x4_shl(i32x4_add(i32x4_trunc_sat_f32x4(n), i32x4_splat(127)), 23);
        f32x4_mul(y, pow2)
    }
}

/// A multilayer perceptron: dense layers with ReLU between them, the last one followed by the
/// sigmoid (the decoder of `latent-core`: f32 `[rows, latent]` → pixels in `[0, 1]`).
#[derive(Debug, Clone)]
pub struct Mlp {
    layers: Vec<Dense>,
}

impl Mlp {
    /// Chains `layers` (ReLU after each but the last, sigmoid after the last).
    ///
    /// # Errors
    /// [`ShapeError`] if there is no layer or one layer's outputs are not the next one's inputs.
    pub fn new(layers: Vec<Dense>) -> Result<Self, ShapeError> {
        if layers.is_empty() {
            return Err(ShapeError("an MLP needs at least one layer".into()));
        }
        for w in layers.windows(2) {
            if w[0].outputs != w[1].inputs {
                return Err(ShapeError(format!(
                    "a layer with {} outputs feeds one with {} inputs",
                    w[0].outputs, w[1].inputs
                )));
            }
        }
        Ok(Mlp { layers })
    }

    /// Input width.
    pub fn inputs(&self) -> usize {
        self.layers[0].inputs
    }

    /// Output width.
    pub fn outputs(&self) -> usize {
        self.layers[self.layers.len() - 1].outputs
    }

    /// The sigmoid outputs for `x` f32 `[rows, inputs]` (rows = `x.len() / inputs`):
    /// f32 `[rows, outputs]` in `[0, 1]`.
    ///
    /// # Panics
    /// If `x` is not a whole number of rows.
    pub fn forward(&self, x: &[f32]) -> Vec<f32> {
        let rows = x.len() / self.inputs();
        let mut h = x.to_vec();
        let last = self.layers.len() - 1;
        for (i, l) in self.layers.iter().enumerate() {
            let mut y = vec![0.0; rows * l.outputs];
            l.forward(&h, &mut y, i < last);
            h = y;
        }
        sigmoid(&mut h);
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependencies).
    fn values(n: usize, seed: u32) -> Vec<f32> {
        let mut s = seed.wrapping_mul(2_654_435_761).max(1);
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 17;
                s ^= s << 5;
                (s % 20_001) as f32 / 10_000.0 - 1.0
            })
            .collect()
    }

    fn naive(x: &[f32], w: &[f32], b: &[f32], n_in: usize, n_out: usize, relu: bool) -> Vec<f32> {
        let rows = x.len() / n_in;
        let mut y = vec![0.0; rows * n_out];
        for r in 0..rows {
            for o in 0..n_out {
                let mut v = b[o] as f64;
                for k in 0..n_in {
                    v += x[r * n_in + k] as f64 * w[o * n_in + k] as f64;
                }
                let v = v as f32;
                y[r * n_out + o] = if relu { v.max(0.0) } else { v };
            }
        }
        y
    }

    #[test]
    fn dense_equals_the_textbook_product_for_every_remainder() {
        // sizes that exercise whole blocks, leftover outputs and leftover rows
        for (n_in, n_out, rows) in [
            (2, 512, 1),
            (3, 17, 5),
            (128, 784, 9),
            (7, 16, 4),
            (5, 3, 2),
        ] {
            let w = values(n_in * n_out, 1 + n_in as u32);
            let b = values(n_out, 7);
            let x = values(rows * n_in, 3 + rows as u32);
            let d = Dense::new(&w, &b, n_in, n_out).unwrap();
            for relu in [false, true] {
                let mut y = vec![f32::NAN; rows * n_out];
                d.forward(&x, &mut y, relu);
                let want = naive(&x, &w, &b, n_in, n_out, relu);
                for (i, (a, e)) in y.iter().zip(&want).enumerate() {
                    assert!(
                        (a - e).abs() <= 1e-4 * e.abs().max(1.0),
                        "{n_in}→{n_out} ×{rows} [{i}]: {a} vs {e}"
                    );
                }
            }
        }
    }

    #[test]
    fn bad_shapes_are_named() {
        let e = Dense::new(&[0.0; 5], &[0.0; 2], 3, 2).unwrap_err();
        assert!(e.0.contains("weight has 5 values (want 6)"), "{e}");
        let a = Dense::new(&[0.0; 6], &[0.0; 2], 3, 2).unwrap();
        let b = Dense::new(&[0.0; 6], &[0.0; 3], 2, 3).unwrap();
        let e = Mlp::new(vec![a.clone(), a.clone()]).unwrap_err();
        assert!(e.0.contains("2 outputs feeds one with 3 inputs"), "{e}");
        let m = Mlp::new(vec![a, b]).unwrap();
        // zero weights and biases: every pixel is σ(0) = 0.5
        assert_eq!(m.forward(&[1.0, 2.0, 3.0]), vec![0.5; 3]);
    }
}
