// The "Train it yourself" view's Web Worker (a module worker, started by the page only when
// the view opens): a thin shell around the wasm module latent_train_worker
// (crates/train-worker), which reads the page's messages and writes the answers (their types:
// latent_core::train_msg). This script downloads the files a message names, passes messages
// through (transferring their byte arrays) and schedules the turns of training and painting.
// (build-site.sh rewrites the path to the content-hashed name)
import init, { TrainWorker } from './worker/latent_train_worker.js';

// Training runs in turns this long, with the page's messages read between two (a Reset or a
// Pause waits for one turn at most) ...
const SLICE_MS = 200;
// ... and reports this often.
const REPORT_MS = 700;
const worker = init().then(() => new TrainWorker(SLICE_MS, REPORT_MS));

// the files downloaded, by URL (a new session of the same dataset downloads nothing)
const files = new Map();
async function bytesOf(url) {
  if (!files.has(url)) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`could not download ${url}: HTTP ${r.status}`);
    files.set(url, new Uint8Array(await r.arrayBuffer()));
  }
  return files.get(url);
}

// The buffers of the typed arrays in a message: transferred, not copied.
function buffers(v, out = []) {
  if (ArrayBuffer.isView(v)) out.push(v.buffer);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) buffers(x, out);
  return out;
}
const send = (msgs) => { for (const m of msgs) postMessage(m, buffers(m)); };

// The next turn of training or painting, after the page's messages (Reset, Pause, …): at
// background priority where there is scheduler.postTask. With setTimeout(0) turns, Chromium
// read a Reset only after up to 3 s of slices (e2e trace).
const later = globalThis.scheduler?.postTask
  ? (f) => globalThis.scheduler.postTask(f, { priority: 'background' })
  : (f) => setTimeout(f, 0);
// one training turn waits at a time (a Pause and a Train between two turns start no second loop)
let scheduled = false;
function schedule(w, ms) {
  if (scheduled) return;
  scheduled = true;
  const turn = () => {
    scheduled = false;
    if (!w.training()) return;
    if (w.painting()) { schedule(w, 50); return; } // the map is painted with one step's weights
    send(w.train());
    schedule(w);
  };
  if (ms) setTimeout(turn, ms); else later(turn);
}

// Messages are run one after the other (a start still downloading holds back the commands sent
// after it); each is first shown to the worker as it arrives, so a newer session stops the older
// one's work at once. Training and painting run in turns between messages.
let queue = Promise.resolve();
onmessage = (e) => {
  worker.then((w) => {
    send(w.arrive(e.data));
    queue = queue.then(() => run(w, e.data));
  }).catch(fail);
};

async function run(w, m) {
  send(w.begin(m));
  let got;
  try {
    got = await Promise.all(w.files(m).map(bytesOf));
  } catch (err) {
    send(w.failed(m, String(err?.message ?? err)));
    return;
  }
  send(w.handle(m, got));
  while (w.painting()) {
    await new Promise(later); // let the page hear the progress, and read its messages
    send(w.paint());
  }
  if (w.training()) schedule(w);
}

// the wasm could not start or read a message: the page shows the error event's message
function fail(err) {
  setTimeout(() => { throw err; });
}
