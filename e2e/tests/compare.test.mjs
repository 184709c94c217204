// Compare (issue 23, item 2, first part): `compare=<model id>` shows a second model of the same
// dataset beside the first, the same size, each with its own class map. The pointer on the
// compared map decodes there what that model's own decoder gives at that z (pixels within one
// grey level of Explorer.decode on the same view file); the pointer on the first map moves the
// compared cursor to the same z; the menu ends the comparison; a 960 × 540 embed holds both
// maps; axe-core finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function inPage(opts, fn) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  try { return await fn(page, ctx); } finally { await ctx.close(); }
}
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const pixels = (page, sel) => page.$eval(sel, (c) => [...c.getContext('2d').getImageData(0, 0, 28, 28).data]);
const boxOf = (page, sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
async function point(page, sel, u, v, counter) {
  const b = await boxOf(page, sel);
  const before = await page.$eval(counter, (c) => Number(c.dataset.decodes ?? 0));
  await page.mouse.move(b.x + u * b.w, b.y + v * b.h);
  await page.waitForFunction(([s, n]) => Number(document.querySelector(s).dataset.decodes ?? 0) > n, [counter, before]);
}

test('the compared map decodes with its own decoder, and follows the first map', () => inPage(DESKTOP, async (page) => {
  await page.goto(`${server.url}/?model=mnist-vae&compare=mnist-plain`);
  await waitForState(page, 'ready');
  await page.waitForSelector('#compare-panel:not([hidden])');
  await page.waitForFunction(() => document.getElementById('compare-decoded').dataset.decodes);
  // the same size as the first map
  const [a, b] = [await boxOf(page, '#map-box'), await boxOf(page, '#compare-map')];
  assert.ok(Math.abs(a.w - b.w) <= 3 && Math.abs(a.h - b.h) <= 3, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  assert.equal(await page.$eval('#compare-select', (s) => s.value), 'mnist-plain');
  // the pointer on the compared map: its decode is mnist-plain's own decoder at that z (the
  // page's wasm, Explorer.fromBytes on the same view file)
  for (const [u, v] of [[0.3, 0.6], [0.72, 0.25]]) {
    await point(page, '#compare-map', u, v, '#compare-decoded');
    const z = (await page.$eval('#compare-decoded', (c) => c.dataset.z)).split(',').map(Number);
    const want = await page.evaluate(async ([a, b]) => {
      const m = await import(document.querySelector('link[rel="modulepreload"]').href);
      await m.default(); // (initialised already unless the page runs the build with the hands-on views)
      const bytes = new Uint8Array(await (await fetch('weights/mnist/plain.safetensors')).arrayBuffer());
      return Array.from(m.Explorer.fromBytes(bytes, 'plain').decode(a, b)).map((x) => Math.round(Math.min(1, Math.max(0, x)) * 255));
    }, z);
    const got = (await pixels(page, '#compare-decoded')).filter((_, i) => i % 4 === 0);
    const worst = Math.max(...got.map((g, i) => Math.abs(g - want[i])));
    assert.ok(worst <= 1, `the compared decode at z = ${z} is off by ${worst} grey levels`);
    // and the first map's cursor is that z, clamped to its own map
    const za = await page.$eval('#z-readout', (e) => [Number(e.dataset.z1), Number(e.dataset.z2)]);
    const w = (await page.$eval('#map-box', (e) => e.dataset.window)).split(',').map(Number);
    const clamped = [Math.min(Math.max(z[0], w[0]), w[2]), Math.min(Math.max(z[1], w[1]), w[3])];
    assert.ok(Math.abs(za[0] - clamped[0]) < 1e-4 && Math.abs(za[1] - clamped[1]) < 1e-4, `first map at ${za}, want ${clamped}`);
  }
  // the pointer on the first map: the compared cursor goes to the same z (inside its larger map)
  await point(page, '#map-overlay', 0.5, 0.5, '#decoded');
  await page.waitForFunction(() => document.getElementById('compare-decoded').dataset.z === document.getElementById('decoded').dataset.z);
  assert.match(await page.$eval('#compare-readout', (e) => e.textContent), /\(\d+ %\) at z = \(/);
  await expectNoViolations(page, 'compare mode');
  // "none" ends it, and the address forgets it
  await page.selectOption('#compare-select', '');
  await page.waitForSelector('#compare-panel', { state: 'hidden' });
  await page.waitForFunction(() => !/compare=/.test(location.search));
}));

test('a 960 × 540 embed holds both maps, the same size', () => inPage({ viewport: { width: 960, height: 540 } }, async (page) => {
  await page.goto(`${server.url}/?model=mnist-vae&compare=mnist-plain&embed=1`);
  await waitForState(page, 'ready');
  await page.waitForSelector('#compare-panel:not([hidden])');
  const [a, b] = [await boxOf(page, '#map-box'), await boxOf(page, '#compare-map')];
  for (const r of [a, b]) assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= 960 && r.y + r.h <= 540, JSON.stringify(r));
  assert.ok(Math.abs(a.w - b.w) <= 3, `${a.w} vs ${b.w}`);
  assert.ok(a.x + a.w <= b.x, 'side by side');
  await point(page, '#compare-map', 0.4, 0.6, '#compare-decoded');
}));

// An encoded test image with a compared model: μ by both encoders and its 10 nearest test codes
// in each model are those `latent-trainer test-images` computed natively with candle
// (crates/web/tests/fixtures/mnist-compare.json: μ within 1e-5, the same neighbours), the
// rings are drawn at those codes on both maps, and the lines and the announcement name both
// results.
const REF = JSON.parse(fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../crates/web/tests/fixtures/mnist-compare.json'), 'utf8'));

/** How many of `codes` have a ring drawn around them on overlay `sel` of the map over `bounds`. */
const ringed = (page, sel, bounds, codes) => page.$eval(sel, (c, [b, codes]) => {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const r = 6 * (c.width / c.getBoundingClientRect().width); // the ring's radius, device px
  let n = 0;
  for (const [z1, z2] of codes) {
    const x = (z1 - b[0]) / (b[2] - b[0]) * c.width;
    const y = (b[3] - z2) / (b[3] - b[1]) * c.height;
    // opaque on the ring (any of four sides), transparent well inside it
    const alpha = (px, py) => d[(Math.round(py) * c.width + Math.round(px)) * 4 + 3] ?? 0;
    const onRing = [[r, 0], [-r, 0], [0, r], [0, -r]].some(([dx, dy]) => alpha(x + dx, y + dy) > 200);
    if (x >= r && y >= r && x < c.width - r && y < c.height - r && onRing) n++;
  }
  return n;
}, [bounds, codes]);

test('an encoded test image shows μ and its nearest test codes on both maps, as natively', () => inPage(DESKTOP, async (page) => {
  const c = REF.cases.find((x) => x.input.index !== undefined);
  const i = c.input.index;
  await page.goto(`${server.url}/?model=mnist-vae&compare=mnist-plain&view=encode&img=${i}`);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => document.getElementById('compare-panel').dataset.neighbours
    && document.getElementById('encode-panel').dataset.neighbours, null, { timeout: 30000 });
  const nums = (s) => s.split(',').map(Number);
  const got = await page.evaluate(() => ({
    mu1: document.getElementById('encode-panel').dataset.mu,
    near1: document.getElementById('encode-panel').dataset.neighbours,
    mu2: document.getElementById('compare-panel').dataset.mu,
    near2: document.getElementById('compare-panel').dataset.neighbours,
    window: document.getElementById('map-box').dataset.window,
    bounds: document.getElementById('compare-panel').dataset.bounds,
  }));
  for (const [mu, want] of [[got.mu1, c.first.mu], [got.mu2, c.second.mu]]) {
    const d = Math.max(...nums(mu).map((x, k) => Math.abs(x - want[k])));
    assert.ok(d <= 1e-5, `μ ${mu} vs ${want}: off by ${d}`);
  }
  assert.deepEqual(nums(got.near1), c.first.near);
  assert.deepEqual(nums(got.near2), c.second.near);
  // ringed on both maps, at the natively computed codes
  const on1 = await ringed(page, '#tools-overlay', nums(got.window), c.first.codes);
  const on2 = await ringed(page, '#compare-overlay', nums(got.bounds), c.second.codes);
  assert.ok(on1 >= 9 && on2 >= 9, `rings found: ${on1} on the first map, ${on2} on the compared one`);
  // the lines, in words
  const cls = String(c.class);
  assert.equal(await page.$eval('#enc-neighbours', (e) => e.textContent), `${c.first.same} of 10 are ${cls}`);
  const line = await page.$eval('#compare-encoded', (e) => e.textContent.replace(/[\u2068\u2069]/g, ''));
  assert.match(line, new RegExp(`^Encoded to μ z = \\(.*\\): ${c.second.same} of its 10 nearest test codes are ${cls}\\.$`));
  const said = await page.$eval('#announce', (e) => e.textContent.replace(/[\u2068\u2069]/g, ''));
  assert.equal(said, `VAE (β = 1): ${c.first.same} of its 10 nearest test codes are ${cls}. Plain autoencoder: ${c.second.same} of 10.`);
  await expectNoViolations(page, 'compare with an encoded image');
}));
