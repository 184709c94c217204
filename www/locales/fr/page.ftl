# The latent space explorer's page, in French (fr, Français); addresses the learner with "vous".
# Checked: against the glossary (glossary.md in this folder) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Typography: no-break space (U+00A0) before ":" and inside « », narrow no-break space (U+202F) before ; ? ! %.
# Uncertain: z-readout, enc-sigma, test-loss, file-showing-no-design, tool-tiles, hands-on-title, evo-note, metric-classifier_test_accuracy, metric-snapshot_seconds, metric-test_range_1_99_z1, metric-test_range_1_99_z2
# Each message is one sentence or label; variables are named in a "Variables:" comment.
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } ko
# Variables: $mb (one decimal)
size-mb = { $mb } Mo
# A confidence, e.g. "97 %". Variables: $pct (a whole number)
percent = { $pct } %
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Where the locale writes a decimal comma, separate the two numbers with a semicolon.
z-readout = z = ({ $z1 }; { $z2 })
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = { $loss } (test) { $nats } nats/image

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = rien de complet n’est arrivé en { $seconds } s ; vérifiez la connexion et réessayez
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = Impossible de charger { $url } : { $why }.
# Variables: $url, $seconds
load-stalled = Le chargement de { $url } est bloqué : rien de complet n’est arrivé en { $seconds } s. Vérifiez la connexion et réessayez.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = T-shirt/top
class-fashion-1 = Pantalon
class-fashion-2 = Pull
class-fashion-3 = Robe
class-fashion-4 = Manteau
class-fashion-5 = Sandale
class-fashion-6 = Chemise
class-fashion-7 = Basket
class-fashion-8 = Sac
class-fashion-9 = Bottine

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = Classe { $class }, confiance { $confidence }, au point { $z }
say-off-map = Hors de la carte
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = Zoom { $zoom }× : z₁ de { $z1min } à { $z1max }, z₂ de { $z2min } à { $z2max }.
say-whole-map = Affichage de la carte entière.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = Au zoom { $zoom }, { $asked } afficherait une fenêtre qui dépasse de cette carte ; affichage de la fenêtre la plus proche à l’intérieur, { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = Époque { $epoch } sur { $last } : { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = Décodeur : le modèle final.
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = { $epochs ->
    [one] Décodeur : le modèle final ({ $epochs } époque).
   *[other] Décodeur : le modèle final ({ $epochs } époques).
}
# Variables: $epoch
decoder-epoch = Décodeur : époque { $epoch }.
# Variables: $epoch
decoder-playing = Lecture : la carte est celle de l’époque { $epoch } ; mettez en pause pour décoder avec le décodeur de cette époque.
# Variables: $epoch
decoder-loading = Chargement du décodeur de l’époque { $epoch }…
say-evo-closed = Évolution de l’entraînement fermée : retour au modèle final.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = Évolution de l’entraînement : { $snapshots } instantanés, époques { $first } à { $last }. { $epoch }
say-evo-playing = Lecture de l’évolution de l’entraînement.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = En pause. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = Impossible de charger l’évolution de l’entraînement { $url } : { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = L’évolution de l’entraînement compte { $evo } classes, mais le modèle { $model } ; elle n’est pas affichée.
# Variables: $why (why the file could not be loaded)
decoder-missing = Pas de décodeur pour cette époque : { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = Il n’y a pas d’instantané à l’époque { $asked } ; affichage de l’époque { $shown } (instantanés : { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = { $asked } est hors de la carte de l’époque { $epoch } ; affiché au point le plus proche sur cette carte, { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = Impossible de charger { $url } : { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = Impossible de charger { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }, { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } { $model } reste affiché.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = Affichage de { $model }.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = Il n’y a pas de modèle « { $asked } » ; affichage de { $shown } à la place. Modèles : { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = Il n’y a pas de jeu de données « { $asked } » ; affichage de { $shown } à la place. Jeux de données : { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } est hors de cette carte ; déplacé au point le plus proche sur celle-ci, { $shown }.
# Variables: $epoch
notice-no-evolution = epoch={ $epoch } ignoré : ce modèle n’a pas d’évolution de l’entraînement.
# Variables: $value (as typed)
notice-bad-epoch = epoch=« { $value } » ignoré : une époque est un nombre entier, comme epoch=4.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = { $key }=« { $value } » ignoré : deux nombres finis sont attendus, comme { $key }=1.5,-0.25.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=« { $value } » n’est pas entre 1 et { $max } : affichage avec zoom={ $shown }.
# Variables: $value, $max
notice-bad-zoom = zoom=« { $value } » ignoré : le zoom est un nombre de 1 à { $max }, comme zoom=4.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = { $key }=« { $value } » ignoré : un nombre entier à partir de 1 est attendu.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = { $key }=« { $value } » ignoré : utilisez { $key }=1 ou { $key }=0.
# Variables: $value
notice-bad-bundle = bundle=« { $value } » ignoré : seuls les fichiers de ce site peuvent être chargés (un chemin comme weights/mnist/vae.safetensors).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = lang=« { $value } » ignoré : les langues disponibles sont { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = view=« { $value } » ignoré : les vues disponibles sont { $views }.
# Variables: $value
notice-bad-img = img=« { $value } » ignoré : une image de test se désigne par un numéro, comme img=12.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = Langue : { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = Impossible de charger les textes en { $lang } ({ $url }) : { $why } La page reste dans sa langue actuelle.

## The embed dialog, files from disk, the training panel

say-embed-copied = Le code d’intégration est dans le presse-papiers.
say-embed-not-copied = Le navigateur n’a pas autorisé la copie : sélectionnez le code et copiez-le à la main.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = Affichage de { $file } sur la carte ci-dessus ({ $design }, graine { $seed }).
# Variables: $file, $seed
file-showing-no-design = Affichage de { $file } sur la carte ci-dessus (variante non indiquée, graine { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = Impossible d’ouvrir { $file } : { $why }
# Variables: $why (the browser's reason)
train-module-failed = Impossible de charger la vue d’entraînement : { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = Encoder une image
tool-interp = Interpoler
tool-classify = Ce que voit le classifieur
tool-tiles = Mosaïque d’images décodées
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = Vue « { $tool } » ouverte.
say-tool-closed = Vue « { $tool } » fermée.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] Chargement de l’encodeur…
    [classifier] Chargement du classifieur…
    [tests] Chargement des images de test…
    [encoder-classifier] Chargement de l’encodeur et du classifieur…
    [encoder-tests] Chargement de l’encodeur et des images de test…
    [classifier-tests] Chargement du classifieur et des images de test…
   *[encoder-classifier-tests] Chargement de l’encodeur, du classifieur et des images de test…
}
tool-no-encoder = L’encodage nécessite l’encodeur, qu’un fichier de vue ne contient pas : le modèle de la carte a été ouvert depuis un fichier, et la page ne peut pas récupérer son encodeur. Choisissez un modèle dans la liste, ou ouvrez son fichier de vue depuis l’adresse de ce site (?bundle=…) pour que les fichiers situés à côté soient trouvés.
tool-no-classifier = Cette vue nécessite le classifieur du jeu de données du modèle, que ce site n’a pas : le modèle de la carte a été ouvert depuis un fichier, et la page ne peut pas récupérer le classifieur de son jeu de données. Choisissez un modèle dans la liste, ou ouvrez son fichier de vue depuis l’adresse de ce site (?bundle=…) pour que les fichiers situés à côté soient trouvés.

## Share: the link and the picture

share-drawing-not-in-link = Un dessin ne fait pas partie d’un lien : le lien ouvre la zone de dessin vide.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · époque { $epoch } sur { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ de { $z1min } à { $z1max }, z₂ de { $z2min } à { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (zoom { $zoom }×)
# Variables: $link (the address)
share-link-copied = Lien copié : { $link }
share-link-not-copied = Impossible d’utiliser le presse-papiers ; le lien est : { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = { $file } enregistré.
share-png-asked = Le navigateur a été invité à enregistrer { $file }. Si aucun fichier n’est arrivé, cette intégration bloque les téléchargements : ouvrez l’explorateur dans son propre onglet pour enregistrer.
# Variables: $why (the browser's reason)
share-png-failed = Impossible d’enregistrer le PNG : { $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = Point de départ placé en { $z }.
say-interp-end-set = Point d’arrivée placé en { $z }.
say-interp-encode-first = Encodez d’abord une image (Encoder une image).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] Interpolation de { $a } à { $b } : { $classes } ; aucun changement de classe.
    [one] Interpolation de { $a } à { $b } : { $classes } ; changement de classe entre les étapes { $steps }.
   *[other] Interpolation de { $a } à { $b } : { $classes } ; changements de classe entre les étapes { $steps }.
}

## Encode an image

say-pad-empty = La zone de dessin est vide.
say-pad-cleared = Zone de dessin effacée.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = Votre dessin a été encodé en { $z }, classe sur la carte : { $class }.
say-encoded-drawing-off = Votre dessin a été encodé en { $z }, hors de la carte.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = Image de test { $index } (étiquette { $label }) encodée en { $z }, classe sur la carte : { $class }.
say-encoded-test-off = Image de test { $index } (étiquette { $label }) encodée en { $z }, hors de la carte.
say-neighbours = { $same } de ses { $k } codes de test les plus proches sont des { $class }.
say-neighbours-both = { $first } : { $same1 } de ses { $k } codes de test les plus proches sont des { $class }. { $second } : { $same2 } sur { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } dépasse la dernière image de test : ce fichier en contient { $count } (img=0 à img={ $last }) ; affichage de img={ $last }.

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct } %
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = À ce point précis, le classifieur voit { $class } ({ $confidence }), mais la cellule de la carte indique { $cell } : la carte est un échantillon du plan de { $width } × { $height } cellules, décodées en leur centre. ({ $ms } ms par décodage + classification)
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = Le classifieur voit { $class } ({ $confidence }) en { $z }, comme l’indique la cellule de la carte. ({ $ms } ms par décodage + classification)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }; { $s2 })
enc-sigma-none = – (pas un VAE : un seul point, sans dispersion)
enc-off-map = hors de la carte
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class } ({ $confidence })
enc-encoding = encodage…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (image de test { $index })
enc-truth-drawing = – (votre dessin)
enc-neighbours = { $same } sur { $k } sont des { $class }
enc-neighbours-wait = encodage des images de test… { $done } sur { $count }
enc-neighbours-none = – (choisissez une image de test, ou comparez avec un second modèle)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = De A { $a } à B { $b }.
interp-end-a = A { $a }. Cliquez sur la carte (ou appuyez sur « Fin au curseur ») pour B.
interp-ends-none = Cliquez deux fois sur la carte (début, puis fin), ou déplacez le curseur et appuyez sur les boutons.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = Étape { $step } : { $class }, { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (la classe change ici)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } images pavent la fenêtre agrandie (z₁ de { $z1min } à { $z1max }, z₂ de { $z2min } à { $z2max }), chacune décodée au centre de sa tuile, en un seul appel groupé au décodeur ({ $ms } ms) ; zoomez ou déplacez la vue et elles sont décodées à nouveau. En dessous se trouve la carte des classes de { $width }×{ $height } cellules.
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } images pavent toute la carte, chacune décodée au centre de sa tuile, en un seul appel groupé au décodeur ({ $ms } ms) ; zoomez ou déplacez la vue et elles sont décodées à nouveau. En dessous se trouve la carte des classes de { $width }×{ $height } cellules.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = −ELBO (test)
metric-test_reconstruction_nats = Reconstruction (test)
metric-test_kl_nats = KL (test)
metric-test_mse_per_pixel = MSE (test)
metric-classifier_test_accuracy = Exactitude du classifieur (test)
metric-test_map_accuracy = Images de test dans la région de leur classe
metric-map_test_accuracy = Images de test dans la région de leur classe
metric-test_share_inside_bounds = Images de test à l’intérieur de la carte
metric-train_share_inside_bounds = Part des images d’entraînement à l’intérieur des bornes
metric-test_knn10_agreement = Même classe parmi les 10 plus proches voisins d’un code de test
metric-test_occupied_share_32 = Surface de la carte occupée par des codes de test (32 × 32 cellules)
metric-train_images = Images d’entraînement
metric-epochs = Époques
metric-train_seconds = Durée de l’entraînement
metric-map_seconds = Durée de calcul de la carte des classes
metric-snapshot_seconds = Durée de calcul des instantanés
metric-final_train_loss_nats = Perte d’entraînement finale
metric-test_range_z1 = Étendue de z1 (test)
metric-test_range_z2 = Étendue de z2 (test)
metric-test_range_1_99_z1 = Étendue de z1 (test, 1 %–99 %)
metric-test_range_1_99_z2 = Étendue de z2 (test, 1 %–99 %)
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = Dispersion des codes de test, z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b } (1 %–99 % : { $c } × { $d })
# Values with their units. Variables: $v
unit-nats = { $v } nats/image
unit-per-pixel = { $v } par pixel
unit-min = { $v } min
unit-s = { $v } s
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $model } sur { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } sur { $dataset }, { $epochs } époque
   *[other] { $model } sur { $dataset }, { $epochs } époques
}
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = Entraînement : { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = Chargement de { $what }…
status-loading-list = Chargement de la liste des modèles…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } Les menus de choix du jeu de données et du modèle ne sont pas disponibles.
embed-copied = Copié.
embed-not-copied = La copie n’a pas été autorisée : sélectionnez le code et copiez-le.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (ouvert, absent de cette liste)
train-module-loading = Chargement de la vue d’entraînement…
# Variables: $why (the browser's reason)
train-module-failed-retry = Impossible de charger la vue d’entraînement : { $why }. Fermez puis rouvrez le panneau pour réessayer.

## The training evolution's controls

evo-open = Évolution de l’entraînement
evo-back = Retour au modèle final
# Variables: $size (e.g. "120 kB")
evo-loading = Chargement de l’évolution de l’entraînement ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = Regardez cet espace latent se former : { $snapshots } instantanés, de l’époque { $first } à l’époque { $last }.
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = Instantané { $snapshot } sur { $snapshots }, époque { $epoch } sur { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = Époque { $epoch } sur { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } sur { $last }
evo-play = Lecture
evo-pause = Pause
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = hors de la carte

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = Carte de l’espace latent, { $width } sur { $height } cellules, colorée selon la classe que le classifieur voit dans l’image décodée en chaque point ({ $classes }). Utilisez les flèches du clavier pour déplacer le curseur.
map-label-epoch = Carte de l’espace latent à l’époque d’entraînement { $epoch }, { $width } sur { $height } cellules, colorée selon la classe que le classifieur voit dans l’image décodée en chaque point ({ $classes }). Utilisez les flèches du clavier pour déplacer le curseur.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = Zoomez avec la molette, en pinçant, avec les boutons ou avec les touches + et − sur la carte.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = Zoom { $zoom }× : les couleurs sont le même échantillon de { $width } × { $height } réponses du classifieur, agrandi (chaque carré est une cellule de la grille ; { $cells } sur la largeur de la fenêtre). L’image décodée et les tuiles utilisent le z exact.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = de la carte
# Variables: $pct (one decimal)
legend-share-title = { $pct } % de la carte

## The page's markup (www/index.html): each element with data-l10n-id
page-title = Explorateur d’espace latent
page-description =
    .content = Explorez l’espace latent en 2D d’autoencodeurs entraînés sur les chiffres MNIST et les vêtements Fashion-MNIST : survolez la carte et l’image sous le pointeur est décodée en direct dans votre navigateur ; regardez l’espace latent se former pendant l’entraînement.
page-heading = Explorateur d’espace latent
page-lede = Un autoencodeur a compressé chaque image d’un jeu de données en seulement deux nombres, <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). Survolez la carte : l’image en ce point est décodée en direct, dans votre navigateur.
retry = Réessayer
status-loading-page = Chargement…
page-noscript = Cette page a besoin de JavaScript et de WebAssembly pour exécuter le décodeur dans votre navigateur.
dataset-label = Jeu de données
model-label = Modèle
embed-open = Intégrer…
embed-title = Intégrer cette vue
embed-help = Collez ceci dans une présentation ou une page web : cela affiche exactement ce que vous voyez maintenant (modèle, époque, curseur). Recettes pour reveal.js, Quarto, Marp et Jupyter : <a href="docs/embedding.html">intégrer l’explorateur</a>.
embed-code-label = Le code iframe de cette vue
embed-copy = Copier
map-canvas =
    .aria-roledescription = carte latente
    .aria-label = Carte de l’espace latent
map-picture =
    .alt = Carte de l’espace latent du modèle par défaut : une image, affichée pendant le chargement de l’explorateur
zoom-out =
    .aria-label = Zoom arrière
    .title = Zoom arrière (touche −)
zoom-level-label =
    .aria-label = Facteur de zoom
zoom-in =
    .aria-label = Zoom avant
    .title = Zoom avant (touche +)
zoom-reset = Carte entière
    .title = Afficher la carte entière (touche 0)
map-help = Le plan latent, coloré selon la classe qu’un classifieur reconnaît dans l’image décodée en chaque point (plus pâle = moins sûr). Pointez, touchez ou faites glisser sur la carte ; ou donnez-lui le focus et utilisez les flèches (Maj : 10 pas, Début : retour à l’origine, + et − pour zoomer, 0 pour la carte entière).
legend-label =
    .aria-label = Classes et leurs couleurs
evo-back-button =
    .aria-label = Époque précédente
    .title = Époque précédente
evo-fwd-button =
    .aria-label = Époque suivante
    .title = Époque suivante
evo-epoch-label = Époque
evo-points-label = Afficher les images de test encodées
evo-note = Les axes sont remis à l’échelle à chaque époque : chaque image de l’animation couvre l’ensemble d’entraînement encodé de cette époque. Une classe garde sa couleur dans toute l’animation. La lecture n’utilise que la carte de chaque époque ; mettez en pause pour décoder avec le décodeur de cette époque.
decoded-title = Image décodée
decoded-canvas =
    .aria-label = L’image 28 × 28 que le décodeur dessine pour le point latent sous le curseur
readout-latent-point = Point latent
readout-map-class = Classe sur la carte
readout-confidence = Confiance
readout-decode-time = Temps de décodage
hands-on-title = À vous de jouer
hands-on-group =
    .aria-label = Vues interactives
encode-help = Dessinez à la souris, au doigt ou au stylet, ou choisissez une image de test mise de côté : l’encodeur du modèle (téléchargé à la première utilisation) la place sur la carte. Les traits sont transformés en une entrée 28 × 28 de la même façon que les chiffres MNIST : le dessin est mis à l’échelle pour tenir dans un carré de 20 × 20, puis centré sur son centre de masse.
draw-pad =
    .aria-label = Zone de dessin : dessinez un chiffre ou un vêtement avec le pointeur
pad-undo = Annuler
pad-clear = Effacer
pick-test = Choisir une image de test
enc-input-canvas =
    .aria-label = L’entrée 28 × 28 donnée à l’encodeur
enc-input-caption = Entrée (28 × 28)
enc-recon-canvas =
    .aria-label = La reconstruction : l’image décodée en μ
enc-recon-caption = Reconstruction en μ
enc-readout-mu = Encodé en μ
enc-readout-sigma = σ (dispersion du VAE)
enc-readout-label = Vraie étiquette
enc-readout-map-class = Classe sur la carte en μ
enc-readout-neighbours = Codes de test les plus proches (entourés)
encode-map-help = Sur la carte : le losange est μ ; pour un VAE, les ellipses en trait plein et en pointillés sont à 1σ et 2σ de q(z|x), là où l’encodeur pense que le code peut se trouver.
interp-set-a = Début au curseur
interp-set-b = Fin au curseur
interp-enc-a = Début à l’image encodée
interp-enc-b = Fin à l’image encodée
interp-strip =
    .aria-label = Dix images décodées le long du segment de A à B
interp-classes =
    .aria-label = La classe que le classifieur attribue à chaque étape
interp-strip-caption = Interpolation latente : images décodées en 10 points régulièrement espacés de A à B, avec la classe que le classifieur voit dans chacune ; une classe encadrée indique un changement.
interp-blend =
    .aria-label = Les deux images des extrémités, fondues pixel par pixel
interp-blend-caption = Mélange des deux images des extrémités dans l’espace des pixels, pour comparaison : un fondu enchaîné, pas un morphing.
classify-help = Le classifieur (téléchargé à la première utilisation) s’applique à l’image décodée au point exact sous le curseur, en direct pendant que vous vous déplacez.
class-bars =
    .aria-label = Probabilités des classes au curseur
copy-link = Copier le lien
save-png = Enregistrer le PNG
metrics-heading = Modèle
metrics-test-heading = Mesures sur le jeu de test <span class="metrics-sub-note">(images de test mises de côté, jamais vues pendant l’entraînement)</span>
train-title = Entraînez-le vous-même
train-open = Entraînez-le vous-même
train-drop-label = Ouvrez un fichier bundle (un fichier de vue, <code>.safetensors</code>) pour l’explorer sur la carte ci-dessus :
train-drop-or = ou déposez-le ici.
explain-title = Que vois-je ici ?
explain-1 = Un <strong>autoencodeur</strong> est formé de deux réseaux de neurones entraînés ensemble. L’<strong>encodeur</strong> lit une image de 28 × 28 (784 nombres) et la compresse en un code court ; le <strong>décodeur</strong> doit redessiner l’image à partir de ce seul code. Ici, le code ne compte que deux nombres, le <strong>point latent</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>) : chaque image devient ainsi un point d’un plan, et chaque point du plan peut être retransformé en image.
explain-2 = Le premier modèle est un autoencodeur <strong>variationnel</strong> (VAE, Kingma &amp; Welling 2014) : pendant l’entraînement, l’encodeur donne pour chaque image un petit nuage de points probables au lieu d’un seul point, et une pénalité (le terme KL) maintient tous les nuages proches d’une loi normale centrée réduite autour de l’origine. C’est pourquoi des chiffres semblables se retrouvent proches les uns des autres, et pourquoi l’espace entre eux se décode en formes intermédiaires plausibles. Les autres variantes du menu des modèles diffèrent précisément sur ce point : la ligne sous la carte indique ce que la variante choisie fait à l’espace latent, et ses mesures de test en montrent le prix.
explain-lesson = Comment la carte des classes a été construite, étape par étape sur ce modèle même : lancez la leçon à côté de la carte.
explain-docs = Combien de dimensions conservent l’information, à quel point un espace latent non borné devient clairsemé, ce que fait le terme KL, combien d’époques il faut pour que l’espace soit cohérent : les <a href="docs/latent-space.html">questions de départ, tranchées par des mesures</a>.
page-footer = MNIST par Yann LeCun, Corinna Cortes et Christopher J.C. Burges, CC BY-SA 3.0. Fashion-MNIST par Han Xiao, Kashif Rasul et Roland Vollgraf (Zalando Research), MIT. Palette adaptée aux daltoniens par Paul Tol. Le décodage s’exécute localement en WebAssembly (Rust ; les modèles sont entraînés avec <a href="https://github.com/huggingface/candle">candle</a>) ; rien n’est envoyé nulle part.
# The language menu's label
lang-label = Langue

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = Explorateur d’espace latent : { $dataset } · { $model }
embed-iframe-title = Explorateur d’espace latent
why-not-offline = absent de ce fichier hors ligne (exportez-le avec ce modèle)
why-not-offline-lang = absent de ce fichier hors ligne (exportez-le avec --lang { $code })
why-not-text = le fichier n’est pas du texte (UTF-8)
file-read-failed = le navigateur n’a pas pu lire le fichier ({ $why })
train-no-loader = cette page n’a pas de chargeur pour cela (ouvrez l’index.html de l’explorateur)
internal-error = Erreur interne : { $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = Code QR de cette vue : scannez-le pour ouvrir la même vue sur un téléphone
qr-caption = Scannez pour ouvrir cette vue
qr-hide =
    .aria-label = Masquer le code QR
    .title = Masquer le code QR
say-qr-hidden = Code QR masqué.
qr-load-failed = Le code QR n’a pas pu être chargé : { $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = Chiffres MNIST
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE (β = 1)
design-label-plain = Autoencodeur simple
design-label-beta4 = β-VAE (β = 4)
design-label-bounded = Autoencodeur borné (tanh)
design-summary-vae = Le terme KL attire chaque loi a posteriori q(z|x) vers la loi a priori normale centrée réduite : les codes remplissent sans trou une région ronde autour de l’origine, et chaque point de cette région se décode en une image plausible.
design-summary-plain = Rien ne contraint z : l’encodeur peut placer les codes n’importe où, si bien que les classes s’étirent en longs bras depuis l’origine, séparés par des vides, et les points décodés dans ces vides ne ressemblent à aucune image d’entraînement.
design-summary-beta4 = Un terme KL pondéré par β = 4 attire plus fort les codes vers la loi a priori : la carte est plus lisse et plus ronde, mais les classes proches se chevauchent davantage et les décodages sont plus flous.
design-summary-bounded = tanh garde z dans le carré (−1, 1)², et une loi a priori normale sur le code avant tanh l’empêche de saturer : les classes pavent tout le carré, d’un bord à l’autre, sans valeurs aberrantes.

## Compare (added later; checked by the same process)

compare-label = Comparer avec
compare-none = —
compare-map =
    .aria-label = La carte des classes du modèle comparé : pointer ici déplace le curseur des deux cartes
compare-decoded =
    .aria-label = Le décodage du modèle comparé au curseur
compare-readout = { $class } ({ $confidence }) en { $z }
compare-readout-off = Hors de sa carte, en { $z }
compare-encoded = Encodé en μ { $z } : { $same } de ses { $k } codes de test les plus proches sont des { $class }.
compare-encoded-wait = Encodé en μ { $z } ; recherche de ses codes de test les plus proches…
say-class-at-compare = Classe { $class }, confiance { $confidence }, en { $z } ; { $model } : classe { $other }, { $other_confidence }
notice-bad-compare = compare=« { $value } » ignoré : comparez avec un autre modèle du même jeu de données : { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = Nouveau ici ? Voyez comment cette carte est construite, étape par étape.
lesson-start = Commencer la leçon
lesson-module-loading = Chargement de la leçon…
lesson-module-failed = La leçon n’a pas pu être chargée : { $why }
lesson-no-loader = cette page n’a pas de chargeur pour elle (ouvrez le index.html de l’explorateur)
tools-module-loading = Chargement des vues interactives…
# Variables: $why (what went wrong)
tools-module-failed = Les vues interactives n’ont pas pu être chargées : { $why }
say-lesson-closed = La leçon est fermée.
notice-bad-lesson = lesson=« { $value } » ignoré : une étape est l’une de { $steps } ; la leçon s’ouvre à sa première étape.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = Exactitude de la carte (en bleu) et concordance 10-NN (en noir) des codes de test à chaque époque enregistrée ; ligne grise : l’époque affichée ; ligne rouge : la première époque cohérente.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = exactitude de la carte
evo-key-knn = concordance 10-NN
evo-key-shown = époque affichée
evo-key-coherent = première époque cohérente
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = Époque { $epoch } : exactitude de la carte { $accuracy } %, concordance 10-NN { $knn } %.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = À partir de l’époque { $epoch } (ligne rouge), la concordance 10-NN ({ $knn } %) est à { $within ->
    [one] { $within } point
   *[other] { $within } points
} au plus de sa valeur à l’époque { $last_epoch } ({ $last } %) : l’espace latent est cohérent.
