# The lesson "How the map is made", in French (fr, français); addresses the learner with "vous", as page.ftl does.
# Checked: against the glossary (glossary.md in this folder, terms of page.ftl) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-z, lesson-encode-predict, lesson-encode-guess, lesson-meshgrid-title, lesson-classify-differs
# "the trainer" (the program that trained the model and computed the stored map) = le programme d’entraînement;
# "box" = rectangle; "sweep" = balayage; "block" = bloc; "guess" = estimation. Terms: see glossary.md.
# Typography as in page.ftl: no-break space (U+00A0) before ":" and inside « »; narrow no-break space (U+202F)
# before ";", "?", "!" and "%".
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = Comment la carte est construite
lesson-close = Fermer la leçon
lesson-steps =
    .aria-label = Étapes de la leçon
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = Étape { $n } sur { $count }
lesson-back = Retour
lesson-next = Étape suivante
lesson-more = En savoir plus dans la documentation
lesson-loading = Chargement des fichiers de la leçon…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }; { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct } %
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = T-shirt/top
lesson-class-fashion-1 = Pantalon
lesson-class-fashion-2 = Pull
lesson-class-fashion-3 = Robe
lesson-class-fashion-4 = Manteau
lesson-class-fashion-5 = Sandale
lesson-class-fashion-6 = Chemise
lesson-class-fashion-7 = Basket
lesson-class-fashion-8 = Sac
lesson-class-fashion-9 = Bottine

## Step 1: encode (predict, then reveal)

lesson-encode-title = Encoder : une image devient deux nombres
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = L’encodeur lit cette image de test mise de côté, 784 pixels que le modèle n’a jamais vus pendant l’entraînement, et renvoie deux nombres : μ = (μ₁, μ₂), un point du plan. { $vae ->
    [yes] Un VAE donne aussi σ, son degré d’incertitude : les ellipses autour de μ sont à 1σ et 2σ.
   *[no] Cette variante donne un seul point, sans dispersion.
}
# Variables: $label (the image's true class)
lesson-encode-predict = Prédisez d’abord : où cette image (classe { $label }) va-t-elle tomber ? Cliquez sur la carte, ou placez-y le curseur et appuyez sur « Estimer au curseur ».
lesson-encode-guess = Estimer au curseur
lesson-encode-another = Une autre image
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }. Votre estimation { $guess } était à { $distance } unités latentes de μ.
lesson-encode-image =
    .aria-label = L’image de test mise de côté que lit l’encodeur

## Step 2: bounds

lesson-bounds-title = Bornes : où la carte commence et finit
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = Après l’entraînement, le programme d’entraînement a encodé toutes les { $train } images d’entraînement ; { $n } d’entre elles sont dessinées ici, colorées selon leur classe. Sur chaque axe, il a écarté les { $tail } % les plus bas et les { $tail } % les plus hauts (lignes en pointillés : z₁ de { $lo1 } à { $hi1 }, z₂ de { $lo2 } à { $hi2 }), puis ajouté { $margin } % de cet intervalle de chaque côté. Ce rectangle forme les bornes de la carte : z₁ de { $min1 } à { $max1 }, z₂ de { $min2 } à { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = Grille : le rectangle découpé en cellules
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = Le rectangle est découpé en une grille (meshgrid) de { $w } × { $h } cellules, soit { $cells } points en tout, un au centre de chaque cellule. Dessinés ici : { $side } × { $side } blocs de cette grille. Chaque cellule recevra une image décodée et une couleur.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = Décoder : chaque cellule devient une image
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = Le décodeur transforme le centre d’une cellule en une image 28 × 28. Appuyez sur « Lecture » : le balayage décode le centre d’un bloc après l’autre, en direct, avec le décodeur de cette page, et pose l’image sur son bloc. Le programme d’entraînement a fait de même pour les { $cells } cellules.
lesson-play = Lecture
lesson-pause = Pause
lesson-forward = Une cellule en avant
lesson-backward = Une cellule en arrière
lesson-speed = Vitesse
lesson-speed-slow = Lente
lesson-speed-normal = Normale
lesson-speed-fast = Rapide
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $n } sur { $count } cellules
lesson-tile =
    .aria-label = L’image décodée de la cellule en cours de balayage

## Step 5: classify and colour

lesson-classify-title = Classer et colorer
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = Un classifieur distinct examine chaque image décodée et dit quelle classe il y voit. La cellule prend la couleur de cette classe, plus pâle là où le classifieur est moins sûr. Bloc après bloc, la carte des classes se dessine. Ici, le centre de chaque bloc est classé en direct ; le programme d’entraînement a classé les { $cells } cellules.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = La carte enregistrée indique aussi { $class } pour cette cellule.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = La carte enregistrée indique { $class } pour cette cellule : les deux classes sont presque à égalité.
lesson-classify-done = Terminé : voici la carte des classes que vous explorez.
lesson-bars =
    .aria-label = Les probabilités du classifieur pour la cellule en cours de balayage

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = Étape { $n } sur { $count } : { $title }.
lesson-say-sweep-empty = Le balayage n’a pas encore commencé.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = Cellule { $n } sur { $count } décodée au point { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = Cellule { $n } sur { $count } décodée au point { $z } : { $class }, confiance { $percent } %.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = La leçon n’a pas pu charger { $url } : { $why }
lesson-timed-out = rien n’est arrivé en { $seconds } s
# Variables: $detail
lesson-error-internal = Erreur interne dans la leçon : { $detail }
# Variables: $detail
lesson-error-render = La leçon n’a pas pu être affichée : { $detail }
# Variables: $detail
lesson-error-mount = La leçon n’a pas pu démarrer : { $detail }
