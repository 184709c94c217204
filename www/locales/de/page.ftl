# The latent space explorer's page, in German (de, Deutsch); addresses the learner with informal "du".
# Checked: against the glossary (glossary.md in this folder) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: test-loss, file-showing-no-design, tool-tiles, hands-on-title, metric-snapshot_seconds, metric-test_range_1_99_z1, metric-test_range_1_99_z2
# Each message is one sentence or label; variables are named in a "Variables:" comment.
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } kB
# Variables: $mb (one decimal)
size-mb = { $mb } MB
# A confidence, e.g. "97 %". Variables: $pct (a whole number)
percent = { $pct } %
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Where the locale writes a decimal comma, separate the two numbers with a semicolon.
z-readout = z = ({ $z1 }; { $z2 })
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = { $loss } (Test) { $nats } nats/Bild

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = Innerhalb von { $seconds } s ist nichts vollständig angekommen; prüfe die Verbindung und versuche es noch einmal
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = { $url } konnte nicht geladen werden: { $why }.
# Variables: $url, $seconds
load-stalled = Das Laden von { $url } ist ins Stocken geraten: Innerhalb von { $seconds } s ist nichts vollständig angekommen. Prüfe die Verbindung und versuche es noch einmal.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = T-Shirt/Top
class-fashion-1 = Hose
class-fashion-2 = Pullover
class-fashion-3 = Kleid
class-fashion-4 = Mantel
class-fashion-5 = Sandale
class-fashion-6 = Hemd
class-fashion-7 = Sneaker
class-fashion-8 = Tasche
class-fashion-9 = Stiefelette

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = Klasse { $class }, { $confidence } Konfidenz, bei { $z }
say-off-map = Außerhalb der Karte
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = Zoom { $zoom }×: z₁ von { $z1min } bis { $z1max }, z₂ von { $z2min } bis { $z2max }.
say-whole-map = Die ganze Karte wird angezeigt.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } würde bei Zoom { $zoom } einen Ausschnitt zeigen, der über diese Karte hinausreicht; angezeigt wird der nächstgelegene Ausschnitt innerhalb der Karte, { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = Epoche { $epoch } von { $last }: { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = Decoder: das fertig trainierte Modell.
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = { $epochs ->
    [one] Decoder: das fertig trainierte Modell ({ $epochs } Epoche).
   *[other] Decoder: das fertig trainierte Modell ({ $epochs } Epochen).
}
# Variables: $epoch
decoder-epoch = Decoder: Epoche { $epoch }.
# Variables: $epoch
decoder-playing = Wiedergabe: Die Karte zeigt Epoche { $epoch }; pausiere, um mit dem Decoder dieser Epoche zu decodieren.
# Variables: $epoch
decoder-loading = Der Decoder von Epoche { $epoch } wird geladen…
say-evo-closed = Trainingsverlauf geschlossen: wieder das fertig trainierte Modell.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = Trainingsverlauf: { $snapshots } Momentaufnahmen, Epochen { $first } bis { $last }. { $epoch }
say-evo-playing = Der Trainingsverlauf wird abgespielt.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = Pausiert. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = Der Trainingsverlauf { $url } konnte nicht geladen werden: { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = Der Trainingsverlauf nennt { $evo } Klassen, das Modell aber { $model }; er wird nicht angezeigt.
# Variables: $why (why the file could not be loaded)
decoder-missing = Kein Decoder für diese Epoche: { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = Bei Epoche { $asked } gibt es keine Momentaufnahme; angezeigt wird Epoche { $shown } (Momentaufnahmen: { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = { $asked } liegt außerhalb der Karte von Epoche { $epoch }; angezeigt am nächstgelegenen Punkt darauf, { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = { $url } konnte nicht geladen werden: { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = Laden fehlgeschlagen: { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }, { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } Weiterhin wird { $model } angezeigt.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = { $model } wird angezeigt.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = Es gibt kein Modell „{ $asked }“; stattdessen wird { $shown } angezeigt. Modelle: { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = Es gibt keinen Datensatz „{ $asked }“; stattdessen wird { $shown } angezeigt. Datensätze: { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } liegt außerhalb dieser Karte; verschoben zum nächstgelegenen Punkt darauf, { $shown }.
# Variables: $epoch
notice-no-evolution = epoch={ $epoch } ignoriert: Dieses Modell hat keinen Trainingsverlauf.
# Variables: $value (as typed)
notice-bad-epoch = epoch=„{ $value }“ ignoriert: Eine Epoche ist eine ganze Zahl wie epoch=4.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = { $key }=„{ $value }“ ignoriert: Erwartet werden zwei endliche Zahlen wie { $key }=1.5,-0.25.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=„{ $value }“ liegt nicht zwischen 1 und { $max }: angezeigt wird zoom={ $shown }.
# Variables: $value, $max
notice-bad-zoom = zoom=„{ $value }“ ignoriert: Ein Zoom ist eine Zahl von 1 bis { $max } wie zoom=4.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = { $key }=„{ $value }“ ignoriert: Erwartet wird eine ganze Zahl ab 1.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = { $key }=„{ $value }“ ignoriert: Verwende { $key }=1 oder { $key }=0.
# Variables: $value
notice-bad-bundle = bundle=„{ $value }“ ignoriert: Nur Dateien dieser Website können geladen werden (ein Pfad wie weights/mnist/vae.safetensors).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = lang=„{ $value }“ ignoriert: Verfügbare Sprachen sind { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = view=„{ $value }“ ignoriert: Verfügbare Ansichten sind { $views }.
# Variables: $value
notice-bad-img = img=„{ $value }“ ignoriert: Ein Testbild wird mit einer Nummer angegeben, wie img=12.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = Sprache: { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = Die Texte auf { $lang } ({ $url }) konnten nicht geladen werden: { $why } Die Seite bleibt in der bisherigen Sprache.

## The embed dialog, files from disk, the training panel

say-embed-copied = Der Einbettungscode ist in der Zwischenablage.
say-embed-not-copied = Der Browser hat das Kopieren nicht erlaubt: Markiere den Code und kopiere ihn von Hand.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = { $file } wird auf der Karte oben angezeigt ({ $design }, Seed { $seed }).
# Variables: $file, $seed
file-showing-no-design = { $file } wird auf der Karte oben angezeigt (Bauart nicht angegeben, Seed { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = { $file } konnte nicht geöffnet werden: { $why }
# Variables: $why (the browser's reason)
train-module-failed = Die Trainingsansicht konnte nicht geladen werden: { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = Bild encodieren
tool-interp = Interpolieren
tool-classify = Was der Klassifikator sieht
tool-tiles = Mit decodierten Bildern kacheln
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = Ansicht „{ $tool }“ geöffnet.
say-tool-closed = Ansicht „{ $tool }“ geschlossen.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] Der Encoder wird geladen…
    [classifier] Der Klassifikator wird geladen…
    [tests] Die Testbilder werden geladen…
    [encoder-classifier] Encoder und Klassifikator werden geladen…
    [encoder-tests] Encoder und Testbilder werden geladen…
    [classifier-tests] Klassifikator und Testbilder werden geladen…
   *[encoder-classifier-tests] Encoder, Klassifikator und Testbilder werden geladen…
}
tool-no-encoder = Zum Encodieren braucht es den Encoder, und den enthält eine Ansichtsdatei nicht: Das Modell auf der Karte wurde aus einer Datei geöffnet, und die Seite kann seinen Encoder nicht abrufen. Wähle ein Modell aus der Liste oder öffne seine Ansichtsdatei über die Adresse dieser Website (?bundle=…), damit die Dateien daneben gefunden werden.
tool-no-classifier = Diese Ansicht braucht den Klassifikator für den Datensatz des Modells, und den hat diese Website nicht: Das Modell auf der Karte wurde aus einer Datei geöffnet, und die Seite kann den Klassifikator seines Datensatzes nicht abrufen. Wähle ein Modell aus der Liste oder öffne seine Ansichtsdatei über die Adresse dieser Website (?bundle=…), damit die Dateien daneben gefunden werden.

## Share: the link and the picture

share-drawing-not-in-link = Eine Zeichnung ist nicht Teil eines Links: Der Link öffnet das leere Zeichenfeld.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · Epoche { $epoch } von { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ von { $z1min } bis { $z1max }, z₂ von { $z2min } bis { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (Zoom { $zoom }×)
# Variables: $link (the address)
share-link-copied = Link kopiert: { $link }
share-link-not-copied = Die Zwischenablage ließ sich nicht nutzen; der Link lautet: { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = { $file } gespeichert.
share-png-asked = Der Browser wurde gebeten, { $file } zu speichern. Falls keine Datei angekommen ist, blockiert diese Einbettung Downloads: Öffne den Explorer in einem eigenen Tab, um zu speichern.
# Variables: $why (the browser's reason)
share-png-failed = Das PNG konnte nicht gespeichert werden: { $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = Startpunkt auf { $z } gesetzt.
say-interp-end-set = Endpunkt auf { $z } gesetzt.
say-interp-encode-first = Encodiere zuerst ein Bild (Bild encodieren).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] Interpoliert von { $a } nach { $b }: { $classes }; kein Klassenwechsel.
   *[other] Interpoliert von { $a } nach { $b }: { $classes }; Klassenwechsel zwischen den Schritten { $steps }.
}

## Encode an image

say-pad-empty = Das Zeichenfeld ist leer.
say-pad-cleared = Zeichenfeld geleert.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = Deine Zeichnung wurde zu { $z } encodiert, Kartenklasse { $class }.
say-encoded-drawing-off = Deine Zeichnung wurde zu { $z } encodiert, außerhalb der Karte.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = Testbild { $index } (Label { $label }) wurde zu { $z } encodiert, Kartenklasse { $class }.
say-encoded-test-off = Testbild { $index } (Label { $label }) wurde zu { $z } encodiert, außerhalb der Karte.
say-neighbours = { $same } seiner { $k } nächsten Testcodes sind { $class }.
say-neighbours-both = { $first }: { $same1 } seiner { $k } nächsten Testcodes sind { $class }. { $second }: { $same2 } von { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } liegt hinter dem letzten Testbild: Diese Datei enthält { $count } (img=0 bis img={ $last }); angezeigt wird img={ $last }.

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct } %
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = Genau an diesem Punkt sieht der Klassifikator { $class } ({ $confidence }), die Kartenzelle sagt aber { $cell }: Die Karte ist eine Stichprobe der Ebene aus { $width } × { $height } Zellen, decodiert in den Zellmittelpunkten. ({ $ms } ms pro Decodieren + Klassifizieren)
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = Der Klassifikator sieht { $class } ({ $confidence }) bei { $z }, wie auch die Kartenzelle angibt. ({ $ms } ms pro Decodieren + Klassifizieren)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }; { $s2 })
enc-sigma-none = – (kein VAE: ein einzelner Punkt, keine Streuung)
enc-off-map = außerhalb der Karte
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class } ({ $confidence })
enc-encoding = wird encodiert…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (Testbild { $index })
enc-truth-drawing = – (deine Zeichnung)
enc-neighbours = { $same } von { $k } sind { $class }
enc-neighbours-wait = Testbilder werden encodiert… { $done } von { $count }
enc-neighbours-none = – (wähle ein Testbild oder vergleiche mit einem zweiten Modell)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = Von A { $a } nach B { $b }.
interp-end-a = A { $a }. Klicke auf die Karte (oder drücke „Ende am Cursor“) für B.
interp-ends-none = Klicke zweimal auf die Karte (Start, dann Ende) oder bewege den Cursor und drücke die Schaltflächen.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = Schritt { $step }: { $class }, { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (hier wechselt die Klasse)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } Bilder kacheln den vergrößerten Ausschnitt (z₁ { $z1min } bis { $z1max }, z₂ { $z2min } bis { $z2max }), jedes in der Mitte seiner Kachel decodiert, alle in einem einzigen gebündelten Decoder-Aufruf ({ $ms } ms); beim Zoomen oder Verschieben werden sie neu decodiert. Darunter liegt die Klassenkarte mit { $width }×{ $height } Zellen.
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } Bilder kacheln die ganze Karte, jedes in der Mitte seiner Kachel decodiert, alle in einem einzigen gebündelten Decoder-Aufruf ({ $ms } ms); beim Zoomen oder Verschieben werden sie neu decodiert. Darunter liegt die Klassenkarte mit { $width }×{ $height } Zellen.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = −ELBO (Test)
metric-test_reconstruction_nats = Rekonstruktion (Test)
metric-test_kl_nats = KL (Test)
metric-test_mse_per_pixel = MSE (Test)
metric-classifier_test_accuracy = Genauigkeit des Klassifikators (Test)
metric-test_map_accuracy = Testbilder im Gebiet ihrer Klasse
metric-map_test_accuracy = Testbilder im Gebiet ihrer Klasse
metric-test_share_inside_bounds = Testbilder innerhalb der Karte
metric-train_share_inside_bounds = Anteil der Trainingsbilder innerhalb der Grenzen
metric-test_knn10_agreement = Gleiche Klasse unter den 10 nächsten Nachbarn eines Testcodes
metric-test_occupied_share_32 = Kartenfläche mit Testcodes (32 × 32 Zellen)
metric-train_images = Trainingsbilder
metric-epochs = Epochen
metric-train_seconds = Trainingsdauer
metric-map_seconds = Rechenzeit der Klassenkarte
metric-snapshot_seconds = Rechenzeit der Momentaufnahmen
metric-final_train_loss_nats = Trainingsverlust am Ende
metric-test_range_z1 = Wertebereich z1 (Test)
metric-test_range_z2 = Wertebereich z2 (Test)
metric-test_range_1_99_z1 = Wertebereich z1 (Test, 1 %–99 %)
metric-test_range_1_99_z2 = Wertebereich z2 (Test, 1 %–99 %)
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = Streuung der Testcodes, z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b } (1 %–99 %: { $c } × { $d })
# Values with their units. Variables: $v
unit-nats = { $v } nats/Bild
unit-per-pixel = { $v } pro Pixel
unit-min = { $v } min
unit-s = { $v } s
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $model } auf { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } auf { $dataset }, { $epochs } Epoche
   *[other] { $model } auf { $dataset }, { $epochs } Epochen
}
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = Training: { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = { $what } wird geladen…
status-loading-list = Die Liste der Modelle wird geladen…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } Die Auswahl von Datensatz und Modell ist nicht verfügbar.
embed-copied = Kopiert.
embed-not-copied = Kopieren wurde nicht erlaubt: Markiere den Code und kopiere ihn.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (geöffnet, nicht in dieser Liste)
train-module-loading = Die Trainingsansicht wird geladen…
# Variables: $why (the browser's reason)
train-module-failed-retry = Die Trainingsansicht konnte nicht geladen werden: { $why }. Schließe das Feld und öffne es erneut, um es noch einmal zu versuchen.

## The training evolution's controls

evo-open = Trainingsverlauf
evo-back = Zurück zum fertig trainierten Modell
# Variables: $size (e.g. "120 kB")
evo-loading = Der Trainingsverlauf wird geladen ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = Sieh zu, wie dieser latente Raum entsteht: { $snapshots } Momentaufnahmen von Epoche { $first } bis { $last }.
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = Momentaufnahme { $snapshot } von { $snapshots }, Epoche { $epoch } von { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = Epoche { $epoch } von { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } von { $last }
evo-play = Abspielen
evo-pause = Pause
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = außerhalb der Karte

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = Karte des latenten Raums, { $width } mal { $height } Zellen, eingefärbt nach der Klasse, die der Klassifikator im decodierten Bild jedes Punkts sieht ({ $classes }). Bewege den Cursor mit den Pfeiltasten.
map-label-epoch = Karte des latenten Raums in Trainingsepoche { $epoch }, { $width } mal { $height } Zellen, eingefärbt nach der Klasse, die der Klassifikator im decodierten Bild jedes Punkts sieht ({ $classes }). Bewege den Cursor mit den Pfeiltasten.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = Zoomen mit dem Mausrad, mit zwei Fingern, mit den Schaltflächen oder mit den Tasten + und − auf der Karte.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = Zoom { $zoom }×: Die Farben sind dieselbe Stichprobe aus { $width } × { $height } Antworten des Klassifikators, nur vergrößert (jedes Quadrat ist eine Gitterzelle; { $cells } über die Breite des Ausschnitts). Das decodierte Bild und die Kacheln verwenden das exakte z.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = der Karte
# Variables: $pct (one decimal)
legend-share-title = { $pct } % der Karte

## The page's markup (www/index.html): each element with data-l10n-id
page-title = Explorer des latenten Raums
page-description =
    .content = Erkunde den zweidimensionalen latenten Raum von Autoencodern, die auf MNIST-Ziffern und Fashion-MNIST-Kleidungsstücken trainiert wurden: Bewege dich über die Karte, und das Bild unter dem Zeiger wird live in deinem Browser decodiert; sieh zu, wie der latente Raum während des Trainings entsteht.
page-heading = Explorer des latenten Raums
page-lede = Ein Autoencoder hat jedes Bild eines Datensatzes in nur zwei Zahlen gepresst, <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). Bewege dich über die Karte: Das Bild an diesem Punkt wird live in deinem Browser decodiert.
retry = Erneut versuchen
status-loading-page = Wird geladen…
page-noscript = Diese Seite braucht JavaScript und WebAssembly, um den Decoder in deinem Browser auszuführen.
dataset-label = Datensatz
model-label = Modell
embed-open = Einbetten…
embed-title = Diese Ansicht einbetten
embed-help = Füge dies in eine Präsentation oder eine Webseite ein: Es zeigt genau das, was du jetzt siehst (Modell, Epoche, Cursor). Anleitungen für reveal.js, Quarto, Marp und Jupyter: <a href="docs/embedding.html">den Explorer einbetten</a>.
embed-code-label = Der iframe-Code dieser Ansicht
embed-copy = Kopieren
map-canvas =
    .aria-roledescription = latente Karte
    .aria-label = Karte des latenten Raums
map-picture =
    .alt = Karte des latenten Raums des Standardmodells: ein Bild, das angezeigt wird, während der Explorer lädt
zoom-out =
    .aria-label = Herauszoomen
    .title = Herauszoomen (Taste −)
zoom-level-label =
    .aria-label = Zoomfaktor
zoom-in =
    .aria-label = Hineinzoomen
    .title = Hineinzoomen (Taste +)
zoom-reset = Ganze Karte
    .title = Die ganze Karte zeigen (Taste 0)
map-help = Die latente Ebene, eingefärbt nach der Klasse, die ein Klassifikator im decodierten Bild jedes Punkts erkennt (blasser = weniger sicher). Zeige, tippe oder ziehe auf der Karte; oder setze den Fokus auf sie und nutze die Pfeiltasten (Umschalt: 10 Schritte, Pos1: zurück zum Ursprung, + und − zum Zoomen, 0 für die ganze Karte).
legend-label =
    .aria-label = Klassen und ihre Farben
evo-back-button =
    .aria-label = Vorherige Epoche
    .title = Vorherige Epoche
evo-fwd-button =
    .aria-label = Nächste Epoche
    .title = Nächste Epoche
evo-epoch-label = Epoche
evo-points-label = Encodierte Testbilder zeigen
evo-note = Die Achsen werden in jeder Epoche neu skaliert: Jedes Einzelbild umfasst die encodierten Trainingsdaten dieser Epoche. Eine Klasse behält in jedem Einzelbild ihre Farbe. Zum Abspielen genügt die Karte jeder Epoche; pausiere, um mit dem Decoder dieser Epoche zu decodieren.
decoded-title = Decodiertes Bild
decoded-canvas =
    .aria-label = Das 28 × 28-Bild, das der Decoder für den latenten Punkt unter dem Cursor zeichnet
readout-latent-point = Latenter Punkt
readout-map-class = Kartenklasse
readout-confidence = Konfidenz
readout-decode-time = Decodierzeit
hands-on-title = Ausprobieren
hands-on-group =
    .aria-label = Ansichten zum Ausprobieren
encode-help = Zeichne mit Maus, Finger oder Stift oder wähle ein Testbild, das im Training nie verwendet wurde: Der Encoder des Modells (wird bei der ersten Nutzung heruntergeladen) setzt es auf die Karte. Die Striche werden so in eine 28 × 28-Eingabe umgewandelt, wie es bei den MNIST-Ziffern geschah: Die Zeichnung wird so skaliert, dass sie in ein 20 × 20-Feld passt, und an ihrem Schwerpunkt zentriert.
draw-pad =
    .aria-label = Zeichenfeld: Zeichne mit dem Zeiger eine Ziffer oder ein Kleidungsstück
pad-undo = Rückgängig
pad-clear = Leeren
pick-test = Testbild wählen
enc-input-canvas =
    .aria-label = Die 28 × 28-Eingabe für den Encoder
enc-input-caption = Eingabe (28 × 28)
enc-recon-canvas =
    .aria-label = Die Rekonstruktion: das bei μ decodierte Bild
enc-recon-caption = Rekonstruktion bei μ
enc-readout-mu = Encodiert zu μ
enc-readout-sigma = σ (Streuung des VAE)
enc-readout-label = Wahres Label
enc-readout-map-class = Kartenklasse bei μ
enc-readout-neighbours = Nächste Testcodes (umkreist)
encode-map-help = Auf der Karte: Die Raute ist μ; bei einem VAE sind die durchgezogene und die gestrichelte Ellipse 1σ und 2σ von q(z|x), also dort, wo der Encoder den Code vermutet.
interp-set-a = Start am Cursor
interp-set-b = Ende am Cursor
interp-enc-a = Start am encodierten Bild
interp-enc-b = Ende am encodierten Bild
interp-strip =
    .aria-label = Zehn Bilder, decodiert entlang der Strecke von A nach B
interp-classes =
    .aria-label = Die Klasse, die der Klassifikator jedem Schritt gibt
interp-strip-caption = Latente Interpolation: decodierte Bilder an 10 gleichmäßig verteilten Punkten von A nach B, jeweils mit der Klasse, die der Klassifikator darin sieht; eine umrahmte Klasse markiert einen Wechsel.
interp-blend =
    .aria-label = Die beiden Endbilder, Pixel für Pixel überblendet
interp-blend-caption = Überblendung der beiden Endbilder im Pixelraum, zum Vergleich: ein Ineinanderblenden, kein Morphing.
classify-help = Der Klassifikator (wird bei der ersten Nutzung heruntergeladen) läuft auf dem Bild, das am exakten Punkt unter dem Cursor decodiert wird, live während du dich bewegst.
class-bars =
    .aria-label = Klassenwahrscheinlichkeiten am Cursor
copy-link = Link kopieren
save-png = PNG speichern
metrics-heading = Modell
metrics-test-heading = Kennzahlen auf den Testdaten <span class="metrics-sub-note">(zurückgehaltene Testbilder, im Training nie gesehen)</span>
train-title = Selbst trainieren
train-open = Selbst trainieren
train-drop-label = Öffne eine Bundle-Datei (eine Ansichtsdatei, <code>.safetensors</code>), um sie auf der Karte oben zu erkunden:
train-drop-or = oder lege sie hier ab.
explain-title = Was sehe ich hier?
explain-1 = Ein <strong>Autoencoder</strong> besteht aus zwei neuronalen Netzen, die gemeinsam trainiert werden. Der <strong>Encoder</strong> liest ein 28 × 28-Bild (784 Zahlen) und komprimiert es zu einem kurzen Code; der <strong>Decoder</strong> muss das Bild allein aus diesem Code wieder zeichnen. Hier besteht der Code aus nur zwei Zahlen, dem <strong>latenten Punkt</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). So wird jedes Bild zu einem Punkt in einer Ebene, und jeder Punkt der Ebene lässt sich wieder in ein Bild verwandeln.
explain-2 = Das erste Modell ist ein <strong>Variational</strong> Autoencoder (VAE, Kingma &amp; Welling 2014): Beim Training gibt der Encoder für jedes Bild statt eines einzelnen Punkts eine kleine Wolke wahrscheinlicher Punkte aus, und ein Strafterm (der KL-Term) hält alle Wolken nahe an einer Standardnormalverteilung um den Ursprung. Deshalb landen ähnliche Ziffern nah beieinander, und deshalb ergibt der Raum zwischen ihnen beim Decodieren plausible Zwischenformen. Die anderen Bauarten im Modellmenü unterscheiden sich genau darin: Die Zeile unter der Karte sagt, was die gewählte Bauart mit dem latenten Raum macht, und ihre Testkennzahlen zeigen den Preis dafür.
explain-lesson = Wie die Klassenkarte entstanden ist, Schritt für Schritt an genau diesem Modell: Starte die Lektion neben der Karte.
explain-docs = Wie viele Dimensionen die Information bewahren, wie dünn besetzt ein unbeschränkter latenter Raum wird, was der KL-Term bewirkt, wie viele Epochen es braucht, bis der Raum zusammenhängend ist: die <a href="docs/latent-space.html">ursprünglichen Fragen, mit Messungen beantwortet</a>.
page-footer = MNIST von Yann LeCun, Corinna Cortes und Christopher J.C. Burges, CC BY-SA 3.0. Fashion-MNIST von Han Xiao, Kashif Rasul und Roland Vollgraf (Zalando Research), MIT. Für Farbenblinde geeignete Farbpalette von Paul Tol. Das Decodieren läuft lokal in WebAssembly (Rust; die Modelle wurden mit <a href="https://github.com/huggingface/candle">candle</a> trainiert); nichts wird irgendwohin gesendet.
# The language menu's label
lang-label = Sprache

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = Latent-Space-Explorer: { $dataset } · { $model }
embed-iframe-title = Latent-Space-Explorer
why-not-offline = nicht in dieser Offline-Datei enthalten (exportiere sie mit diesem Modell)
why-not-offline-lang = nicht in dieser Offline-Datei enthalten (exportiere sie mit --lang { $code })
why-not-text = die Datei ist kein Text (UTF-8)
file-read-failed = der Browser konnte die Datei nicht lesen ({ $why })
train-no-loader = diese Seite hat keinen Lader dafür (öffne die index.html des Explorers)
internal-error = Interner Fehler: { $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = QR-Code dieser Ansicht: scanne ihn, um dieselbe Ansicht auf einem Handy zu öffnen
qr-caption = Scannen, um diese Ansicht zu öffnen
qr-hide =
    .aria-label = QR-Code ausblenden
    .title = QR-Code ausblenden
say-qr-hidden = QR-Code ausgeblendet.
qr-load-failed = Der QR-Code konnte nicht geladen werden: { $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = MNIST-Ziffern
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE (β = 1)
design-label-plain = Einfacher Autoencoder
design-label-beta4 = β-VAE (β = 4)
design-label-bounded = Beschränkter (tanh-)Autoencoder
design-summary-vae = Der KL-Term zieht jede Posteriori-Verteilung q(z|x) zur Standardnormalverteilung als Prior: Die Codes füllen eine runde Fläche um den Ursprung ohne Lücken, und jeder Punkt darin wird zu einem plausiblen Bild decodiert.
design-summary-plain = Nichts schränkt z ein: Der Encoder darf die Codes überall hinlegen, daher ziehen sich die Klassen in langen Armen vom Ursprung weg, mit leeren Lücken dazwischen, und Punkte aus den Lücken werden zu Bildern decodiert, die keinem Trainingsbild ähneln.
design-summary-beta4 = Ein mit β = 4 gewichteter KL-Term zieht die Codes stärker zum Prior: Die Karte wird glatter und runder, aber ähnliche Klassen überlappen mehr und die Decodierungen sind unschärfer.
design-summary-bounded = tanh hält z im Quadrat (−1, 1)², und ein Standardnormal-Prior auf dem Code vor tanh verhindert die Sättigung: Die Klassen füllen das ganze Quadrat von Rand zu Rand, ohne Ausreißer.

## Compare (added later; checked by the same process)

compare-label = Vergleichen mit
compare-none = —
compare-map =
    .aria-label = Die Klassenkarte des Vergleichsmodells: Zeigen hier bewegt den Cursor beider Karten
compare-decoded =
    .aria-label = Die Decodierung des Vergleichsmodells am Cursor
compare-readout = { $class } ({ $confidence }) bei { $z }
compare-readout-off = Außerhalb seiner Karte, bei { $z }
compare-encoded = Encodiert zu μ { $z }: { $same } seiner { $k } nächsten Testcodes sind { $class }.
compare-encoded-wait = Encodiert zu μ { $z }; seine nächsten Testcodes werden gesucht…
say-class-at-compare = Klasse { $class }, { $confidence } Konfidenz, bei { $z }; { $model }: Klasse { $other }, { $other_confidence }
notice-bad-compare = compare=„{ $value }“ ignoriert: vergleiche mit einem anderen Modell desselben Datensatzes: { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = Neu hier? Sieh Schritt für Schritt, wie diese Karte entsteht.
lesson-start = Lektion starten
lesson-module-loading = Die Lektion wird geladen…
lesson-module-failed = Die Lektion konnte nicht geladen werden: { $why }
lesson-no-loader = diese Seite hat keinen Lader dafür (öffne die index.html des Explorers)
tools-module-loading = Die Ansichten zum Ausprobieren werden geladen…
# Variables: $why (what went wrong)
tools-module-failed = Die Ansichten zum Ausprobieren konnten nicht geladen werden: { $why }
say-lesson-closed = Die Lektion ist geschlossen.
notice-bad-lesson = lesson=„{ $value }“ ignoriert: ein Schritt ist einer von { $steps }; die Lektion beginnt beim ersten Schritt.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = Kartengenauigkeit (blau) und 10-NN-Übereinstimmung (schwarz) der Testcodes in jeder gespeicherten Epoche; graue Linie: die gezeigte Epoche; rote Linie: die erste kohärente Epoche.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = Kartengenauigkeit
evo-key-knn = 10-NN-Übereinstimmung
evo-key-shown = gezeigte Epoche
evo-key-coherent = erste kohärente Epoche
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = Epoche { $epoch }: Kartengenauigkeit { $accuracy } %, 10-NN-Übereinstimmung { $knn } %.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = Ab Epoche { $epoch } (rote Linie) liegt die 10-NN-Übereinstimmung ({ $knn } %) höchstens { $within ->
    [one] { $within } Prozentpunkt
   *[other] { $within } Prozentpunkte
} von ihrem Wert in Epoche { $last_epoch } ({ $last } %) entfernt: Der latente Raum ist kohärent.
