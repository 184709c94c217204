// Deploys that cannot mix, and browsers that cannot run the module:
// - the built site names its assets by content hash and index.html points at exactly those;
// - a glue and a wasm of two different builds (a cached glue after a redeploy), or a glue that
//   is gone, make the page say a newer version was published, with a button that reloads;
// - a browser whose WebAssembly lacks a feature the module needs gets a plain message naming
//   the minimum browser versions, before any wasm is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const HASH = '[0-9a-f]{12}';

test('assets have content-hashed names and index.html references exactly those', () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const top = fs.readdirSync(DIST);
  const pkg = fs.readdirSync(path.join(DIST, 'pkg'));
  const one = (list, re, where) => {
    const found = list.filter((f) => re.test(f));
    assert.equal(found.length, 1, `expected one ${re} in ${where}, found ${JSON.stringify(found)}`);
    return found[0];
  };
  const main = one(top, new RegExp(`^main-${HASH}\\.js$`), DIST);
  const glue = one(pkg, new RegExp(`^latent_web-${HASH}\\.js$`), 'pkg/');
  const wasm = one(pkg, new RegExp(`^latent_web_bg-${HASH}\\.wasm$`), 'pkg/');
  assert.ok(!top.includes('main.js'), 'unhashed main.js deployed');
  // the stylesheet is inline (no second round trip before the first paint), and no file of it
  // is deployed
  assert.deepEqual(top.filter((f) => f.endsWith('.css')), [], 'a stylesheet file deployed');
  assert.ok(!index.includes('rel="stylesheet"'), 'index.html links a stylesheet');
  const inline = index.split('<style id="page-style">')[1]?.split('</style>')[0] ?? '';
  assert.ok(inline.includes('.map-frame {') && inline.length > 20_000, 'index.html has no inline stylesheet');
  assert.ok(index.includes(`src="${main}"`), `index.html does not load ${main}`);
  assert.ok(index.includes(`'pkg/${glue}'`), `index.html does not preload pkg/${glue}`);
  const mainText = fs.readFileSync(path.join(DIST, main), 'utf8');
  assert.ok(mainText.includes(`'./pkg/${glue}'`), `${main} does not import pkg/${glue}`);
  const glueText = fs.readFileSync(path.join(DIST, 'pkg', glue), 'utf8');
  assert.ok(glueText.includes(`new URL('${wasm}', import.meta.url)`), `${glue} does not fetch ${wasm}`);
  // the page with the hands-on views, imported by main.js when a view opens (and its wasm
  // preloaded by the head script for an address that opens one)
  const tools = fs.readdirSync(path.join(DIST, 'tools'));
  const toolsGlue = one(tools, new RegExp(`^latent_web_tools-${HASH}\\.js$`), 'tools/');
  const toolsWasm = one(tools, new RegExp(`^latent_web_tools_bg-${HASH}\\.wasm$`), 'tools/');
  assert.ok(mainText.includes(`'./tools/${toolsGlue}'`), `${main} does not import tools/${toolsGlue}`);
  assert.ok(mainText.includes(`'tools/${toolsWasm}'`), `${main} does not preload tools/${toolsWasm}`);
  assert.ok(index.includes(`'tools/${toolsWasm}'`), `index.html does not preload tools/${toolsWasm}`);
  assert.ok(index.includes(`'tools/${toolsGlue}'`), `index.html does not preload tools/${toolsGlue}`);
  const toolsText = fs.readFileSync(path.join(DIST, 'tools', toolsGlue), 'utf8');
  assert.ok(toolsText.includes(`new URL('${toolsWasm}', import.meta.url)`), `${toolsGlue} does not fetch ${toolsWasm}`);
  // the training view's own module, imported by main.js when its panel first opens
  const view = fs.readdirSync(path.join(DIST, 'train-view'));
  const viewGlue = one(view, new RegExp(`^latent_train_view-${HASH}\\.js$`), 'train-view/');
  const viewWasm = one(view, new RegExp(`^latent_train_view_bg-${HASH}\\.wasm$`), 'train-view/');
  assert.ok(mainText.includes(`'./train-view/${viewGlue}'`), `${main} does not import train-view/${viewGlue}`);
  const viewText = fs.readFileSync(path.join(DIST, 'train-view', viewGlue), 'utf8');
  assert.ok(viewText.includes(`new URL('${viewWasm}', import.meta.url)`), `${viewGlue} does not fetch ${viewWasm}`);
  assert.ok(!index.includes('latent_train_view'), 'index.html loads nothing of the training view');
  // the training worker: main.js hands the view the hashed script, which imports the hashed glue
  const worker = one(top, new RegExp(`^train-worker-${HASH}\\.js$`), DIST);
  const workerDir = fs.readdirSync(path.join(DIST, 'worker'));
  const workerGlue = one(workerDir, new RegExp(`^latent_train_worker-${HASH}\\.js$`), 'worker/');
  const workerWasm = one(workerDir, new RegExp(`^latent_train_worker_bg-${HASH}\\.wasm$`), 'worker/');
  assert.ok(!top.includes('train-worker.js'), 'unhashed train-worker.js deployed');
  assert.ok(mainText.includes(`'./${worker}'`), `${main} does not hand the view ${worker}`);
  const workerText = fs.readFileSync(path.join(DIST, worker), 'utf8');
  assert.ok(workerText.includes(`'./worker/${workerGlue}'`), `${worker} does not import worker/${workerGlue}`);
  const workerGlueText = fs.readFileSync(path.join(DIST, 'worker', workerGlue), 'utf8');
  assert.ok(workerGlueText.includes(`new URL('${workerWasm}', import.meta.url)`), `${workerGlue} does not fetch ${workerWasm}`);
});

// Opens the page with `setup(page)` applied first; returns the page once body[data-state=error].
async function openFailing(setup, shot) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = watch(page);
  await setup(page);
  await page.goto(`${server.url}/`);
  await waitForState(page, 'error');
  await screenshot(page, shot);
  return { page, problems };
}

async function expectNewVersionMessage(page) {
  const err = page.locator('#error');
  assert.ok(await err.isVisible(), '#error is not visible');
  const msg = (await err.innerText()).trim();
  assert.match(msg, /A newer version of this page has been published/, `#error: ${JSON.stringify(msg)}`);
  assert.match(msg, /Reload the page/, `#error: ${JSON.stringify(msg)}`);
  const button = page.locator('#retry');
  assert.ok(await button.isVisible(), 'no reload button');
  assert.equal((await button.innerText()).trim(), 'Reload the page');
}

test('a cached glue of another build with the new wasm: "a newer version", and the button reloads', async () => {
  let stale = true;
  const { page, problems } = await openFailing(async (p) => {
    // An "old" glue: the same code, but its imports carry other names (as the hash-suffixed
    // import names of another wasm-bindgen build do), so the new wasm's imports are not callable.
    await p.route(/\/pkg\/latent_web-[0-9a-f]+\.js$/, async (route) => {
      if (!stale) return route.continue();
      const res = await route.fetch();
      const body = (await res.text()).replace(/^(\s+)__wbg_(\w+): function/gm, '$1__old_$2: function');
      assert.ok(body.includes('__old_'), 'the glue has no import object to rename (wasm-bindgen changed?)');
      await route.fulfill({ response: res, body });
    });
  }, 'deploy-stale-glue');
  try {
    await expectNewVersionMessage(page);
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page');
    // after the reload the browser gets a consistent pair
    stale = false;
    await Promise.all([page.waitForEvent('load'), page.locator('#retry').click()]);
    await waitForState(page, 'ready');
  } finally {
    await page.close();
  }
});

test('a glue that is gone (old main.js after a redeploy): "a newer version"', async () => {
  const { page } = await openFailing(async (p) => {
    await p.route(/\/pkg\/latent_web-[0-9a-f]+\.js$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
  }, 'deploy-missing-glue');
  try {
    await expectNewVersionMessage(page);
  } finally {
    await page.close();
  }
});

for (const c of [
  { name: 'no WebAssembly feature', lacks: null, expect: /lacks WebAssembly SIMD, WebAssembly reference types/ },
  { name: 'no SIMD', lacks: 31, expect: /lacks WebAssembly SIMD\. / },
]) {
  test(`an unsupported browser (${c.name}) gets the minimum versions, and no wasm is fetched`, async () => {
    const wasmRequests = [];
    const { page } = await openFailing(async (p) => {
      p.on('request', (r) => { if (/\.wasm$/.test(r.url())) wasmRequests.push(r.url()); });
      // `lacks`: the byte length of the one feature module to refuse (the SIMD module is 31
      // bytes); null refuses every module
      await p.addInitScript((lacks) => {
        const validate = WebAssembly.validate.bind(WebAssembly);
        WebAssembly.validate = (bytes) => (lacks === null || bytes.byteLength === lacks ? false : validate(bytes));
      }, c.lacks);
    }, `unsupported-${c.lacks ?? 'all'}`);
    try {
      const msg = (await page.locator('#error').innerText()).trim();
      assert.match(msg, /^This browser cannot run the explorer: it lacks /, msg);
      assert.match(msg, c.expect, msg);
      assert.match(msg, /Chrome or Edge 96, Firefox 89 or Safari 16\.4 \(or newer\)/, msg);
      assert.equal(await page.locator('#retry').isVisible(), false, 'a reload cannot help here');
      assert.deepEqual(wasmRequests, [], 'the wasm was fetched although the browser cannot run it');
    } finally {
      await page.close();
    }
  });
}
