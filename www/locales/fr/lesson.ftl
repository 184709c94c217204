# The lesson "How the map is made", in French (fr, français); addresses the learner with "vous", as page.ftl does.
# Checked: against the glossary (glossary.md in this folder, terms of page.ftl) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-z, lesson-encode-predict, lesson-encode-guess, lesson-meshgrid-title, lesson-classify-differs, lesson-sparse-ask, lesson-sparse-figure, lesson-epochs-ask, lesson-epochs-row, lesson-epochs-revealed
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
# Variables: $url, $why
lesson-dims-missing = L’étude sur la taille de l’espace latent n’a pas pu être chargée ({ $url } : { $why }). Elle n’a été menée que sur les chiffres MNIST : choisis les chiffres MNIST pour voir cette question.
lesson-timed-out = rien n’est arrivé en { $seconds } s
# Variables: $detail
lesson-error-internal = Erreur interne dans la leçon : { $detail }
# Variables: $detail
lesson-error-render = La leçon n’a pas pu être affichée : { $detail }
# Variables: $detail
lesson-error-mount = La leçon n’a pas pu démarrer : { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = Votre prédiction
lesson-q-image =
    .aria-label = L’image de test mise de côté sur laquelle porte la question
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = Votre prédiction : { $choice }. { $said }
lesson-design-plain = Autoencodeur simple
lesson-design-vae = VAE (β = 1)
lesson-design-beta4 = β-VAE (β = 4)

lesson-dims-title = Combien de nombres suffisent pour garder l’image ?
lesson-dims-text = Chaque modèle ici comprime une image en un code. Avec deux nombres seulement, on peut dessiner le code comme un point sur une carte, mais que reste-t-il de l’image ? L’étude a entraîné le même VAE avec des codes de différentes tailles.
lesson-dims-ask = Prédisez d’abord : à partir de combien de nombres les reconstructions vous semblent-elles correctes ?
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } nombres
lesson-dims-figure = Rangée du haut : images de test mises de côté. En dessous : leurs reconstructions par les modèles ayant de plus en plus de nombres dans le code (une rangée par modèle, dans l’ordre des lignes ci-dessous).
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } nombres : reconstruction { $nats } nats/image, MSE { $mse } par pixel
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = Avec { $small } nombres, la reconstruction coûte { $small_nats } nats/image sur le jeu de test, avec { $large } nombres { $large_nats } : deux nombres gardent la classe, davantage gardent les détails.

lesson-sparse-title = À quel point un espace latent non borné est-il clairsemé ?
lesson-sparse-text = Un autoencodeur simple peut placer ses codes n’importe où dans le plan. Dans un VAE, le terme KL attire chaque code vers une loi normale centrée réduite autour de l’origine.
lesson-sparse-ask = Prédisez d’abord : dans quelle variante les codes de test laissent-ils vide la plus grande part de leur rectangle ?
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = Les codes de test (points sombres) de chaque variante sur sa propre carte des classes (à gauche : autoencodeur simple, à droite : VAE) ; en pâle : les cellules d’une grille de { $bins } × { $bins } sans aucun code ; entourée : une cellule vide de la carte de l’autoencodeur simple et, à droite, ce que son décodeur y dessine.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model } : codes de test dans { $share } % des cellules
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = Les codes de test de l’autoencodeur simple occupent { $plain } % des cellules, ceux du VAE { $vae } %. Dans un vide de la carte de l’autoencodeur simple, au point { $z }, son décodeur dessine quand même quelque chose, mais aucune image de test n’y est tombée.

lesson-similar-title = Le terme KL rapproche-t-il les images semblables ?
lesson-similar-text = Des images semblables devraient recevoir des codes proches. Prenez une image de test mise de côté et regardez ses 10 codes de test les plus proches dans trois variantes : combien montrent la même classe ?
# Variables: $label (the image's class)
lesson-similar-ask = Prédisez d’abord : dans quelle variante les plus proches voisins de cette image (classe { $label }) sont-ils le plus souvent de la même classe ?
lesson-similar-figure = Les 10 images de test les plus proches dans chaque variante (rangées : autoencodeur simple, VAE, β-VAE) ; encadrées en rouge : les images d’une autre classe.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model } : { $same } sur { $k } de la même classe ; sur l’ensemble des codes de test, { $agreement } %
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = Sur l’ensemble des codes de test, c’est la variante « { $model } » qui garde le plus de voisins dans la même classe : { $agreement } % des 10 plus proches voisins de chaque code.

lesson-epochs-title = Combien d’époques faut-il pour que l’espace soit cohérent ?
lesson-epochs-text = Pendant l’entraînement, la carte du VAE a été enregistrée à plusieurs époques. À quelle vitesse les images semblables se rassemblent-elles ?
# Variables: $within (percentage points)
lesson-epochs-ask = Prédisez d’abord : à partir de quelle époque la concordance 10-NN est-elle à { $within ->
    [one] { $within } point
   *[other] { $within } points
} au plus de sa valeur finale ?
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = époque { $n }
lesson-epochs-figure = L’exactitude de la carte (en bleu) et la concordance 10-NN (en noir) du VAE à chaque époque enregistrée ; la ligne rouge marque la réponse.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = époque { $n } : exactitude de la carte { $accuracy } %, concordance 10-NN { $knn } %, perte de test { $loss } nats/image
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = À partir de l’époque { $epoch }, la concordance 10-NN ({ $knn } %) est à { $within ->
    [one] { $within } point
   *[other] { $within } points
} au plus de sa valeur à l’époque { $last_epoch } ({ $last } %) : l’essentiel de la structure se forme dans les premières époques.

# Variables: $design (a design the step needs)
lesson-no-design = Ce jeu de données n’a pas de modèle « { $design } » avec lequel comparer.
lesson-epochs-open = Voir la carte à l’époque { $epoch } dans l’évolution de l’entraînement
