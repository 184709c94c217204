// The "Train it yourself" view's Web Worker (a module worker, started by the page only when
// the view opens). A thin shell around the wasm module latent_train_worker (crates/train-worker):
// it fetches the training subset and the test images, trains in slices of SLICE_MS, and every
// REPORT_MS posts a report (JSON: steps, images, epochs, train/test objective in nats/image,
// the codes of the test images, images per second) with a decoder snapshot (safetensors bytes).
//
// Every message in carries `session`, the page's id of the session it belongs to (bumped by
// every start and every Reset); every message out carries the session it answers. A message of a
// newer session cancels all work of older ones at once: their queued commands are dropped before
// they run, a download or class map of theirs in progress stops at its next turn, and training
// stops after the current slice.
//
// Messages in:  {type: 'init', settings, subset, test}   (settings: JSON text; subset, test: URLs)
//               {type: 'train', until}                    (train until `until` steps, or on and on)
//               {type: 'pause'} | {type: 'step'} | {type: 'bundle'}
//               {type: 'map', cells, classifier}   (classifier: the classifier file's URL, or absent
//                                                   for the map by the nearest encoded test images)
//               {type: 'reset'}                    (Reset: stop, forget the model)
// Messages out: {type: 'ready', labels, classNames, trainImages, bytes}
//               {type: 'report', report, decoder, running}   (running: false once it stopped)
//               {type: 'bundle', bytes} | {type: 'error', text}
//               {type: 'map', steps, cells, classes, confidence, bounds, ms}   ({type: 'map-progress',
//               text} before and while it is painted)
//               {type: 'stopped'}   (answers `reset` at once: nothing of an older session runs
//                                    or is sent after it)
// (build-site.sh rewrites the path to the content-hashed name)
import init, { TrainSession } from './worker/latent_train_worker.js';

// Training runs in slices this long, with the message queue read between two (a Reset or
// Pause waits for one slice at most) ...
const SLICE_MS = 200;
// ... and reports this often.
const REPORT_MS = 700;
const ready = init();
const files = new Map();
let session = null;
let running = false;
let painting = false;
let until = Infinity;
let lastReport = 0;

async function bytesOf(url) {
  if (!files.has(url)) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`could not download ${url}: HTTP ${r.status}`);
    files.set(url, new Uint8Array(await r.arrayBuffer()));
  }
  return files.get(url);
}

// the newest session the page has sent a message of: the work of older ones is dropped
let latest = 0;
// the session `session` belongs to
let sessionId = 0;
const post = (msg, transfer, id = sessionId) => postMessage({ ...msg, session: id }, transfer || []);

// The next turn of the training loop or of a class map's painting, after the page's messages
// (Reset, Pause, …): at background priority where there is scheduler.postTask. With
// setTimeout(0) turns, Chromium read a Reset only after up to 3 s of slices (e2e trace).
const later = globalThis.scheduler?.postTask
  ? (f) => globalThis.scheduler.postTask(f, { priority: 'background' })
  : (f) => setTimeout(f, 0);
// one turn of the loop waits at a time (a Pause and a Train between two turns start no second loop)
let scheduled = false;
function schedule(ms) {
  if (scheduled) return;
  scheduled = true;
  const turn = () => { scheduled = false; loop(); };
  if (ms) setTimeout(turn, ms); else later(turn);
}

function report() {
  const decoder = session.decoder();
  lastReport = performance.now();
  post({ type: 'report', report: session.report(), decoder, running }, [decoder.buffer]);
}

function loop() {
  if (!running || !session) return;
  if (sessionId !== latest) { // a newer session started, or Reset
    running = false;
    return;
  }
  if (painting) { // the class map is painted with the weights of one step: wait for it
    schedule(50);
    return;
  }
  try {
    const left = until - session.steps;
    if (left > 0) session.runFor(SLICE_MS, Math.min(left, 1_000_000));
    if (session.steps >= until) running = false;
    if (!running || performance.now() - lastReport >= REPORT_MS) report();
  } catch (err) {
    running = false;
    post({ type: 'error', text: String((err && err.message) || err), fatal: true, during: 'train' });
    return;
  }
  if (running) schedule();
}

// Messages are handled one after the other (an `init` still downloading holds back the `step`
// or `train` sent after it); training itself runs between messages, in `loop`.
let queue = Promise.resolve();
// the last `init` failed: the page has its error; the commands queued behind it say nothing
let initFailed = false;
onmessage = (e) => {
  const m = e.data;
  const id = m.session || 0;
  if (id > latest) latest = id;
  if (id < latest) return; // of a session that no longer exists
  if (m.type === 'reset') {
    running = false;
    post({ type: 'stopped' }, [], id);
  }
  queue = queue.then(() => handle(m, id));
};

async function handle(m, id) {
  const stale = () => id !== latest;
  try {
    await ready;
    if (stale()) return;
    if (m.type === 'reset' || m.type === 'init') {
      running = false;
      if (session) session.free();
      session = null;
      sessionId = id;
      if (m.type === 'reset') return;
      initFailed = false;
      const [subset, test] = await Promise.all([bytesOf(m.subset), bytesOf(m.test)]);
      if (stale()) return;
      session = new TrainSession(m.settings, subset, m.subset, test, m.test);
      post({
        type: 'ready',
        labels: session.labels(),
        classNames: session.classNames(),
        trainImages: session.trainImages(),
        bytes: subset.length + test.length,
      });
      return;
    }
    if (!session) {
      if (initFailed) return;
      throw new Error('no training session: choose the settings and press Train');
    }
    if (m.type === 'train') {
      until = Number.isFinite(m.until) ? m.until : Infinity;
      if (!running) {
        running = true;
        lastReport = performance.now();
        schedule(); // not at once: a Reset sent after this command is read first
      }
    } else if (m.type === 'pause') {
      // handled between two slices: this report is the last one, with the final weights
      running = false;
      report();
    } else if (m.type === 'step') {
      running = false;
      session.step();
      report();
    } else if (m.type === 'map') {
      const t0 = performance.now();
      if (m.classifier) {
        post({ type: 'map-progress', text: `downloading the classifier…` });
        const clf = await bytesOf(m.classifier);
        if (stale()) return;
        painting = true;
        try {
          session.startClassifierMap(clf, m.classifier, m.cells);
          for (let done = 0; done < m.cells;) {
            done = session.paintRows(4);
            post({ type: 'map-progress', text: `classified ${done} of ${m.cells} rows…` });
            await new Promise(later); // let the page hear it, and read its messages
            if (stale()) return;
          }
        } finally {
          painting = false;
        }
      } else {
        post({ type: 'map-progress', text: `painting a ${m.cells} × ${m.cells} class map…` });
        session.classMap(m.cells);
      }
      const classes = session.mapClass(), confidence = session.mapConfidence();
      post({
        type: 'map', steps: session.steps, cells: m.cells, classes, confidence,
        bounds: session.mapBounds(), ms: performance.now() - t0,
      }, [classes.buffer, confidence.buffer]);
    } else if (m.type === 'bundle') {
      const bytes = session.viewFile();
      post({ type: 'bundle', bytes }, [bytes.buffer]);
    }
  } catch (err) {
    if (stale()) return; // the page no longer listens to that session
    // a failed class map or download leaves the model as it was: not fatal for the session
    const fatal = !(m && (m.type === 'map' || m.type === 'bundle'));
    if (m && m.type === 'init') initFailed = true;
    if (fatal) running = false;
    post({ type: 'error', text: String((err && err.message) || err), fatal, during: m && m.type }, [], id);
  }
}
