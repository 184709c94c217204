// Helpers that read the page through its DOM contract:
//   <canvas id="map">, <canvas id="decoded" width=28 height=28>, #z-readout, #map-class,
//   #map-confidence, <ul id="legend"> (one li per class), <div id="error" role="alert">,
//   body[data-state] = "ready" | "error".

// Waits until body[data-state] is "ready" or "error", then checks it is `state`.
export async function waitForState(page, state, timeout = 60_000) {
  const settled = await page.waitForFunction(
    () => ['ready', 'error'].includes(document.body?.dataset.state),
    null, { timeout },
  ).then(() => true, () => false);
  const got = await page.evaluate(() => ({
    state: document.body?.dataset.state ?? null,
    error: document.getElementById('error')?.textContent?.trim() ?? null,
  }));
  if (!settled || got.state !== state) {
    throw new Error(`expected body[data-state=${state}]${settled ? '' : ` within ${timeout} ms`}; `
      + `got state=${JSON.stringify(got.state)}, #error=${JSON.stringify(got.error)}`);
  }
}

// The 28×28 decoded digit as 784 ink values in 0..255 (0 = background), whatever the colours.
export async function readDecoded(page) {
  return page.evaluate(() => {
    const c = document.getElementById('decoded');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const lum = [];
    for (let i = 0; i < data.length; i += 4) {
      const a = data[i + 3] / 255; // transparent pixels count as background (black)
      lum.push(a * (0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]));
    }
    // Background is whatever the border mostly is; ink is the distance from it.
    const w = c.width, h = c.height, border = [];
    for (let x = 0; x < w; x++) { border.push(lum[x], lum[(h - 1) * w + x]); }
    for (let y = 0; y < h; y++) { border.push(lum[y * w], lum[y * w + w - 1]); }
    border.sort((a, b) => a - b);
    const bg = border[border.length >> 1];
    const ink = lum.map((v) => Math.abs(v - bg));
    return { width: w, height: h, ink };
  });
}

export function inkStats(ink) {
  const sum = ink.reduce((a, b) => a + b, 0);
  return { sum, mean: sum / ink.length, strong: ink.filter((v) => v > 128).length };
}

export function meanAbsDiff(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s / a.length;
}

export const text = (page, sel) => page.$eval(sel, (el) => el.textContent.trim());

export async function mapBox(page) {
  const box = await page.locator('#map').boundingBox();
  if (!box || box.width < 10 || box.height < 10) throw new Error(`#map has no usable box: ${JSON.stringify(box)}`);
  return box;
}

// Legend entries: the class name and its swatch colour (the first element, the li itself included,
// with a visible background colour; or a data-color / --swatch value).
export async function legend(page) {
  return page.$$eval('#legend li', (lis) => lis.map((li) => {
    const parse = (s) => {
      const m = s && s.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
      return Number(a) === 0 ? null : [Number(r), Number(g), Number(b)];
    };
    const probe = document.createElement('span');
    document.body.appendChild(probe);
    const toRgb = (css) => { probe.style.color = ''; probe.style.color = css; return parse(getComputedStyle(probe).color); };
    let color = null;
    const explicit = li.dataset.color || getComputedStyle(li).getPropertyValue('--swatch').trim();
    if (explicit) color = toRgb(explicit);
    for (const el of [...li.querySelectorAll('*'), li]) {
      if (color) break;
      color = parse(getComputedStyle(el).backgroundColor);
    }
    probe.remove();
    const name = (li.querySelector('.name')?.textContent ?? li.dataset.class ?? li.textContent).trim();
    return { name, label: li.textContent.trim(), color };
  }));
}

// The #map canvas pixels under a client point, in a (2r+1)² neighbourhood.
export async function mapPixels(page, clientX, clientY, r = 2) {
  return page.evaluate(({ clientX, clientY, r }) => {
    const c = document.getElementById('map');
    const rect = c.getBoundingClientRect();
    const px = Math.floor((clientX - rect.left) * c.width / rect.width);
    const py = Math.floor((clientY - rect.top) * c.height / rect.height);
    const x0 = Math.max(0, px - r), y0 = Math.max(0, py - r);
    const w = Math.min(c.width, px + r + 1) - x0, h = Math.min(c.height, py + r + 1) - y0;
    const { data } = c.getContext('2d').getImageData(x0, y0, w, h);
    const out = [];
    for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2]]);
    return out;
  }, { clientX, clientY, r });
}

// The class the map shows at a client point. The map paints a cell in its class colour blended
// towards white as confidence drops (c + (255 − c)·w, w ∈ [0, 0.6]); so each pixel is matched to
// the legend swatch that best explains it with some such w (least squares), and the neighbourhood
// votes. Returns { name, unanimous, votes }.
export function classFromPixels(pixels, entries) {
  const swatches = entries.filter((e) => e.color);
  if (swatches.length === 0) throw new Error('no legend swatch colours found in #legend li');
  const votes = {};
  for (const p of pixels) {
    let best = null, bestD = Infinity;
    for (const s of swatches) {
      let num = 0, den = 0;
      for (let k = 0; k < 3; k++) { num += (p[k] - s.color[k]) * (255 - s.color[k]); den += (255 - s.color[k]) ** 2; }
      const w = den > 0 ? Math.min(0.7, Math.max(0, num / den)) : 0;
      let d = 0;
      for (let k = 0; k < 3; k++) d += (p[k] - (s.color[k] + (255 - s.color[k]) * w)) ** 2;
      if (d < bestD) { bestD = d; best = s.name; }
    }
    votes[best] = (votes[best] ?? 0) + 1;
  }
  const [name, n] = Object.entries(votes).sort((a, b) => b[1] - a[1])[0];
  return { name, unanimous: n === pixels.length, votes };
}

// The #map canvas sampled on an n × n grid of positions (cell centres, as shares of its size), so
// maps of different resolutions compare. Returns n² [r, g, b].
export async function mapSamples(page, n = 24) {
  return page.evaluate((n) => {
    const c = document.getElementById('map');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const out = [];
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const x = Math.min(c.width - 1, Math.floor((i + 0.5) / n * c.width));
        const y = Math.min(c.height - 1, Math.floor((j + 0.5) / n * c.height));
        const k = (y * c.width + x) * 4;
        out.push([data[k], data[k + 1], data[k + 2]]);
      }
    }
    return out;
  }, n);
}

// Share of samples whose colour differs (any channel by more than 2).
export function sampleChange(a, b) {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i].some((v, k) => Math.abs(v - b[i][k]) > 2)) d++;
  }
  return d / a.length;
}

// Waits until the page shows model `id` (body[data-model]) with no switch in progress.
export async function waitForModel(page, id, timeout = 60_000) {
  await page.waitForFunction(
    (id) => document.body.dataset.model === id && !('busy' in document.body.dataset),
    id, { timeout },
  ).catch(async () => {
    const got = await page.evaluate(() => ({
      model: document.body.dataset.model, busy: document.body.dataset.busy,
      switchError: document.getElementById('switch-error')?.textContent,
      error: document.getElementById('error')?.textContent,
    }));
    throw new Error(`expected model ${id} on the page; got ${JSON.stringify(got)}`);
  });
}

// The weights/ files the server has answered (paths under /weights/, query dropped), from its
// `from`-th request on (`server.log.length` taken earlier).
export function weightRequests(server, from = 0) {
  return server.log.slice(from).map((r) => r.url.split('?')[0]).filter((u) => u.startsWith('/weights/'));
}

// The decoded image's readouts shown (z aside), each with its text, the number of lines it takes
// (distinct tops of its text's boxes: a value squeezed beside its name breaks onto several) and
// its text's box.
// Texts under `sel` broken across lines inside a word: a line break between two letters with no
// space between them (`"فئة الخريط|ة"`). Letters of scripts written without spaces (Chinese,
// Japanese) break anywhere by their rules, so only breaks between two letters of a spaced script
// count.
export const wordsBroken = (page, sel) => page.evaluate((sel) => {
  const out = [];
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  for (const el of document.querySelectorAll(sel)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent;
      let top = null;
      for (let i = 0; i < t.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const q = r.getClientRects()[0];
        if (!q) continue;
        const [a, b] = [t[i - 1], t[i]];
        if (top !== null && q.top > top + 2 && /\p{L}/u.test(a) && /\p{L}/u.test(b) && !unspaced.test(a) && !unspaced.test(b)) {
          out.push(`${el.id || el.tagName.toLowerCase()}: "${t.slice(0, i)}|${t.slice(i)}"`);
        }
        top = q.top;
      }
    }
  }
  return out;
}, sel);

export const readoutLines = (page) => page.evaluate(() => [...document.querySelectorAll('.decoded-panel .readouts dd:not(#z-readout)')]
  .filter((d) => d.getClientRects().length)
  .map((d) => {
    const r = document.createRange();
    r.selectNodeContents(d);
    const b = r.getBoundingClientRect();
    return { id: d.id, text: d.textContent, lines: new Set([...r.getClientRects()].map((q) => Math.round(q.top))).size, box: { left: b.left, right: b.right } };
  }));
