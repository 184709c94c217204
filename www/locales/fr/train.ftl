# The "Train it yourself" view, in French (fr, Français); addresses the learner with "vous" (imperative), as page.ftl does.
# Checked: against the glossary (glossary.md in this folder, terms of page.ftl) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Typography: no-break space (U+00A0) before ":" and inside « », narrow no-break space (U+202F) before ; ? ! %.
# Uncertain: train-step, train-design-plain, train-design-bounded, train-replay-play, train-replay-note-live, train-axes, train-z, train-z-replay, train-origin-canvas, train-origin-caption, train-origin-caption-replay
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
    Entraînez un autoencodeur 2D dans cet onglet du navigateur (dans un Web Worker, avec le
    même code Rust pour le modèle et la perte que les modèles fournis). Toutes les { 0.7 } s environ,
    les codes μ de { 1000 } images de test mises de côté sont redessinés et les courbes de perte
    s’allongent ; pointez sur le graphique pour décoder avec les poids actuels.
train-outro =
    « Télécharger le bundle » enregistre un fichier de vue ordinaire : le décodeur (f16), une
    carte des classes de 128 × 128 et les métadonnées (variante, β, graine, pas, perte de test). Sa carte
    des classes est coloriée selon les étiquettes des 10 images de test encodées les plus proches (aucun classifieur n’est utilisé).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = Paramètres d’entraînement
train-dataset-label = Jeu de données
train-dataset-mnist = Chiffres MNIST ({ 10000 } images d’entraînement)
train-dataset-fashion = Fashion-MNIST ({ 4500 } images d’entraînement)
train-design-label = Variante
train-design-vae = VAE
train-design-plain = Simple
train-design-bounded = Bornée (tanh)
train-beta-label = β (VAE)
train-lr-label = Taux d’apprentissage
train-batch-label = Taille de lot
train-seed-label = Graine

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = Entraîner
train-pause = Pause
train-step = Un pas
train-reset = Réinitialiser
train-map = Carte des classes
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = selon
train-map-by-nearest = les étiquettes des 10 codes de test les plus proches (128 × 128, rapide)
train-map-by-classifier = le classifieur du jeu de données (64 × 64, quelques secondes)
train-download = Télécharger le bundle

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = Choisissez les paramètres et appuyez sur « Entraîner ».
# While the worker starts and downloads the dataset.
train-status-loading = Démarrage du worker et téléchargement des données d’entraînement…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] Entraînement en cours
        [paused] En pause
       *[stopped] Arrêté
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
        [running] Entraînement en cours
        [paused] En pause
       *[stopped] Arrêté
    } : { $steps ->
        [one] { $steps } pas
       *[other] { $steps } pas
    }, { $epochs } { $epochs ->
        [one] époque
       *[other] époques
    } sur { $images ->
        [one] { $images } image
       *[other] { $images } images
    } ; perte de test { $test } nats/image{ $has_train ->
        [yes] , perte d’entraînement { $train } nats/image
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } images/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(données d’entraînement : { $data } téléchargées)
       *[no] {""}
    }.
# A size of downloaded data in the status line.
# Variables:
#   $kb (number): kilobytes (1000 bytes), rounded up
train-bytes-kb = { $kb } ko
# Variables:
#   $mb (number): megabytes (1,000,000 bytes), 1 decimal
train-bytes-mb = { $mb } Mo
# After the report, when the page's address limits the run (train_steps=…, for tests and demos).
# Variables:
#   $until (number): the step training stops at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit = L’entraînement s’arrête au pas { $until } ({ $key } dans l’adresse).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = L’adresse de cette page arrête l’entraînement au pas { $until } ({ $key }) : « Entraîner » ne fait plus rien ; retirez ce réglage de l’adresse pour continuer l’entraînement.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = Entraînement réinitialisé.
train-say-loading = Démarrage du worker d’entraînement et téléchargement des données.
train-say-running = Entraînement en cours.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    En pause après { $steps ->
        [one] { $steps } pas
       *[other] { $steps } pas
    } ; perte de test { $test } nats par image.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } n’est pas entre 0 et 100 : l’entraînement utilise β = { $beta }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = « { $typed } » n’est pas un nombre : l’entraînement utilise β = { $beta }.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = Un taux d’apprentissage de { $lr } est élevé : la perte risque de diverger (les modèles fournis utilisent { 0.001 }).
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = Taux d’apprentissage « { $typed } » ignoré : il doit être un nombre supérieur à 0 et inférieur à 1 ; l’entraînement utilise { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    Un lot de { $typed ->
        [one] { $typed } image
       *[other] { $typed } images
    } n’est pas entre 1 et { 1024 } : l’entraînement utilise { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = Taille de lot « { $typed } » ignorée : un nombre entier d’images de 1 à { 1024 } est attendu ; l’entraînement utilise { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = Graine « { $typed } » ignorée : un nombre entier à partir de 0 est attendu ; l’entraînement utilise la graine { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = Impossible de dessiner la carte des classes : { $detail }. Le modèle est conservé : continuez l’entraînement ou réessayez.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = Impossible d’écrire le bundle : { $detail }. Le modèle est conservé : continuez l’entraînement ou réessayez.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    { $name } téléchargé ({ $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }) : ouvrez-le ici (« Ouvrez un fichier bundle ») ou conservez-le.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = Carte des classes : demande envoyée au worker…
# While the worker paints it.
train-map-downloading-classifier = Carte des classes : téléchargement du classifieur…
train-map-painting = Carte des classes : dessin d’une carte des classes de { $cells } × { $cells }…
train-map-classifying = Carte des classes : classification des cellules de la carte…
train-map-classified = Carte des classes : { $done } lignes classées sur { $rows }…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = La carte des classes (du pas { $step }) n’est pas affichée pendant la relecture d’un instantané.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = Arrière-plan : la carte des classes au pas { $step } ({ $width } × { $height } cellules, { $ms } ms), chaque cellule étant colorée selon l’étiquette majoritaire des 10 images de test encodées les plus proches d’elle (aucun classifieur n’est utilisé ; plus pâle = moins de voix).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = Arrière-plan : la carte des classes au pas { $step } ({ $width } × { $height } cellules, { $ms } ms), chaque cellule étant colorée selon la classe que le classifieur du jeu de données voit dans l’image décodée en son centre (plus pâle = moins sûr).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = Rejouer l’entraînement
# The same button while the replay plays.
train-replay-stop = Arrêter
train-replay-label = Instantané
train-replay-live = En direct
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = pas { $step } sur { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    Relecture : pas { $step } ({ $epochs } { $epochs ->
        [one] époque
       *[other] époques
    }, perte de test { $test } nats/image), { $kept ->
        [one] { $kept } instantané conservé
       *[other] { $kept } instantanés conservés
    }.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    En direct. L’entraînement jusqu’ici : { $kept ->
        [one] { $kept } instantané conservé
       *[other] { $kept } instantanés conservés
    } (un par rapport, toutes les { 0.7 } s environ ; réduits régulièrement à { $max } au plus sur l’ensemble de l’entraînement).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = graphique d’entraînement
    .aria-label = Codes de { 1000 } images de test mises de côté, colorés selon l’étiquette ; les flèches déplacent le curseur de décodage (Maj : pas plus grands)
train-legend =
    .aria-label = Classes des images de test affichées
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ de { $x0 } à { $x1 }, z₂ de { $y0 } à { $y1 } (l’intervalle { 0.1 } %–{ 99.9 } % des codes, plus 5 %)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = Courbes de perte
train-loss-caption =
    Perte, en nats/image, en fonction des époques : <span class="train-key-test">test
    (trait plein)</span>, <span class="train-key-train">entraînement (pointillés)</span>. Pour un VAE,
    la perte est reconstruction + β · KL (avec β = 1, c’est la −ELBO).
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs =
    { $epochs } { $epochs ->
        [one] époque
       *[other] époques
    }

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = Image décodée sous le pointeur
train-z-none = Pointez sur le graphique pour décoder avec les poids actuels.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = Pointez sur le graphique pour décoder avec les poids du pas { $step }.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }; { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }; { $z2 }), décodé avec les poids du pas { $step }
train-origin-canvas =
    .aria-label = Image décodée en z = (0; 0)
train-origin-caption = L’image décodée en z = (0; 0).
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = L’image décodée en z = (0; 0) avec les poids du pas { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = Le worker d’entraînement s’est arrêté : { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = la carte des classes du worker est invalide : { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = L’instantané du décodeur envoyé par le worker n’a pas pu être lu : { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = message illisible du worker d’entraînement : { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = impossible de démarrer le worker d’entraînement : { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = les fichiers du worker d’entraînement ({ $url } et son WebAssembly) n’ont pas pu être chargés ; vérifiez la connexion et appuyez de nouveau sur « Entraîner »
# Variables:
#   $detail (string): the browser's message
train-error-post = impossible de communiquer avec le worker d’entraînement : { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = Le bundle n’a pas pu être enregistré : { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = Erreur interne dans la vue d’entraînement : { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = La vue d’entraînement n’a pas pu être dessinée : { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = la page n’a pas d’élément #{ $id } où dessiner la vue d’entraînement
# Variables:
#   $detail (string): the browser's message
train-error-mount = La vue d’entraînement n’a pas pu être mise en place : { $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = T-shirt/top
train-class-fashion-1 = Pantalon
train-class-fashion-2 = Pull
train-class-fashion-3 = Robe
train-class-fashion-4 = Manteau
train-class-fashion-5 = Sandale
train-class-fashion-6 = Chemise
train-class-fashion-7 = Basket
train-class-fashion-8 = Sac
train-class-fashion-9 = Bottine
