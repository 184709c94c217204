// The hands-on views (issue 10) with real pixels and text: a drawn stroke lands where the native
// encoder puts the same 28 × 28 input (crates/web/tests/fixtures/mnist-vae-hands-on.json, written
// natively by `latent-trainer test-images`); a test image encodes as natively; the probability bars
// sum to 1 and their argmax is the native classifier's class at that z; the interpolation strip's
// ends equal the decodes at its two points; the tiles equal single decodes; a copied link reopens
// the same state (same pixels); each view passes the axe audit; nothing of it is in the first view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot } from '../lib/browser.mjs';
import { waitForState, readDecoded, meanAbsDiff } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const REF = JSON.parse(fs.readFileSync(
  path.join(here, '../../crates/web/tests/fixtures/mnist-vae-hands-on.json'), 'utf8'));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function inPage(fn, { viewport = { width: 1280, height: 900 }, isMobile = false } = {}) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try { return await fn(page, requests); } finally { await context.close(); }
}

const ready = async (page, query = '') => {
  await page.goto(`${server.url}/${query}`);
  await waitForState(page, 'ready');
};

const nums = (s) => s.split(',').map(Number);
const near = (a, b, tol) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);

test('first view fetches no encoder, classifier or test images', () => inPage(async (page, requests) => {
  await ready(page);
  await page.waitForTimeout(300);
  const extra = requests.filter((u) => /encoder|classifier|test-images/.test(u));
  assert.deepEqual(extra, []);
}));

// The views' code is in a second build of the page's wasm (tools/), which main.js starts in place
// of the first view's (pkg/) when a view opens.
const toolsCode = (u) => /\/tools\/latent_web_tools(_bg)?-[0-9a-f]+\.(js|wasm)$/.test(u);

test('the first view fetches none of the hands-on views\' code', () => inPage(async (page, requests) => {
  await ready(page);
  await page.waitForTimeout(500);
  assert.ok(requests.some((u) => /\/pkg\/latent_web_bg-[0-9a-f]+\.wasm$/.test(u)), 'the first view\'s wasm');
  assert.deepEqual(requests.filter((u) => u.includes('/tools/')), []);
}));

test('a view\'s button loads the build with the views, which takes the page over in place', () => inPage(async (page, requests) => {
  await ready(page, '?z=1.25,-0.5');
  const before = await page.evaluate(() => ({
    z: document.getElementById('z-readout').textContent,
    models: document.querySelectorAll('#model-select option').length,
    datasets: document.querySelectorAll('#dataset-select option').length,
    langs: document.querySelectorAll('#lang-select option').length,
  }));
  assert.deepEqual(requests.filter(toolsCode), []);
  await page.click('#tool-classify');
  // the button is pressed at once; the view's bars come with the build with the views
  assert.equal(await page.getAttribute('#tool-classify', 'aria-pressed'), 'true');
  await page.waitForFunction(() => document.querySelectorAll('#classify-panel li[data-p]').length === 10,
    null, { timeout: 30_000 });
  assert.equal(requests.filter(toolsCode).length, 2, requests.filter(toolsCode).join(', '));
  assert.match(page.url(), /[?&]view=classify\b/);
  const after = await page.evaluate(() => ({
    z: document.getElementById('z-readout').textContent,
    models: document.querySelectorAll('#model-select option').length,
    datasets: document.querySelectorAll('#dataset-select option').length,
    langs: document.querySelectorAll('#lang-select option').length,
  }));
  assert.deepEqual(after, before, 'the same z, and no list filled twice');
  // one app answers the keys: an arrow moves the cursor one step, said once
  const z0 = after.z;
  await page.focus('#map');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((z) => document.getElementById('z-readout').textContent !== z, z0);
  assert.equal(await page.getAttribute('#tool-classify', 'aria-pressed'), 'true');
  // closing and opening again needs nothing more
  await page.click('#tool-classify');
  await page.click('#tool-tiles');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres);
  assert.equal(requests.filter(toolsCode).length, 2);
}));

test('an address that opens a view starts the build with the views, not the first view\'s', () => inPage(async (page, requests) => {
  await ready(page, '?view=tiles');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres);
  assert.equal(requests.filter(toolsCode).length, 2, requests.join(', '));
  assert.deepEqual(requests.filter((u) => u.includes('/pkg/')), [], 'nothing of the first view\'s build');
}));

test('a model opened from disk stays on the map when a view opens (the address cannot name it)', () => inPage(async (page) => {
  await ready(page, '?train=1&z=0.5,0.5');
  const other = JSON.parse(fs.readFileSync(path.join(DIST, 'weights/manifest.json'), 'utf8'))
    .bundles.find((b) => b.dataset === 'mnist' && b.id !== 'mnist-vae');
  await page.setInputFiles('#train-file', path.join(DIST, 'weights', other.view));
  await page.waitForFunction((id) => document.body.dataset.model === id, other.id);
  await page.waitForFunction(() => !document.getElementById('file-notice').hidden);
  const line = await page.textContent('#file-notice');
  assert.match(line, /safetensors/);
  await page.click('#tool-tiles');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres, null, { timeout: 30_000 });
  // (the new app also loads the model its address names; the file stays once that has come)
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => document.body.dataset.model), other.id);
  await page.waitForFunction(() => !document.getElementById('file-notice').hidden);
  assert.equal(await page.textContent('#file-notice'), line, 'it says which file is shown');
}));

test('in Arabic the page stays right to left while the build with the views takes over', () => inPage(async (page) => {
  await ready(page, '?lang=ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.evaluate(() => {
    window.__dirs = [];
    new MutationObserver(() => window.__dirs.push(`${document.documentElement.lang} ${document.documentElement.dir}`))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['dir', 'lang'] });
  });
  await page.click('#tool-tiles');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres, null, { timeout: 30_000 });
  assert.deepEqual(await page.evaluate(() => window.__dirs.filter((d) => d !== 'ar rtl')), []);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
}));

test('a failed load of the views\' build is said, and "Try again" loads it', () => inPage(async (page) => {
  await ready(page);
  const block = (route) => route.fulfill({ status: 404, body: 'gone' });
  await page.route(/\/tools\/latent_web_tools-[0-9a-f]+\.js$/, block);
  await page.click('#tool-encode');
  await page.waitForFunction(() => !document.getElementById('tools-error').hidden);
  const error = await page.textContent('#tools-error');
  assert.match(error, /^The hands-on views could not be loaded: /);
  assert.equal(await page.isVisible('#tools-retry'), true);
  assert.equal(await page.isVisible('#map'), true, 'the map stays');
  await page.unroute(/\/tools\/latent_web_tools-[0-9a-f]+\.js$/, block);
  // by the keyboard, as a screen-reader user would
  await page.focus('#tools-retry');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !!document.getElementById('draw-pad')?.offsetParent
    && document.getElementById('tools-error').hidden, null, { timeout: 30_000 });
  // the focus is on the view's button, not lost to <body> when "Try again" hid itself
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tool-encode');
}));

test('a drawn stroke lands where the native encoder puts the same input', () => inPage(async (page, requests) => {
  await ready(page);
  const t0 = Date.now();
  await page.click('#tool-encode');
  await page.waitForFunction(() => !document.getElementById('tools-status').hidden
    || !!document.getElementById('encode-panel').offsetParent);
  // wait for the encoder (its loading line goes, the pad moves up), then draw the reference
  // strokes point by point where the pad is now
  await page.waitForFunction(() => document.getElementById('tools-status').hidden);
  const tEnc = Date.now() - t0;
  const pad = await page.locator('#draw-pad').boundingBox();
  const at = ([u, v]) => [pad.x + u * pad.width, pad.y + v * pad.height];
  const t1 = Date.now();
  for (const s of REF.stroke.strokes) {
    const [x0, y0] = at(s[0]);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (const p of s.slice(1)) { const [x, y] = at(p); await page.mouse.move(x, y, { steps: 1 }); }
    await page.mouse.up();
  }
  await page.waitForFunction(() => document.getElementById('encode-panel').dataset.mu);
  const tDraw = Date.now() - t1;
  const got = await page.$eval('#encode-panel', (e) => ({ mu: e.dataset.mu, input: e.dataset.input }));
  const input = nums(got.input);
  const diff = Math.max(...input.map((v, i) => Math.abs(v - REF.stroke.input[i])));
  const mu = nums(got.mu);
  const dz = Math.hypot(mu[0] - REF.stroke.mu[0], mu[1] - REF.stroke.mu[1]);
  console.log(`encoder fetched+parsed in ${tEnc} ms (click → ready); stroke → μ in ${tDraw} ms; `
    + `input max |Δ| ${diff.toFixed(4)}, μ distance ${dz.toExponential(2)}`);
  assert.ok(diff <= 0.07, `input differs from the native preprocessing by ${diff}`);
  assert.ok(dz < 0.02, `μ ${mu} vs native ${REF.stroke.mu}`);
  assert.ok(requests.some((u) => u.endsWith('/weights/mnist/vae.encoder.safetensors')));
  const sr = await page.$eval('#announce', (e) => e.textContent);
  assert.match(sr, /Your drawing encoded to z = \(/);
  // the marker: the decoded image is now the reconstruction at μ
  const z = await page.$eval('#z-readout', (e) => [Number(e.dataset.z1), Number(e.dataset.z2)]);
  assert.ok(near(z, mu, 1e-6), `cursor ${z} vs μ ${mu}`);
  await screenshot(page, 'hands-on-encode-drawing');
  await expectNoViolations(page, 'encode view with a drawing');
}));

test('a test image encodes as natively and the link reopens the same pixels', () => inPage(async (page) => {
  await ready(page, '?view=encode&img=0');
  await page.waitForFunction(() => document.getElementById('encode-panel').dataset.mu);
  const mu = nums(await page.$eval('#encode-panel', (e) => e.dataset.mu));
  assert.ok(near(mu, REF.encodes[0].mu, 1e-5), `${mu} vs ${REF.encodes[0].mu}`);
  assert.match(await page.$eval('#enc-label', (e) => e.textContent), /^7 \(test image 0\)/);
  const t0 = Date.now();
  await page.click('#pick-test');
  await page.waitForFunction(() => document.getElementById('encode-panel').dataset.testIndex !== '0'
    && document.getElementById('encode-panel').dataset.mu);
  console.log(`pick a test image: click → result ${Date.now() - t0} ms (test images fetched on first use)`);
  await page.click('#copy-link');
  await page.waitForFunction(() => !document.getElementById('share-status').hidden);
  const status = await page.$eval('#share-status', (e) => e.textContent);
  const link = status.slice(status.indexOf('http'));
  assert.match(link, /view=encode&img=\d+/);
  const before = await readDecoded(page);
  const panel = await page.$eval('#encode-panel', (e) => e.dataset.mu);
  const page2 = await page.context().newPage();
  await page2.goto(link);
  await waitForState(page2, 'ready');
  await page2.waitForFunction((m) => document.getElementById('encode-panel').dataset.mu === m, panel);
  const after = await readDecoded(page2);
  assert.equal(meanAbsDiff(before.ink, after.ink), 0, 'the same decoded pixels');
  await expectNoViolations(page, 'encode view with a test image');
}));

test('the probability bars sum to 1 and match the native classifier', () => inPage(async (page) => {
  const ref = REF.classify[3];
  await ready(page, `?view=classify&z=${ref.z[0]},${ref.z[1]}`);
  await page.waitForFunction(() => document.getElementById('class-bars').dataset.probs);
  const got = await page.$eval('#class-bars', (e) => ({ p: e.dataset.probs, arg: e.dataset.argmax, z: e.dataset.z, ms: e.dataset.ms }));
  const p = nums(got.p);
  const zr = nums(got.z);
  // the address keeps 3 decimals: compare at the z the page used
  const sum = p.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - 1) < 1e-4, `sum ${sum}`);
  const refArg = ref.probs.indexOf(Math.max(...ref.probs));
  assert.equal(Number(got.arg), refArg, `argmax at ${zr} vs native at ${ref.z}`);
  console.log(`classify at the cursor: ${got.ms} ms per decode + classify`);
  // live while hovering: a pointer move updates the bars
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await page.waitForFunction((z) => document.getElementById('class-bars').dataset.z !== z, got.z);
  const widths = await page.$$eval('#class-bars .bar-fill', (es) => es.map((e) => e.style.width));
  assert.equal(widths.length, 10);
  await expectNoViolations(page, 'classifier view');
}));

test('the interpolation strip ends at the decodes of its two points', () => inPage(async (page) => {
  await ready(page, '?view=interp&a=-1,1&b=1.5,-0.5');
  await page.waitForFunction(() => document.querySelectorAll('#interp-classes li').length === 10);
  const strip = await page.evaluate(() => {
    const c = document.getElementById('interp-strip');
    return { w: c.width, h: c.height, data: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data) };
  });
  assert.equal(strip.w, 280);
  const tile = (k) => { const out = []; for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) out.push(strip.data[(r * 280 + k * 28 + c) * 4]); return out; };
  for (const [k, z] of [[0, '-1,1'], [9, '1.5,-0.5']]) {
    await page.goto(`${server.url}/?z=${z}`);
    await waitForState(page, 'ready');
    await page.waitForFunction((zz) => document.getElementById('decoded').dataset.z === zz, z);
    const d = await readDecoded(page);
    assert.ok(meanAbsDiff(tile(k), d.ink) < 0.01, `strip end ${k} differs from the decode at ${z}`);
  }
  await page.goto(`${server.url}/?view=interp&a=-1,1&b=1.5,-0.5`);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => document.querySelectorAll('#interp-classes li').length === 10);
  await screenshot(page, 'hands-on-interp');
  await expectNoViolations(page, 'interpolation view');
}));

test('tiles equal single decodes at their centres; Save PNG downloads a PNG', () => inPage(async (page) => {
  await ready(page, '?view=tiles');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres);
  const t = await page.evaluate(() => {
    const c = document.getElementById('tiles-layer');
    return { centres: c.dataset.centres.split(';'), ms: c.dataset.ms, w: c.width,
      data: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data) };
  });
  assert.equal(t.centres.length, 225);
  console.log(`15 × 15 tiles: one batched decode, ${t.ms} ms`);
  const tile = (k) => { const tr = Math.floor(k / 15), tc = k % 15, out = [];
    for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) out.push(t.data[((tr * 28 + r) * t.w + tc * 28 + c) * 4]); return out; };
  await expectNoViolations(page, 'tiles view');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
  assert.match(download.suggestedFilename(), /^mnist-vae-z_.*\.png$/);
  for (const k of [0, 112]) {
    const [z1, z2] = nums(t.centres[k]);
    const px = await page.evaluate(async ([a, b]) => {
      // the page's own glue module (content-hashed name, as index.html preloads it)
      const m = await import(document.querySelector('link[rel="modulepreload"]').href);
      await m.default(); // (initialised already unless the page runs the build with the hands-on views)
      const bytes = new Uint8Array(await (await fetch('weights/mnist/vae.safetensors')).arrayBuffer());
      const ex = m.Explorer.fromBytes(bytes, 'vae');
      return Array.from(ex.decode(a, b)).map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
    }, [z1, z2]);
    assert.ok(meanAbsDiff(tile(k), px) < 0.01, `tile ${k}`);
  }
}));

test('every view works at 390 px width without horizontal scrolling', () => inPage(async (page) => {
  for (const v of ['encode', 'interp&a=-1,1&b=1,1', 'classify', 'tiles']) {
    await ready(page, `?view=${v}`);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `view=${v}: ${overflow} px wider than the screen`);
    await expectNoViolations(page, `view=${v} at 390 px`);
  }
}, { viewport: { width: 390, height: 844 }, isMobile: true }));
