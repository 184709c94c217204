// Training speed in headless Chromium: the training view's worker (latent-train-worker, candle in
// wasm) against TensorFlow.js (its wasm backend, SIMD, one thread: the page is not cross-origin
// isolated, so neither gets threads) training the same model — the shipped MNIST VAE, encoder
// 784-512-256 → 2 (μ, log σ²), decoder 2-512-128-784, Bernoulli loss summed over pixels + KL, Adam
// 10⁻³, batch 128 — on the same data (the committed MNIST training subset), each in a Web Worker.
//
//   node scripts/bench/train-speed.mjs DIST [STEPS]      (scripts/bench.sh runs it)
//
// Prints images/s of each (after warm-up) and the ratio our seconds per image ÷ TF.js seconds per
// image (≤ 1.0: we are at least as fast).
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const E2E = path.resolve(here, '..', '..', 'e2e', 'node_modules');
const { chromium } = await import(path.join(E2E, 'playwright-core', 'index.mjs'));
const { default: sirv } = await import(path.join(E2E, 'sirv', 'build.mjs'));

const DIST = path.resolve(process.argv[2] ?? 'dist');
// the worker script's content-hashed name in a built site (train-worker-<hash>.js)
const WORKER = fs.readdirSync(DIST).find((f) => /^train-worker(-[0-9a-f]{12})?\.js$/.test(f));
if (!WORKER) throw new Error(`${DIST} holds no train-worker script (build it with scripts/build-site.sh)`);
const STEPS = Number(process.argv[3] ?? 200);
const BATCH = 128;
const site = sirv(DIST, { dev: true });
const tfjs = sirv(path.join(here, 'node_modules', '@tensorflow'), { dev: true });

// The TF.js side, a classic worker: the same architecture, initialisation (uniform ±1/√fan_in),
// loss and optimiser as latent-core's training step.
const TFJS_WORKER = `
importScripts('/__tfjs/tfjs/dist/tf.min.js', '/__tfjs/tfjs-backend-wasm/dist/tf-backend-wasm.min.js');
onmessage = async (e) => {
  const { steps, batch } = e.data;
  tf.wasm.setWasmPaths('/__tfjs/tfjs-backend-wasm/dist/');
  await tf.setBackend('wasm');
  await tf.ready();
  const buf = new Uint8Array(await (await fetch('/weights/mnist/train-subset.safetensors')).arrayBuffer());
  const n = Number(new DataView(buf.buffer).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + n)));
  const [a, b] = header.images.data_offsets;
  const px = buf.subarray(8 + n + a, 8 + n + b);
  const N = px.length / 784;
  const X = tf.tensor2d(Float32Array.from(px, (v) => v / 255), [N, 784]);
  const dense = (i, o) => { const s = 1 / Math.sqrt(i); return [tf.variable(tf.randomUniform([i, o], -s, s)), tf.variable(tf.randomUniform([o], -s, s))]; };
  const e1 = dense(784, 512), e2 = dense(512, 256), mu = dense(256, 2), lv = dense(256, 2);
  const d1 = dense(2, 512), d2 = dense(512, 128), out = dense(128, 784);
  const lin = (x, [w, b]) => tf.add(tf.matMul(x, w), b);
  const opt = tf.train.adam(1e-3);
  const loss = (x) => () => {
    const h = tf.relu(lin(tf.relu(lin(x, e1)), e2));
    const m = lin(h, mu), l = lin(h, lv);
    const z = tf.add(m, tf.mul(tf.exp(tf.mul(l, 0.5)), tf.randomNormal(m.shape)));
    const logits = lin(tf.relu(lin(tf.relu(lin(z, d1)), d2)), out);
    const bce = tf.sum(tf.add(tf.sub(tf.relu(logits), tf.mul(logits, x)), tf.log1p(tf.exp(tf.neg(tf.abs(logits))))), 1);
    const kl = tf.mul(-0.5, tf.sum(tf.sub(tf.sub(tf.add(l, 1), tf.square(m)), tf.exp(l)), 1));
    return tf.mean(tf.add(bce, kl));
  };
  const perm = Array.from(tf.util.createShuffledIndices(N));
  let at = 0, last = 0;
  const step = async () => {
    if (at + batch > N) at = 0;
    const x = tf.tidy(() => tf.gather(X, tf.tensor1d(perm.slice(at, at + batch), 'int32')));
    at += batch;
    const cost = opt.minimize(loss(x), true);
    last = (await cost.data())[0];
    cost.dispose(); x.dispose();
  };
  for (let i = 0; i < 5; i++) await step();
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) await step();
  const s = (performance.now() - t0) / 1000;
  postMessage({ imagesPerSecond: steps * batch / s, seconds: s, loss: last, backend: tf.getBackend() });
};`;

const server = http.createServer((req, res) => {
  if (req.url === '/__bench/tfjs-worker.js') {
    res.setHeader('content-type', 'text/javascript');
    return res.end(TFJS_WORKER);
  }
  if (req.url.startsWith('/__tfjs/')) {
    req.url = req.url.slice('/__tfjs'.length);
    return tfjs(req, res, () => { res.statusCode = 404; res.end(); });
  }
  site(req, res, () => { res.statusCode = 404; res.end(); });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(url);

// ours: the page's worker script, trained for 5 + STEPS steps; the reports' images/s cover the
// training slices only (not the reports' test-set encoding), as the TF.js timing covers steps only
const ours = await page.evaluate(({ steps, batch, worker }) => new Promise((resolve, reject) => {
  const w = new Worker(worker, { type: 'module' });
  const reports = [];
  w.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'error') reject(new Error(m.text));
    if (m.type !== 'report') return;
    const r = JSON.parse(m.report);
    reports.push(r);
    if (!m.running) {
      w.terminate();
      const timed = reports.filter((x) => x.images_per_second).slice(1); // the first slice warms up
      const ips = timed.map((x) => x.images_per_second).sort((a, b) => a - b);
      resolve({ imagesPerSecond: ips[ips.length >> 1], slices: ips.length, loss: r.train_loss });
    }
  };
  const settings = JSON.stringify({ dataset: 'mnist', kind: 'vae', beta: 1, lr: 1e-3, batch_size: batch, seed: 1 });
  w.postMessage({ type: 'init', settings, subset: 'weights/mnist/train-subset.safetensors', test: 'weights/mnist/test-images.safetensors' });
  w.postMessage({ type: 'train', until: steps + 5 });
}), { steps: STEPS, batch: BATCH, worker: WORKER });

const theirs = await page.evaluate(({ steps, batch }) => new Promise((resolve, reject) => {
  const w = new Worker('/__bench/tfjs-worker.js');
  w.onmessage = (e) => { w.terminate(); resolve(e.data); };
  w.onerror = (e) => reject(new Error(e.message));
  w.postMessage({ steps, batch });
}), { steps: STEPS, batch: BATCH });

const ratio = theirs.imagesPerSecond / ours.imagesPerSecond;
console.log(`training, shipped MNIST VAE, batch ${BATCH}, ${STEPS} steps, headless Chromium (${await browser.version()}), one worker each:`);
console.log(`  latent-train-worker (candle, wasm): ${ours.imagesPerSecond.toFixed(0)} images/s (median of ${ours.slices} slices; one epoch of 10,000 images ≈ ${(10000 / ours.imagesPerSecond).toFixed(1)} s; last training loss ${ours.loss?.toFixed(1)} nats/image)`);
console.log(`  TensorFlow.js 4.22.0 (${theirs.backend} backend): ${theirs.imagesPerSecond.toFixed(0)} images/s (one epoch ≈ ${(10000 / theirs.imagesPerSecond).toFixed(1)} s; last batch loss ${theirs.loss.toFixed(1)} nats/image)`);
console.log(`  ratio (our time ÷ TF.js time): ${ratio.toFixed(2)}×`);
await browser.close();
server.close();
