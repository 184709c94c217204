//! Hand-written f32 kernels for the page's inference (decoder, encoder, classifier): a dense
//! layer `y = x Wᵀ + b` (with a ReLU or the logistic sigmoid applied before storing), chained
//! into an [`Mlp`].
//!
//! Why not candle: for one latent point candle's matrix product and its ~10 tensor allocations
//! cost more than the 166,912 multiply-adds of the MNIST decoder, and the browser build is
//! optimised for size (`opt-level = "z"`), which makes candle's generic kernels slower still.
//! This crate has no generics, so `[profile.wasm-release.package.latent-kernels] opt-level = 3`
//! compiles all of it for speed; the loops are written so that LLVM vectorises them (wasm
//! `simd128`, SSE/AVX natively). Candle stays the engine for training; `latent-core`'s
//! `bundle::inference` builds the page's decoder ([`Mlp`]), encoder and classifier (its
//! convolutions as [`Dense`] layers over 3 × 3 patches) on these kernels, and tests that they
//! give candle's outputs within 1e-5.
//!
//! Layout: weights are given as candle and PyTorch store them (`[outputs, inputs]`, row-major)
//! and kept packed in panels of 8 outputs: panel `p` holds `Wᵀ[k, 8p..8p + 8]` for every input
//! `k`, contiguous (`[panels, inputs, 8]`, the last panel padded with zeros), so the inner loop
//! reads one panel front to back. A tile is 4 rows (latent points) × 8 outputs: 8 four-lane
//! accumulators, two weight vectors and one broadcast input per step, within the 15 vector
//! registers that V8 allocates for wasm SIMD on x86-64 (the shape of XNNPACK's `4x8` wasm SIMD
//! f32 GEMM). In wasm the panels are stored as `v128` so that each weight vector is one
//! `v128.load` (from `f32` slices LLVM assembled them lane by lane). Bias, ReLU and the sigmoid
//! are applied to the accumulators before they are stored.
//!
//! Measured in Node 20 (V8 11.3, x86-64), 1,024 points of the MNIST decoder: the matrix
//! products run at about 19 G multiply-adds/s, and V8's code for the inner loop has no spills
//! (per input: 2 + 4 loads, 8 `mulps`, 8 `addps`, a few scalar instructions; wasm SIMD has no
//! fused multiply-add). Tiles of 5 × 8 and 6 × 8 took 1.3–1.5× as long; unrolling the inner
//! loop by 4 (inputs read four at a time) 1.15×; rows interleaved for the broadcasts, and
//! panels kept in L1 over 32 rows, were no faster. The earlier 4 × 16 tile over an unpacked
//! `Wᵀ` (16 accumulators, bounds checks in the inner loop, ReLU by calls to `fmaxf`) took 1.8×
//! as long.
#![deny(missing_docs)]

/// Outputs per weight panel (two four-lane vectors).
const NR: usize = 8;
/// Rows (latent points) per tile.
const MR: usize = 4;
/// Rows that [`Mlp::forward`] takes through all layers at a time (their hidden activations stay
/// in the cache instead of megabytes of intermediates for a batch of 1,024).
const CHUNK: usize = 64;

/// Why a layer could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ShapeError {}

/// What a layer applies to `x Wᵀ + b` before storing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// Nothing: `y = x Wᵀ + b`.
    Linear,
    /// `max(y, 0)`.
    Relu,
    /// The logistic sigmoid `1 / (1 + e^(−y))` (see [`sigmoid`]).
    Sigmoid,
}

/// A dense layer `y = x Wᵀ + b`: f32 `[rows, inputs]` → f32 `[rows, outputs]`.
#[derive(Debug, Clone)]
pub struct Dense {
    inputs: usize,
    outputs: usize,
    /// `Wᵀ` in panels of 8 outputs: f32 `[⌈outputs / 8⌉, inputs, 8]`, zero-padded, as
    /// groups of four (wasm vectors in wasm, so the kernels load them whole).
    packed: Vec<kernel::Quad>,
    /// `b`, f32 `[⌈outputs / 8⌉ · 8]`, zero-padded, as groups of four.
    b: Vec<kernel::Quad>,
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
        let panels = outputs.div_ceil(NR);
        let mut packed = vec![0.0; panels * inputs * NR];
        for (o, row) in w.chunks_exact(inputs).enumerate() {
            let (p, j) = (o / NR, o % NR);
            for (k, &v) in row.iter().enumerate() {
                packed[(p * inputs + k) * NR + j] = v;
            }
        }
        let mut bias = vec![0.0; panels * NR];
        bias[..outputs].copy_from_slice(b);
        let quads = |v: Vec<f32>| {
            v.chunks_exact(4)
                .map(|q| kernel::quad(q.try_into().expect("4 values")))
                .collect()
        };
        Ok(Dense {
            inputs,
            outputs,
            packed: quads(packed),
            b: quads(bias),
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

    /// `act(x Wᵀ + b)` for `x` f32 `[rows, inputs]`, into `y` f32 `[rows, outputs]`
    /// (overwritten), rows = `x.len() / inputs`.
    ///
    /// # Panics
    /// If `x` is not a whole number of rows or `y` has another length (callers size them).
    pub fn forward(&self, x: &[f32], y: &mut [f32], act: Activation) {
        let (n_in, n_out) = (self.inputs, self.outputs);
        assert_eq!(x.len() % n_in, 0, "input is not a whole number of rows");
        let rows = x.len() / n_in;
        assert_eq!(y.len(), rows * n_out, "output length");
        let mut xb = x.chunks_exact(MR * n_in);
        let mut yb = y.chunks_exact_mut(MR * n_out);
        for (xs, ys) in (&mut xb).zip(&mut yb) {
            let (x0, r) = xs.split_at(n_in);
            let (x1, r) = r.split_at(n_in);
            let (x2, x3) = r.split_at(n_in);
            let (y0, r) = ys.split_at_mut(n_out);
            let (y1, r) = r.split_at_mut(n_out);
            let (y2, y3) = r.split_at_mut(n_out);
            let panels = self
                .packed
                .chunks_exact(n_in * NR / 4)
                .zip(self.b.chunks_exact(NR / 4));
            for (p, (panel, bias)) in panels.enumerate() {
                let t = kernel::tile4([x0, x1, x2, x3], panel, bias, act);
                let c0 = p * NR;
                for (yr, tr) in [&mut *y0, &mut *y1, &mut *y2, &mut *y3].into_iter().zip(&t) {
                    store(yr, c0, tr);
                }
            }
        }
        for (xr, yr) in xb
            .remainder()
            .chunks_exact(n_in)
            .zip(yb.into_remainder().chunks_exact_mut(n_out))
        {
            let panels = self
                .packed
                .chunks_exact(n_in * NR / 4)
                .zip(self.b.chunks_exact(NR / 4));
            for (p, (panel, bias)) in panels.enumerate() {
                store(yr, p * NR, &kernel::tile1(xr, panel, bias, act));
            }
        }
    }
}

/// Writes a panel's 8 outputs to `y[c0..]` (fewer at the end of the row).
#[inline(always)]
fn store(y: &mut [f32], c0: usize, t: &[f32; NR]) {
    if c0 + NR <= y.len() {
        y[c0..c0 + NR].copy_from_slice(t);
    } else {
        let n = y.len() - c0;
        y[c0..].copy_from_slice(&t[..n]);
    }
}

/// The tiles with wasm's 128-bit SIMD (LLVM does not vectorise the portable loops for wasm32).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod kernel {
    use super::{Activation, NR};
    use core::arch::wasm32::*;

    /// Four weights or biases, one vector.
    pub type Quad = v128;

    /// Four f32 as one vector.
    #[inline(always)]
    pub fn quad(a: [f32; 4]) -> Quad {
        f32x4(a[0], a[1], a[2], a[3])
    }

    /// The activation of the accumulators `v` (outputs 0–3, 4–7) as 8 values.
    #[inline(always)]
    fn finish(v: [v128; 2], act: Activation) -> [f32; NR] {
        let v = match act {
            Activation::Linear => v,
            Activation::Relu => {
                let z = f32x4_splat(0.0);
                [f32x4_pmax(z, v[0]), f32x4_pmax(z, v[1])]
            }
            Activation::Sigmoid => [sigmoid4(v[0]), sigmoid4(v[1])],
        };
        let l = |q: v128| {
            [
                f32x4_extract_lane::<0>(q),
                f32x4_extract_lane::<1>(q),
                f32x4_extract_lane::<2>(q),
                f32x4_extract_lane::<3>(q),
            ]
        };
        let (a, b) = (l(v[0]), l(v[1]));
        [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
    }

    /// `act(Σ_k x[r][k] · panel[k] + bias)` for 4 rows `x` and one panel (`[inputs, 2]`
    /// quads: 8 outputs).
    #[inline(always)]
    pub fn tile4(x: [&[f32]; 4], panel: &[Quad], bias: &[Quad], act: Activation) -> [[f32; NR]; 4] {
        let n = panel.len() / 2;
        let [x0, x1, x2, x3] = x;
        let (x0, x1, x2, x3) = (&x0[..n], &x1[..n], &x2[..n], &x3[..n]);
        let mut a = [[bias[0], bias[1]]; 4];
        // one input at a time: broadcast from memory (wasm `v128.load32_splat`)
        let rows = x0.iter().zip(x1).zip(x2).zip(x3);
        for (w, (((&v0, &v1), &v2), &v3)) in panel.chunks_exact(2).zip(rows) {
            let (wl, wh) = (w[0], w[1]);
            for (ar, v) in a.iter_mut().zip([v0, v1, v2, v3]) {
                let s = f32x4_splat(v);
                ar[0] = f32x4_add(ar[0], f32x4_mul(s, wl));
                ar[1] = f32x4_add(ar[1], f32x4_mul(s, wh));
            }
        }
        a.map(|ar| finish(ar, act))
    }

    /// [`tile4`] for one row.
    #[inline(always)]
    pub fn tile1(x: &[f32], panel: &[Quad], bias: &[Quad], act: Activation) -> [f32; NR] {
        let mut a = [bias[0], bias[1]];
        for (w, &xk) in panel.chunks_exact(2).zip(x) {
            let s = f32x4_splat(xk);
            a[0] = f32x4_add(a[0], f32x4_mul(s, w[0]));
            a[1] = f32x4_add(a[1], f32x4_mul(s, w[1]));
        }
        finish(a, act)
    }

    /// `1 / (1 + e^(−v))` on four lanes.
    #[inline(always)]
    pub fn sigmoid4(v: v128) -> v128 {
        let e = exp4(f32x4_neg(v));
        f32x4_div(f32x4_splat(1.0), f32x4_add(f32x4_splat(1.0), e))
    }

    /// `eˣ` on four lanes: `x = n ln 2 + r` with `ln 2` in two parts as in Cephes' `expf` (`n`
    /// rounded to nearest by adding 1.5 · 2²³, whose low mantissa bits then hold `n`; 2ⁿ from
    /// those bits), `eʳ` by the degree-5 polynomial of XNNPACK's f32 sigmoid kernels
    /// (`rr2_p5`).
    #[inline(always)]
    fn exp4(x: v128) -> v128 {
        let x = f32x4_pmin(f32x4_pmax(x, f32x4_splat(-87.0)), f32x4_splat(88.0));
        const MAGIC: f32 = 12_582_912.0; // 1.5 · 2²³
        let t = f32x4_add(
            f32x4_mul(x, f32x4_splat(std::f32::consts::LOG2_E)),
            f32x4_splat(MAGIC),
        );
        let n = f32x4_sub(t, f32x4_splat(MAGIC));
        let r = f32x4_sub(x, f32x4_mul(n, f32x4_splat(0.693_359_4)));
        let r = f32x4_sub(r, f32x4_mul(n, f32x4_splat(-2.121_944_4e-4)));
        // eʳ ≈ 1 + r·(c1 + r·(c2 + r·(c3 + r·(c4 + r·c5)))) on |r| ≤ ln 2 / 2 (XNNPACK's `p5`)
        let mut y = f32x4_splat(f32::from_bits(0x3c07_cfce)); // c5 = 0x1.0F9F9Cp-7
        for c in [
            0x3d2b_9d0d_u32, // c4 = 0x1.573A1Ap-5
            0x3e2a_ad40,     // c3 = 0x1.555A80p-3
            0x3eff_fee3,     // c2 = 0x1.FFFDC6p-2
            0x3f7f_fffb,     // c1 = 0x1.FFFFF6p-1
        ] {
            y = f32x4_add(f32x4_mul(y, r), f32x4_splat(f32::from_bits(c)));
        }
        let y = f32x4_add(f32x4_mul(y, r), f32x4_splat(1.0));
        // 2ⁿ: the low bits of t are 0x40_0000 + n; shifted by 23, with the exponent bias
        let pow2 = i32x4_shl(i32x4_add(t, i32x4_splat(127)), 23);
        f32x4_mul(y, pow2)
    }
}

/// The tiles in portable Rust (LLVM vectorises them natively).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
mod kernel {
    use super::{Activation, NR};

    /// Four weights or biases.
    pub type Quad = [f32; 4];

    /// Four f32 as a [`Quad`].
    #[inline(always)]
    pub fn quad(a: [f32; 4]) -> Quad {
        a
    }

    #[inline(always)]
    fn finish(mut v: [f32; NR], act: Activation) -> [f32; NR] {
        match act {
            Activation::Linear => {}
            Activation::Relu => v.iter_mut().for_each(|x| *x = x.max(0.0)),
            Activation::Sigmoid => v.iter_mut().for_each(|x| *x = 1.0 / (1.0 + (-*x).exp())),
        }
        v
    }

    /// `act(Σ_k x[r][k] · panel[k] + bias)` for 4 rows `x` and one panel (f32 `[inputs, 8]`).
    #[inline(always)]
    pub fn tile4(x: [&[f32]; 4], panel: &[Quad], bias: &[Quad], act: Activation) -> [[f32; NR]; 4] {
        let panel = panel.as_flattened();
        let bias: [f32; NR] = bias.as_flattened().try_into().expect("8 biases");
        let mut a = [bias; 4];
        for (k, w) in panel.chunks_exact(NR).enumerate() {
            for (ar, xr) in a.iter_mut().zip(x) {
                let xk = xr[k];
                for (v, &wj) in ar.iter_mut().zip(w) {
                    *v += xk * wj;
                }
            }
        }
        a.map(|ar| finish(ar, act))
    }

    /// [`tile4`] for one row.
    #[inline(always)]
    pub fn tile1(x: &[f32], panel: &[Quad], bias: &[Quad], act: Activation) -> [f32; NR] {
        let panel = panel.as_flattened();
        let mut a: [f32; NR] = bias.as_flattened().try_into().expect("8 biases");
        for (w, &xk) in panel.chunks_exact(NR).zip(x) {
            for (v, &wj) in a.iter_mut().zip(w) {
                *v += xk * wj;
            }
        }
        finish(a, act)
    }
}

/// The logistic sigmoid `1 / (1 + e^(−v))`, in place.
///
/// In wasm, four values at a time: range reduction by `ln 2` in two parts as in Cephes'
/// single-precision `exp` (Moshier, *Cephes Math Library*, `expf.c`), then `eʳ` by the degree-5
/// polynomial of XNNPACK's f32 sigmoid (`rr2_p5`); largest error 9.2e-8 against an f64 sigmoid
/// over [−100, 100] (Cephes' degree-7 polynomial, used before: 8.9e-8, and 25 % slower in V8).
/// The scalar `exp` of 784 pixels per image otherwise costs as much as the decoder's matrix
/// products. The last layer of an [`Mlp`] applies it before storing.
pub fn sigmoid(v: &mut [f32]) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    let v = {
        use core::arch::wasm32::{f32x4, f32x4_extract_lane};
        let mut chunks = v.chunks_exact_mut(4);
        for c in &mut chunks {
            let s = kernel::sigmoid4(f32x4(c[0], c[1], c[2], c[3]));
            c[0] = f32x4_extract_lane::<0>(s);
            c[1] = f32x4_extract_lane::<1>(s);
            c[2] = f32x4_extract_lane::<2>(s);
            c[3] = f32x4_extract_lane::<3>(s);
        }
        chunks.into_remainder()
    };
    for x in v {
        *x = 1.0 / (1.0 + (-*x).exp());
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
        let (n_in, n_out) = (self.inputs(), self.outputs());
        assert_eq!(x.len() % n_in, 0, "input is not a whole number of rows");
        let rows = x.len() / n_in;
        let mut out = vec![0.0; rows * n_out];
        let last = self.layers.len() - 1;
        let widest = self.layers[..last]
            .iter()
            .map(|l| l.outputs)
            .max()
            .unwrap_or(0);
        let chunk = CHUNK.min(rows);
        // the hidden layers' outputs of one chunk: the latest in `a`
        let (mut a, mut b) = (vec![0.0; chunk * widest], vec![0.0; chunk * widest]);
        for (xc, yc) in x.chunks(CHUNK * n_in).zip(out.chunks_mut(CHUNK * n_out)) {
            let r = xc.len() / n_in;
            for (i, l) in self.layers.iter().enumerate() {
                let (x_len, y_len) = (r * l.inputs, r * l.outputs);
                match (i == 0, i == last) {
                    (true, true) => l.forward(xc, yc, Activation::Sigmoid),
                    (true, false) => l.forward(xc, &mut a[..y_len], Activation::Relu),
                    (false, true) => l.forward(&a[..x_len], yc, Activation::Sigmoid),
                    (false, false) => {
                        l.forward(&a[..x_len], &mut b[..y_len], Activation::Relu);
                        std::mem::swap(&mut a, &mut b);
                    }
                }
            }
        }
        out
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
    fn dense_equals_the_textbook_product_for_every_remainder_and_activation() {
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
            for act in [Activation::Linear, Activation::Relu, Activation::Sigmoid] {
                let mut y = vec![f32::NAN; rows * n_out];
                d.forward(&x, &mut y, act);
                let mut want = naive(&x, &w, &b, n_in, n_out, act == Activation::Relu);
                if act == Activation::Sigmoid {
                    want.iter_mut().for_each(|v| *v = 1.0 / (1.0 + (-*v).exp()));
                }
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
    fn mlp_equals_the_textbook_layers_across_chunks() {
        // more rows than one chunk, the last chunk not a whole number of tiles
        let sizes = [3, 20, 9, 13];
        let rows = CHUNK + 6;
        let layers: Vec<(Vec<f32>, Vec<f32>)> = sizes
            .windows(2)
            .enumerate()
            .map(|(i, s)| {
                (
                    values(s[0] * s[1], 11 + i as u32),
                    values(s[1], 17 + i as u32),
                )
            })
            .collect();
        let m = Mlp::new(
            layers
                .iter()
                .zip(sizes.windows(2))
                .map(|((w, b), s)| Dense::new(w, b, s[0], s[1]).unwrap())
                .collect(),
        )
        .unwrap();
        let x = values(rows * sizes[0], 5);
        let mut want = x.clone();
        for (i, ((w, b), s)) in layers.iter().zip(sizes.windows(2)).enumerate() {
            want = naive(&want, w, b, s[0], s[1], i + 2 < sizes.len());
        }
        let got = m.forward(&x);
        assert_eq!(got.len(), rows * sizes[3]);
        for (i, (a, e)) in got.iter().zip(&want).enumerate() {
            let e = 1.0 / (1.0 + (-e).exp());
            assert!((a - e).abs() <= 1e-5, "[{i}]: {a} vs {e}");
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
