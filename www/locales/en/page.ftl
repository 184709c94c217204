# The latent space explorer's page, in English: the fallback of every locale.
# Each message is one sentence or label; variables are named in a "Variables:" comment.
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } kB
# Variables: $mb (one decimal)
size-mb = { $mb } MB
# A confidence, e.g. "97 %". Variables: $pct (a whole number)
percent = { $pct } %
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Where the locale writes a decimal comma, separate the two numbers with a semicolon.
z-readout = z = ({ $z1 }, { $z2 })
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = Test { $loss } { $nats } nats/image

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = nothing complete arrived in { $seconds } s; check the connection and try again
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = Could not load { $url }: { $why }.
# Variables: $url, $seconds
load-stalled = Loading { $url } stalled: nothing complete arrived in { $seconds } s. Check the connection and try again.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = T-shirt/top
class-fashion-1 = Trouser
class-fashion-2 = Pullover
class-fashion-3 = Dress
class-fashion-4 = Coat
class-fashion-5 = Sandal
class-fashion-6 = Shirt
class-fashion-7 = Sneaker
class-fashion-8 = Bag
class-fashion-9 = Ankle boot

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = Class { $class }, { $confidence } confidence, at { $z }
say-off-map = Off the map
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = Zoomed to { $zoom }×: z₁ from { $z1min } to { $z1max }, z₂ from { $z2min } to { $z2max }.
say-whole-map = Showing the whole map.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } would show a window reaching past this map at zoom { $zoom }; showing the nearest window inside it, { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = Epoch { $epoch } of { $last }: { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = Decoder: the final model.
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = { $epochs ->
    [one] Decoder: the final model ({ $epochs } epoch).
   *[other] Decoder: the final model ({ $epochs } epochs).
}
# Variables: $epoch
decoder-epoch = Decoder: epoch { $epoch }.
# Variables: $epoch
decoder-playing = Playing: the map is epoch { $epoch }'s; pause to decode with its decoder.
# Variables: $epoch
decoder-loading = Loading the decoder of epoch { $epoch }…
say-evo-closed = Training evolution closed: the final model again.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = Training evolution: { $snapshots } snapshots, epochs { $first } to { $last }. { $epoch }
say-evo-playing = Playing the training evolution.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = Paused. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = Could not load the training evolution { $url }: { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = The training evolution lists { $evo } classes but the model { $model }; not shown.
# Variables: $why (why the file could not be loaded)
decoder-missing = No decoder for this epoch: { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = There is no snapshot at epoch { $asked }; showing epoch { $shown } (snapshots: { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = { $asked } lies off epoch { $epoch }'s map; shown at the nearest point on it, { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = Could not load { $url }: { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = Could not load { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }, { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } Still showing { $model }.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = Showing { $model }.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = There is no model “{ $asked }”; showing { $shown } instead. Models: { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = There is no dataset “{ $asked }”; showing { $shown } instead. Datasets: { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } lies off this map; moved to the nearest point on it, { $shown }.
# Variables: $epoch
notice-no-evolution = Ignored epoch={ $epoch }: this model has no training evolution.
# Variables: $value (as typed)
notice-bad-epoch = Ignored epoch=“{ $value }”: an epoch is a whole number like epoch=4.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = Ignored { $key }=“{ $value }”: expected two finite numbers like { $key }=1.5,-0.25.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=“{ $value }” is outside 1 to { $max }: showing zoom={ $shown }.
# Variables: $value, $max
notice-bad-zoom = Ignored zoom=“{ $value }”: a zoom is a number from 1 to { $max } like zoom=4.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = Ignored { $key }=“{ $value }”: expected a whole number from 1.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = Ignored { $key }=“{ $value }”: use { $key }=1 or { $key }=0.
# Variables: $value
notice-bad-bundle = Ignored bundle=“{ $value }”: only files on this site can be loaded (a path like weights/mnist/vae.safetensors).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = Ignored lang=“{ $value }”: the languages are { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = Ignored view=“{ $value }”: the views are { $views }.
# Variables: $value
notice-bad-img = Ignored img=“{ $value }”: a test image is a number like img=12.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = Language: { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = Could not load the { $lang } texts ({ $url }): { $why } The page stays in its current language.

## The embed dialog, files from disk, the training panel

say-embed-copied = The embed code is on the clipboard.
say-embed-not-copied = The browser did not allow copying: select the code and copy it by hand.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = Showing { $file } on the map above ({ $design }, seed { $seed }).
# Variables: $file, $seed
file-showing-no-design = Showing { $file } on the map above (no design, seed { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = Could not open { $file }: { $why }
# Variables: $why (the browser's reason)
train-module-failed = The training view could not be loaded: { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = Encode an image
tool-interp = Interpolate
tool-classify = What the classifier sees
tool-tiles = Tile with decodes
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = Opened { $tool }.
say-tool-closed = Closed { $tool }.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] Loading the encoder…
    [classifier] Loading the classifier…
    [tests] Loading the test images…
    [encoder-classifier] Loading the encoder and the classifier…
    [encoder-tests] Loading the encoder and the test images…
    [classifier-tests] Loading the classifier and the test images…
   *[encoder-classifier-tests] Loading the encoder, the classifier and the test images…
}
tool-no-encoder = Encoding needs the encoder, which a view file does not hold: the model on the map was opened from a file, and the page cannot fetch its encoder. Choose a model from the list, or open its view file from this site's address (?bundle=…) so that the files beside it are found.
tool-no-classifier = This view needs the classifier of the model's dataset, which this site does not have: the model on the map was opened from a file, and the page cannot fetch its dataset's classifier. Choose a model from the list, or open its view file from this site's address (?bundle=…) so that the files beside it are found.

## Share: the link and the picture

share-drawing-not-in-link = A drawing is not part of a link: it opens the empty pad.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · epoch { $epoch } of { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ from { $z1min } to { $z1max }, z₂ from { $z2min } to { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (zoom { $zoom }×)
# Variables: $link (the address)
share-link-copied = Link copied: { $link }
share-link-not-copied = Could not use the clipboard; the link is: { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = Saved { $file }.
share-png-asked = Asked the browser to save { $file }. If no file arrived, this embed blocks downloads: open the explorer in its own tab to save.
# Variables: $why (the browser's reason)
share-png-failed = Could not save the PNG: { $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = Start set to { $z }.
say-interp-end-set = End set to { $z }.
say-interp-encode-first = Encode an image first (Encode an image).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] Interpolated from { $a } to { $b }: { $classes }; no class change.
   *[other] Interpolated from { $a } to { $b }: { $classes }; class changes between steps { $steps }.
}

## Encode an image

say-pad-empty = The pad is empty.
say-pad-cleared = Cleared the pad.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = Your drawing encoded to { $z }, map class { $class }.
say-encoded-drawing-off = Your drawing encoded to { $z }, off the map.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = Test image { $index } (label { $label }) encoded to { $z }, map class { $class }.
say-encoded-test-off = Test image { $index } (label { $label }) encoded to { $z }, off the map.
# Said when an encoded image's nearest test codes are found (they are ringed on the map). Variables: $same (how many of them have the class), $k (how many neighbours: 10), $class
say-neighbours = { $same } of its { $k } nearest test codes are { $class }.
# The same, with a second model compared. Variables: $first, $second (the two models' names), $same1, $same2 (as $same, in each model), $k, $class
say-neighbours-both = { $first }: { $same1 } of its { $k } nearest test codes are { $class }. { $second }: { $same2 } of { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } is past the last test image: this file has { $count } (img=0 to img={ $last }); showing img={ $last }.

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct } %
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = At this exact point the classifier sees { $class } ({ $confidence }), but the map cell says { $cell }: the map is a { $width } × { $height } sample of the plane, decoded at the cell centres. ({ $ms } ms per decode + classify)
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = The classifier sees { $class } ({ $confidence }) at { $z }, as the map cell says. ({ $ms } ms per decode + classify)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }, { $s2 })
enc-sigma-none = – (not a VAE: one point, no spread)
enc-off-map = off the map
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class } ({ $confidence })
enc-encoding = encoding…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (test image { $index })
enc-truth-drawing = – (your drawing)
# The nearest test codes, ringed on the map. Variables: $same, $k, $class
enc-neighbours = { $same } of { $k } are { $class }
# Variables: $done (test images encoded so far), $count (all of them)
enc-neighbours-wait = encoding the test images… { $done } of { $count }
enc-neighbours-none = – (pick a test image, or compare with a second model)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = From A { $a } to B { $b }.
interp-end-a = A { $a }. Click the map (or press “End at the cursor”) for B.
interp-ends-none = Click the map twice (start, then end), or move the cursor and press the buttons.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = Step { $step }: { $class }, { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (class changes here)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } images tiling the zoomed window (z₁ { $z1min } to { $z1max }, z₂ { $z2min } to { $z2max }), each decoded at its tile's centre in one batched decoder call ({ $ms } ms); zoom or pan and they are decoded again. Under them lies the { $width }×{ $height } class map.
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } images tiling the whole map, each decoded at its tile's centre in one batched decoder call ({ $ms } ms); zoom or pan and they are decoded again. Under them lies the { $width }×{ $height } class map.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = Test −ELBO
metric-test_reconstruction_nats = Test reconstruction
metric-test_kl_nats = Test KL
metric-test_mse_per_pixel = Test MSE
metric-classifier_test_accuracy = Classifier test accuracy
metric-test_map_accuracy = Test images in their class's region
metric-map_test_accuracy = Test images in their class's region
metric-test_share_inside_bounds = Test images inside the map
metric-train_share_inside_bounds = Train share inside bounds
metric-test_knn10_agreement = Same class among a test code's 10 nearest
metric-test_occupied_share_32 = Map area holding test codes (32 × 32 cells)
metric-train_images = Training images
metric-epochs = Epochs
metric-train_seconds = Training time
metric-map_seconds = Class map time
metric-snapshot_seconds = Snapshot time
metric-final_train_loss_nats = Final training loss
metric-test_range_z1 = Test range z1
metric-test_range_z2 = Test range z2
metric-test_range_1_99_z1 = Test range 1 99 z1
metric-test_range_1_99_z2 = Test range 1 99 z2
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = Spread of the test codes, z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b } (1 %–99 %: { $c } × { $d })
# Values with their units. Variables: $v
unit-nats = { $v } nats/image
unit-per-pixel = { $v } per pixel
unit-min = { $v } min
unit-s = { $v } s
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $model } on { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } on { $dataset }, { $epochs } epoch
   *[other] { $model } on { $dataset }, { $epochs } epochs
}
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = Training: { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = Loading { $what }…
status-loading-list = Loading the list of models…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } The model switchers are not available.
embed-copied = Copied.
embed-not-copied = Copying was not allowed: select the code and copy it.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (opened, not in this list)
train-module-loading = Loading the training view…
# Variables: $why (the browser's reason)
train-module-failed-retry = The training view could not be loaded: { $why }. Close and open the panel to try again.

## The training evolution's controls

evo-open = Training evolution
evo-back = Back to the final model
# Variables: $size (e.g. "120 kB")
evo-loading = Loading the training evolution ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = Watch this latent space form: { $snapshots } snapshots from epoch { $first } to { $last }.
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = Snapshot { $snapshot } of { $snapshots }, epoch { $epoch } of { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = Epoch { $epoch } of { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } of { $last }
evo-play = Play
evo-pause = Pause
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = off the map

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = Latent space map, { $width } by { $height } cells, coloured by the class the classifier sees in each decoded point ({ $classes }). Use the arrow keys to move the cursor.
map-label-epoch = Latent space map at training epoch { $epoch }, { $width } by { $height } cells, coloured by the class the classifier sees in each decoded point ({ $classes }). Use the arrow keys to move the cursor.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = Zoom with the wheel, a pinch, the buttons or the + and − keys on the map.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = Zoomed { $zoom }×: the colours are the same { $width } × { $height } sample of the classifier's answers, magnified (each square is one grid cell; { $cells } across the window). The decoded image and the tiles use the exact z.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = of the map
# Variables: $pct (one decimal)
legend-share-title = { $pct } % of the map

## The page's markup (www/index.html): each element with data-l10n-id
page-title = Latent space explorer
page-description =
    .content = Explore the 2-D latent space of autoencoders trained on MNIST digits and Fashion-MNIST clothes: move over the map and the image under the pointer is decoded live in your browser; watch the latent space form during training.
page-heading = Latent space explorer
page-lede = An autoencoder squeezed every image of a dataset into just two numbers, <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). Move over the map: the image at that point is decoded live, in your browser.
retry = Try again
status-loading-page = Loading…
page-noscript = This page needs JavaScript and WebAssembly to run the decoder in your browser.
dataset-label = Dataset
model-label = Model
embed-open = Embed…
embed-title = Embed this view
embed-help = Paste this into a slide deck or a web page: it shows exactly what you see now (model, epoch, cursor). Recipes for reveal.js, Quarto, Marp and Jupyter: <a href="docs/embedding.html">embedding the explorer</a>.
embed-code-label = The iframe code of this view
embed-copy = Copy
map-canvas =
    .aria-roledescription = latent map
    .aria-label = Latent space map
# The default model's class map as a picture (the site build writes it), on the map until the
# explorer has loaded and paints the map itself: its alternative text for screen readers.
map-picture =
    .alt = Latent space map of the default model: a picture, shown while the explorer loads
zoom-out =
    .aria-label = Zoom out
    .title = Zoom out (− key)
zoom-level-label =
    .aria-label = Zoom factor
zoom-in =
    .aria-label = Zoom in
    .title = Zoom in (+ key)
zoom-reset = Whole map
    .title = Show the whole map (0 key)
map-help = The latent plane, coloured by the class a classifier recognises in the image decoded at each point (paler = less sure). Point, touch or drag on the map; or focus it and use the arrow keys (Shift: 10 steps, Home: back to the origin, + and − to zoom, 0 for the whole map).
legend-label =
    .aria-label = Classes and their colours
evo-back-button =
    .aria-label = Previous epoch
    .title = Previous epoch
evo-fwd-button =
    .aria-label = Next epoch
    .title = Next epoch
evo-epoch-label = Epoch
evo-points-label = Show encoded test images
evo-note = Axes rescale each epoch: each frame covers that epoch's encoded training set. A class keeps its colour in every frame. Playing needs only the map of each epoch; pause to decode with that epoch's decoder.
decoded-title = Decoded image
decoded-canvas =
    .aria-label = The 28 × 28 image the decoder draws for the latent point under the cursor
readout-latent-point = Latent point
readout-map-class = Map class
readout-confidence = Confidence
readout-decode-time = Decode time
hands-on-title = Hands-on
hands-on-group =
    .aria-label = Hands-on views
encode-help = Draw with a mouse, finger or pen, or pick a held-out test image: the model's encoder (downloaded on first use) puts it on the map. Strokes are made into a 28 × 28 input the way MNIST digits were: the drawing is scaled to fit a 20 × 20 box and centred by its centre of mass.
draw-pad =
    .aria-label = Drawing pad: draw a digit or a garment with the pointer
pad-undo = Undo
pad-clear = Clear
pick-test = Pick a test image
enc-input-canvas =
    .aria-label = The 28 × 28 input given to the encoder
enc-input-caption = Input (28 × 28)
enc-recon-canvas =
    .aria-label = The reconstruction: the decode at μ
enc-recon-caption = Reconstruction at μ
enc-readout-mu = Encoded to μ
enc-readout-sigma = σ (VAE spread)
enc-readout-label = True label
enc-readout-map-class = Map class at μ
enc-readout-neighbours = Nearest test codes (ringed)
encode-map-help = On the map: the diamond is μ; for a VAE the solid and dashed ellipses are 1σ and 2σ of q(z|x), where the encoder thinks the code may lie.
interp-set-a = Start at the cursor
interp-set-b = End at the cursor
interp-enc-a = Start at the encoded image
interp-enc-b = End at the encoded image
interp-strip =
    .aria-label = Ten images decoded along the segment from A to B
interp-classes =
    .aria-label = The class the classifier gives each step
interp-strip-caption = Latent interpolation: decodes at 10 evenly spaced points from A to B, with the class the classifier sees in each; a boxed class is where it changes.
interp-blend =
    .aria-label = The two end images blended pixel by pixel
interp-blend-caption = Pixel-space blend of the two end images, for comparison: a cross-fade, not a morph.
classify-help = The classifier (downloaded on first use) runs on the image decoded at the exact point under the cursor, live as you move.
class-bars =
    .aria-label = Class probabilities at the cursor
copy-link = Copy link
save-png = Save PNG
metrics-heading = Model
metrics-test-heading = Test-set figures <span class="metrics-sub-note">(held-out test images, never seen in training)</span>
train-title = Train it yourself
train-open = Train it yourself
train-drop-label = Open a bundle file (a view file, <code>.safetensors</code>) to explore it on the map above:
train-drop-or = or drop it here.
explain-title = What am I looking at?
explain-1 = An <strong>autoencoder</strong> is two neural networks trained together. The <strong>encoder</strong> reads a 28 × 28 image (784 numbers) and compresses it to a short code; the <strong>decoder</strong> has to redraw the image from that code alone. Here the code has only two numbers, the <strong>latent point</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>), so every image becomes a point on a plane, and every point of the plane can be turned back into an image.
explain-2 = The first model is a <strong>variational</strong> autoencoder (VAE, Kingma &amp; Welling 2014): during training the encoder gives a small cloud of likely points for each image instead of one point, and a penalty (the KL term) keeps all clouds close to a standard normal distribution around the origin. That is why similar digits land near each other and why the space between them decodes to plausible in-between shapes. The other designs in the model menu differ in exactly this: the line under the map says what the chosen one does to the latent space, and its test figures show the price.
explain-lesson = How the class map was made, step by step on this very model: start the lesson beside the map.
explain-docs = How many dimensions keep the information, how sparse an unbounded latent gets, what the KL term does, how many epochs until the space is coherent: the <a href="docs/latent-space.html">original questions, answered with measurements</a>.
page-footer = MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0. Fashion-MNIST by Han Xiao, Kashif Rasul and Roland Vollgraf (Zalando Research), MIT. Colour-blind-safe palette by Paul Tol. Decoding runs locally in WebAssembly (Rust; the models are trained with <a href="https://github.com/huggingface/candle">candle</a>); nothing is sent anywhere.
# The language menu's label
lang-label = Language

## Rare errors

# The embed snippet's title (read by screen readers in the host page). Variables: $dataset, $model
embed-iframe-title-model = Latent space explorer: { $dataset } · { $model }
embed-iframe-title = Latent space explorer
# Why a download failed. Shown after "Could not load …:".
why-not-offline = not included in this offline file (export it with that model)
# The same for a language's texts. Variables: $code (the language's code, e.g. ar)
why-not-offline-lang = not included in this offline file (export it with --lang { $code })
why-not-text = the file is not text (UTF-8)
# Opening a file from disk. Variables: $why (the browser's reason)
file-read-failed = the browser could not read the file ({ $why })
# The training view's module could not start: the page was opened without its main.js
train-no-loader = this page has no loader for it (open the explorer's index.html)
# A programming error, shown instead of the page. Variables: $detail (where it happened, in English)
internal-error = Internal error: { $detail }

## The QR code of the view (present mode, qr=1, Save PNG)

qr-canvas =
    .aria-label = QR code of this view: scan it to open the same view on a phone
qr-caption = Scan to open this view
qr-hide =
    .aria-label = Hide the QR code
    .title = Hide the QR code
say-qr-hidden = QR code hidden.
# Variables: $why (the browser's reason)
qr-load-failed = The QR code could not be loaded: { $why }

## The built-in datasets' names (the dataset menu, titles)

dataset-label-mnist = MNIST digits
dataset-label-fashion = Fashion-MNIST

## The built-in designs: their names in the model menu and the line under the map
## (used where the manifest carries exactly these English texts)

design-label-vae = VAE (β = 1)
design-label-plain = Plain autoencoder
design-label-beta4 = β-VAE (β = 4)
design-label-bounded = Bounded (tanh) autoencoder
design-summary-vae = The KL term pulls every posterior q(z|x) towards the standard normal prior: codes fill a round region around the origin without gaps, and every point in it decodes to a plausible image.
design-summary-plain = Nothing constrains z: the encoder may put codes anywhere, so classes stretch along long arms from the origin with empty gaps between them, and points decoded from the gaps look like no training image.
design-summary-beta4 = A KL term weighted β = 4 pulls codes harder towards the prior: the map is smoother and rounder, but similar classes overlap more and decodes are blurrier.
design-summary-bounded = tanh keeps z inside the square (−1, 1)², and a standard-normal prior on the code before tanh stops it saturating: the classes tile the whole square, edge to edge, with no outliers to chase.

## Compare: a second model beside the first

compare-label = Compare with
# The menu's first entry: no second model
compare-none = —
compare-map =
    .aria-label = The compared model's class map: pointing here moves the cursor of both maps
compare-decoded =
    .aria-label = The compared model's decode at the cursor
# Under the compared model's decode. Variables: $class, $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
compare-readout = { $class } ({ $confidence }) at { $z }
# Variables: $z
compare-readout-off = Off its map, at { $z }
# Under the compared map, for an encoded image. Variables: $z (μ by the compared model's encoder, e.g. "z = (0.655, 0.543)"), $same, $k, $class (as in enc-neighbours)
compare-encoded = Encoded to μ { $z }: { $same } of its { $k } nearest test codes are { $class }.
# Variables: $z
compare-encoded-wait = Encoded to μ { $z }; finding its nearest test codes…
# Said as the cursor moves, with a compared model. Variables: $class, $confidence, $z (the first model's), $model (the compared model's name), $other, $other_confidence (its class and confidence)
say-class-at-compare = Class { $class }, { $confidence } confidence, at { $z }; { $model }: class { $other }, { $other_confidence }
# A line about the address. Variables: $value (as typed), $models (the models it can be)
notice-bad-compare = Ignored compare=“{ $value }”: compare with another model of the same dataset: { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = New here? See how this map is made, step by step.
lesson-start = Start the lesson
lesson-module-loading = Loading the lesson…
# Variables: $why (what went wrong)
lesson-module-failed = The lesson could not be loaded: { $why }
lesson-no-loader = this page has no loader for it (open the explorer's index.html)
tools-module-loading = Loading the hands-on views…
# Variables: $why (what went wrong)
tools-module-failed = The hands-on views could not be loaded: { $why }
say-lesson-closed = The lesson is closed.
# A line about the address. Variables: $value (as typed), $steps (the step ids)
notice-bad-lesson = Ignored lesson=“{ $value }”: a step is one of { $steps }; the lesson opens at its first step.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = Map accuracy (blue) and 10-NN agreement (black) of the test codes at each snapshot; grey line: the epoch shown; red line: the first coherent epoch.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = map accuracy
evo-key-knn = 10-NN agreement
evo-key-shown = epoch shown
evo-key-coherent = first coherent epoch
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = Epoch { $epoch }: map accuracy { $accuracy } %, 10-NN agreement { $knn } %.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = From epoch { $epoch } on (red line) the 10-NN agreement ({ $knn } %) is within { $within } points of its value at epoch { $last_epoch } ({ $last } %): the latent space is coherent.
