// The "Train it yourself" view's Web Worker (a module worker, started by the page only when
// the view opens). A thin shell around the wasm module latent_train_worker (crates/train-worker):
// it fetches the training subset and the test images, trains in slices of REPORT_MS, and after
// each slice posts a report (JSON: steps, images, epochs, train/test objective in nats/image,
// the codes of the test images, images per second) with a decoder snapshot (safetensors bytes).
//
// Messages in:  {type: 'init', settings, subset, test}   (settings: JSON text; subset, test: URLs)
//               {type: 'train', until}                    (train until `until` steps, or on and on)
//               {type: 'pause'} | {type: 'step'} | {type: 'bundle'}
//               {type: 'map', cells, classifier}   (classifier: the classifier file's URL, or absent
//                                                   for the map by the nearest encoded test images)
// Messages out: {type: 'ready', labels, classNames, trainImages, bytes}
//               {type: 'report', report, decoder, running}   (running: false once it stopped)
//               {type: 'bundle', bytes} | {type: 'error', text}
//               {type: 'map', steps, cells, classes, confidence, bounds, ms}   ({type: 'map-progress',
//               text} before and while it is painted)
// (build-site.sh rewrites the path to the content-hashed name)
import init, { TrainSession } from './worker/latent_train_worker.js';

const REPORT_MS = 700;
const ready = init();
const files = new Map();
let session = null;
let running = false;
let painting = false;
let until = Infinity;

async function bytesOf(url) {
  if (!files.has(url)) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`could not download ${url}: HTTP ${r.status}`);
    files.set(url, new Uint8Array(await r.arrayBuffer()));
  }
  return files.get(url);
}

function report() {
  const decoder = session.decoder();
  post({ type: 'report', report: session.report(), decoder, running }, [decoder.buffer]);
}

function loop() {
  if (!running || !session) return;
  if (painting) { // the class map is painted with the weights of one step: wait for it
    setTimeout(loop, 50);
    return;
  }
  const left = until - session.steps;
  if (left <= 0) {
    running = false;
    report();
    return;
  }
  session.runFor(REPORT_MS, Math.min(left, 1_000_000));
  if (session.steps >= until) running = false;
  report();
  // yield to the message queue (pause, step, bundle) before the next slice
  setTimeout(loop, 0);
}

// Messages are handled one after the other (an `init` still downloading holds back the `step`
// or `train` sent after it); training itself runs between messages, in `loop`.
let queue = Promise.resolve();
// the page's id of the session this worker trains: stamped on every message, so the page can
// drop what an earlier (reset) session still sends
let sessionId = 0;
// the last `init` failed: the page has its error; the commands queued behind it say nothing
let initFailed = false;
const post = (msg, transfer) => postMessage({ ...msg, session: sessionId }, transfer || []);
onmessage = (e) => { queue = queue.then(() => handle(e.data)); };

async function handle(m) {
  try {
    await ready;
    if (m.type === 'init') {
      sessionId = m.session || 0;
      initFailed = false;
      running = false;
      if (session) session.free();
      session = null;
      const [subset, test] = await Promise.all([bytesOf(m.subset), bytesOf(m.test)]);
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
        loop();
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
        painting = true;
        try {
          session.startClassifierMap(clf, m.classifier, m.cells);
          for (let done = 0; done < m.cells;) {
            done = session.paintRows(4);
            post({ type: 'map-progress', text: `classified ${done} of ${m.cells} rows…` });
            await new Promise((r) => setTimeout(r, 0)); // let the page hear it
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
    // a failed class map or download leaves the model as it was: not fatal for the session
    const fatal = !(m && (m.type === 'map' || m.type === 'bundle'));
    if (m && m.type === 'init') initFailed = true;
    if (fatal) running = false;
    post({ type: 'error', text: String((err && err.message) || err), fatal, during: m && m.type });
  }
}
