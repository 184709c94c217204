// Zoom and pan of the map (issue 10, item 4) with real pixels and text: the buttons, keys, wheel
// and a two-finger pinch change the window; the pointer reads z in the window (the box's centre is
// the window's centre; the point under the wheel stays put); the magnified map is the same
// 256 × 256 sample (the page says so, the canvas pixels are unchanged); the tiles are re-decoded
// for the window and equal single decodes at their centres; the address reopens the same window
// and pixels; Save PNG holds the window's map cells and the decoded image.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { waitForState, readDecoded, meanAbsDiff } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function inPage(fn, { viewport = { width: 1280, height: 900 }, isMobile = false } = {}) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, acceptDownloads: true });
  const page = await context.newPage();
  try { return await fn(page); } finally { await context.close(); }
}

const ready = async (page, query = '') => {
  await page.goto(`${server.url}/${query}`);
  await waitForState(page, 'ready');
};
const win = (page) => page.$eval('#map-box', (e) => e.dataset.window.split(',').map(Number));
const zReadout = async (page) => (await page.$eval('#z-readout', (e) => e.textContent))
  .match(/-?\d+\.\d+/g).map(Number);
const level = (page) => page.$eval('#zoom-level', (e) => e.textContent);
const near = (a, b, tol) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);
// the map box's content rectangle (inside its 1 px border): what the pointer's (u, v) is read from
async function contentBox(page) {
  return page.$eval('#map-box', (b) => {
    const r = b.getBoundingClientRect();
    return { x: r.left + b.clientLeft, y: r.top + b.clientTop, width: b.clientWidth, height: b.clientHeight };
  });
}
const mapPixels = (page) => page.evaluate(() => {
  const c = document.getElementById('map');
  return { w: c.width, h: c.height, data: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data) };
});

test('buttons and keys zoom around the cursor; the pointer reads the window; the note is honest', () => inPage(async (page) => {
  await ready(page, '?z=0,0');
  const whole = await win(page);
  const before = await mapPixels(page);
  assert.equal(await level(page), '1×');
  assert.equal(await page.$eval('#zoom-out', (b) => b.disabled), true);
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '4×');
  const w = await win(page);
  assert.ok(near([w[2] - w[0], w[3] - w[1]], [(whole[2] - whole[0]) / 4, (whole[3] - whole[1]) / 4], 1e-4), `${w} in ${whole}`);
  assert.ok(w[0] <= 0 && 0 <= w[2] && w[1] <= 0 && 0 <= w[3], 'the cursor z = (0, 0) stays in the window');
  assert.deepEqual(await zReadout(page), [0, 0], 'zooming does not move the cursor');
  const note = await page.$eval('#zoom-note', (e) => e.textContent);
  assert.match(note, /Zoomed 4×: the colours are the same 256 × 256 sample/);
  assert.match(await page.$eval('#announce', (e) => e.textContent), /^Zoomed to 4×: z₁ from /);
  // the map canvas is not recomputed: the same pixels, magnified by the style
  const after = await mapPixels(page);
  assert.deepEqual(after.data.slice(0, 4000), before.data.slice(0, 4000));
  assert.match(await page.$eval('#map', (m) => getComputedStyle(m).transform), /^matrix\(4, 0, 0, 4, /);
  // the pointer at the box's centre is the window's centre
  const b = await contentBox(page);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForFunction((w) => !document.getElementById('z-readout').textContent.includes('0.000, 0.000'), w);
  const z = await zReadout(page);
  const tol = 3 * (w[2] - w[0]) / b.width;
  assert.ok(near(z, [(w[0] + w[2]) / 2, (w[1] + w[3]) / 2], tol), `${z} vs window ${w}`);
  // the axes show the window's range
  const ticks = await page.$$eval('#axis-z1 .tick', (t) => t.map((e) => Number(e.textContent.replace('−', '-'))));
  assert.ok(ticks.length >= 2 && ticks.every((t) => t >= w[0] - 1e-6 && t <= w[2] + 1e-6), `${ticks} in ${w}`);
  // keys: − zooms out, 0 shows the whole map
  await page.focus('#map');
  await page.keyboard.press('-');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '2×');
  await page.keyboard.press('0');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '1×');
  assert.ok(near(await win(page), whole, 1e-6));
  assert.equal(await page.$eval('#announce', (e) => e.textContent), 'Showing the whole map.');
  await page.keyboard.press('+');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '2×');
  await expectNoViolations(page, 'zoomed map');
}));

test('the wheel zooms around the pointer; the written address reopens the same window and pixels', () => inPage(async (page) => {
  await ready(page, '?z=0,0');
  const b = await contentBox(page);
  const at = [b.x + b.width * 0.3, b.y + b.height * 0.7];
  await page.mouse.move(...at);
  await page.waitForFunction(() => !document.getElementById('z-readout').textContent.includes('0.000, 0.000'));
  const z0 = await zReadout(page);
  await page.mouse.wheel(0, -300); // one 2× step
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '2×');
  await page.mouse.move(at[0] + 1, at[1]);
  await page.mouse.move(...at);
  const w = await win(page);
  const z1 = await zReadout(page);
  const tol = 3 * (w[2] - w[0]) / b.width;
  assert.ok(near(z1, z0, tol), `the point under the pointer stays put: ${z0} → ${z1}`);
  // the address is written once the pointer rests
  await page.waitForFunction(() => location.search.includes('zoom=2'), null, { timeout: 5000 });
  const url = page.url();
  assert.match(url, /zoom=2&centre=-?\d/);
  const decoded = await readDecoded(page);
  const page2 = await page.context().newPage();
  await page2.goto(url);
  await waitForState(page2, 'ready');
  assert.equal(await level(page2), '2×');
  assert.ok(near(await win(page2), w, 2e-3), `${await win(page2)} vs ${w}`);
  const decoded2 = await readDecoded(page2);
  // the address keeps z to 3 decimals: the same image within a fraction of a grey level
  assert.ok(meanAbsDiff(decoded.ink, decoded2.ink) < 0.5, 'the same decoded pixels');
  assert.ok(near(await zReadout(page2), z1, 1e-3));
}));

test('tiles are re-decoded for the zoomed window and equal single decodes at their centres', () => inPage(async (page) => {
  await ready(page, '?view=tiles&z=0,0');
  await page.waitForFunction(() => document.getElementById('tiles-layer')?.dataset.centres);
  const first = await page.$eval('#tiles-layer', (c) => c.dataset.centres);
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  await page.waitForFunction((f) => document.getElementById('zoom-level').textContent === '8×'
    && document.getElementById('tiles-layer').dataset.centres !== f, first);
  const w = await win(page);
  const t = await page.evaluate(() => {
    const c = document.getElementById('tiles-layer');
    return { centres: c.dataset.centres.split(';').map((s) => s.split(',').map(Number)), w: c.width,
      data: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data) };
  });
  assert.equal(t.centres.length, 225);
  assert.ok(t.centres.every(([a, b]) => a >= w[0] && a <= w[2] && b >= w[1] && b <= w[3]), 'all inside the window');
  const dx = (w[2] - w[0]) / 15;
  assert.ok(Math.abs(t.centres[0][0] - (w[0] + dx / 2)) < 1e-4, `${t.centres[0]} vs ${w}`);
  assert.match(await page.$eval('#tiles-note', (e) => e.textContent), /tiling the zoomed window/);
  const tile = (k) => { const tr = Math.floor(k / 15), tc = k % 15, out = [];
    for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) out.push(t.data[((tr * 28 + r) * t.w + tc * 28 + c) * 4]); return out; };
  for (const k of [0, 112, 224]) {
    const px = await page.evaluate(async ([a, b]) => {
      const m = await import(document.querySelector('link[rel="modulepreload"]').href);
      await m.default(); // (initialised already unless the page runs the build with the hands-on views)
      const bytes = new Uint8Array(await (await fetch('weights/mnist/vae.safetensors')).arrayBuffer());
      const ex = m.Explorer.fromBytes(bytes, 'vae');
      return Array.from(ex.decode(a, b)).map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
    }, t.centres[k]);
    assert.ok(meanAbsDiff(tile(k), px) < 0.01, `tile ${k}`);
  }
}));

test('Save PNG holds the zoomed window of the map and the decoded image', () => inPage(async (page) => {
  await ready(page, '?z=0,0&zoom=4&centre=0,0');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '4×');
  const w = await win(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
  assert.match(download.suggestedFilename(), /^mnist-vae-z_0_0\.png$/);
  const png = fs.readFileSync(await download.path());
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  const got = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const map = document.getElementById('map');
    const box = document.getElementById('map-box');
    const [zk, zu, zv] = ['--zk', '--zu', '--zv'].map((k) => Number(box.style.getPropertyValue(k)));
    const mapData = map.getContext('2d').getImageData(0, 0, map.width, map.height).data;
    const dec = document.getElementById('decoded').getContext('2d').getImageData(0, 0, 28, 28).data;
    const px = (x, y) => Array.from(ctx.getImageData(x, y, 1, 1).data);
    // map cells away from the marker (at the window's centre): PNG pixel at a cell's centre
    const cells = [];
    for (const [fu, fv] of [[0.1, 0.1], [0.85, 0.2], [0.15, 0.9], [0.8, 0.85]]) {
      const cx = Math.floor((zu + fu / zk) * map.width), cy = Math.floor((zv + fv / zk) * map.height);
      const x = 10 + (((cx + 0.5) / map.width - zu) * zk) * 512;
      const y = 40 + (((cy + 0.5) / map.height - zv) * zk) * 512;
      const i = (cy * map.width + cx) * 4;
      cells.push({ png: px(Math.floor(x), Math.floor(y)), map: Array.from(mapData.slice(i, i + 4)) });
    }
    const decoded = [];
    for (const [r, cc] of [[5, 5], [14, 14], [20, 10], [10, 20]]) {
      const i = (r * 28 + cc) * 4;
      decoded.push({ png: px(542 + cc * 6 + 3, 40 + r * 6 + 3), canvas: Array.from(dec.slice(i, i + 4)) });
    }
    return { w: img.width, h: img.height, cells, decoded };
  }, png.toString('base64'));
  assert.equal(got.w, 762);
  for (const c of got.cells) assert.deepEqual(c.png.slice(0, 3), c.map.slice(0, 3), `map cell ${JSON.stringify(c)} (window ${w})`);
  for (const d of got.decoded) assert.deepEqual(d.png.slice(0, 3), d.canvas.slice(0, 3), `decoded pixel ${JSON.stringify(d)}`);
}));

test('a two-finger pinch zooms and pans on a touch screen', () => inPage(async (page) => {
  await ready(page, '?z=0,0');
  const b = await contentBox(page);
  const cdp = await page.context().newCDPSession(page);
  const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  const touch = (type, d, shift = 0) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [
      { x: cx - d + shift, y: cy, id: 1 }, { x: cx + d + shift, y: cy, id: 2 }],
  });
  await touch('touchStart', 40);
  for (let d = 50; d <= 160; d += 10) await touch('touchMove', d);
  await touch('touchEnd', 160);
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent !== '1×');
  const k = Number((await level(page)).replace('×', ''));
  assert.ok(k > 3 && k < 4.5, `fingers 80 px → 320 px apart: about 4× (got ${k}×)`);
  const w1 = await win(page);
  // both fingers move right: the map follows them (the window moves towards smaller z₁)
  await touch('touchStart', 100);
  for (let s = 10; s <= 80; s += 10) await touch('touchMove', 100, s);
  await touch('touchEnd', 100, 80);
  await page.waitForFunction((x) => document.getElementById('map-box').dataset.window.split(',').map(Number)[0] < x - 1e-3, w1[0]);
  const w2 = await win(page);
  const moved = (w1[0] - w2[0]) / (w1[2] - w1[0]);
  assert.ok(moved > 0.05, `the window moved ${moved} of its width`);
}, { viewport: { width: 800, height: 900 }, isMobile: true }));

test('while zoomed, an interpolation click sets its end where the pointer is', () => inPage(async (page) => {
  await ready(page, '?view=interp&z=0,0&zoom=4');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '4×');
  const b = await contentBox(page);
  await page.mouse.click(b.x + b.width * 0.25, b.y + b.height * 0.25);
  await page.waitForFunction(() => /Start set to/.test(document.getElementById('announce').textContent));
  const said = (await page.$eval('#announce', (e) => e.textContent)).match(/-?\d+\.\d+/g).map(Number);
  const cursor = await zReadout(page);
  const w = await win(page);
  assert.ok(near(said, cursor, 6e-3), `start ${said} vs the cursor under the click ${cursor}`);
  assert.ok(said[0] >= w[0] && said[0] <= w[2] && said[1] >= w[1] && said[1] <= w[3], `${said} in ${w}`);
}));

test('the wheel scrolls the page at the whole map, and an embed zooms only with Ctrl', () => inPage(async (page) => {
  await ready(page, '?z=0,0');
  const b = await contentBox(page);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.scrollY > 0);
  assert.equal(await level(page), '1×', 'scrolling down at the whole map scrolls the page');
  await ready(page, '?z=0,0&embed=1');
  const e = await contentBox(page);
  await page.mouse.move(e.x + e.width / 2, e.y + e.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  assert.equal(await level(page), '1×', 'an embed lets the deck have the wheel');
  assert.equal(await page.$eval('#zoom-bar', (z) => getComputedStyle(z).display), 'none');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '2×');
  // zoomed, the embed shows the buttons (to get back to the whole map)
  assert.notEqual(await page.$eval('#zoom-bar', (z) => getComputedStyle(z).display), 'none');
  await page.click('#zoom-reset');
  await page.waitForFunction(() => document.getElementById('zoom-level').textContent === '1×');
}, { viewport: { width: 1280, height: 700 } }));
