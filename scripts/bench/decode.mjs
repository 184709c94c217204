// Browser decode: our wasm against TF.js (wasm and cpu backends) and a plain-JS loop, on the same
// decoder weights and the same latent points, in headless Chromium. Run by scripts/bench.sh; not
// part of the test command.
//   node scripts/bench/decode.mjs DIST ROUNDS OUT.json
// One page per engine (scripts/bench/page/, served beside DIST from one local server). Each round
// visits every engine, in an order rotated round by round (paired, alternating), and times on each
// (a) SINGLE single decodes, one call per point, and (b) one batched decode of BATCH points (ours:
// Explorer.decodeMany; TF.js: one predict on a [BATCH, 2] tensor; plain JS: its loop). Two warm-up
// rounds are not counted. Before timing, every engine's output is checked against ours on the same
// points (largest difference per pixel ≤ 1e-4), so the comparison is on the same work.
import path from 'node:path';
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const E2E = path.resolve(HERE, '..', '..', 'e2e', 'node_modules');
const { chromium } = await import(path.join(E2E, 'playwright-core', 'index.mjs'));
const { default: sirv } = await import(path.join(E2E, 'sirv', 'build.mjs'));

const DIST = path.resolve(process.argv[2] ?? 'dist');
const ROUNDS = Number(process.argv[3] ?? 15);
const OUT = process.argv[4];
const SINGLE = 200, BATCH = 1024, WARMUP = 2;
const ENGINES = ['ours', 'tfjs-wasm', 'tfjs-cpu', 'js'];

// one server: /bench/* from scripts/bench (the page and the TF.js packages), the rest from DIST
const site = sirv(DIST, { dev: true });
const bench = sirv(HERE, { dev: true });
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/bench/')) {
    req.url = req.url.slice('/bench'.length);
    bench(req, res);
  } else site(req, res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const glue = '/pkg/' + fs.readdirSync(path.join(DIST, 'pkg')).find((f) => /^latent_web-.*\.js$/.test(f));

// latent points from a fixed linear congruential sequence, uniform in [-2.5, 2.5]²
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 5 - 2.5;
const points = (n) => Array.from({ length: 2 * n }, rand);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = {};
for (const e of ENGINES) {
  const page = await browser.newPage();
  page.on('pageerror', (err) => console.error(`[${e}] ${err}`));
  await page.goto(`${base}/bench/page/index.html?engine=${e}&glue=${encodeURIComponent(glue)}`);
  await page.waitForFunction(() => window.benchReady || window.benchError, null, { timeout: 60000 });
  const err = await page.evaluate(() => window.benchError);
  if (err) throw new Error(`${e}: ${err}`);
  pages[e] = page;
  console.log(`${e}: ${JSON.stringify(await page.evaluate(() => window.benchReady.info))}`);
}

// the same work: every engine's decodes equal ours within 1e-4 (batched and single)
const check = points(64);
const ref = await pages.ours.evaluate((z) => window.benchReady.output(z), check);
const maxDiff = {};
for (const e of ENGINES) {
  const got = await pages[e].evaluate((z) => window.benchReady.output(z), check);
  const one = await pages[e].evaluate((z) => window.benchReady.outputOne(z[0], z[1]), check);
  let d = got.length === ref.length ? 0 : Infinity;
  for (let i = 0; i < ref.length; i++) d = Math.max(d, Math.abs(got[i] - ref[i]));
  for (let i = 0; i < 784; i++) d = Math.max(d, Math.abs(one[i] - ref[i]));
  maxDiff[e] = d;
  console.log(`${e}: largest difference from ours ${d.toExponential(2)} (64 points × 784 pixels)`);
  if (!(d <= 1e-4)) throw new Error(`${e} does not decode as ours does (largest difference ${d})`);
}

const single = Object.fromEntries(ENGINES.map((e) => [e, []]));
const batch = Object.fromEntries(ENGINES.map((e) => [e, []]));
for (let r = 0; r < ROUNDS + WARMUP; r++) {
  const order = ENGINES.map((_, i) => ENGINES[(i + r) % ENGINES.length]);
  const zs = points(SINGLE), zb = points(BATCH);
  for (const e of order) {
    await pages[e].bringToFront();
    const s = await pages[e].evaluate((z) => window.benchReady.single(z), zs);
    const b = await pages[e].evaluate((z) => window.benchReady.batch(z), zb);
    if (r >= WARMUP) {
      single[e].push((s * 1000) / SINGLE);
      batch[e].push(b);
    }
  }
}
const med = (x) => { const s = [...x].sort((p, q) => p - q); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const result = { rounds: ROUNDS, single_points: SINGLE, batch_points: BATCH, max_diff: maxDiff, single_us: {}, batch_ms: {} };
for (const e of ENGINES) {
  result.single_us[e] = med(single[e]);
  result.batch_ms[e] = med(batch[e]);
  console.log(`${e.padEnd(10)} single ${med(single[e]).toFixed(1).padStart(8)} µs   ${BATCH} batched ${med(batch[e]).toFixed(2).padStart(8)} ms`);
}
if (OUT) fs.writeFileSync(OUT, JSON.stringify(result, null, 1));
await browser.close();
server.close();
