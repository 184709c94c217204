// The workspace (issue 23, item 1): the map and the active view on screen together. At 1280 × 800,
// 1024 × 768 and 390 × 844, with each hands-on view open and its input brought into view as a
// user would scroll to it, the map box and the view's input are both inside the viewport; after
// drawing on the pad, the map (with its μ marker) is in view without any further scroll.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, screenshot } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [
  ['1280×800', { viewport: { width: 1280, height: 800 } }],
  ['1024×768', { viewport: { width: 1024, height: 768 } }],
  ['390×844', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
];
// each view's button and the element a student works with
// (and, for its output, what says it is drawn)
const VIEWS = [
  ['tool-encode', '#draw-pad', '#draw-pad'],
  ['tool-interp', '#interp-strip', '#interp-strip'],
  ['tool-classify', '#class-bars', '#class-bars[data-probs]'],
  ['tool-tiles', '#tiles-note', '#tiles-layer[data-centres]'],
];

// Whether the element's box lies inside the viewport (1 px slack).
const inView = (page, sel) => page.$eval(sel, (el) => {
  const r = el.getBoundingClientRect();
  return { ok: r.width > 0 && r.height > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1,
    box: [Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)], view: [innerWidth, innerHeight] };
});

for (const [size, opts] of SIZES) {
  for (const [button, input, ready] of VIEWS) {
    test(`${size}, ${button}: the map and ${input} are on screen together`, async () => {
      const ctx = await browser.newContext(opts);
      const page = await ctx.newPage();
      try {
        await page.goto(`${server.url}/?model=mnist-vae`);
        await waitForState(page, 'ready');
        await page.click(`#${button}`);
        await page.waitForFunction((b) => document.getElementById(b).getAttribute('aria-pressed') === 'true', button);
        await page.waitForSelector(input, { state: 'visible' });
        await page.waitForSelector(ready, { state: 'attached', timeout: 60_000 });
        // the views' build and the view's files have loaded: their status line is gone
        await page.waitForSelector('#tools-status[hidden]', { state: 'attached', timeout: 60_000 });
        // the student scrolls to the view's input
        await page.$eval(input, (el) => el.scrollIntoView({ block: 'nearest' }));
        const a = await inView(page, input);
        const m = await inView(page, '#map-box');
        assert.ok(a.ok, `${input} ${JSON.stringify(a)}`);
        // and not covered (by the sticky map on a phone): the element under its centre is it
        const top = await page.$eval(input, (el) => {
          const r = el.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return el.contains(at) ? null : `${at?.tagName}#${at?.id}`;
        });
        assert.equal(top, null, `${input} is covered`);
        assert.ok(m.ok, `#map-box ${JSON.stringify(m)} with ${input} at ${JSON.stringify(a.box)}`);
        if (button === 'tool-encode') {
          // draw a stroke: μ is marked on the map, which is still in view (no scroll)
          const y0 = await page.evaluate(() => scrollY);
          const b = await page.$eval('#draw-pad', (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; });
          await page.mouse.move(b[0] + 0.5 * b[2], b[1] + 0.2 * b[3]);
          await page.mouse.down();
          for (let i = 1; i <= 12; i++) await page.mouse.move(b[0] + 0.5 * b[2], b[1] + (0.2 + 0.05 * i) * b[3]);
          await page.mouse.up();
          await page.waitForFunction(() => document.getElementById('encode-panel').dataset.mu, null, { timeout: 60_000 });
          assert.equal(await page.evaluate(() => scrollY), y0, 'drawing scrolled the page');
          const m2 = await inView(page, '#map-box');
          assert.ok(m2.ok, `after drawing, #map-box ${JSON.stringify(m2)}`);
          await screenshot(page, `workspace-${size}-encode`, { fullPage: false });
        }
      } finally { await ctx.close(); }
    });
  }
}

// The training view: its buttons, the plot of the codes and the decoded image on screen together
// once the student scrolls to the buttons.
for (const [size, opts] of SIZES) {
  test(`${size}: the training view's buttons, plot and decoded image are on screen together`, async () => {
    const ctx = await browser.newContext(opts);
    const page = await ctx.newPage();
    try {
      await page.goto(`${server.url}/?train=1`);
      await waitForState(page, 'ready');
      await page.waitForSelector('#train-body:not([hidden]) #train-plot', { state: 'visible' });
      await page.$eval('#train-start', (el) => el.scrollIntoView({ block: 'start' }));
      for (const sel of ['#train-start', '#train-plot', '#train-decoded']) {
        const r = await inView(page, sel);
        assert.ok(r.ok, `${sel} ${JSON.stringify(r)}`);
      }
    } finally { await ctx.close(); }
  });
}
