import { startServer } from './lib/server.mjs';
import { chromium } from 'playwright-core';
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const out = [];
for (let i = 0; i < Number(process.env.N || 3); i++) {
  const ctx = await browser.newContext({ viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 10240 * 1024 / 8, uploadThroughput: 675 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await p.addInitScript(() => {
    const at = {}; window.__at = at;
    const frame = (key) => { if (!(key in at) && !(`${key}_pending` in at)) { at[`${key}_pending`] = 1; requestAnimationFrame(() => { at[key] = performance.now(); }); } };
    const poll = () => {
      const img = document.querySelector('#map-frame img');
      if (img?.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0 && getComputedStyle(document.body).visibility !== 'hidden') frame('map');
      const d = document.getElementById('decoded')?.dataset.decodes; if (Number(d) >= 1) frame('digit');
      if (!('digit' in at) || !('map' in at)) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    window.__lcp = null; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = [Math.round(e.startTime), e.element?.id || e.element?.tagName]; }).observe({ type: 'largest-contentful-paint', buffered: true });
    window.__fcp = null; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  });
  await p.goto(server.url + '/' + (process.env.Q || ''));
  await p.waitForFunction(() => 'digit' in window.__at && 'map' in window.__at, null, { timeout: 120_000 });
  await p.waitForTimeout(500);
  const r = await p.evaluate(() => ({ map: Math.round(window.__at.map), digit: Math.round(window.__at.digit), fcp: Math.round(window.__fcp), lcp: window.__lcp, cls: window.__cls }));
  console.log(JSON.stringify(r)); out.push(r);
  await ctx.close();
}
await browser.close(); await server.close();
