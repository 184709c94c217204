// Embedding: the page inside an <iframe> of 320 × 240, 640 × 360, 1280 × 720, 700 × 150, 300 × 300
// and 300 × 200 (700 × 150 is the iframe default height; 300 × 300 puts the image in a map corner)
// fits the frame without scrolling, shows the whole map inside it, uncovered, and decodes
// under the pointer with the map's class; it never takes the keys on load (a slide deck keeps its
// arrows) and keeps them after a click until Esc; the "Embed" button's snippet reopens the state
// it was made from; presentation mode's type is larger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import { legend, classFromPixels } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

let server, browser, fixtures;
before(async () => {
  fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'latent-embed-'));
  server = await startServer({ fixturesDir: fixtures });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (fixtures) fs.rmSync(fixtures, { recursive: true, force: true });
});

// A host page (a stand-in for a slide deck) that records the keys it receives.
function hostPage(name, src, w, h) {
  fs.writeFileSync(path.join(fixtures, name), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host</title></head><body style="margin:0;padding:8px">
<iframe id="f" src="${src}" width="${w}" height="${h}" title="Latent space explorer" style="border:0"></iframe>
<script>window.hostKeys = []; addEventListener('keydown', (e) => hostKeys.push(e.key));</script>
</body></html>`);
  return `${server.url}/__e2e__/${name}`;
}

// Neither the document nor the body of `frame` (a page or an iframe's frame) scrolls.
async function assertNoScroll(frame) {
  const scroll = await frame.evaluate(() => {
    const d = document.documentElement, b = document.body;
    return { doc: [d.scrollWidth, d.clientWidth, d.scrollHeight, d.clientHeight], body: [b.scrollWidth, b.clientWidth, b.scrollHeight, b.clientHeight] };
  });
  for (const [sw, cw, sh, ch] of Object.values(scroll)) {
    assert.ok(sw <= cw && sh <= ch, `the frame scrolls: ${JSON.stringify(scroll)}`);
  }
}

async function frameOf(page) {
  const handle = await page.waitForSelector('#f');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.body?.dataset.state === 'ready', null, { timeout: 60_000 });
  await frame.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
  return { frame, box: await handle.boundingBox() };
}

for (const [w, h] of [[320, 240], [640, 360], [1280, 720], [700, 150], [300, 300], [300, 200]]) {
  test(`embed ${w} × ${h}: the frame does not scroll, the whole map is visible, uncovered, and decodes with its class`, async () => {
    const page = await browser.newPage({ viewport: { width: w + 40, height: h + 40 } });
    const problems = watch(page);
    try {
      await page.goto(hostPage(`host-${w}x${h}.html`, '/?embed=1&model=mnist-vae', w, h));
      const { frame, box: fbox } = await frameOf(page);
      await screenshot(page, `embed-${w}x${h}`, { fullPage: false });
      const r = await frame.$eval('#map', (m) => { const b = m.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; });
      assert.ok(r.w >= 40 && r.h >= 40, `the map is ${r.w} × ${r.h} px`);
      assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5,
        `the map ${JSON.stringify(r)} is not inside the ${w} × ${h} frame`);
      const entries = await legend(frame);
      const zs = new Set();
      for (const [u, v] of [[0.25, 0.3], [0.5, 0.5], [0.72, 0.68]]) {
        const x = r.x + u * r.w, y = r.y + v * r.h;
        const top = await frame.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x, y });
        assert.equal(top, 'map', `something covers the map at (${u}, ${v}): #${top}`);
        await page.mouse.move(fbox.x + x, fbox.y + y);
        await frame.waitForFunction((n) => document.getElementById('decoded').dataset.z !== n,
          [...zs].pop() ?? '', { timeout: 10_000 });
        zs.add(await frame.$eval('#decoded', (c) => c.dataset.z));
        const shown = (await frame.$eval('#map-class', (e) => e.textContent)).trim();
        const px = await frame.evaluate(({ x, y }) => {
          const c = document.getElementById('map');
          const b = c.getBoundingClientRect();
          const i = Math.floor((x - b.left) * c.width / b.width), j = Math.floor((y - b.top) * c.height / b.height);
          const d = c.getContext('2d').getImageData(i, j, 1, 1).data;
          return [[d[0], d[1], d[2]]];
        }, { x, y });
        assert.equal(classFromPixels(px, entries).name, shown, `the readout does not name the map's class at (${u}, ${v})`);
      }
      assert.equal(zs.size, 3, 'three points did not give three decodes');
      // (300 × 200: the image's panel stood a pixel below the frame, which then scrolled)
      await assertNoScroll(frame);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await page.close();
    }
  });
}

test('embed: the deck keeps its arrow keys until the map is clicked; Esc gives them back', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 560 } });
  try {
    await page.goto(hostPage('deck.html', '/?embed=1', 700, 500));
    const { frame, box } = await frameOf(page);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await page.evaluate(() => window.hostKeys), ['ArrowRight'], 'the host did not get the key on load');
    const z0 = await frame.$eval('#decoded', (c) => c.dataset.z);
    const r = await frame.$eval('#map', (m) => { const b = m.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; });
    await page.mouse.click(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
    const z1 = await frame.$eval('#decoded', (c) => c.dataset.z);
    await page.keyboard.press('ArrowRight');
    await frame.waitForFunction((z) => document.getElementById('decoded').dataset.z !== z, z1);
    assert.deepEqual(await page.evaluate(() => window.hostKeys), ['ArrowRight'], 'the host got a key meant for the map');
    assert.notEqual(z0, z1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual(await page.evaluate(() => window.hostKeys), ['ArrowRight', 'ArrowLeft'], 'Esc did not give the keys back');
  } finally {
    await page.close();
  }
});

test('embed button: the snippet reopens the state it was made from', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}/?model=mnist-plain&z=1.5,-2`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
    const ink = await page.evaluate(() => [...document.getElementById('decoded').getContext('2d').getImageData(0, 0, 28, 28).data]);
    await page.click('#embed-open');
    await page.waitForFunction(() => document.getElementById('embed-open').getAttribute('aria-expanded') === 'true'
      && document.getElementById('embed-code').value.startsWith('<iframe'));
    const code = await page.inputValue('#embed-code');
    const m = code.match(/^<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]+)"/);
    assert.ok(m, `not an iframe snippet: ${code}`);
    const src = m[1].replaceAll('&amp;', '&');
    assert.match(src, /model=mnist-plain/);
    assert.match(src, /z=1\.5,-2/);
    assert.match(src, /embed=1/);
    await expectNoViolations(page, 'embed panel open');
    fs.writeFileSync(path.join(fixtures, 'snippet.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head><body>${code.replace(/src="[^"]+"/, `src="${src.replace(/^https?:\/\/[^/]+/, '').replaceAll('&', '&amp;')}"`).replace('<iframe', '<iframe id="f"')}</body></html>`);
    const host = await browser.newPage({ viewport: { width: Number(m[2]) + 40, height: Number(m[3]) + 40 } });
    try {
      await host.goto(`${server.url}/__e2e__/snippet.html`);
      const { frame } = await frameOf(host);
      assert.equal(await frame.evaluate(() => document.body.dataset.model), 'mnist-plain');
      const ink2 = await frame.evaluate(() => [...document.getElementById('decoded').getContext('2d').getImageData(0, 0, 28, 28).data]);
      assert.deepEqual(ink2, ink, 'the embedded view decodes another image');
      await screenshot(host, 'embed-snippet', { fullPage: false });
    } finally {
      await host.close();
    }
  } finally {
    await page.close();
  }
});

test('presentation mode: larger type for projectors', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  try {
    const size = async (q, sel) => {
      await page.goto(`${server.url}/${q}`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      await page.waitForSelector('.map-label');
      return page.$eval(sel, (e) => parseFloat(getComputedStyle(e).fontSize));
    };
    const label = await size('', '.map-label');
    const readout = await size('', '#map-class');
    const labelP = await size('?present=1', '.map-label');
    const readoutP = await size('?present=1', '#map-class');
    await screenshot(page, 'present-1024x768', { fullPage: false });
    assert.ok(labelP >= 18 && labelP >= 1.3 * label, `map labels ${label} → ${labelP} px`);
    assert.ok(readoutP >= 20 && readoutP >= 1.3 * readout, `readouts ${readout} → ${readoutP} px`);
    await expectNoViolations(page, 'presentation mode');
  } finally {
    await page.close();
  }
});

// A tall frame (taller than 5:4) with the legend, the evolution's controls and a lesson: the
// decoded image is above the map, so that nothing it shows moves when the app fills the parts
// under the map; and the keyboard goes through the frame in the order it is shown (a layout that
// put the legend and the evolution after the image took the evolution's button out of order).
test('embed, tall frame: the image above the map, the parts under it, and Tab in the order shown', async () => {
  const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  try {
    await page.goto(`${server.url}/?embed=1&legend=1&evolution=1&lesson=meshgrid`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForSelector('#evolution:not([hidden])');
    await page.waitForFunction(() => [...document.querySelectorAll('#lesson-body button')].some((b) => b.getClientRects().length));
    const box = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    const [panel, map, legend] = [await box('.decoded-panel'), await box('#map'), await box('#legend')];
    assert.ok(panel.bottom <= map.top, `the image's panel ${JSON.stringify(panel)} is not above the map ${JSON.stringify(map)}`);
    assert.ok(legend.top >= map.bottom, `the legend ${JSON.stringify(legend)} is not under the map ${JSON.stringify(map)}`);
    const order = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const r = e.getBoundingClientRect();
        return { id: e.id || e.tagName.toLowerCase(), top: Math.round(r.top + scrollY), left: Math.round(r.left) };
      });
      if (!at || order.some((o) => o.id === at.id && o.top === at.top && o.left === at.left)) break;
      order.push(at);
    }
    assert.ok(order.some((o) => o.id === 'evo-toggle') && order.some((o) => o.id === 'map'), JSON.stringify(order));
    for (let i = 1; i < order.length; i++) {
      assert.ok(order[i].top >= order[i - 1].top - 2,
        `Tab goes up the frame from ${JSON.stringify(order[i - 1])} to ${JSON.stringify(order[i])}: ${JSON.stringify(order)}`);
    }
  } finally {
    await page.close();
  }
});

// Tall frames with the legend and the evolution's controls fit: the map leaves their room (a
// 1000 × 830 frame scrolled 102 px, a 640 × 900 frame 5 px).
for (const [w, h] of [[1000, 830], [640, 900], [400, 700]]) {
  test(`embed ${w} × ${h} with legend=1&evolution=1: the frame does not scroll`, async () => {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    try {
      await page.goto(`${server.url}/?embed=1&legend=1&evolution=1`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      await page.waitForSelector('#evolution:not([hidden])');
      await page.waitForFunction(() => document.querySelectorAll('#legend li').length === 10);
      await assertNoScroll(page);
    } finally {
      await page.close();
    }
  });
}

// A zoomed embed lays its zoom buttons over the map's lower right corner, as a web map does:
// under the map they took room the frame did not have (640 × 360 scrolled 44 px, 300 × 200
// 94 px, its controls on two rows). The buttons work, and the map keeps its size.
// (700 × 150 and 480 × 180: a bar as wide as its buttons, wider than a small map, widened its
// panel and pushed the image aside, CLS 0.065.)
for (const [w, h] of [[640, 360], [300, 200], [1000, 830], [700, 150], [480, 180]]) {
  test(`embed ${w} × ${h} with zoom=2: the frame does not scroll, the zoom buttons lie on the map and work`, async () => {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    try {
      await page.goto(`${server.url}/?embed=1&zoom=2&lang=ar`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      await page.waitForFunction(() => document.getElementById('zoom-level').textContent.includes('2'));
      await assertNoScroll(page);
      const rect = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom }; });
      const map = await rect('#map-box'), bar = await rect('#zoom-bar'), out = await rect('#zoom-out');
      const panel = await rect('.decoded-panel');
      for (const id of ['zoom-out', 'zoom-in']) {
        const b = await rect(`#${id}`);
        assert.ok(b.l >= map.l - 0.5 && b.r <= map.r + 0.5, `#${id} ${JSON.stringify(b)} is not on the map ${JSON.stringify(map)}`);
      }
      assert.ok(bar.l >= map.l - 0.5 && bar.r <= map.r + 0.5 && bar.t >= map.t - 0.5 && bar.b <= map.b + 0.5,
        `the zoom bar ${JSON.stringify(bar)} is not on the map ${JSON.stringify(map)}`);
      assert.ok(map.r - bar.r < 12 && map.b - bar.b < 12, `the zoom bar ${JSON.stringify(bar)} is not in the map's lower right corner ${JSON.stringify(map)}`);
      assert.ok(out.b - out.t >= 24 && out.r - out.l >= 24, `the zoom-out button is ${out.r - out.l} × ${out.b - out.t} px`);
      const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: (out.l + out.r) / 2, y: (out.t + out.b) / 2 });
      assert.equal(top, 'zoom-out', 'the zoom-out button is covered');
      const before = map.r - map.l;
      await page.click('#zoom-out');
      await page.waitForFunction(() => document.getElementById('zoom-level').textContent.includes('1'));
      assert.equal(await page.$eval('#zoom-bar', (z) => getComputedStyle(z).display), 'none', 'the whole map still shows the zoom bar');
      const after = await rect('#map-box'), panelAfter = await rect('.decoded-panel');
      assert.ok(Math.abs(after.r - after.l - before) < 0.5, `the map changed size when the bar went: ${before} → ${after.r - after.l}`);
      assert.ok(Math.abs(panelAfter.l - panel.l) < 0.5 && Math.abs(panelAfter.t - panel.t) < 0.5, `the image's panel moved when the bar went: ${JSON.stringify(panel)} → ${JSON.stringify(panelAfter)}`);
    } finally {
      await page.close();
    }
  });
}

// A low, wide frame (the iframe's default height) with the legend: the switchers on one row and
// the legend beside the map. (Under it, the legend left the map 2 px at 700 × 150.)
test('embed 700 × 150 with legend=1: the legend is beside the map, which keeps its size, and nothing scrolls', async () => {
  const page = await browser.newPage({ viewport: { width: 700, height: 150 } });
  try {
    for (const q of ['', '&legend=1', '&legend=1&dataset=fashion&lang=es']) {
      await page.goto(`${server.url}/?embed=1${q}`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      await page.waitForFunction((n) => document.querySelectorAll('#legend li').length === n, 10);
      await assertNoScroll(page);
      const map = await page.$eval('#map-box', (e) => e.getBoundingClientRect().toJSON());
      assert.ok(map.height >= 70, `${q}: the map is ${map.height} px high`);
      if (!q) continue;
      const items = await page.$$eval('#legend li', (l) => l.map((e) => e.getBoundingClientRect().toJSON()));
      for (const it of items) {
        assert.ok(it.left >= map.right && it.bottom <= 150 + 0.5 && it.width > 20, `${q}: a legend entry ${JSON.stringify(it)} is not beside the map ${JSON.stringify(map)}`);
      }
    }
    // a wider low frame gives whole names ("Zapatilla deportiva" ended in an ellipsis at 1000 px)
    await page.setViewportSize({ width: 1000, height: 170 });
    await page.goto(`${server.url}/?embed=1&legend=1&dataset=fashion&lang=es`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForFunction(() => document.querySelectorAll('#legend li').length === 10);
    await assertNoScroll(page);
    assert.deepEqual(await page.$$eval('#legend .name', (l) => l.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)), [], 'names cut at 1000 × 170');
    // a low frame up to 40rem wide reads its readouts' labels, not shows them: beside them, at
    // 480 × 190, the values had 13 px ("100 %" showed as "1.")
    await page.setViewportSize({ width: 480, height: 190 });
    await page.goto(`${server.url}/?embed=1&dataset=fashion&lang=fr`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
    await assertNoScroll(page);
    assert.deepEqual(await page.$$eval('#map-class, #map-confidence', (l) => l.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.clientWidth < 60).map((e) => `${e.id} ${e.clientWidth} px: ${e.textContent}`)), [], 'readouts cut at 480 × 190');
  } finally {
    await page.close();
  }
});

// Presenting on a projector: the whole map, with z₁'s axis, on the screen under the presenter's
// taller header (with the desktop's budget its lower edge was below the screen at every size,
// 96 px at 1280 × 720); with a compared model, the decoded image's column beside the two maps
// (it went under them, below the screen).
for (const [w, h, q] of [[1280, 720, ''], [1024, 768, '&lang=es'], [1600, 900, '&lang=de'], [1920, 1080, ''], [1280, 720, '&compare=mnist-plain']]) {
  test(`present mode at ${w} × ${h}${q}: the whole map is on the screen${q.includes('compare') ? ', the image beside both maps' : ''}`, async () => {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    try {
      await page.goto(`${server.url}/?present=1&qr=0${q}`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
      const rect = (sel) => page.$eval(sel, (e) => e.getBoundingClientRect().toJSON());
      const frame = await rect('#map-frame'), axis = await rect('#axis-z1');
      assert.ok(frame.top >= 0 && axis.bottom <= h + 0.5 && frame.right <= w, `the map's frame ${JSON.stringify(frame)} (z₁'s axis to ${axis.bottom}) is not on the ${w} × ${h} screen`);
      assert.ok(frame.height > h / 2, `the map is small: ${frame.height} px of ${h}`);
      if (q.includes('compare')) {
        await page.waitForSelector('.compare-panel:not([hidden])');
        const cmp = await rect('.compare-box'), panel = await rect('.decoded-panel'), img = await rect('#decoded');
        assert.ok(cmp.bottom <= h + 0.5 && cmp.right <= panel.left, `the compared map ${JSON.stringify(cmp)} is not on the screen, left of the image's column ${JSON.stringify(panel)}`);
        assert.ok(img.bottom <= h && img.top >= frame.top - 1, `the decoded image ${JSON.stringify(img)} is not beside the maps`);
      }
    } finally {
      await page.close();
    }
  });
}
