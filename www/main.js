// Thin bootstrap: load the wasm module and hand over to Rust (`start` in crates/web).
// Everything that can fail here (a missing or broken pkg/, a browser without WebAssembly)
// is shown in #error, never only in the console.

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

async function main() {
  if (typeof WebAssembly !== 'object') {
    showError('This browser does not support WebAssembly, which the decoder needs.');
    return;
  }
  let wasm;
  try {
    // A dynamic import, so that a missing pkg/ is caught here (a static import would fail
    // before any of this code runs).
    wasm = await import('./pkg/latent_web.js');
    await wasm.default();
  } catch (e) {
    console.error(e);
    showError(`Could not load the app's WebAssembly module: ${describe(e)}`);
    return;
  }
  try {
    await wasm.start();
  } catch (e) {
    console.error(e);
    showError(`The explorer failed to start: ${describe(e)}`);
  }
}

window.addEventListener('unhandledrejection', (ev) => {
  showError(`Unexpected error: ${describe(ev.reason)}`);
});

main();
