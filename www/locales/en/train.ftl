# The "Train it yourself" view (crates/train-view): its markup (body.html), the lines its
# renderer writes (status, replay, class map, captions), what screen readers hear, and its
# error messages. English is compiled into the view's wasm; other languages are fetched from
# locales/<code>/train.ftl when the page's language changes.
#
# Notes for translators:
# - Every id starts with "train-" (the page's own messages are in page.ftl).
# - A number in braces, such as { 1000 } or { 0.7 }, is written with the language's decimal
#   and digit-group separators (1,000 / 1.000 / 1 000): keep the braces.
# - Variables ({ $steps }) are filled in by the view; numbers among them use the same
#   separators. "Variables:" comments say what each one holds.
# - Terms of the field: encoder, decoder, latent z, μ (the codes' mean), KL divergence, ELBO,
#   β, class map, nats (the loss's unit, natural-log units of information).
# - "Open a bundle file" and "Download bundle" are button labels: use the same words as
#   those buttons (page.ftl: the page's button; train-download below).

## The view's introduction (above the form) and its closing note (below the figures).

train-intro =
    Train a 2-D autoencoder in this browser tab (in a Web Worker, with the
    same Rust model and loss code as the shipped models). Every ~{ 0.7 } s the codes μ of { 1000 }
    held-out test images are redrawn and the loss curves grow; point at the plot to decode
    with the current weights.
train-outro =
    "Download bundle" saves an ordinary view file: the decoder (f16), a
    128 × 128 class map and the metadata (design, β, seed, steps, test loss). Its class map
    is painted by the labels of the 10 nearest encoded test images (no classifier runs).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = Training settings
train-dataset-label = Dataset
train-dataset-mnist = MNIST digits ({ 10000 } training images)
train-dataset-fashion = Fashion-MNIST ({ 4500 } training images)
train-design-label = Design
train-design-vae = VAE
train-design-plain = Plain
train-design-bounded = Bounded (tanh)
train-beta-label = β (VAE)
train-lr-label = Learning rate
train-batch-label = Batch size
train-seed-label = Seed

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = Train
train-pause = Pause
train-step = Step
train-reset = Reset
train-map = Class map
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = by
train-map-by-nearest = the 10 nearest test codes' labels (128 × 128, fast)
train-map-by-classifier = the dataset's classifier (64 × 64, a few seconds)
train-download = Download bundle

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = Choose the settings and press Train.
# While the worker starts and downloads the dataset.
train-status-loading = Starting the worker and downloading the training data…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] Training
        [paused] Paused
       *[stopped] Stopped
    }
# After the worker's reports: where the session is and the run's figures, in one sentence.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
#   $steps (number): optimiser steps so far
#   $epochs (number): passes over the training images, 2 decimals
#   $images (number): images in the training subset
#   $test (number): the loss on the held-out test images, nats/image, 1 decimal
#   $has_train (string): "yes" when $train is given (not right after a pause), else "no"
#   $train (number): the training loss since the last report, nats/image, 1 decimal
#   $has_speed (string): "yes" when $speed is given, else "no"
#   $speed (number): training images per second, no decimals
#   $has_data (string): "yes" when $data is given, else "no"
#   $data (text): the training data downloaded, with its unit (train-bytes-kb, train-bytes-mb)
train-status-report =
    { $phase ->
        [running] Training
        [paused] Paused
       *[stopped] Stopped
    }: { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $epochs } { $epochs ->
        [one] epoch
       *[other] epochs
    } of { $images ->
        [one] { $images } image
       *[other] { $images } images
    }; test loss { $test } nats/image{ $has_train ->
        [yes] , training loss { $train } nats/image
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } images/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(training data: { $data } downloaded)
       *[no] {""}
    }.
# A size of downloaded data in the status line.
# Variables:
#   $kb (number): kilobytes (1000 bytes), rounded up
train-bytes-kb = { $kb } kB
# Variables:
#   $mb (number): megabytes (1,000,000 bytes), 1 decimal
train-bytes-mb = { $mb } MB
# After the report, when the page's address limits the run (train_steps=…, for tests and demos).
# Variables:
#   $until (number): the step training stops at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit = Training stops at step { $until } ({ $key } in the address).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = This page's address stops training at step { $until } ({ $key }): Train does nothing more; remove it from the address to train on.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = Training reset.
train-say-loading = Starting the training worker and downloading the data.
train-say-running = Training.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    Paused after { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }; test loss { $test } nats per image.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } is outside 0 to 100: training uses β = { $beta }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = “{ $typed }” is not a number: training uses β = { $beta }.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = A learning rate of { $lr } is large: the loss may diverge ({ 0.001 } is the shipped models').
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = Learning rate “{ $typed }” ignored: it must be a number above 0 and below 1; training uses { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    A batch of { $typed ->
        [one] { $typed } image
       *[other] { $typed } images
    } is outside 1 to { 1024 }: training uses { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = Batch size “{ $typed }” ignored: a whole number of images from 1 to { 1024 }; training uses { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = Seed “{ $typed }” ignored: a whole number from 0; training uses seed { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = Could not paint the class map: { $detail }. The model is kept: train on, or try again.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = Could not write the bundle: { $detail }. The model is kept: train on, or try again.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    Downloaded { $name } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): open it here (Open a bundle file) or keep it.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = Class map: asking the worker for the class map…
# While the worker paints it: the stages.
train-map-downloading-classifier = Class map: downloading the classifier…
# Variables:
#   $cells (number): cells per side
train-map-painting = Class map: painting a { $cells } × { $cells } class map…
train-map-classifying = Class map: classifying the map's cells…
# Variables:
#   $done (number): rows classified so far
#   $rows (number): rows in all
train-map-classified = Class map: classified { $done } of { $rows } rows…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = The class map (of step { $step }) is not drawn while a snapshot is replayed.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = Background: the class map at step { $step } ({ $width } × { $height } cells, { $ms } ms), each cell coloured by the majority label of the 10 encoded test images nearest to it (no classifier runs; paler = fewer votes).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = Background: the class map at step { $step } ({ $width } × { $height } cells, { $ms } ms), each cell coloured by the class the dataset's classifier sees in the image decoded at its centre (paler = less sure).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = Play the run
# The same button while the replay plays.
train-replay-stop = Stop
train-replay-label = Snapshot
train-replay-live = Live
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = step { $step } of { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    Replay: step { $step } ({ $epochs } { $epochs ->
        [one] epoch
       *[other] epochs
    }, test loss { $test } nats/image), { $kept ->
        [one] { $kept } snapshot
       *[other] { $kept } snapshots
    } kept.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    Live. The run so far: { $kept ->
        [one] { $kept } snapshot
       *[other] { $kept } snapshots
    } kept (one per report, every ~{ 0.7 } s; evenly thinned to at most { $max } over the whole run).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = training plot
    .aria-label = Codes of { 1000 } held-out test images, coloured by label; arrow keys move the decoding cursor (Shift: larger steps)
train-legend =
    .aria-label = Classes of the plotted test images
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ from { $x0 } to { $x1 }, z₂ from { $y0 } to { $y1 } (the { 0.1 } %–{ 99.9 } % range of the codes plus 5 %)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = Loss curves
train-loss-caption =
    Loss, nats/image, against epochs: <span class="train-key-test">test
    (solid)</span>, <span class="train-key-train">training (dashed)</span>. For a VAE
    the loss is reconstruction + β · KL (with β = 1 the negative ELBO).
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs =
    { $epochs } { $epochs ->
        [one] epoch
       *[other] epochs
    }

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = Decode under the pointer
train-z-none = Point at the plot to decode with the current weights.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = Point at the plot to decode with the weights of step { $step }.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }, { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }, { $z2 }), decoded with the weights of step { $step }
train-origin-canvas =
    .aria-label = Decode at z = (0, 0)
train-origin-caption = The decode at z = (0, 0).
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = The decode at z = (0, 0) with the weights of step { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = The training worker stopped: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = the worker's class map is broken: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = The worker's decoder snapshot could not be read: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = unreadable message from the training worker: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = could not start the training worker: { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = the training worker's files ({ $url } and its WebAssembly) could not be loaded; check the connection and press Train again
# Variables:
#   $detail (string): the browser's message
train-error-post = could not talk to the training worker: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = The bundle could not be saved: { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = Internal error in the training view: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = The training view could not be drawn: { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = the page has no #{ $id } to draw the training view in
# Variables:
#   $detail (string): the browser's message
train-error-mount = The training view could not be set up: { $detail }

## Fashion-MNIST's classes in the legend (the same names as page.ftl's class-fashion-*)

# A class name that needs no translation (a digit).
# Variables:
#   $text (string): the name
train-verbatim = { $text }
train-class-fashion-0 = T-shirt/top
train-class-fashion-1 = Trouser
train-class-fashion-2 = Pullover
train-class-fashion-3 = Dress
train-class-fashion-4 = Coat
train-class-fashion-5 = Sandal
train-class-fashion-6 = Shirt
train-class-fashion-7 = Sneaker
train-class-fashion-8 = Bag
train-class-fashion-9 = Ankle boot
