// The explorer's main path: the page loads the default bundle, and moving a pointer (mouse or touch)
// over the latent map decodes the latent point under it, live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import {
  waitForState, readDecoded, inkStats, meanAbsDiff, text, mapBox, legend, mapPixels, classFromPixels,
} from '../lib/page.mjs';

// Fractions of the #map box where the pointer goes.
const POINTS = [[0.25, 0.25], [0.5, 0.75], [0.8, 0.3]];
// A decoded digit must have some ink: mean ink > 8/255 and at least 10 strong (> 128) pixels.
const MIN_MEAN_INK = 8;
const MIN_STRONG = 10;
// Two decodes of different latent points must differ by more than this (mean |Δ| per pixel, 0..255).
const MIN_DIFF = 10;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Moves off the exact spot when a (2r+1)² neighbourhood straddles a class border, so the
// expected class is unambiguous. Returns the client point and the class the map shows there.
async function pickPoint(page, entries, box, fx, fy) {
  const x0 = box.x + fx * box.width, y0 = box.y + fy * box.height;
  let first = null;
  for (let r = 0; r <= 8; r += 2) {
    for (const [dx, dy] of r === 0 ? [[0, 0]] : [[r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, -r], [r, -r], [-r, r]]) {
      const x = x0 + dx, y = y0 + dy;
      const cls = classFromPixels(await mapPixels(page, x, y), entries);
      first ??= { x, y, cls };
      if (cls.unanimous) return { x, y, cls };
    }
  }
  return first;
}

// Waits for the pointer's effect: #z-readout differs from `prevZ` and the decoded image has been redrawn
// (differs from `prevInk`, when given). Returns the new readout and decode.
async function waitForDecode(page, prevZ, prevInk, timeout = 10_000) {
  const t0 = Date.now();
  for (;;) {
    const z = await text(page, '#z-readout');
    const { ink } = await readDecoded(page);
    if (z !== prevZ && (!prevInk || meanAbsDiff(ink, prevInk) > 0)) {
      // one more frame so a decode scheduled on requestAnimationFrame has landed
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return { z: await text(page, '#z-readout'), ink: (await readDecoded(page)).ink };
    }
    if (Date.now() - t0 > timeout) {
      throw new Error(`no live decode within ${timeout} ms: #z-readout stayed ${JSON.stringify(z)}`
        + (prevInk ? `, decoded image changed by ${meanAbsDiff(ink, prevInk).toFixed(2)}` : ''));
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('mouse: hovering three map points decodes three different digits, with the map\'s class', async (t0) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    await screenshot(page, 'mouse-0-ready');

    const entries = await legend(page);
    assert.ok(entries.length >= 2, `#legend has ${entries.length} entries`);
    const box = await mapBox(page);
    // Read the map colours before the pointer is on it (so no cursor mark is in the way).
    const targets = [];
    for (const [fx, fy] of POINTS) targets.push(await pickPoint(page, entries, box, fx, fy));

    const decodes = [];
    let prevZ = await text(page, '#z-readout');
    let prevInk = null;
    for (const [i, t] of targets.entries()) {
      await page.mouse.move(t.x, t.y, { steps: 4 });
      const { z, ink } = await waitForDecode(page, prevZ, prevInk);
      await screenshot(page, `mouse-${i + 1}-point`);
      const stats = inkStats(ink);
      const where = `point ${i + 1} (${POINTS[i]}) z=${z}`;
      assert.match(z, /-?\d+(\.\d+)?.*-?\d+(\.\d+)?/, `${where}: #z-readout shows two numbers`);
      assert.ok(stats.mean > MIN_MEAN_INK && stats.strong >= MIN_STRONG,
        `${where}: decoded digit looks blank (mean ink ${stats.mean.toFixed(1)}, ${stats.strong} pixels > 128)`);
      const shown = await text(page, '#map-class');
      if (t.cls.unanimous) {
        const entry = entries.find((e) => e.name === t.cls.name);
        assert.ok(shown === t.cls.name || shown === entry?.label,
          `${where}: #map-class says ${JSON.stringify(shown)}, the map colour there is class ${JSON.stringify(t.cls.name)}`);
      } else {
        // On a border pixel-exact agreement is not expected; it must still be one of the neighbours.
        assert.ok(Object.keys(t.cls.votes).includes(shown),
          `${where}: #map-class ${JSON.stringify(shown)} is none of the classes near the point ${JSON.stringify(t.cls.votes)}`);
      }
      const conf = await text(page, '#map-confidence');
      assert.ok(conf.length > 0, `${where}: #map-confidence is empty`);
      t0.diagnostic(`point ${i + 1}: ${z}, #map-class ${JSON.stringify(shown)} (map colour: ${t.cls.name}`
        + `${t.cls.unanimous ? '' : ` on a border ${JSON.stringify(t.cls.votes)}`}), confidence ${conf}, `
        + `mean ink ${stats.mean.toFixed(1)}, ${stats.strong} pixels > 128`);
      decodes.push({ z, ink });
      prevZ = z; prevInk = ink;
    }
    for (let a = 0; a < decodes.length; a++) {
      for (let b = a + 1; b < decodes.length; b++) {
        assert.notEqual(decodes[a].z, decodes[b].z, `points ${a + 1} and ${b + 1} show the same z`);
        const d = meanAbsDiff(decodes[a].ink, decodes[b].ink);
        t0.diagnostic(`decodes ${a + 1} vs ${b + 1}: mean |Δ| ${d.toFixed(1)}`);
        assert.ok(d > MIN_DIFF, `decodes ${a + 1} and ${b + 1} are nearly the same (mean |Δ| ${d.toFixed(2)})`);
      }
    }
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(problems.badResponses, [], 'failed requests');
  } finally {
    await page.close();
  }
});

test('touch: dragging a finger over the map decodes live and does not scroll the page', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
  });
  const page = await context.newPage();
  const problems = watch(page);
  try {
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    // Make sure the page *can* scroll, so "did not scroll" means something; bring the map into view.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '150vh';
      document.getElementById('map').scrollIntoView({ block: 'center' });
      window.__pointerTypes = new Set();
      document.getElementById('map').addEventListener('pointermove', (e) => window.__pointerTypes.add(e.pointerType));
      document.getElementById('map').addEventListener('pointerdown', (e) => window.__pointerTypes.add(e.pointerType));
    });
    await screenshot(page, 'touch-0-ready', { fullPage: false });
    const box = await mapBox(page);
    const scroll0 = await page.evaluate(() => [window.scrollX, window.scrollY]);

    // A drag from 30%/70% to 70%/30%: finger moving up, which scrolls an ordinary page down.
    const cdp = await context.newCDPSession(page);
    const at = (fx, fy) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });
    const z0 = await text(page, '#z-readout');
    const ink0 = (await readDecoded(page)).ink;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0.3, 0.7)] });
    for (let i = 1; i <= 10; i++) {
      const f = i / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(0.3 + 0.4 * f, 0.7 - 0.4 * f)] });
    }
    const mid = await waitForDecode(page, z0, null);
    await screenshot(page, 'touch-1-dragging', { fullPage: false });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    const types = await page.evaluate(() => [...window.__pointerTypes]);
    assert.ok(types.includes('touch'), `pointer events on #map had types ${JSON.stringify(types)}, no "touch"`);
    assert.notEqual(mid.z, z0, '#z-readout did not change while dragging');
    const stats = inkStats(mid.ink);
    assert.ok(stats.mean > MIN_MEAN_INK && stats.strong >= MIN_STRONG, `decoded digit looks blank after the drag`);
    assert.ok(meanAbsDiff(mid.ink, ink0) > 0, 'decoded image did not change while dragging');
    const scroll1 = await page.evaluate(() => [window.scrollX, window.scrollY]);
    assert.deepEqual(scroll1, scroll0, 'dragging on the map scrolled the page (needs touch-action: none on #map)');

    // A tap elsewhere picks that point too.
    const t = at(0.75, 0.75);
    await page.touchscreen.tap(t.x, t.y);
    const tapped = await waitForDecode(page, mid.z, null);
    await screenshot(page, 'touch-2-tap', { fullPage: false });
    assert.notEqual(tapped.z, mid.z, '#z-readout did not change on a tap');
    assert.deepEqual(await page.evaluate(() => [window.scrollX, window.scrollY]), scroll0, 'a tap on the map scrolled the page');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page');
  } finally {
    await context.close();
  }
});

test('the page links the docs page, which is deployed with the site and shows the measured answers', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/`);
    await waitForState(page, 'ready');
    const href = await page.getAttribute('#docs-link a', 'href');
    assert.equal(href, 'docs/latent-space.html');
    await page.click('#docs-link a');
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/docs\/latent-space\.html$/);
    const h1 = await page.textContent('h1');
    assert.match(h1, /original questions, measured/);
    const body = await page.textContent('body');
    assert.match(body, /How far can we reduce dimensions/);
    // the figures it embeds are deployed too and decode as images
    const sizes = await page.$$eval('img', (imgs) => imgs.map((i) => [i.getAttribute('src'), i.naturalWidth]));
    assert.ok(sizes.length >= 4, JSON.stringify(sizes));
    for (const [src, w] of sizes) assert.ok(w > 0, `${src} did not load`);
  } finally {
    await page.close();
  }
});
