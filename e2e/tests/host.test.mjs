// No wrong answers under any host (issue 20, item 1): the pointer maps to the right z however the
// page is scaled — `transform: scale(0.6)` on <body>, `zoom: 1.5` on <html>, a device pixel
// ratio of 2, and inside an iframe whose host page scales it as slide tools do. Pointing at the
// centres of cells (0, 0), (128, 128), (255, 255) and at the map's last on-screen pixel reads a z
// within half a cell of that cell's centre (bounds from the view file), the marker on the
// overlay is drawn under the pointer (±1 px), and a click of the interpolation tool while zoomed
// sets the end at the pointer's z.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The default model's view file: its meshgrid size and bounds (`map.bounds`, f32 [2, 2]:
// [[min z₁, min z₂], [max z₁, max z₂]]), read from the safetensors file itself.
function defaultGrid() {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  const entry = manifest.bundles[0];
  const bytes = fs.readFileSync(path.join(DIST, 'weights', entry.view));
  const n = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + n).toString('utf8'));
  const at = (key) => 8 + n + header[key].data_offsets[0];
  assert.equal(header['map.bounds'].dtype, 'F32');
  const b = [0, 1, 2, 3].map((i) => bytes.readFloatLE(at('map.bounds') + 4 * i));
  const [rows, cols] = header['map.class'].shape;
  return { min: [b[0], b[1]], max: [b[2], b[3]], rows, cols, id: entry.id };
}
const grid = defaultGrid();
const cell = [(grid.max[0] - grid.min[0]) / grid.cols, (grid.max[1] - grid.min[1]) / grid.rows];
// the centre of cell (row, col): z₁ grows to the right, z₂ upwards (row 0 is the top)
const centre = (row, col) => [
  grid.min[0] + (col + 0.5) * cell[0],
  grid.max[1] - (row + 0.5) * cell[1],
];

// The hosts: each opens the page at `query` and returns the frame that holds it.
const HOSTS = {
  'transform: scale(0.6) on body': {
    open: async (page, query) => {
      await page.goto(`${server.url}/${query}`);
      await page.addStyleTag({ content: 'body { transform: scale(0.6); transform-origin: 0 0; }' });
      return page.mainFrame();
    },
  },
  'zoom: 1.5 on html': {
    // tall enough that the magnified map is on screen without scrolling
    context: { viewport: { width: 1280, height: 1500 } },
    open: async (page, query) => {
      await page.goto(`${server.url}/${query}`);
      await page.addStyleTag({ content: 'html { zoom: 1.5; }' });
      return page.mainFrame();
    },
  },
  'device scale factor 2': {
    context: { deviceScaleFactor: 2 },
    open: async (page, query) => {
      await page.goto(`${server.url}/${query}`);
      return page.mainFrame();
    },
  },
  'an iframe scaled by its host (a slide tool fitting a 1280 × 800 slide into 896 px)': {
    open: async (page, query) => {
      await page.setContent(`<!doctype html><body style="margin:13px">
        <div style="width:896px;height:560px;overflow:hidden">
          <iframe title="Latent space explorer" src="${server.url}/${query}" style="border:0;width:1280px;
            height:800px;transform:scale(0.7);transform-origin:0 0"></iframe></div></body>`);
      const handle = await page.waitForSelector('iframe');
      return handle.contentFrame();
    },
  },
};

async function inHost(host, query, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(host.context ?? {}) });
  const page = await context.newPage();
  try {
    const frame = await host.open(page, query);
    await waitForState(frame, 'ready');
    // settle layout after the host's style
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return await fn(page, frame);
  } finally {
    await context.close();
  }
}

// The map's content box (the overlay fills it) in the top page's coordinates, as the mouse sees it.
const mapArea = async (frame) => {
  const box = await frame.locator('#map-overlay').boundingBox();
  assert.ok(box && box.width > 50, `no map box: ${JSON.stringify(box)}`);
  return box;
};
const readZ = (frame) => frame.$eval('#z-readout', (e) => [Number(e.dataset.z1), Number(e.dataset.z2)]);

// Points the mouse at (x, y) and waits for the readout to show a new z.
async function pointAt(page, frame, x, y) {
  const before = await frame.$eval('#z-readout', (e) => `${e.dataset.z1},${e.dataset.z2}`);
  await page.mouse.move(x, y);
  await frame.waitForFunction((b) => {
    const e = document.getElementById('z-readout');
    return `${e.dataset.z1},${e.dataset.z2}` !== b;
  }, before, { timeout: 10_000 }).catch(() => {});
  return readZ(frame);
}

// The marker's centre on the overlay canvas, in the top page's coordinates: the centroid of its
// drawn pixels (a ring with four ticks, symmetric about its centre).
async function markerAt(frame, area) {
  const m = await frame.evaluate(() => {
    const c = document.getElementById('map-overlay');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let sx = 0, sy = 0, n = 0;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] > 0) { const p = (i - 3) / 4; sx += (p % c.width) + 0.5; sy += Math.floor(p / c.width) + 0.5; n++; }
    }
    return { x: sx / n, y: sy / n, n, w: c.width, h: c.height };
  });
  assert.ok(m.n > 20, 'the marker is drawn');
  return [area.x + (m.x / m.w) * area.width, area.y + (m.y / m.h) * area.height];
}

for (const [name, host] of Object.entries(HOSTS)) {
  test(`pointer → z under ${name}`, () => inHost(host, '', async (page, frame) => {
    const area = await mapArea(frame);
    const at = (row, col) => [area.x + ((col + 0.5) / grid.cols) * area.width, area.y + ((row + 0.5) / grid.rows) * area.height];
    for (const [row, col] of [[0, 0], [128, 128], [255, 255], [60, 200]]) {
      const [x, y] = at(row, col);
      const z = await pointAt(page, frame, x, y);
      const want = centre(row, col);
      assert.ok(Math.abs(z[0] - want[0]) <= cell[0] / 2 && Math.abs(z[1] - want[1]) <= cell[1] / 2,
        `cell (${row}, ${col}): z = ${z}, its centre ${want} (half a cell: ${cell.map((c) => c / 2)})`);
      if (row === 128 || row === 60) {
        const [mx, my] = await markerAt(frame, area);
        assert.ok(Math.abs(mx - x) <= 1 && Math.abs(my - y) <= 1, `marker at (${mx}, ${my}), pointer at (${x}, ${y})`);
      }
    }
    // the last on-screen pixel of the map, bottom right: the last cell
    const z = await pointAt(page, frame, area.x + area.width - 0.5, area.y + area.height - 0.5);
    const last = centre(grid.rows - 1, grid.cols - 1);
    assert.ok(Math.abs(z[0] - last[0]) <= cell[0] / 2 && Math.abs(z[1] - last[1]) <= cell[1] / 2,
      `last pixel: z = ${z}, the last cell's centre ${last}`);
  }));
}

test('a zoomed interpolation click sets the end at the pointer, in a scaled page', () => inHost(HOSTS['transform: scale(0.6) on body'], '?view=interp&zoom=4&z=0.5,0.5', async (page, frame) => {
  const area = await mapArea(frame);
  const [x, y] = [area.x + 0.3 * area.width, area.y + 0.7 * area.height];
  const z = await pointAt(page, frame, x, y);
  // the window: the map box's data-window is z₁ min, z₂ min, z₁ max, z₂ max of the visible part
  const w = await frame.$eval('#map-box', (e) => e.dataset.window.split(',').map(Number));
  assert.ok(Math.abs(w[2] - w[0] - (grid.max[0] - grid.min[0]) / 4) < 1e-3, `zoomed 4×: window ${w}`);
  const want = [w[0] + 0.3 * (w[2] - w[0]), w[3] - 0.7 * (w[3] - w[1])];
  const zoomedCell = (w[2] - w[0]) / grid.cols;
  assert.ok(Math.abs(z[0] - want[0]) <= zoomedCell && Math.abs(z[1] - want[1]) <= zoomedCell, `pointer z ${z}, expected ${want}`);
  await page.mouse.click(x, y);
  await frame.waitForFunction(() => new URL(location.href).searchParams.has('a'), null, { timeout: 10_000 });
  const a = await frame.evaluate(() => new URL(location.href).searchParams.get('a').split(',').map(Number));
  // the address writes z to the precision of a map cell; the end is within half a cell of the pointer's z
  assert.ok(Math.abs(a[0] - z[0]) <= cell[0] / 2 && Math.abs(a[1] - z[1]) <= cell[1] / 2, `end A ${a}, pointer z ${z}`);
}));
