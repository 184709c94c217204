// Thin bootstrap: check the browser, load the wasm module and hand over to Rust (`start` in
// crates/web). Everything that can fail here (an unsupported browser, a missing or broken pkg/,
// assets of two different builds) is shown in #error, never only in the console.
//
// scripts/build-site.sh gives the glue, the wasm, this file and style.css content-hashed names
// and rewrites the references (the import below, index.html), so a cached page never pairs with
// the assets of another build; if it happens anyway, the page says so and offers a reload.

// The oldest browsers whose WebAssembly has every feature the module is compiled with
// (its target_features section): SIMD128 (Chrome 91, Firefox 89, Safari 16.4), reference types
// (Chrome 96, Firefox 79, Safari 15), bulk memory, non-trapping float-to-int, sign extension and
// multi-value (all older). Keep in step with the README.
const BROWSER_FLOOR = 'Chrome or Edge 96, Firefox 89 or Safari 16.4 (or newer)';

// One tiny module per feature (as wasm-feature-detect writes them): WebAssembly.validate is
// true only where the engine supports the feature.
const WASM_FEATURES = {
  'SIMD': [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65,
    0, 253, 15, 253, 98, 11],
  'reference types': [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5,
    0, 208, 112, 26, 11],
  'bulk memory': [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10,
    14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11],
  'non-trapping float-to-int conversion': [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2,
    1, 0, 10, 12, 1, 10, 0, 67, 0, 0, 0, 0, 252, 0, 26, 11],
  'sign extension': [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0,
    65, 0, 192, 26, 11],
  'multi-value': [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1,
    6, 0, 65, 0, 65, 0, 11],
};

// What the browser lacks of what the app needs (empty when it can run it).
function missingFeatures() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') {
    return ['WebAssembly'];
  }
  const missing = Object.entries(WASM_FEATURES)
    .filter(([, bytes]) => {
      try {
        return !WebAssembly.validate(new Uint8Array(bytes));
      } catch {
        return true;
      }
    })
    .map(([name]) => `WebAssembly ${name}`);
  if (typeof TextDecoder !== 'function') missing.push('TextDecoder');
  return missing;
}

function showError(message) {
  const el = document.getElementById('error');
  // Rust may already have shown a more precise message for the same failure.
  if (document.body.dataset.state === 'error' && el && el.textContent) return;
  if (el) {
    el.textContent = message;
    el.hidden = false;
  }
  const status = document.getElementById('status');
  if (status) status.hidden = true;
  document.body.dataset.state = 'error';
}

function describe(e) {
  if (e instanceof Error) return e.message || String(e);
  return String(e);
}

// Whether a failure to load or instantiate the module means the page and its assets come
// from two different builds: the glue could not be imported (its hashed name is gone), the wasm
// lacks an import the glue provides or the reverse (LinkError, "function import requires a
// callable"), or the wasm fetched was not a wasm (an error page for a name that is gone).
function isVersionMismatch(e, stage) {
  if (stage === 'import') return true;
  if (typeof WebAssembly === 'object' && e instanceof WebAssembly.LinkError) return true;
  const msg = describe(e);
  return /import/i.test(msg) && /callable|function|object|module/i.test(msg)
    || /magic word|expected magic/i.test(msg);
}

// Says a newer version was published and turns the error's button into a reload.
function showNewVersion(e) {
  showError('A newer version of this page has been published, and your browser holds parts of '
    + 'both versions. Reload the page to get the new one.');
  const el = document.getElementById('error');
  if (el) el.dataset.reason = 'new-version';
  const actions = document.getElementById('error-actions');
  const button = document.getElementById('retry');
  if (actions && button) {
    button.textContent = 'Reload the page';
    button.addEventListener('click', () => window.location.reload());
    actions.hidden = false;
  }
  console.error('asset version mismatch:', e);
}

async function main() {
  const missing = missingFeatures();
  if (missing.length > 0) {
    showError(`This browser cannot run the explorer: it lacks ${missing.join(', ')}. `
      + `The explorer needs ${BROWSER_FLOOR}.`);
    const el = document.getElementById('error');
    if (el) el.dataset.reason = 'unsupported-browser';
    return;
  }
  // the first paint (the header, the map's picture) before the WebAssembly's start: its
  // compile, instantiate and first frame are long tasks on a slow phone, and they wait for a
  // frame to be on screen instead of holding it back (the module itself is already being
  // fetched: the head's preload)
  const pic = document.documentElement.hasAttribute('data-first-paint')
    && document.getElementById('map-picture');
  if (pic && pic.decode) await pic.decode().catch(() => {});
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  await frame();
  await frame(); // the frame with the picture has been presented
  await new Promise((r) => setTimeout(r, 0));
  window.__latentAfterPaint?.(); // the view file's and the module's downloads (index.html)
  let wasm;
  let stage = 'import';
  // an address that opens a hands-on view (the head script marks it): the build with them
  const withTools = document.documentElement.hasAttribute('data-view');
  try {
    // A dynamic import, so that a missing pkg/ is caught here (a static import would fail
    // before any of this code runs). build-site.sh rewrites the paths to the hashed names.
    wasm = withTools ? await import(TOOLS_GLUE) : await import('./pkg/latent_web.js');
    stage = 'instantiate';
    const exports = await wasm.default();
    // the module's memory in bytes, for the page's own diagnostics and tests (a refused file
    // must not grow it: WebAssembly memory never shrinks)
    window.__latentWasmBytes = () => exports.memory.buffer.byteLength;
  } catch (e) {
    console.error(e);
    if (stage === 'import' && window.origin === 'null') {
      // a sandboxed frame without allow-same-origin: every module is a cross-origin request
      showError('Could not load the app\'s WebAssembly module: the browser refused it. This page '
        + 'runs in a sandboxed frame without allow-same-origin, so its modules are cross-origin '
        + 'requests, and the server does not allow them (no CORS headers). Embed it with '
        + 'sandbox="allow-scripts allow-same-origin", or serve it with Access-Control-Allow-Origin.');
      const el = document.getElementById('error');
      if (el) el.dataset.reason = 'sandbox';
    } else if (isVersionMismatch(e, stage)) {
      showNewVersion(e);
    } else {
      showError(`Could not load the app's WebAssembly module: ${describe(e)}`);
    }
    return;
  }
  try {
    if (withTools) tools = Promise.resolve();
    page = wasm;
    await wasm.start();
  } catch (e) {
    console.error(e);
    showError(`The explorer failed to start: ${describe(e)}`);
  }
}

// The hands-on views (encode, interpolate, classify, tiles) are in a second build of the page's
// wasm (crates/web with the feature `tools`, tools/): the first view's build (pkg/) has none of
// their code. An address that opens a view starts that build at once (main above). Otherwise the
// first view's wasm calls this when a view's button is pressed, after writing the view into the
// address: the build with the views is loaded, the first view's app is stopped (its listeners
// removed; the page stays as drawn) and the new one started, which reads the address and takes
// the page over. If the load fails, the promise rejects and the first view's app says why, with
// "Try again". build-site.sh rewrites the path to the hashed name.
const TOOLS_GLUE = './tools/latent_web_tools.js';
const TOOLS_WASM = 'tools/latent_web_tools_bg.wasm';
let page = null; // the running build's module
let tools = null;
// A model the visitor opened from disk cannot be named by the address: the first view's app
// hands its name and bytes over, and the new app opens it again.
window.__latentTools = (fileName, fileBytes) => {
  tools ??= import(TOOLS_GLUE).then(async (m) => {
    const exports = await m.default();
    page?.stop();
    page = m;
    window.__latentWasmBytes = () => exports.memory.buffer.byteLength;
    try {
      await m.start();
      if (fileName !== undefined) m.openFile(fileName, fileBytes);
    } catch (e) {
      console.error(e);
      showError(`The explorer failed to start: ${describe(e)}`);
    }
  });
  tools.catch(() => { tools = null; });
  return tools;
};

// The build with the views is fetched ahead when a pointer or the focus comes to their buttons,
// so that a press opens the view sooner; a first view that opens none fetches nothing of it.
// build-site.sh rewrites the paths to the hashed names.
let toolsAhead = false;
const fetchToolsAhead = () => {
  if (toolsAhead || tools) return;
  toolsAhead = true;
  for (const [rel, href] of [['modulepreload', TOOLS_GLUE], ['preload', TOOLS_WASM]]) {
    const l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    if (rel === 'preload') {
      l.as = 'fetch';
      l.type = 'application/wasm';
      l.crossOrigin = 'anonymous';
    }
    document.head.appendChild(l);
  }
};
for (const ev of ['pointerover', 'focusin']) {
  document.getElementById('hands-on')?.querySelector('.tool-buttons')
    ?.addEventListener(ev, fetchToolsAhead, { passive: true });
}

// "Train it yourself" is its own wasm module (crates/train-view), fetched the first time its
// panel opens: the page's wasm calls this, shows "Loading the training view…" meanwhile and the
// error if the promise rejects (a later opening tries again). build-site.sh rewrites the path to
// the hashed name.
let trainView = null;
window.__latentTrainView = () => {
  trainView ??= import('./train-view/latent_train_view.js').then(async (m) => {
    await m.default();
    m.mount('./train-worker.js');
  });
  trainView.catch(() => { trainView = null; });
  return trainView;
};

// The QR code's encoder (crates/qr) is its own small wasm module too, fetched the first time a QR
// code is shown (present mode, qr=1) or saved in a PNG; the page's wasm calls this and keeps the
// module's `modules` function. build-site.sh rewrites the path to the hashed name.
let qr = null;
window.__latentQr = () => {
  qr ??= import('./qr/latent_qr.js').then(async (m) => {
    await m.default();
    return m;
  });
  qr.catch(() => { qr = null; });
  return qr;
};

// The lesson "How the map is made" (crates/lesson) is its own wasm module too, fetched when the
// lesson first opens; the page's wasm calls this with the step to show (mounting the lesson the
// first time). build-site.sh rewrites the path to the hashed name.
let lesson = null;
window.__latentLesson = (step) => {
  lesson ??= import('./lesson/latent_lesson.js').then(async (m) => {
    await m.default();
    return m;
  });
  lesson.catch(() => { lesson = null; });
  return lesson.then((m) => m.mount(step));
};

window.addEventListener('unhandledrejection', (ev) => {
  showError(`Unexpected error: ${describe(ev.reason)}`);
});

main();
