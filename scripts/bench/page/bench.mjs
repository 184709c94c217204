// The decode bench page (scripts/bench.sh browser; not deployed). One engine per page, named by
// ?engine=:
//   ours       the app's wasm (latent_web's Explorer: decode, decodeMany), ?glue= its glue file
//   tfjs-wasm  TF.js 4.22 on its wasm backend (SIMD; no threads: the page is not cross-origin
//              isolated, like the app's)
//   tfjs-cpu   TF.js 4.22 on its plain-JS cpu backend
//   js         a plain JavaScript loop over Float32Arrays
// Every engine runs the same decoder: the committed MNIST VAE's (weights/mnist/vae.safetensors,
// f16 → f32), 2-512-128-784, ReLU, ReLU, sigmoid (crates/core/src/model.rs). The TF.js and plain
// JS definitions here are the comparison's anchor, used by nothing else.
// Once ready, the page shows the decode at z = (0, 0) as its image and sets
// body[data-decodes="1"] (what the lighthouse section times as the anchor's first digit).
// window.bench: { ready, single(zs) → ms for one decode per point, batch(zs) → ms for one batched
// decode of all points, output(zs) → the decoded pixels as a plain array }.
const q = new URLSearchParams(location.search);
const engine = q.get('engine');
let sink = 0; // keeps results alive so no call can be skipped

async function decoderWeights() {
  const buf = await (await fetch('/weights/mnist/vae.safetensors')).arrayBuffer();
  const n = Number(new DataView(buf).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 8, n)));
  const get = (name) => {
    const t = header[name];
    if (t.dtype !== 'F16') throw new Error(`${name}: ${t.dtype}, expected F16`);
    const [a, b] = t.data_offsets;
    return { shape: t.shape, data: Float32Array.from(new Float16Array(buf.slice(8 + n + a, 8 + n + b))) };
  };
  const layers = ['hidden0', 'hidden1', 'out'].map((l) => ({ w: get(`decoder.${l}.weight`), b: get(`decoder.${l}.bias`) }));
  return { bytes: new Uint8Array(buf), layers };
}

async function ours(bytes) {
  const mod = await import(q.get('glue'));
  await mod.default();
  const ex = mod.Explorer.fromBytes(bytes, 'vae.safetensors');
  return {
    one: (z1, z2) => ex.decode(z1, z2),
    many: (zs) => ex.decodeMany(zs),
  };
}

async function tfjs(backend, layers) {
  const tf = window.tf;
  if (backend === 'wasm') {
    tf.wasm.setWasmPaths('/bench/node_modules/@tensorflow/tfjs-backend-wasm/dist/');
  }
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} did not start`);
  await tf.ready();
  // weights as [in, out] so each layer is one fused matMul + bias + activation
  const ws = layers.map(({ w, b }) => ({
    w: tf.tidy(() => tf.transpose(tf.tensor2d(w.data, w.shape))),
    b: tf.tensor1d(b.data),
  }));
  const acts = ['relu', 'relu', 'sigmoid'];
  const run = (zs, n) => {
    const y = tf.tidy(() => ws.reduce((h, { w, b }, i) => tf.fused.matMul({ a: h, b: w, bias: b, activation: acts[i] }), tf.tensor2d(zs, [n, 2])));
    const out = y.dataSync();
    y.dispose();
    return out;
  };
  return {
    one: (z1, z2) => run([z1, z2], 1),
    many: (zs) => run(zs, zs.length / 2),
    backend: tf.getBackend(),
    simd: backend === 'wasm' ? await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT') : null,
  };
}

function plainJs(layers) {
  const [l0, l1, l2] = layers;
  const [n0, n1, n2] = [l0.b.data.length, l1.b.data.length, l2.b.data.length];
  const h0 = new Float32Array(n0), h1 = new Float32Array(n1);
  const dense = (w, b, x, nin, out, nout, act) => {
    for (let j = 0; j < nout; j++) {
      let s = b[j];
      const o = j * nin;
      for (let k = 0; k < nin; k++) s += w[o + k] * x[k];
      out[j] = act(s);
    }
  };
  const relu = (v) => (v > 0 ? v : 0);
  const sigmoid = (v) => 1 / (1 + Math.exp(-v));
  const into = (z, out) => {
    dense(l0.w.data, l0.b.data, z, 2, h0, n0, relu);
    dense(l1.w.data, l1.b.data, h0, n0, h1, n1, relu);
    dense(l2.w.data, l2.b.data, h1, n1, out, n2, sigmoid);
  };
  return {
    one: (z1, z2) => { const out = new Float32Array(n2); into([z1, z2], out); return out; },
    many: (zs) => {
      const n = zs.length / 2, out = new Float32Array(n * n2);
      for (let i = 0; i < n; i++) into(zs.subarray(2 * i, 2 * i + 2), out.subarray(i * n2, (i + 1) * n2));
      return out;
    },
  };
}

async function start() {
  const { bytes, layers } = await decoderWeights();
  const e = engine === 'ours' ? await ours(bytes)
    : engine === 'tfjs-wasm' ? await tfjs('wasm', layers)
      : engine === 'tfjs-cpu' ? await tfjs('cpu', layers)
        : engine === 'js' ? plainJs(layers)
          : null;
  if (!e) throw new Error(`unknown engine ${engine}`);
  const f32 = (zs) => Float32Array.from(zs);
  return {
    info: { engine, backend: e.backend ?? null, simd: e.simd ?? null },
    single(zs) {
      const t = performance.now();
      for (let i = 0; i < zs.length; i += 2) sink += e.one(zs[i], zs[i + 1])[392];
      return performance.now() - t;
    },
    batch(zs) {
      const z = f32(zs);
      const t = performance.now();
      sink += e.many(z)[392];
      return performance.now() - t;
    },
    output: (zs) => Array.from(e.many(f32(zs))),
    outputOne: (z1, z2) => Array.from(e.one(z1, z2)),
    sink: () => sink,
  };
}

// the decode at z = (0, 0) shown as the page's image (an image, so that it can be Lighthouse's
// largest contentful paint, which a canvas cannot), then body[data-decodes="1"]
async function show(b) {
  const px = b.output([0, 0]);
  const img = new ImageData(28, 28);
  for (let i = 0; i < 784; i++) {
    const g = Math.round(255 * px[i]);
    img.data.set([g, g, g, 255], 4 * i);
  }
  const c = document.createElement('canvas');
  c.width = c.height = 28;
  c.getContext('2d').putImageData(img, 0, 0);
  const el = document.getElementById('digit');
  el.src = c.toDataURL();
  await el.decode();
  el.style.visibility = 'visible';
  document.body.dataset.decodes = '1';
}

window.bench = start().then(async (b) => { await show(b); window.benchReady = b; return b.info; }, (err) => { window.benchError = String(err?.stack ?? err); throw err; });
