// Lighthouse on the built site against the TF.js decoder page, both served as the static host
// serves the site (e2e/lib/static-host.mjs: gzip on the fly, Cache-Control: public,max-age=600),
// from one server on 127.0.0.1. Run by scripts/bench.sh (lighthouse section); not part of the
// test command.
//   node scripts/bench/lighthouse.mjs DIST RUNS OUT.json
//
// ours    /                                             the built site (DIST)
// anchor  /bench/page/index.html?engine=tfjs-wasm       TF.js 4.22 (tfjs-core, -backend-cpu and
//         -backend-wasm, as the page loads them) decodes z = (0, 0) with the same weights and
//         shows the digit as an image, its largest contentful paint (scripts/bench/page/)
//
// 1. Lighthouse 12 (scripts/bench/lighthouse/package-lock.json; its CLI, a fresh headless
//    /usr/bin/chromium each run) with its mobile defaults (simulated throttling: 150 ms RTT,
//    1.6 Mbps, 4× CPU slowdown; Moto G Power screen) and with --preset=desktop, RUNS runs per
//    page and preset, ours and the anchor alternating (ours first in even runs). Each figure's
//    median over the runs: the four category scores, FCP, LCP, TBT, CLS, TTI, Speed Index and
//    the transferred bytes (total-byte-weight). The reports are kept beside OUT.
// 2. Times in playwright-core with the same profiles applied, not simulated: the request
//    latency, throughput and CPU slowdown Lighthouse itself applies with
//    --throttling-method=devtools (mobile: 562.5 ms per request, 1,474.56 kbit/s down,
//    675 kbit/s up, CPU 4×; desktop: none of them, CPU 1×), its screen and user agent, a fresh
//    browser context each run (nothing cached), ours and the anchor alternating:
//    - first digit: navigation start → the first animation frame after the page's first decoded
//      digit (ours: #decoded's data-decodes ≥ 1; the anchor: body[data-decodes]);
//    - map visible (ours only): navigation start → the first animation frame after the first
//      drawing on the #map canvas (putImageData or drawImage), or after an <img> inside
//      #map-frame has loaded and has a size, whichever comes first.
import path from 'node:path';
import fs from 'node:fs';
import http from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const E2E = path.join(ROOT, 'e2e');
const LH = path.join(HERE, 'lighthouse', 'node_modules');
const { staticHost } = await import(path.join(E2E, 'lib', 'static-host.mjs'));
const { chromium } = await import(path.join(E2E, 'node_modules', 'playwright-core', 'index.mjs'));
const { throttling, screenEmulationMetrics, userAgents } = await import(path.join(LH, 'lighthouse', 'core', 'config', 'constants.js'));
const LH_CLI = path.join(LH, 'lighthouse', 'cli', 'index.js');
const LH_VERSION = JSON.parse(fs.readFileSync(path.join(LH, 'lighthouse', 'package.json'), 'utf8')).version;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

const DIST = path.resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.argv[3] ?? 3);
const OUT = path.resolve(process.argv[4] ?? 'target/bench/lighthouse.json');
const REPORTS = path.join(path.dirname(OUT), 'lighthouse');
fs.mkdirSync(REPORTS, { recursive: true });

// one server: /bench/page/ and /bench/node_modules/@tensorflow/ from scripts/bench, the rest DIST
const site = staticHost(DIST);
const page = staticHost(path.join(HERE, 'page'));
const tfjs = staticHost(path.join(HERE, 'node_modules', '@tensorflow'));
const notFound = (res) => { res.statusCode = 404; res.end(); };
const server = http.createServer((req, res) => {
  for (const [prefix, handler] of [['/bench/page/', page], ['/bench/node_modules/@tensorflow/', tfjs]]) {
    if (req.url.startsWith(prefix)) {
      req.url = req.url.slice(prefix.length - 1);
      return handler(req, res, () => notFound(res));
    }
  }
  site(req, res, () => notFound(res));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const PAGES = { ours: `${base}/`, anchor: `${base}/bench/page/index.html?engine=tfjs-wasm` };
const PRESETS = ['mobile', 'desktop'];
const order = (i) => (i % 2 ? ['anchor', 'ours'] : ['ours', 'anchor']);
const med = (x) => {
  const s = x.filter((v) => v != null).sort((p, q) => p - q);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- 1. Lighthouse -------------------------------------------------------------------------
const AUDITS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  tti_ms: 'interactive',
  speed_index_ms: 'speed-index',
  bytes: 'total-byte-weight',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function lighthouse(who, preset, i) {
  const file = path.join(REPORTS, `${preset}-${who}-${i}.json`);
  const args = [LH_CLI, PAGES[who], '--quiet', '--output=json', `--output-path=${file}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`, ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
  try {
    await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26, timeout: 300_000 });
  } catch (err) {
    if (!fs.existsSync(file)) throw new Error(`lighthouse ${preset} ${who} run ${i}: ${err.stderr || err.message}`);
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (r.runtimeError) console.error(`lighthouse ${preset} ${who} run ${i}: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const got = { benchmark_index: r.environment?.benchmarkIndex ?? null };
  for (const c of CATEGORIES) got[c] = r.categories[c]?.score == null ? null : Math.round(r.categories[c].score * 100);
  for (const [k, a] of Object.entries(AUDITS)) got[k] = r.audits[a]?.numericValue ?? null;
  got.lcp_element = r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null;
  return got;
}

const lh = {};
for (const preset of PRESETS) {
  lh[preset] = { ours: [], anchor: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const who of order(i)) {
      const got = await lighthouse(who, preset, i);
      lh[preset][who].push(got);
      console.log(`lighthouse ${preset} ${who} run ${i + 1}/${RUNS}: performance ${got.performance}, LCP ${got.lcp_ms?.toFixed(0)} ms, TBT ${got.tbt_ms?.toFixed(0)} ms, CLS ${got.cls?.toFixed(3)}, ${got.bytes?.toLocaleString('en')} bytes`);
    }
  }
}

// ---- 2. first digit and map visible, throttled as Lighthouse applies it ---------------------
const PROFILES = {
  mobile: { t: throttling.mobileSlow4G, screen: screenEmulationMetrics.mobile, ua: userAgents.mobile },
  desktop: { t: throttling.desktopDense4G, screen: screenEmulationMetrics.desktop, ua: userAgents.desktop },
};
const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });

async function timed(who, preset) {
  const { t, screen, ua } = PROFILES[preset];
  const ctx = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
    userAgent: ua,
  });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: t.requestLatencyMs,
    downloadThroughput: t.downloadThroughputKbps ? (t.downloadThroughputKbps * 1024) / 8 : -1,
    uploadThroughput: t.uploadThroughputKbps ? (t.uploadThroughputKbps * 1024) / 8 : -1,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpuSlowdownMultiplier });
  await p.addInitScript(() => {
    const at = {};
    window.__at = at;
    const frame = (key) => { if (!(key in at) && !(`${key}_pending` in at)) { at[`${key}_pending`] = 1; requestAnimationFrame(() => { at[key] = performance.now(); }); } };
    for (const name of ['putImageData', 'drawImage']) {
      const f = CanvasRenderingContext2D.prototype[name];
      CanvasRenderingContext2D.prototype[name] = function (...args) {
        if (this.canvas?.id === 'map') frame('map');
        return f.apply(this, args);
      };
    }
    const poll = () => {
      const img = document.querySelector('#map-frame img');
      if (img?.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0) frame('map');
      const d = document.getElementById('decoded')?.dataset.decodes ?? document.body?.dataset.decodes;
      if (Number(d) >= 1) frame('digit');
      if (!('digit' in at) || !('map' in at)) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await p.goto(PAGES[who]);
  await p.waitForFunction(() => 'digit' in window.__at, null, { timeout: 120_000 });
  if (who === 'ours') await p.waitForFunction(() => 'map' in window.__at, null, { timeout: 120_000 });
  const at = await p.evaluate(() => window.__at);
  await ctx.close();
  return { digit_ms: at.digit ?? null, map_ms: at.map ?? null };
}

const pw = {};
for (const preset of PRESETS) {
  pw[preset] = { ours: [], anchor: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const who of order(i)) {
      const got = await timed(who, preset);
      pw[preset][who].push(got);
      console.log(`throttled ${preset} ${who} run ${i + 1}/${RUNS}: first digit ${got.digit_ms.toFixed(0)} ms${who === 'ours' ? `, map visible ${got.map_ms.toFixed(0)} ms` : ''}`);
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

const summary = { lighthouse_version: LH_VERSION, runs: RUNS, chromium: chromiumVersion, pages: { ours: '/', anchor: '/bench/page/index.html?engine=tfjs-wasm' } };
for (const preset of PRESETS) {
  summary[preset] = {};
  for (const who of ['ours', 'anchor']) {
    const runs = lh[preset][who], times = pw[preset][who];
    const m = { runs };
    for (const k of [...CATEGORIES, ...Object.keys(AUDITS), 'benchmark_index']) m[k] = med(runs.map((r) => r[k]));
    // the LCP element of the run whose LCP is the median (of the first such run)
    m.lcp_element = runs.find((r) => r.lcp_ms === m.lcp_ms)?.lcp_element ?? runs[0]?.lcp_element ?? null;
    m.first_digit_ms = med(times.map((r) => r.digit_ms));
    m.map_visible_ms = who === 'ours' ? med(times.map((r) => r.map_ms)) : null;
    m.throttled = times;
    summary[preset][who] = m;
  }
}
fs.writeFileSync(OUT, JSON.stringify(summary, null, 1));
for (const preset of PRESETS) {
  const o = summary[preset].ours, a = summary[preset].anchor;
  console.log(`${preset} medians (ours / anchor): performance ${o.performance} / ${a.performance}, LCP ${o.lcp_ms?.toFixed(0)} / ${a.lcp_ms?.toFixed(0)} ms, TBT ${o.tbt_ms?.toFixed(0)} / ${a.tbt_ms?.toFixed(0)} ms, CLS ${o.cls} / ${a.cls}, bytes ${o.bytes} / ${a.bytes}, first digit ${o.first_digit_ms?.toFixed(0)} / ${a.first_digit_ms?.toFixed(0)} ms, map visible ${o.map_visible_ms?.toFixed(0)} ms`);
}
