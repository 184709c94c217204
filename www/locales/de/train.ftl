# The "Train it yourself" view, in German (de, Deutsch); addresses the learner with informal "du", as page.ftl does.
# Checked: against the glossary (glossary.md in this folder, terms of page.ftl) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: train-step, train-design-plain, train-design-bounded, train-status-report, train-replay-note-live, train-axes
#
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
    Trainiere einen 2-D-Autoencoder in diesem Browser-Tab (in einem Web Worker, mit
    demselben Rust-Code für Modell und Verlust wie bei den mitgelieferten Modellen). Etwa alle { 0.7 } s
    werden die Codes μ von { 1000 } zurückgehaltenen Testbildern neu gezeichnet und die Verlustkurven
    wachsen; zeige auf das Diagramm, um mit den aktuellen Gewichten zu decodieren.
train-outro =
    „Bundle herunterladen“ speichert eine gewöhnliche Ansichtsdatei: den Decoder (f16), eine
    128 × 128-Klassenkarte und die Metadaten (Bauart, β, Seed, Schritte, Testverlust). Ihre Klassenkarte
    wird nach den Labels der 10 nächstgelegenen encodierten Testbilder eingefärbt (es läuft kein Klassifikator).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = Trainingseinstellungen
train-dataset-label = Datensatz
train-dataset-mnist = MNIST-Ziffern ({ 10000 } Trainingsbilder)
train-dataset-fashion = Fashion-MNIST ({ 4500 } Trainingsbilder)
train-design-label = Bauart
train-design-vae = VAE
train-design-plain = Einfach
train-design-bounded = Beschränkt (tanh)
train-beta-label = β (VAE)
train-lr-label = Lernrate
train-batch-label = Batchgröße
train-seed-label = Seed

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = Trainieren
train-pause = Pause
train-step = Ein Schritt
train-reset = Zurücksetzen
train-map = Klassenkarte
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = nach
train-map-by-nearest = den Labels der 10 nächsten Testcodes (128 × 128, schnell)
train-map-by-classifier = dem Klassifikator des Datensatzes (64 × 64, einige Sekunden)
train-download = Bundle herunterladen

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = Wähle die Einstellungen und drücke auf „Trainieren“.
# While the worker starts and downloads the dataset.
train-status-loading = Der Worker wird gestartet und die Trainingsdaten werden heruntergeladen…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] Training läuft
        [paused] Pausiert
       *[stopped] Gestoppt
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
        [running] Training läuft
        [paused] Pausiert
       *[stopped] Gestoppt
    }: { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }, { $epochs } { $epochs ->
        [one] Epoche
       *[other] Epochen
    } über { $images ->
        [one] { $images } Bild
       *[other] { $images } Bilder
    }; Testverlust { $test } nats/Bild{ $has_train ->
        [yes] , Trainingsverlust { $train } nats/Bild
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } Bilder/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(Trainingsdaten: { $data } heruntergeladen)
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
train-status-limit = Das Training endet bei Schritt { $until } ({ $key } in der Adresse).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = Die Adresse dieser Seite beendet das Training bei Schritt { $until } ({ $key }): „Trainieren“ bewirkt nichts mehr; entferne die Einstellung aus der Adresse, um weiterzutrainieren.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = Training zurückgesetzt.
train-say-loading = Der Trainings-Worker wird gestartet und die Daten werden heruntergeladen.
train-say-running = Training läuft.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    Pausiert nach { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritten
    }; Testverlust { $test } nats pro Bild.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } liegt nicht zwischen 0 und 100: Das Training verwendet β = { $beta }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = „{ $typed }“ ist keine Zahl: Das Training verwendet β = { $beta }.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = Eine Lernrate von { $lr } ist groß: Der Verlust kann divergieren (die mitgelieferten Modelle verwenden { 0.001 }).
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = Lernrate „{ $typed }“ ignoriert: Sie muss eine Zahl größer als 0 und kleiner als 1 sein; das Training verwendet { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    Ein Batch von { $typed ->
        [one] { $typed } Bild
       *[other] { $typed } Bildern
    } liegt nicht zwischen 1 und { 1024 }: Das Training verwendet { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = Batchgröße „{ $typed }“ ignoriert: Erwartet wird eine ganze Anzahl Bilder von 1 bis { 1024 }; das Training verwendet { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = Seed „{ $typed }“ ignoriert: Erwartet wird eine ganze Zahl ab 0; das Training verwendet Seed { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = Die Klassenkarte konnte nicht gezeichnet werden: { $detail }. Das Modell bleibt erhalten: Trainiere weiter oder versuche es noch einmal.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = Das Bundle konnte nicht geschrieben werden: { $detail }. Das Modell bleibt erhalten: Trainiere weiter oder versuche es noch einmal.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    { $name } heruntergeladen ({ $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Bytes
    }): Öffne die Datei hier („Öffne eine Bundle-Datei“) oder bewahre sie auf.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = Klassenkarte: Der Worker wird nach der Klassenkarte gefragt…
# While the worker paints it.
train-map-downloading-classifier = Klassenkarte: der Klassifikator wird heruntergeladen…
train-map-painting = Klassenkarte: eine { $cells } × { $cells }-Klassenkarte wird gemalt…
train-map-classifying = Klassenkarte: die Zellen der Karte werden klassifiziert…
train-map-classified = Klassenkarte: { $done } von { $rows } Zeilen klassifiziert…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = Die Klassenkarte (von Schritt { $step }) wird nicht gezeichnet, während eine Momentaufnahme wiedergegeben wird.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = Hintergrund: die Klassenkarte bei Schritt { $step } ({ $width } × { $height } Zellen, { $ms } ms); jede Zelle ist nach dem Mehrheitslabel der 10 encodierten Testbilder eingefärbt, die ihr am nächsten liegen (es läuft kein Klassifikator; blasser = weniger Stimmen).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = Hintergrund: die Klassenkarte bei Schritt { $step } ({ $width } × { $height } Zellen, { $ms } ms); jede Zelle ist nach der Klasse eingefärbt, die der Klassifikator des Datensatzes im Bild sieht, das in ihrer Mitte decodiert wird (blasser = weniger sicher).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = Lauf abspielen
# The same button while the replay plays.
train-replay-stop = Stopp
train-replay-label = Momentaufnahme
train-replay-live = Live
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = Schritt { $step } von { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    Wiedergabe: Schritt { $step } ({ $epochs } { $epochs ->
        [one] Epoche
       *[other] Epochen
    }, Testverlust { $test } nats/Bild), { $kept ->
        [one] { $kept } Momentaufnahme
       *[other] { $kept } Momentaufnahmen
    } gespeichert.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    Live. Der bisherige Lauf: { $kept ->
        [one] { $kept } Momentaufnahme
       *[other] { $kept } Momentaufnahmen
    } gespeichert (eine pro Bericht, etwa alle { 0.7 } s; gleichmäßig ausgedünnt auf höchstens { $max } über den ganzen Lauf).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = Trainingsdiagramm
    .aria-label = Codes von { 1000 } zurückgehaltenen Testbildern, nach Label eingefärbt; die Pfeiltasten bewegen den Decodier-Cursor (Umschalt: größere Schritte)
train-legend =
    .aria-label = Klassen der dargestellten Testbilder
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ von { $x0 } bis { $x1 }, z₂ von { $y0 } bis { $y1 } (der Bereich { 0.1 } %–{ 99.9 } % der Codes plus 5 %)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = Verlustkurven
train-loss-caption =
    Verlust in nats/Bild über den Epochen: <span class="train-key-test">Test
    (durchgezogen)</span>, <span class="train-key-train">Training (gestrichelt)</span>. Bei einem VAE
    ist der Verlust Rekonstruktion + β · KL (mit β = 1 die negative ELBO).
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs =
    { $epochs } { $epochs ->
        [one] Epoche
       *[other] Epochen
    }

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = Decodiertes Bild unter dem Zeiger
train-z-none = Zeige auf das Diagramm, um mit den aktuellen Gewichten zu decodieren.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = Zeige auf das Diagramm, um mit den Gewichten von Schritt { $step } zu decodieren.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }; { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }; { $z2 }), decodiert mit den Gewichten von Schritt { $step }
train-origin-canvas =
    .aria-label = Decodiertes Bild bei z = (0; 0)
train-origin-caption = Das decodierte Bild bei z = (0; 0).
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = Das decodierte Bild bei z = (0; 0) mit den Gewichten von Schritt { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = Der Trainings-Worker wurde beendet: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = die Klassenkarte des Workers ist fehlerhaft: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = Die Decoder-Momentaufnahme des Workers konnte nicht gelesen werden: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = unlesbare Nachricht vom Trainings-Worker: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = der Trainings-Worker konnte nicht gestartet werden: { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = die Dateien des Trainings-Workers ({ $url } und sein WebAssembly) konnten nicht geladen werden; prüfe die Verbindung und drücke erneut auf „Trainieren“
# Variables:
#   $detail (string): the browser's message
train-error-post = keine Verbindung zum Trainings-Worker möglich: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = Das Bundle konnte nicht gespeichert werden: { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = Interner Fehler in der Trainingsansicht: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = Die Trainingsansicht konnte nicht gezeichnet werden: { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = die Seite hat kein Element #{ $id }, in das die Trainingsansicht gezeichnet werden kann
# Variables:
#   $detail (string): the browser's message
train-error-mount = Die Trainingsansicht konnte nicht eingerichtet werden: { $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = T-Shirt/Top
train-class-fashion-1 = Hose
train-class-fashion-2 = Pullover
train-class-fashion-3 = Kleid
train-class-fashion-4 = Mantel
train-class-fashion-5 = Sandale
train-class-fashion-6 = Hemd
train-class-fashion-7 = Sneaker
train-class-fashion-8 = Tasche
train-class-fashion-9 = Stiefelette
