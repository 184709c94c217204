//! Structure-aware fuzz test of every parser that reads outside input: the view bundle
//! ([`ViewBundle::from_bytes`], also the encoder and classifier loaders), the evolution index
//! ([`Evolution::from_bytes`]), the manifest ([`Manifest::parse`]) and the IDX reader
//! ([`idx::parse_images`], [`idx::parse_labels`]). (The image-folder import is fuzzed in
//! `crates/trainer/tests/fuzz_folder.rs`.)
//!
//! Each input is a real file mutated by a seeded generator: bit flips, truncations, byte
//! splices, header-length edits, and edits of the parsed header (a tensor's dtype, shape or
//! data offsets, a renamed, dropped or duplicated tensor, any value of the metadata JSON),
//! re-encoded or not. Starting files: a small view bundle and evolution index built here, the
//! committed manifest, small IDX files cut from the committed fixtures (raw and gzip'd), and —
//! a few hundred inputs each, as they are larger — a committed view file and the committed
//! gzip'd fixtures. Every input must end in `Ok` or an error whose message names the file;
//! a panic fails the test, naming the parser, the seed and the input's index, and the input is
//! written to `target/fuzz-failures/` for replay.
//!
//! `FUZZ_ITERS` sets the number of inputs (default 100,000, shared by the parsers in fixed
//! proportions), `FUZZ_SEED` the base seed (default 1):
//!
//! ```sh
//! FUZZ_ITERS=1000000 cargo test -p latent-core --test fuzz -- --nocapture
//! ```

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::evolution::{Evolution, EvolutionMeta, Frame, EVOLUTION_META_KEY};
use latent_core::bundle::{
    self,
    candle::{ClassifierBundle, EncoderBundle, ViewBundle},
    layout, write, BundleMeta, Manifest, FORMAT_VERSION,
};
use latent_core::idx;
use latent_core::latent_map::{Bounds, BoundsRule, ClassMap, Meshgrid};
use latent_core::model::{Autoencoder, AutoencoderConfig, ClassifierConfig};
use serde_json::Value;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Instant;

// ---- a small seeded generator (splitmix64) ---------------------------------------------------

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Numbers that tend to break size arithmetic.
const INTERESTING: &[u64] = &[
    0,
    1,
    2,
    3,
    7,
    8,
    255,
    256,
    65_535,
    (1 << 31) - 1,
    1 << 31,
    (1 << 32) - 1,
    1 << 32,
    (1 << 53) + 1,
    (1 << 62),
    u64::MAX / 2,
    u64::MAX - 7,
    u64::MAX,
];

// ---- generic byte mutations -------------------------------------------------------------------

fn flip_bits(rng: &mut Rng, b: &mut [u8], bias_end: usize) {
    if b.is_empty() {
        return;
    }
    for _ in 0..1 + rng.below(4) {
        // half of the flips land in the first `bias_end` bytes (the header)
        let at = if bias_end > 0 && rng.chance(0.5) {
            rng.below(bias_end.min(b.len()))
        } else {
            rng.below(b.len())
        };
        b[at] ^= 1 << rng.below(8);
    }
}

fn byte_mutation(rng: &mut Rng, mut b: Vec<u8>, bias_end: usize) -> (Vec<u8>, &'static str) {
    match rng.below(6) {
        0 => {
            flip_bits(rng, &mut b, bias_end);
            (b, "bit flips")
        }
        1 => {
            let n = if rng.chance(0.3) {
                rng.below(24.min(b.len() + 1))
            } else {
                rng.below(b.len() + 1)
            };
            b.truncate(n);
            (b, "truncation")
        }
        2 => {
            let at = rng.below(b.len() + 1);
            let n = 1 + rng.below(16);
            let ins: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            b.splice(at..at, ins);
            (b, "inserted bytes")
        }
        3 => {
            if !b.is_empty() {
                let at = rng.below(b.len());
                let n = (1 + rng.below(16)).min(b.len() - at);
                b.drain(at..at + n);
            }
            (b, "deleted bytes")
        }
        4 => {
            if !b.is_empty() {
                let at = rng.below(b.len());
                let v = *rng.pick(&[0u8, 0xff, 0x7f, 0x80, b'"', b'{', b'}', b'[', b']', b',']);
                b[at] = v;
            }
            (b, "byte set")
        }
        _ => {
            b.extend((0..1 + rng.below(32)).map(|_| rng.next() as u8));
            (b, "appended bytes")
        }
    }
}

// ---- safetensors-aware mutations --------------------------------------------------------------

/// The header length, header JSON and data section of a safetensors buffer.
fn split(bytes: &[u8]) -> Option<(Value, &[u8])> {
    let n = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?) as usize;
    let end = n.checked_add(8)?;
    let h = serde_json::from_slice(bytes.get(8..end)?).ok()?;
    Some((h, &bytes[end..]))
}

fn join(h: &Value, data: &[u8], pad: bool) -> Vec<u8> {
    let mut json = serde_json::to_vec(h).unwrap();
    if pad {
        json.resize(json.len().next_multiple_of(8), b' ');
    }
    let mut out = (json.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&json);
    out.extend_from_slice(data);
    out
}

fn interesting_number(rng: &mut Rng) -> Value {
    match rng.below(4) {
        0 => Value::from(*rng.pick(INTERESTING)),
        1 => Value::from(rng.below(40) as i64 - 4),
        2 => serde_json::json!(*rng.pick(&[-1.0, 0.5, 1e308, -1e308, 1e-320, 3.0e9])),
        _ => Value::from(rng.next()),
    }
}

fn random_value(rng: &mut Rng) -> Value {
    match rng.below(7) {
        0 | 1 => interesting_number(rng),
        2 => Value::from(*rng.pick(&["", "x", "f16", "F16", "BF16", "vae", "☃", "-1"])),
        3 => Value::Null,
        4 => Value::Bool(rng.chance(0.5)),
        5 => Value::Array((0..rng.below(4)).map(|_| interesting_number(rng)).collect()),
        _ => serde_json::json!({}),
    }
}

/// Replaces, removes or grows one randomly chosen node of `v` (any depth).
fn mutate_json(rng: &mut Rng, v: &mut Value, depth: usize) {
    let descend = depth < 6 && rng.chance(0.7);
    match v {
        Value::Object(m) if !m.is_empty() && descend => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = rng.pick(&keys).clone();
            match rng.below(8) {
                0 => {
                    m.remove(&k);
                }
                1 => {
                    let x = m[&k].clone();
                    m.insert(format!("{k}_"), x);
                }
                _ => mutate_json(rng, m.get_mut(&k).unwrap(), depth + 1),
            }
        }
        Value::Array(a) if !a.is_empty() && descend => match rng.below(6) {
            0 => {
                a.remove(rng.below(a.len()));
            }
            1 => {
                let x = a[rng.below(a.len())].clone();
                a.push(x);
            }
            2 => a.clear(),
            _ => {
                let i = rng.below(a.len());
                mutate_json(rng, &mut a[i], depth + 1)
            }
        },
        _ => *v = random_value(rng),
    }
}

const DTYPES: &[&str] = &[
    "F16", "BF16", "F32", "F64", "U8", "I8", "I16", "U16", "I32", "U32", "I64", "U64", "BOOL",
    "F8_E4M3", "F8_E5M2", "F4", "F6_E2M3", "E8M0", "X",
];

/// A structure-aware edit of a safetensors file: the header length, a tensor's entry, the
/// metadata JSON, or the data of one float tensor set to NaN / Inf. `meta_key` names the
/// metadata entry that holds JSON.
fn safetensors_mutation(rng: &mut Rng, bytes: &[u8], meta_key: &str) -> (Vec<u8>, &'static str) {
    let Some((mut h, data)) = split(bytes).filter(|(h, _)| h.is_object()) else {
        return byte_mutation(rng, bytes.to_vec(), 64);
    };
    let hlen = bytes.len() - data.len() - 8;
    let names: Vec<String> = h
        .as_object()
        .into_iter()
        .flat_map(|m| m.keys())
        .filter(|k| *k != "__metadata__")
        .cloned()
        .collect();
    if names.is_empty() {
        return byte_mutation(rng, bytes.to_vec(), 8 + hlen);
    }
    let name = rng.pick(&names).clone();
    // (an earlier mutation may have left an entry that is not a tensor's object)
    let entry_ok = h[&name].is_object()
        && h[&name]["data_offsets"]
            .as_array()
            .is_some_and(|a| a.len() == 2)
        && h["__metadata__"].is_object();
    if !entry_ok {
        return byte_mutation(rng, bytes.to_vec(), 8 + hlen);
    }
    let what = match rng.below(12) {
        0 => {
            // header length: an interesting value, or off by a little
            let n = if rng.chance(0.5) {
                *rng.pick(INTERESTING)
            } else {
                (hlen as i64 + rng.below(33) as i64 - 16).max(0) as u64
            };
            let mut b = bytes.to_vec();
            b[..8].copy_from_slice(&n.to_le_bytes());
            return (b, "header length");
        }
        1 => {
            h[&name]["dtype"] = Value::from(*rng.pick(DTYPES));
            "tensor dtype"
        }
        2 => {
            let shape = h[&name]["shape"].as_array().cloned().unwrap_or_default();
            let mut s: Vec<Value> = shape;
            match rng.below(5) {
                0 if !s.is_empty() => {
                    let i = rng.below(s.len());
                    s[i] = interesting_number(rng);
                }
                1 => s.push(Value::from(*rng.pick(&[0u64, 1, 2, 1 << 32]))),
                2 if !s.is_empty() => {
                    s.pop();
                }
                3 => s.reverse(),
                _ => s.clear(),
            }
            h[&name]["shape"] = Value::Array(s);
            "tensor shape"
        }
        3 => {
            let i = rng.below(2);
            let o = h[&name]["data_offsets"][i].as_u64().unwrap_or(0);
            h[&name]["data_offsets"][i] = if rng.chance(0.5) {
                Value::from(*rng.pick(INTERESTING))
            } else {
                Value::from(o.saturating_add(rng.below(17) as u64).saturating_sub(8))
            };
            "tensor data offsets"
        }
        4 => {
            let m = h.as_object_mut().unwrap();
            match rng.below(3) {
                0 => {
                    m.remove(&name);
                }
                1 => {
                    let x = m.remove(&name).unwrap();
                    m.insert(format!("{name}.x"), x);
                }
                _ => {
                    let x = m[&name].clone();
                    m.insert(format!("a.{name}"), x);
                }
            }
            "tensor renamed/removed/duplicated"
        }
        5..=7 => {
            // the JSON inside the metadata string
            let s = h["__metadata__"][meta_key]
                .as_str()
                .unwrap_or("{}")
                .to_string();
            match serde_json::from_str::<Value>(&s) {
                Ok(mut j) => {
                    for _ in 0..1 + rng.below(2) {
                        mutate_json(rng, &mut j, 0);
                    }
                    h["__metadata__"][meta_key] = Value::from(j.to_string());
                }
                Err(_) => h["__metadata__"][meta_key] = Value::from("{"),
            }
            "metadata JSON"
        }
        8 => {
            mutate_json(rng, &mut h, 0);
            "header JSON"
        }
        9 => {
            // a float tensor's values set to NaN / ±Inf
            let mut b = bytes.to_vec();
            let t = &h[&name];
            let dtype = t["dtype"].as_str().unwrap_or("");
            let (s, e) = (
                t["data_offsets"][0].as_u64().unwrap_or(0) as usize,
                t["data_offsets"][1].as_u64().unwrap_or(0) as usize,
            );
            let base = 8 + hlen;
            let pat: &[u8] = match dtype {
                "F16" => &[0x00, 0x7e],
                "F32" => &[0x00, 0x00, 0x80, 0x7f],
                _ => &[0xff],
            };
            if e > s && base + e <= b.len() {
                let k = rng.below((e - s) / pat.len()) * pat.len();
                b[base + s + k..base + s + k + pat.len()].copy_from_slice(pat);
            }
            return (b, "NaN/Inf values");
        }
        10 => {
            let mut b = bytes.to_vec();
            flip_bits(rng, &mut b[8..8 + hlen], hlen);
            return (b, "header bit flips");
        }
        _ => return byte_mutation(rng, bytes.to_vec(), 8 + hlen),
    };
    // re-encode; sometimes keep the old data but an unpadded header, sometimes cut the data
    let mut out = join(&h, data, rng.chance(0.8));
    if rng.chance(0.1) {
        let n = rng.below(out.len() + 1);
        out.truncate(n);
    }
    (out, what)
}

// ---- starting files -----------------------------------------------------------------------

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A view bundle with a tiny decoder (2-4-8-784) and a 4 × 3 map, plus its encoder file.
fn small_bundle() -> (Vec<u8>, Vec<u8>) {
    let dev = Device::Cpu;
    let cfg = AutoencoderConfig {
        encoder_hidden: vec![6],
        decoder_hidden: vec![4, 8],
        ..AutoencoderConfig::mnist_vae()
    };
    let vm = VarMap::new();
    let _ae = Autoencoder::new(&cfg, VarBuilder::from_varmap(&vm, DType::F32, &dev)).unwrap();
    let grid = Meshgrid::new(
        Bounds {
            min: [-3.0, -2.0],
            max: [3.0, 2.5],
        },
        4,
        3,
    )
    .unwrap();
    let map = ClassMap::new(
        grid,
        (0..12).map(|i| (i % 10) as u8).collect(),
        (0..12).map(|i| i as u8 * 20).collect(),
    )
    .unwrap();
    let meta = BundleMeta {
        format_version: FORMAT_VERSION,
        model: "fuzz-vae".into(),
        dataset: "mnist".into(),
        class_names: (0..10).map(|i| i.to_string()).collect(),
        autoencoder: Some(cfg),
        classifier: ClassifierConfig::default(),
        weights_dtype: "f16".into(),
        grid: Some(grid),
        bounds_rule: Some(BoundsRule::default()),
        seed: 7,
        epochs: 1,
        command: "latent-trainer fuzz".into(),
        metrics: BTreeMap::from([("test_neg_elbo_nats".into(), 150.5)]),
    };
    let all: Vec<(String, Tensor)> = vm
        .data()
        .lock()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_tensor().clone()))
        .collect();
    let all = write::with_dtype(all, DType::F16).unwrap();
    let (dec, enc): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(k, _)| k.starts_with("decoder."));
    let mut view = dec;
    view.extend(write::map_tensors(&map).unwrap());
    (
        write::to_safetensors(&view, &meta).unwrap(),
        write::to_safetensors(&enc, &meta).unwrap(),
    )
}

fn small_evolution() -> Vec<u8> {
    let frames: Vec<Frame> = (0..3)
        .map(|i| Frame {
            epoch: [0, 1, 4][i],
            test_loss: 500.0 - 100.0 * i as f64,
            map: ClassMap::new(
                Meshgrid::new(
                    Bounds {
                        min: [-1.0 - i as f32, -2.0],
                        max: [1.0, 2.0 + i as f32],
                    },
                    3,
                    2,
                )
                .unwrap(),
                vec![i as u8; 6],
                vec![200; 6],
            )
            .unwrap(),
            points: vec![[i as f32, 0.5], [-1.0, 2.0 * i as f32], [0.25, -0.75]],
        })
        .collect();
    Evolution {
        meta: EvolutionMeta {
            format_version: FORMAT_VERSION,
            model: "fuzz-vae".into(),
            dataset: "mnist".into(),
            class_names: vec!["a".into(), "b".into(), "c".into()],
            epochs: vec![0, 1, 4],
            test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
            loss_name: "−ELBO".into(),
            grid: [3, 2],
            bounds_policy: "per-epoch".into(),
            points: 3,
            frames: (0..3)
                .map(|i| format!("mnist/v.evolution/epoch-{i:04}.safetensors"))
                .collect(),
            command: "x".into(),
        },
        frames,
        labels: vec![2, 0, 1],
    }
    .to_bytes()
    .unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("crates/core/tests/fixtures").join(name)).unwrap()
}

fn gzip(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

/// The first `n` images (or labels) of an IDX file, as a raw IDX file.
fn idx_head(bytes: &[u8], dims: u8, n: u32) -> Vec<u8> {
    let header = 4 + 4 * dims as usize;
    let per: usize = (1..dims as usize)
        .map(|d| u32::from_be_bytes(bytes[4 + 4 * d..8 + 4 * d].try_into().unwrap()) as usize)
        .product();
    let mut out = bytes[..header].to_vec();
    out[4..8].copy_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&bytes[header..header + per * n as usize]);
    out
}

fn idx_mutation(rng: &mut Rng, bytes: &[u8]) -> (Vec<u8>, &'static str) {
    let mut b = bytes.to_vec();
    if b.len() < 8 || b[0] == 0x1f {
        return byte_mutation(rng, b, 16);
    }
    let dims = b[3] as usize;
    match rng.below(5) {
        0 => {
            let d = rng.below(dims.max(1));
            if 8 + 4 * d <= b.len() {
                let v = *rng.pick(INTERESTING) as u32;
                b[4 + 4 * d..8 + 4 * d].copy_from_slice(&v.to_be_bytes());
            }
            (b, "IDX dimension")
        }
        1 => {
            b[rng.below(4)] = *rng.pick(&[0u8, 1, 3, 8, 9, 0x0d, 0xff]);
            (b, "IDX magic")
        }
        2 => (gzip(&byte_mutation(rng, b, 16).0), "gzip of a mutated file"),
        3 => {
            let g = gzip(&b);
            (byte_mutation(rng, g, 16).0, "mutated gzip")
        }
        _ => byte_mutation(rng, b, 4 + 4 * dims),
    }
}

// ---- the harness ---------------------------------------------------------------------------

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

fn quiet_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
}

struct Failure {
    parser: &'static str,
    index: usize,
    mutation: &'static str,
    message: String,
    file: PathBuf,
}

#[derive(Default)]
struct Tally {
    inputs: usize,
    ok: usize,
    errors: usize,
    failures: Vec<Failure>,
}

type Parser = fn(&[u8]) -> Result<(), String>;

/// Runs `n` mutations of the `seeds` through `parse`; each input must give `Ok` or an error
/// naming `name`.
#[allow(clippy::too_many_arguments)]
fn run(
    tally: &mut Tally,
    parser: &'static str,
    seeds: &[Vec<u8>],
    n: usize,
    base_seed: u64,
    mutate: fn(&mut Rng, &[u8]) -> (Vec<u8>, &'static str),
    parse: Parser,
    name: &str,
) {
    let (ok0, err0, t0) = (tally.ok, tally.errors, Instant::now());
    let salt = parser
        .bytes()
        .fold(0u64, |h, c| h.wrapping_mul(31).wrapping_add(c as u64));
    for i in 0..n {
        let mut rng = Rng::new(base_seed ^ salt.wrapping_mul(0x100_0000_01b3) ^ (i as u64) << 20);
        let seed = &seeds[i % seeds.len()];
        let (input, mutation) = if i < seeds.len() {
            (seed.clone(), "none (the starting file)")
        } else {
            let (mut b, m) = mutate(&mut rng, seed);
            // sometimes stack a second mutation
            if rng.chance(0.15) {
                b = mutate(&mut rng, &b).0;
            }
            (b, m)
        };
        QUIET.with(|q| q.set(true));
        let r = panic::catch_unwind(AssertUnwindSafe(|| parse(&input)));
        QUIET.with(|q| q.set(false));
        tally.inputs += 1;
        let problem = match r {
            Ok(Ok(())) => {
                tally.ok += 1;
                None
            }
            Ok(Err(msg)) if msg.contains(name) && msg.len() > name.len() + 10 => {
                tally.errors += 1;
                None
            }
            Ok(Err(msg)) => Some(format!("error does not name the file or say why: {msg:?}")),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Some(format!("panic: {msg}"))
            }
        };
        if let Some(message) = problem {
            let dir = repo().join("target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{parser}-seed{base_seed}-{i}.bin"));
            let _ = std::fs::write(&file, &input);
            tally.failures.push(Failure {
                parser,
                index: i,
                mutation,
                message,
                file,
            });
        }
    }
    println!(
        "  {parser:<22} {n:>8} inputs: {:>7} Ok, {:>7} errors ({:.1} s)",
        tally.ok - ok0,
        tally.errors - err0,
        t0.elapsed().as_secs_f64()
    );
}

const VIEW: &str = "fuzz/view.safetensors";
const ENC: &str = "fuzz/view.encoder.safetensors";
const EVO: &str = "fuzz/view.evolution.safetensors";
const MANIFEST: &str = "fuzz/manifest.json";
const IMAGES: &str = "fuzz/images-idx3-ubyte";
const LABELS: &str = "fuzz/labels-idx1-ubyte";

fn parse_view(b: &[u8]) -> Result<(), String> {
    let v = ViewBundle::from_bytes(b, VIEW, &Device::Cpu).map_err(|e| e.to_string())?;
    // a bundle that loads must decode
    let px = v
        .decode([0.5, -0.25])
        .map_err(|e| format!("{VIEW}: decode: {e}"))?;
    if px.iter().any(|p| !p.is_finite()) {
        return Err(format!("{VIEW}: decoded a non-finite pixel"));
    }
    Ok(())
}

fn parse_any_bundle(b: &[u8]) -> Result<(), String> {
    // the view file's bytes through every loader (the encoder and classifier loaders share
    // the header and tensor readers)
    let _ = bundle::read_meta(b, VIEW).map_err(|e| e.to_string());
    let _ = EncoderBundle::from_bytes(b, VIEW, &Device::Cpu);
    let _ = ClassifierBundle::from_bytes(b, VIEW, &Device::Cpu);
    let _ = layout::misaligned(b);
    parse_view(b)
}

fn parse_encoder(b: &[u8]) -> Result<(), String> {
    let e = EncoderBundle::from_bytes(b, ENC, &Device::Cpu).map_err(|e| e.to_string())?;
    e.encode(&[0.5; 784], &Device::Cpu)
        .map(|_| ())
        .map_err(|e| format!("{ENC}: encode: {e}"))
}

fn parse_evolution(b: &[u8]) -> Result<(), String> {
    Evolution::from_bytes(b, EVO)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn parse_manifest(b: &[u8]) -> Result<(), String> {
    Manifest::parse(b, MANIFEST)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn parse_images(b: &[u8]) -> Result<(), String> {
    idx::parse_images(b.to_vec(), IMAGES)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn parse_labels(b: &[u8]) -> Result<(), String> {
    idx::parse_labels(b.to_vec(), LABELS)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn view_mutation(rng: &mut Rng, b: &[u8]) -> (Vec<u8>, &'static str) {
    safetensors_mutation(rng, b, bundle::META_KEY)
}

fn evolution_mutation(rng: &mut Rng, b: &[u8]) -> (Vec<u8>, &'static str) {
    safetensors_mutation(rng, b, EVOLUTION_META_KEY)
}

fn json_mutation(rng: &mut Rng, b: &[u8]) -> (Vec<u8>, &'static str) {
    match serde_json::from_slice::<Value>(b) {
        Ok(mut v) if rng.chance(0.6) => {
            for _ in 0..1 + rng.below(3) {
                mutate_json(rng, &mut v, 0);
            }
            (v.to_string().into_bytes(), "manifest JSON")
        }
        _ => byte_mutation(rng, b.to_vec(), b.len()),
    }
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

#[test]
fn every_parser_survives_mutated_input() {
    quiet_panics();
    let total = env("FUZZ_ITERS", 100_000) as usize;
    let seed = env("FUZZ_SEED", 1);
    let share = |per_mille: usize| (total * per_mille / 1000).max(1);
    let t0 = Instant::now();

    let (view, encoder) = small_bundle();
    let evo = small_evolution();
    let manifest = std::fs::read(repo().join("weights/manifest.json")).unwrap_or_else(|_| {
        br#"{"format_version":1,"bundles":[{"id":"a","dataset":"d","label":"A","view":"d/a.safetensors","view_bytes":1,"encoder":null}]}"#.to_vec()
    });
    let small_manifest = br#"{"format_version":1,"bundles":[{"id":"mnist-vae","dataset":"mnist","label":"VAE","view":"mnist/vae.safetensors","view_bytes":469968,"encoder":"mnist/vae.encoder.safetensors","dataset_label":"MNIST","summary":"s","evolution":{"index":"mnist/vae.evolution.safetensors","index_bytes":5,"epochs":[0,1]}}]}"#.to_vec();
    let images_gz = fixture("mnist-t1000-images-idx3-ubyte.gz");
    let labels_gz = fixture("mnist-t1000-labels-idx1-ubyte.gz");
    let images = idx::maybe_gunzip(images_gz.clone(), "f").unwrap();
    let labels = idx::maybe_gunzip(labels_gz.clone(), "f").unwrap();
    let small_images = idx_head(&images, 3, 3);
    let small_labels = idx_head(&labels, 1, 5);
    let committed_view = std::fs::read(repo().join("weights/mnist/vae.safetensors")).ok();

    let mut tally = Tally::default();
    let html = b"<!DOCTYPE html><html><body>Not found</body></html>".to_vec();
    let lfs = b"version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 469968\n".to_vec();
    let view_seeds = vec![view.clone(), html.clone(), lfs.clone()];
    run(
        &mut tally,
        "view",
        &view_seeds,
        share(330),
        seed,
        view_mutation,
        parse_view,
        VIEW,
    );
    run(
        &mut tally,
        "bundle-loaders",
        std::slice::from_ref(&view),
        share(40),
        seed,
        view_mutation,
        parse_any_bundle,
        VIEW,
    );
    run(
        &mut tally,
        "encoder",
        &[encoder],
        share(60),
        seed,
        view_mutation,
        parse_encoder,
        ENC,
    );
    run(
        &mut tally,
        "evolution",
        &[evo, html.clone()],
        share(220),
        seed,
        evolution_mutation,
        parse_evolution,
        EVO,
    );
    run(
        &mut tally,
        "manifest",
        &[manifest, small_manifest, html],
        share(150),
        seed,
        json_mutation,
        parse_manifest,
        MANIFEST,
    );
    run(
        &mut tally,
        "idx-images",
        &[small_images.clone(), gzip(&small_images)],
        share(100),
        seed,
        idx_mutation,
        parse_images,
        IMAGES,
    );
    run(
        &mut tally,
        "idx-labels",
        &[small_labels.clone(), gzip(&small_labels)],
        share(100),
        seed,
        idx_mutation,
        parse_labels,
        LABELS,
    );
    // larger real files: a few hundred inputs each
    if let Some(v) = committed_view {
        run(
            &mut tally,
            "view-committed",
            &[v],
            share(3),
            seed,
            view_mutation,
            parse_view,
            VIEW,
        );
    }
    run(
        &mut tally,
        "idx-images-committed",
        &[images_gz],
        share(1),
        seed,
        idx_mutation,
        parse_images,
        IMAGES,
    );
    run(
        &mut tally,
        "idx-labels-committed",
        &[labels_gz],
        share(1),
        seed,
        idx_mutation,
        parse_labels,
        LABELS,
    );

    let secs = t0.elapsed().as_secs_f64();
    println!(
        "fuzz: {} inputs in {secs:.1} s (seed {seed}): {} Ok, {} readable errors, {} failures",
        tally.inputs,
        tally.ok,
        tally.errors,
        tally.failures.len()
    );
    let report: Vec<String> = tally
        .failures
        .iter()
        .take(20)
        .map(|f| {
            format!(
                "  {} input {} (FUZZ_SEED={seed}, mutation: {}): {} [input: {}]",
                f.parser,
                f.index,
                f.mutation,
                f.message,
                f.file.display()
            )
        })
        .collect();
    assert!(
        tally.failures.is_empty(),
        "{} of {} inputs failed:\n{}",
        tally.failures.len(),
        tally.inputs,
        report.join("\n")
    );
    assert!(tally.inputs >= total * 99 / 100, "{} inputs", tally.inputs);
}
