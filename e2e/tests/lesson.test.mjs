// The lesson "How the map is made" (issue 24): each step on the real model, with real pixels and
// numbers. Encode: μ equals the native encoder's (crates/web/tests/fixtures/mnist-vae-hands-on.json,
// candle) within 1e-5 and the distance shown is the Euclidean distance from the click's z. Bounds:
// the box is the view file's stored bounds (±1 px at the map's edges) and the dashed lines are the
// quantiles behind them. Decode: the sweep's tiles are the page's single decodes at the cells'
// centres. Classify: the finished picture is the stored class map, pixel for pixel. Also:
// `lesson=` round-trips, every step is reached and operated by keyboard, axe-core finds nothing,
// reduced motion ends in the same states, and a 640 × 360 embed shows the step's picture and
// text uncovered. Prints the time from "Start the lesson" to the first step's picture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const HANDS_ON = JSON.parse(fs.readFileSync(
  path.join(here, '../../crates/web/tests/fixtures/mnist-vae-hands-on.json'), 'utf8'));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function inPage(opts, fn) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  try { return await fn(page, ctx); } finally { await ctx.close(); }
}
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const nums = (s) => s.split(',').map(Number);

/** The view file's metadata (its JSON header), read from the served file. */
async function viewMeta(page, url = 'weights/mnist/vae.safetensors') {
  return page.evaluate(async (u) => {
    const b = new Uint8Array(await (await fetch(u)).arrayBuffer());
    const n = Number(new DataView(b.buffer).getBigUint64(0, true));
    const h = JSON.parse(new TextDecoder().decode(b.subarray(8, 8 + n)));
    return JSON.parse(h.__metadata__.latent_explorer);
  }, url);
}

async function openStep(page, step, extra = '') {
  await page.goto(`${server.url}/?model=mnist-vae&lesson=${step}${extra}`);
  await waitForState(page, 'ready');
  await page.waitForFunction((s) => document.getElementById('lesson')?.dataset.step === s
    && document.getElementById('lesson-layer')?.dataset.step === s
    && document.getElementById('lesson-status')?.hidden, step, { timeout: 30_000 });
}

/** RGBA of the lesson's picture at device pixel (x, y). */
const layerPixel = (page, x, y) => page.$eval('#lesson-layer',
  (c, [x, y]) => [...c.getContext('2d').getImageData(Math.round(x), Math.round(y), 1, 1).data], [x, y]);

test('Start the lesson: the encode step reveals μ as natively, with the distance from the click', () => inPage(DESKTOP, async (page) => {
  await page.goto(`${server.url}/`);
  await waitForState(page, 'ready');
  const t0 = Date.now();
  await page.click('#lesson-start');
  await page.waitForFunction(() => document.getElementById('lesson-encode')?.dataset.mu, null, { timeout: 30_000 });
  console.log(`# "Start the lesson" to the first step's picture (μ encoded, local server): ${Date.now() - t0} ms`);
  await page.waitForFunction(() => /lesson=encode/.test(location.search));
  await page.evaluate(() => scrollTo(0, 0)); // (the button is under the map; the map and the card are at the top)
  const mu = nums(await page.$eval('#lesson-encode', (e) => e.dataset.mu));
  const want = HANDS_ON.encodes[0].mu;
  assert.ok(Math.max(...mu.map((m, i) => Math.abs(m - want[i]))) <= 1e-5, `μ ${mu} vs native ${want}`);
  assert.match(await page.$eval('#lesson-prompt', (e) => e.textContent), /^Predict first: where does this 7 land\?/);
  // the guess: a click on the map; its z is the pointer against the map's box through the window
  const box = await page.$eval('#map-overlay', (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; });
  const win = nums(await page.$eval('#map-box', (e) => e.dataset.window));
  const [u, v] = [0.3, 0.25];
  await page.mouse.click(box[0] + u * box[2], box[1] + v * box[3]);
  await page.waitForFunction(() => document.getElementById('lesson-encode').dataset.guess);
  const [g1, g2, d] = nums(await page.$eval('#lesson-encode', (e) => e.dataset.guess));
  const zc = [win[0] + u * (win[2] - win[0]), win[3] - v * (win[3] - win[1])];
  const cell = (win[2] - win[0]) / box[2];
  assert.ok(Math.abs(g1 - zc[0]) < cell && Math.abs(g2 - zc[1]) < cell, `guess ${g1},${g2} vs ${zc}`);
  assert.ok(Math.abs(d - Math.hypot(g1 - mu[0], g2 - mu[1])) < 1e-5, `distance ${d}`);
  const line = await page.$eval('#lesson-prompt', (e) => e.textContent);
  assert.match(line, new RegExp(`was ${d.toFixed(2)} latent units away\\.$`));
  assert.match(await page.$eval('#lesson-say', (e) => e.textContent), /^μ = \(0\.91, -1\.92\)\./);
  // the picture: μ's diamond and the guess's cross are drawn where they are
  const [cw, ch] = await page.$eval('#lesson-layer', (c) => [c.width, c.height]);
  const at = (z) => [(z[0] - win[0]) / (win[2] - win[0]) * cw, (win[3] - z[1]) / (win[3] - win[1]) * ch];
  for (const z of [mu, [g1, g2]]) {
    const [x, y] = at(z);
    // the diamond's and the cross's strokes lie within 9 px of their point
    const n = await page.$eval('#lesson-layer', (c, [x, y]) => {
      const d = c.getContext('2d').getImageData(Math.round(x) - 9, Math.round(y) - 9, 19, 19).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 200) n++;
      return n;
    }, [x, y]);
    assert.ok(n > 20, `nothing drawn at ${z}: ${n} opaque pixels`);
  }
  await expectNoViolations(page, 'lesson: encode revealed');
}));

test('bounds: the box is the stored bounds and the dashed lines the quantiles behind them', () => inPage(DESKTOP, async (page) => {
  await openStep(page, 'bounds');
  const meta = await viewMeta(page);
  const b = meta.grid.bounds, rule = meta.bounds_rule;
  const q = [0, 1].map((a) => {
    const r = (b.max[a] - b.min[a]) / (1 + 2 * rule.margin);
    return [b.min[a] + rule.margin * r, b.max[a] - rule.margin * r];
  });
  const text = await page.$eval('#lesson-text', (e) => e.textContent);
  const f = (x) => x.toFixed(2);
  for (const s of [`z₁ from ${f(q[0][0])} to ${f(q[0][1])}`, `z₂ from ${f(q[1][0])} to ${f(q[1][1])}`,
    `z₁ from ${f(b.min[0])} to ${f(b.max[0])}`, `z₂ from ${f(b.min[1])} to ${f(b.max[1])}`, 'all 60,000 training images']) {
    assert.ok(text.includes(s), `“${s}” not in: ${text}`);
  }
  const win = nums(await page.$eval('#map-box', (e) => e.dataset.window));
  assert.deepEqual(win.map((x) => x.toFixed(4)), [b.min[0], b.min[1], b.max[0], b.max[1]].map((x) => x.toFixed(4)));
  const [w, h] = await page.$eval('#lesson-layer', (c) => [c.width, c.height]);
  const dark = (p) => p[3] > 200 && p[0] < 90 && p[1] < 90 && p[2] < 90;
  // the box: dark on the canvas's outermost pixel row/column, all four sides (±1 px)
  for (const [x, y] of [[1, h / 2 + 7], [w - 2, h / 2 + 7], [w / 2 + 7, 1], [w / 2 + 7, h - 2]]) {
    assert.ok(dark(await layerPixel(page, x, y)), `no box line at ${x},${y}`);
  }
  // the quantile lines: a dark dash within 1 px of each line, somewhere along it
  const xOf = (z1) => (z1 - b.min[0]) / (b.max[0] - b.min[0]) * w;
  const yOf = (z2) => (b.max[1] - z2) / (b.max[1] - b.min[1]) * h;
  const found = await page.$eval('#lesson-layer', (c, [lines]) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const dark = (x, y) => { const i = (y * c.width + x) * 4; return d[i + 3] > 200 && d[i] < 90 && d[i + 1] < 90 && d[i + 2] < 90; };
    return lines.map(([vertical, at]) => {
      let hits = 0;
      for (let t = 20; t < (vertical ? c.height : c.width) - 20; t += 3) {
        for (const o of [-1, 0, 1]) {
          const p = Math.round(at) + o;
          if (vertical ? dark(p, t) : dark(t, p)) { hits++; break; }
        }
      }
      return hits;
    });
  }, [[[true, xOf(q[0][0])], [true, xOf(q[0][1])], [false, yOf(q[1][0])], [false, yOf(q[1][1])]]]);
  for (const n of found) assert.ok(n > 40, `a quantile line has ${n} dark samples: ${found}`);
  await expectNoViolations(page, 'lesson: bounds');
}));

test('decode and classify: the tiles are single decodes, the finished picture is the stored class map', () => inPage({ ...DESKTOP, reducedMotion: 'reduce' }, async (page) => {
  await openStep(page, 'decode');
  await page.click('#lesson-play'); // reduced motion: the sweep's end state at once
  await page.waitForFunction(() => document.getElementById('lesson').dataset.done === '64');
  assert.match(await page.$eval('#lesson-cell', (e) => e.textContent), /^Cell 64 of 64 decoded at \(/);
  const meta = await viewMeta(page);
  const g = meta.grid;
  const [w, h] = await page.$eval('#lesson-layer', (c) => [c.width, c.height]);
  // (not the last nor its neighbours: the block under the sweep has an outline)
  for (const k of [0, 27, 45]) {
    const [r, c] = [Math.floor(k / 8), k % 8];
    const row = Math.floor((r * g.height + g.height / 2) / 8), col = Math.floor((c * g.width + g.width / 2) / 8);
    const z = [g.bounds.min[0] + (col + 0.5) / g.width * (g.bounds.max[0] - g.bounds.min[0]),
      g.bounds.max[1] - (row + 0.5) / g.height * (g.bounds.max[1] - g.bounds.min[1])];
    const want = await page.evaluate(async ([a, b]) => {
      const m = await import(document.querySelector('link[rel="modulepreload"]').href);
      await m.default(); // (initialised already unless the page runs the build with the hands-on views)
      const bytes = new Uint8Array(await (await fetch('weights/mnist/vae.safetensors')).arrayBuffer());
      return Array.from(m.Explorer.fromBytes(bytes, 'vae').decode(a, b)).map((x) => Math.round(Math.min(1, Math.max(0, x)) * 255));
    }, z);
    // the tile's 28 × 28 pixels, each sampled at its centre on the block
    const got = await page.$eval('#lesson-layer', (cv, [k, w, h]) => {
      const d = cv.getContext('2d').getImageData(0, 0, cv.width, cv.height).data;
      const [r, c] = [Math.floor(k / 8), k % 8];
      const out = [];
      for (let i = 0; i < 28; i++) {
        for (let j = 0; j < 28; j++) {
          const x = Math.floor((c + (j + 0.5) / 28) * w / 8), y = Math.floor((r + (i + 0.5) / 28) * h / 8);
          out.push(d[(y * cv.width + x) * 4]);
        }
      }
      return out;
    }, [k, w, h]);
    const worst = Math.max(...got.map((v, i) => Math.abs(v - want[i])));
    assert.ok(worst <= 1, `tile ${k} is off by ${worst} grey levels from the decode at ${z}`);
  }
  // classify, to the end: the picture is the stored class map (the page's own canvas of it)
  await page.click('#lesson-steps button[data-step="classify"]');
  await page.waitForFunction(() => document.getElementById('lesson-layer').dataset.step === 'classify'
    && !document.getElementById('lesson-play').disabled);
  await page.click('#lesson-play');
  await page.waitForFunction(() => document.getElementById('lesson').dataset.done === '64');
  const classes = (await page.$eval('#lesson-sweep', (e) => e.dataset.classes)).split(',');
  assert.equal(classes.length, 64);
  const bad = await page.evaluate(([w, h]) => {
    const lay = document.getElementById('lesson-layer');
    const ld = lay.getContext('2d').getImageData(0, 0, lay.width, lay.height).data;
    const map = document.getElementById('map');
    const md = map.getContext('2d').getImageData(0, 0, map.width, map.height).data;
    let off = 0;
    for (let r = 3; r < map.height; r += 7) {
      for (let c = 5; c < map.width; c += 7) {
        const x = Math.floor((c + 0.5) / map.width * w), y = Math.floor((r + 0.5) / map.height * h);
        const i = (y * lay.width + x) * 4, j = (r * map.width + c) * 4;
        if ([0, 1, 2].some((k) => Math.abs(ld[i + k] - md[j + k]) > 1)) off++;
      }
    }
    return off;
  }, [w, h]);
  assert.equal(bad, 0, `${bad} sampled cells differ from the stored class map`);
  assert.match(await page.$eval('#lesson-cell', (e) => e.textContent), /Done: this is the class map you explore\.$/);
  await expectNoViolations(page, 'lesson: classify done');
}));

test('every step by keyboard, lesson= round-trips, and each step is announced', () => inPage(DESKTOP, async (page) => {
  await openStep(page, 'encode');
  for (const step of ['bounds', 'meshgrid', 'decode', 'classify']) {
    await page.focus('#lesson-next');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => new URLSearchParams(location.search).get('lesson') === s, step);
    assert.equal(await page.$eval('#lesson', (e) => e.dataset.step), step);
    assert.match(await page.$eval('#lesson-say', (e) => e.textContent), /^Step \d of 9: /);
    await page.waitForFunction((s) => document.getElementById('lesson-layer').dataset.step === s, step);
    await expectNoViolations(page, `lesson: ${step}`);
  }
  // the sweep by keyboard: one cell forward says what it did (the button is enabled once the
  // step's files, here the classifier, have arrived)
  await page.waitForFunction(() => !document.getElementById('lesson-forward').disabled);
  await page.focus('#lesson-forward');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Cell 1 of 64 decoded at \(.*\): .+, \d+ % sure\.$/.test(document.getElementById('lesson-say').textContent));
  // the address reopens the same step
  const q = await page.evaluate(() => location.search);
  await page.goto(`${server.url}/${q}`);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => document.getElementById('lesson')?.dataset.step === 'classify');
  // close: the address forgets the lesson
  await page.click('#lesson-close');
  await page.waitForFunction(() => !/lesson=/.test(location.search) && document.getElementById('lesson').hidden);
}));

test('a 640 × 360 embed of a step shows its picture and its text uncovered', () => inPage({ viewport: { width: 640, height: 360 } }, async (page) => {
  await openStep(page, 'meshgrid', '&embed=1');
  const r = (sel) => page.$eval(sel, (e) => { const b = e.getBoundingClientRect(); return { x: b.left, y: b.top, w: b.width, h: b.height }; });
  const [pic, text] = [await r('#lesson-layer'), await r('#lesson-text')];
  for (const b of [pic, text]) assert.ok(b.w > 50 && b.h > 20 && b.x >= 0 && b.y >= 0 && b.x + b.w <= 640, JSON.stringify(b));
  assert.ok(pic.y + pic.h <= 360, `the picture is cut: ${JSON.stringify(pic)}`);
  // neither covers the other
  const overlap = !(pic.x + pic.w <= text.x || text.x + text.w <= pic.x || pic.y + pic.h <= text.y || text.y + text.h <= pic.y);
  assert.ok(!overlap, `picture ${JSON.stringify(pic)} and text ${JSON.stringify(text)} overlap`);
  const top = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [text.x + 5, text.y + 5]);
  assert.equal(top, 'lesson-text');
  // the lesson's heading stays for screen readers (its step's h3 does not follow the page's h1)
  await expectNoViolations(page, 'lesson: an embedded step');
}));

test('the keyboard keeps its place: the last Next, an answer, Close; the epochs link keeps the language and the embed', () => inPage(DESKTOP, async (page) => {
  await openStep(page, 'epochs', '&lang=de&embed=1');
  const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
  await page.waitForSelector('#lesson-options button');
  await page.focus('#lesson-options button:nth-child(2)');
  const label = await page.$eval('#lesson-options button:nth-child(2)', (b) => b.textContent);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('lesson-evidence').hidden);
  assert.equal(await active(), label, 'the answered option lost the focus');
  const href = await page.$eval('#lesson-evolution', (a) => a.getAttribute('href'));
  const q = new URLSearchParams(href);
  assert.deepEqual([q.get('model'), q.get('lang'), q.get('embed'), q.has('lesson')], ['mnist-vae', 'de', '1', false], href);
  assert.match(q.get('epoch'), /^\d+$/);
  // the last step's Next keeps the focus and does nothing
  await page.goto(`${server.url}/?model=mnist-vae&lesson=similar`);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => document.getElementById('lesson')?.dataset.step === 'similar');
  await page.focus('#lesson-next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('lesson').dataset.step === 'epochs');
  assert.equal(await page.getAttribute('#lesson-next', 'aria-disabled'), 'true');
  assert.equal(await active(), 'lesson-next');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('#lesson', (e) => e.dataset.step), 'epochs');
  assert.equal(await active(), 'lesson-next');
  // Close gives the focus back to "Start the lesson"
  await page.focus('#lesson-close');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('lesson').hidden);
  assert.equal(await active(), 'lesson-start');
}));

test('on a phone, Start the lesson brings its card into view under the map, which stays', () => inPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (page) => {
  await page.goto(`${server.url}/?model=mnist-vae`);
  await waitForState(page, 'ready');
  await page.tap('#lesson-start');
  await page.waitForFunction(() => document.getElementById('lesson')?.dataset.step === 'encode'
    && document.activeElement?.id === 'lesson');
  const r = (sel) => page.$eval(sel, (e) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; });
  const [map, card] = [await r('#map'), await r('#lesson')];
  assert.ok(card.top >= 0 && card.top < 844, `the card is off screen: ${JSON.stringify(card)}`);
  assert.ok(map.bottom > 0 && map.top >= 0 && map.bottom <= card.top + 1, `the map is not above the card on screen: ${JSON.stringify({ map, card })}`);
  await expectNoViolations(page, 'lesson on a phone');
}));

test('the lesson speaks the page language: German, then Arabic after the menu', () => inPage(DESKTOP, async (page) => {
  await openStep(page, 'encode', '&lang=de');
  const de = fs.readFileSync(path.join(here, '../../www/locales/de/lesson.ftl'), 'utf8');
  const msg = (src, id) => src.split('\n').find((l) => l.startsWith(`${id} = `)).slice(id.length + 3);
  await page.waitForFunction((t) => document.getElementById('lesson-step-title').textContent === t,
    msg(de, 'lesson-encode-title'));
  assert.equal(await page.$eval('#lesson-next', (e) => e.textContent), msg(de, 'lesson-next'));
  const ar = fs.readFileSync(path.join(here, '../../www/locales/ar/lesson.ftl'), 'utf8');
  await page.selectOption('#lang-select', 'ar');
  await page.waitForFunction((t) => document.getElementById('lesson-step-title').textContent === t,
    msg(ar, 'lesson-encode-title'));
  await expectNoViolations(page, 'lesson in Arabic');
}));

// ---- the four questions: a prediction first, then the evidence, with the numbers of docs/measurements.md
const DOCS = fs.readFileSync(path.join(here, '../../docs/measurements.md'), 'utf8');
const STUDY = JSON.parse(fs.readFileSync(path.join(here, '../../docs/study/mnist.json'), 'utf8'));
/** The cells of the designs table's row `label` (MNIST's table comes first), by column name. */
function designRow(label) {
  const lines = DOCS.split('\n');
  const header = lines.find((l) => l.startsWith('| design |') && l.includes('occupied share')).split('|').map((c) => c.trim());
  const row = lines.find((l) => l.startsWith(`| ${label} |`)).split('|').map((c) => c.trim());
  return (name) => row[header.findIndex((c) => c.startsWith(name))];
}

async function answer(page, step, i = 0) {
  await openStep(page, step);
  await page.waitForSelector('#lesson-options button');
  assert.ok(await page.$eval('#lesson-evidence', (e) => e.hidden), 'no evidence before the prediction');
  await page.focus(`#lesson-options button:nth-child(${i + 1})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('lesson-evidence').hidden);
  const rows = await page.$$eval('#lesson-rows li', (ls) => ls.map((l) => l.textContent));
  const said = await page.$eval('#lesson-say', (e) => e.textContent);
  assert.match(said, /^You predicted: /);
  assert.equal(await page.$eval('#lesson-verdict', (e) => e.textContent), said);
  // the figure is drawn: more than one colour
  const colours = await page.$eval('#lesson-figure', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) seen.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
    return seen.size;
  });
  assert.ok(colours > 5, `the figure has ${colours} colours`);
  await expectNoViolations(page, `lesson: ${step} answered`);
  return rows;
}

test('sparse: the occupied shares are the measurements, and a gap point decodes', () => inPage(DESKTOP, async (page) => {
  const rows = await answer(page, 'sparse');
  assert.deepEqual(rows, [
    `Plain autoencoder: test codes in ${designRow('Plain autoencoder')('occupied share')} of the cells`,
    `VAE (β = 1): test codes in ${designRow('VAE (β = 1)')('occupied share')} of the cells`,
  ]);
  // each design's class map under its codes: the right panel (150 × 150 pixels from x = 155)
  // is the VAE's, the map the page shows, so each of its pixels is the page's map pixel at the
  // same place, that pixel faded (70 % white: a cell without a code), or a code's dark dot; the
  // left panel is covered by the plain map (no white ground): faded cells are a pale map colour
  const { right, left } = await page.evaluate(() => {
    const fig = document.getElementById('lesson-figure');
    const f = fig.getContext('2d').getImageData(0, 0, fig.width, fig.height).data;
    const map = document.getElementById('map');
    const m = map.getContext('2d').getImageData(0, 0, map.width, map.height).data;
    let same = 0; let coloured = 0; let n = 0;
    for (let i = 0; i < 15; i++) {
      for (let j = 0; j < 15; j++) {
        const [u, v] = [(i + 0.5) / 15, (j + 0.5) / 15];
        const at = (x, y) => (Math.floor(y) * fig.width + Math.floor(x)) * 4;
        const a = at(155 + u * 150, v * 150);
        const b = (Math.floor(v * map.height) * map.width + Math.floor(u * map.width)) * 4;
        const near = (x, y) => Math.abs(x - y) <= 2;
        const faded = (k) => near(f[a + k], Math.round(m[b + k] * 0.3 + 255 * 0.7));
        const dark = f[a] === 0x11 && f[a + 1] === 0x11 && f[a + 2] === 0x11;
        if (dark || (f[a] === m[b] && f[a + 1] === m[b + 1] && f[a + 2] === m[b + 2]) || [0, 1, 2].every(faded)) same++;
        const c = at(u * 150, v * 150);
        const white = f[c] > 250 && f[c + 1] > 250 && f[c + 2] > 250;
        const grey = f[c] === 0xe4 && f[c + 1] === 0xe4 && f[c + 2] === 0xde;
        if (!white && !grey) coloured++;
        n++;
      }
    }
    return { right: same / n, left: coloured / n };
  });
  assert.ok(right > 0.9, `the VAE panel is the page's class map (faded or under a code) at ${(right * 100).toFixed(0)} % of 225 points`);
  assert.ok(left > 0.6, `the plain panel is coloured at ${(left * 100).toFixed(0)} % of 225 points`);
}));

test('similar: three designs, each with its 10-NN agreement of the measurements', () => inPage(DESKTOP, async (page) => {
  const rows = await answer(page, 'similar', 1);
  const labels = ['Plain autoencoder', 'VAE (β = 1)', 'β-VAE (β = 4)'];
  assert.equal(rows.length, 3);
  rows.forEach((r, i) => {
    assert.ok(r.startsWith(`${labels[i]}: `) && r.endsWith(`over all test codes ${designRow(labels[i])('10-NN')}`), r);
  });
  // another image: a new prediction
  await page.click('#lesson-q-another');
  await page.waitForFunction(() => document.getElementById('lesson-evidence').hidden);
}));

test('epochs: the VAE evolution table of the measurements, and the coherent epoch', () => inPage(DESKTOP, async (page) => {
  const rows = await answer(page, 'epochs', 2);
  const table = DOCS.split('### MNIST digits · VAE (β = 1)')[1].split('\n')
    .filter((l) => /^\| \d/.test(l)).slice(0, rows.length);
  assert.ok(rows.length >= 5);
  rows.forEach((r, i) => {
    const c = table[i].split('|').map((x) => x.trim());
    assert.equal(r, `epoch ${c[1]}: map accuracy ${c[3]}, 10-NN agreement ${c[4]}, test loss ${c[2]} nats/image`);
  });
  // the first epoch within 2 points of the final agreement, and the link to it in the evolution view
  const knn = table.map((l) => Number(l.split('|')[4].replace('%', '')));
  const first = table[knn.findIndex((k) => k >= knn[knn.length - 1] - 2 - 1e-9)].split('|')[1].trim();
  assert.equal(await page.$eval('#lesson-evolution', (a) => a.getAttribute('href')), `?model=mnist-vae&epoch=${first}`);
  assert.match(await page.$eval('#lesson-verdict', (e) => e.textContent), new RegExp(`From epoch ${first} on`));
}));

test('dims: the study models reconstruct the same test images, with the study figures', () => inPage(DESKTOP, async (page) => {
  const rows = await answer(page, 'dims');
  const dims = STUDY.latent_dims.filter((d) => d.kind === 'vae');
  assert.equal(rows.length, dims.length);
  rows.forEach((r, i) => {
    const m = dims[i].metrics;
    assert.equal(r, `${dims[i].latent_dim} numbers: reconstruction ${m.test_reconstruction_nats.toFixed(1)} nats/image, MSE ${m.test_mse_per_pixel.toFixed(4)} per pixel`);
  });
}));
