// Cold open → first decoded digit, with and without the page's prefetch script, in paired,
// alternating runs (fresh browser context each, so nothing is cached) over a simulated
// round-trip time. Run by scripts/bench.sh; not part of the test command.
//   node scripts/bench/cold-open.mjs DIST [RUNS [OUT.json]]      (RTT=100 for a 100 ms round trip)
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
const E2E = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'e2e', 'node_modules');
const { chromium } = await import(path.join(E2E, 'playwright-core', 'index.mjs'));
const { default: sirv } = await import(path.join(E2E, 'sirv', 'build.mjs'));
import http from 'node:http';
const serve = (dir) => new Promise((res) => { const s = http.createServer(sirv(dir, { dev: true })); s.listen(0, '127.0.0.1', () => res(s)); });
const DIST = path.resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.argv[3] ?? 12);
const OUT = process.argv[4];
// the same site without the prefetch script: the app then fetches the manifest, then the bundle
const NOPRE = fs.mkdtempSync(path.join(os.tmpdir(), 'latent-nopre-'));
fs.cpSync(DIST, NOPRE, { recursive: true });
const idx = path.join(NOPRE, 'index.html');
fs.writeFileSync(idx, fs.readFileSync(idx, 'utf8').replace(/\s*<script id="prefetch">[\s\S]*?<\/script>/, ''));
const a = await serve(DIST), b = await serve(NOPRE);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function once(server) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(process.env.RTT ?? 0), downloadThroughput: -1, uploadThroughput: -1 });
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const d = document.getElementById('decoded');
      if (d && Number(d.dataset.decodes) >= 1 && !window.__first) window.__first = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-decodes'] });
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.__first);
  const t = await page.evaluate(() => window.__first);
  await ctx.close();
  return t;
}
const A = [], B = [];
for (let i = 0; i < RUNS; i++) { if (i % 2) { B.push(await once(b)); A.push(await once(a)); } else { A.push(await once(a)); B.push(await once(b)); } }
const med = (x) => { const s = [...x].sort((p, q) => p - q); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log('with prefetch   median ms', med(A).toFixed(0), A.map((v) => v.toFixed(0)).join(' '));
console.log('without prefetch median ms', med(B).toFixed(0), B.map((v) => v.toFixed(0)).join(' '));
console.log('ratio', (med(A) / med(B)).toFixed(2));
console.log(`(RTT ${process.env.RTT ?? 0} ms, ${RUNS} paired runs, medians)`);
if (OUT) fs.writeFileSync(OUT, JSON.stringify({ rtt_ms: Number(process.env.RTT ?? 0), runs: RUNS, with_prefetch_ms: med(A), without_prefetch_ms: med(B) }));
await browser.close(); a.close(); b.close();
fs.rmSync(NOPRE, { recursive: true, force: true });
