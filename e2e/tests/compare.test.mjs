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
