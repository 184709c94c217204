# Español (es): los textos de la página del explorador del espacio latente.
# Variant: neutral Spanish with peninsular spelling/vocabulary where a choice is needed (ratón, coste); informal "tú".
# Checked: glossary (glossary.md in this folder) + back-translation of a sample by a language model; not yet reviewed by a native-speaking teacher.
# Uncertain: class-fashion-2, class-fashion-7, class-fashion-9, hands-on-title, tool-tiles, interp-blend-caption, metric-test_range_1_99_z1, metric-test_range_1_99_z2
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
test-loss = { $loss } de prueba { $nats } nats/imagen

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = no llegó nada completo en { $seconds } s; comprueba la conexión y vuelve a intentarlo
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = No se pudo cargar { $url }: { $why }.
# Variables: $url, $seconds
load-stalled = La carga de { $url } se detuvo: no llegó nada completo en { $seconds } s. Comprueba la conexión y vuelve a intentarlo.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = Camiseta/top
class-fashion-1 = Pantalón
class-fashion-2 = Suéter
class-fashion-3 = Vestido
class-fashion-4 = Abrigo
class-fashion-5 = Sandalia
class-fashion-6 = Camisa
class-fashion-7 = Zapatilla deportiva
class-fashion-8 = Bolso
class-fashion-9 = Botín

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0,655; 0,543)")
say-class-at = Clase { $class }, confianza { $confidence }, en { $z }
say-off-map = Fuera del mapa
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = Zoom de { $zoom }×: z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }.
say-whole-map = Se muestra el mapa completo.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } mostraría una ventana que se sale de este mapa con zoom { $zoom }; se muestra la ventana más cercana dentro de él, { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "−ELBO de prueba 142,4 nats/imagen")
evo-epoch-loss = Época { $epoch } de { $last }: { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = Decodificador: el modelo final.
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = { $epochs ->
    [one] Decodificador: el modelo final ({ $epochs } época).
   *[other] Decodificador: el modelo final ({ $epochs } épocas).
}
# Variables: $epoch
decoder-epoch = Decodificador: época { $epoch }.
# Variables: $epoch
decoder-playing = Reproduciendo: el mapa es el de la época { $epoch }; pausa para decodificar con su decodificador.
# Variables: $epoch
decoder-loading = Cargando el decodificador de la época { $epoch }…
say-evo-closed = Evolución del entrenamiento cerrada: de nuevo el modelo final.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Época 4 de 20: −ELBO de prueba 160,2 nats/imagen")
say-evo-opened = Evolución del entrenamiento: { $snapshots } instantáneas, épocas { $first } a { $last }. { $epoch }
say-evo-playing = Reproduciendo la evolución del entrenamiento.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = En pausa. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = No se pudo cargar la evolución del entrenamiento { $url }: { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = La evolución del entrenamiento indica { $evo } clases, pero el modelo { $model }; no se muestra.
# Variables: $why (why the file could not be loaded)
decoder-missing = No hay decodificador para esta época: { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = No hay instantánea en la época { $asked }; se muestra la época { $shown } (instantáneas: { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1,500; -0,250)"), $epoch
notice-z-off-epoch = { $asked } queda fuera del mapa de la época { $epoch }; se muestra en el punto más cercano dentro de él, { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = No se pudo cargar { $url }: { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = No se pudo cargar { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }, { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } Se sigue mostrando { $model }.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = Se muestra { $model }.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = No hay ningún modelo «{ $asked }»; se muestra { $shown } en su lugar. Modelos: { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = No hay ningún conjunto de datos «{ $asked }»; se muestra { $shown } en su lugar. Conjuntos de datos: { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } queda fuera de este mapa; se movió al punto más cercano dentro de él, { $shown }.
# Variables: $epoch
notice-no-evolution = Se ignoró epoch={ $epoch }: este modelo no tiene evolución del entrenamiento.
# Variables: $value (as typed)
notice-bad-epoch = Se ignoró epoch=«{ $value }»: una época es un número entero, como epoch=4.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = Se ignoró { $key }=«{ $value }»: se esperaban dos números finitos, como { $key }=1.5,-0.25.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=«{ $value }» está fuera del rango de 1 a { $max }: se muestra zoom={ $shown }.
# Variables: $value, $max
notice-bad-zoom = Se ignoró zoom=«{ $value }»: el zoom es un número de 1 a { $max }, como zoom=4.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = Se ignoró { $key }=«{ $value }»: se esperaba un número entero a partir de 1.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = Se ignoró { $key }=«{ $value }»: usa { $key }=1 o { $key }=0.
# Variables: $value
notice-bad-bundle = Se ignoró bundle=«{ $value }»: solo se pueden cargar archivos de este sitio (una ruta como weights/mnist/vae.safetensors).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = Se ignoró lang=«{ $value }»: los idiomas son { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = Se ignoró view=«{ $value }»: las vistas son { $views }.
# Variables: $value
notice-bad-img = Se ignoró img=«{ $value }»: una imagen de prueba es un número, como img=12.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = Idioma: { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = No se pudieron cargar los textos en { $lang } ({ $url }): { $why } La página sigue en su idioma actual.

## The embed dialog, files from disk, the training panel

say-embed-copied = El código para insertar está en el portapapeles.
say-embed-not-copied = El navegador no permitió copiar: selecciona el código y cópialo a mano.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = Se muestra { $file } en el mapa de arriba ({ $design }, semilla { $seed }).
# Variables: $file, $seed
file-showing-no-design = Se muestra { $file } en el mapa de arriba (sin diseño, semilla { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = No se pudo abrir { $file }: { $why }
# Variables: $why (the browser's reason)
train-module-failed = No se pudo cargar la vista de entrenamiento: { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = Codificar una imagen
tool-interp = Interpolar
tool-classify = Lo que ve el clasificador
tool-tiles = Mosaico de decodificaciones
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = Abierto: { $tool }.
say-tool-closed = Cerrado: { $tool }.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] Cargando el codificador…
    [classifier] Cargando el clasificador…
    [tests] Cargando las imágenes de prueba…
    [encoder-classifier] Cargando el codificador y el clasificador…
    [encoder-tests] Cargando el codificador y las imágenes de prueba…
    [classifier-tests] Cargando el clasificador y las imágenes de prueba…
   *[encoder-classifier-tests] Cargando el codificador, el clasificador y las imágenes de prueba…
}
tool-no-encoder = Para codificar hace falta el codificador, que un archivo de vista no contiene: el modelo del mapa se abrió desde un archivo y la página no puede descargar su codificador. Elige un modelo de la lista, o abre su archivo de vista desde la dirección de este sitio (?bundle=…) para que se encuentren los archivos que lo acompañan.
tool-no-classifier = Esta vista necesita el clasificador del conjunto de datos del modelo, que este sitio no tiene: el modelo del mapa se abrió desde un archivo y la página no puede descargar el clasificador de su conjunto de datos. Elige un modelo de la lista, o abre su archivo de vista desde la dirección de este sitio (?bundle=…) para que se encuentren los archivos que lo acompañan.

## Share: the link and the picture

share-drawing-not-in-link = Un dibujo no forma parte de un enlace: el enlace abre el área de dibujo vacía.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0,655; 0,543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · época { $epoch } de { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (zoom { $zoom }×)
# Variables: $link (the address)
share-link-copied = Enlace copiado: { $link }
share-link-not-copied = No se pudo usar el portapapeles; el enlace es: { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = Se guardó { $file }.
share-png-asked = Se le pidió al navegador que guardara { $file }. Si no llegó ningún archivo, esta inserción bloquea las descargas: abre el explorador en su propia pestaña para guardar.
# Variables: $why (the browser's reason)
share-png-failed = No se pudo guardar el PNG: { $why }

## Interpolate

# Variables: $z (e.g. "z = (0,655; 0,543)")
say-interp-start-set = Inicio fijado en { $z }.
say-interp-end-set = Final fijado en { $z }.
say-interp-encode-first = Primero codifica una imagen (Codificar una imagen).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0,655; 0,543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] Interpolación de { $a } a { $b }: { $classes }; ningún cambio de clase.
    [one] Interpolación de { $a } a { $b }: { $classes }; cambio de clase entre los pasos { $steps }.
   *[other] Interpolación de { $a } a { $b }: { $classes }; cambios de clase entre los pasos { $steps }.
}

## Encode an image

say-pad-empty = El área de dibujo está vacía.
say-pad-cleared = Área de dibujo borrada.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0,655; 0,543)"), $class (the map's class at μ)
say-encoded-drawing = Tu dibujo se codificó en { $z }, clase del mapa { $class }.
say-encoded-drawing-off = Tu dibujo se codificó en { $z }, fuera del mapa.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = La imagen de prueba { $index } (etiqueta { $label }) se codificó en { $z }, clase del mapa { $class }.
say-encoded-test-off = La imagen de prueba { $index } (etiqueta { $label }) se codificó en { $z }, fuera del mapa.
say-neighbours = { $same } de sus { $k } códigos de prueba más cercanos son { $class }.
say-neighbours-both = { $first }: { $same1 } de sus { $k } códigos de prueba más cercanos son { $class }. { $second }: { $same2 } de { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } está más allá de la última imagen de prueba: este archivo tiene { $count } (de img=0 a img={ $last }); se muestra img={ $last }.

## What the classifier sees

# A probability with one decimal, e.g. "97,3 %". Variables: $pct
percent-tenths = { $pct } %
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = En este punto exacto el clasificador ve { $class } ({ $confidence }), pero la celda del mapa dice { $cell }: el mapa es una muestra de { $width } × { $height } del plano, decodificada en los centros de las celdas. ({ $ms } ms por decodificación + clasificación)
# Variables: $class, $confidence, $z (e.g. "z = (0,655; 0,543)"), $ms
classify-note-agrees = El clasificador ve { $class } ({ $confidence }) en { $z }, como dice la celda del mapa. ({ $ms } ms por decodificación + clasificación)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }; { $s2 })
enc-sigma-none = – (no es un VAE: un solo punto, sin dispersión)
enc-off-map = fuera del mapa
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class } ({ $confidence })
enc-encoding = codificando…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (imagen de prueba { $index })
enc-truth-drawing = – (tu dibujo)
enc-neighbours = { $same } de { $k } son { $class }
enc-neighbours-wait = codificando las imágenes de prueba… { $done } de { $count }
enc-neighbours-none = – (elige una imagen de prueba o compara con un segundo modelo)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0,655; 0,543)")
interp-ends = De A { $a } a B { $b }.
interp-end-a = A { $a }. Haz clic en el mapa (o pulsa «Final en el cursor») para fijar B.
interp-ends-none = Haz clic dos veces en el mapa (primero el inicio, luego el final), o mueve el cursor y pulsa los botones.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = Paso { $step }: { $class }, { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (aquí cambia la clase)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } imágenes cubren la ventana ampliada (z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }), cada una decodificada en el centro de su casilla en una sola llamada por lotes al decodificador ({ $ms } ms); si haces zoom o desplazas el mapa, se vuelven a decodificar. Debajo está el mapa de clases de { $width }×{ $height }.
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } imágenes cubren todo el mapa, cada una decodificada en el centro de su casilla en una sola llamada por lotes al decodificador ({ $ms } ms); si haces zoom o desplazas el mapa, se vuelven a decodificar. Debajo está el mapa de clases de { $width }×{ $height }.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = −ELBO de prueba
metric-test_reconstruction_nats = Reconstrucción de prueba
metric-test_kl_nats = KL de prueba
metric-test_mse_per_pixel = MSE de prueba
metric-classifier_test_accuracy = Exactitud del clasificador en prueba
metric-test_map_accuracy = Imágenes de prueba en la región de su clase
metric-map_test_accuracy = Imágenes de prueba en la región de su clase
metric-test_share_inside_bounds = Imágenes de prueba dentro del mapa
metric-train_share_inside_bounds = Fracción de entrenamiento dentro de los límites
metric-test_knn10_agreement = Misma clase entre los 10 vecinos más cercanos de un código de prueba
metric-test_occupied_share_32 = Área del mapa con códigos de prueba (32 × 32 celdas)
metric-train_images = Imágenes de entrenamiento
metric-epochs = Épocas
metric-train_seconds = Tiempo de entrenamiento
metric-map_seconds = Tiempo del mapa de clases
metric-snapshot_seconds = Tiempo de las instantáneas
metric-final_train_loss_nats = Pérdida final de entrenamiento
metric-test_range_z1 = Rango de prueba z1
metric-test_range_z2 = Rango de prueba z2
metric-test_range_1_99_z1 = Rango de prueba 1 99 z1
metric-test_range_1_99_z2 = Rango de prueba 1 99 z2
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = Dispersión de los códigos de prueba, z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b } (1 %–99 %: { $c } × { $d })
# Values with their units. Variables: $v
unit-nats = { $v } nats/imagen
unit-per-pixel = { $v } por píxel
unit-min = { $v } min
unit-s = { $v } s
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $model } en { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } en { $dataset }, { $epochs } época
   *[other] { $model } en { $dataset }, { $epochs } épocas
}
# The line of training figures. Variables: $figures (e.g. "Imágenes de entrenamiento 60 000 · Épocas 20")
metrics-training = Entrenamiento: { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = Cargando { $what }…
status-loading-list = Cargando la lista de modelos…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } Los selectores de modelo no están disponibles.
embed-copied = Copiado.
embed-not-copied = No se permitió copiar: selecciona el código y cópialo.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (abierto, no está en esta lista)
train-module-loading = Cargando la vista de entrenamiento…
# Variables: $why (the browser's reason)
train-module-failed-retry = No se pudo cargar la vista de entrenamiento: { $why }. Cierra y vuelve a abrir el panel para intentarlo de nuevo.

## The training evolution's controls

evo-open = Evolución del entrenamiento
evo-back = Volver al modelo final
# Variables: $size (e.g. "120 kB")
evo-loading = Cargando la evolución del entrenamiento ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = Mira cómo se forma este espacio latente: { $snapshots } instantáneas, de la época { $first } a la { $last }.
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = Instantánea { $snapshot } de { $snapshots }, época { $epoch } de { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = Época { $epoch } de { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } de { $last }
evo-play = Reproducir
evo-pause = Pausa
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = fuera del mapa

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = Mapa del espacio latente, { $width } por { $height } celdas, coloreado según la clase que el clasificador ve en cada punto decodificado ({ $classes }). Usa las flechas del teclado para mover el cursor.
map-label-epoch = Mapa del espacio latente en la época de entrenamiento { $epoch }, { $width } por { $height } celdas, coloreado según la clase que el clasificador ve en cada punto decodificado ({ $classes }). Usa las flechas del teclado para mover el cursor.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = Haz zoom con la rueda, pellizcando, con los botones o con las teclas + y − sobre el mapa.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = Zoom de { $zoom }×: los colores son la misma muestra de { $width } × { $height } de las respuestas del clasificador, ampliada (cada cuadrado es una celda de la cuadrícula; { $cells } a lo ancho de la ventana). La imagen decodificada y las casillas usan la z exacta.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = del mapa
# Variables: $pct (one decimal)
legend-share-title = { $pct } % del mapa

## The page's markup (www/index.html): each element with data-l10n-id
page-title = Explorador del espacio latente
page-description =
    .content = Explora el espacio latente 2D de autocodificadores entrenados con dígitos de MNIST y prendas de Fashion-MNIST: mueve el puntero sobre el mapa y la imagen que hay debajo se decodifica en directo en tu navegador; mira cómo se forma el espacio latente durante el entrenamiento.
page-heading = Explorador del espacio latente
page-lede = Un autocodificador comprimió cada imagen de un conjunto de datos en solo dos números, <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). Muévete sobre el mapa: la imagen de ese punto se decodifica en directo, en tu navegador.
retry = Reintentar
status-loading-page = Cargando…
page-noscript = Esta página necesita JavaScript y WebAssembly para ejecutar el decodificador en tu navegador.
dataset-label = Conjunto de datos
model-label = Modelo
embed-open = Insertar…
embed-title = Insertar esta vista
embed-help = Pega esto en una presentación o en una página web: muestra exactamente lo que ves ahora (modelo, época, cursor). Recetas para reveal.js, Quarto, Marp y Jupyter: <a href="docs/embedding.html">insertar el explorador</a>.
embed-code-label = El código iframe de esta vista
embed-copy = Copiar
map-canvas =
    .aria-roledescription = mapa latente
    .aria-label = Mapa del espacio latente
map-picture =
    .alt = Mapa del espacio latente del modelo predeterminado: una imagen que se muestra mientras carga el explorador
zoom-out =
    .aria-label = Alejar
    .title = Alejar (tecla −)
zoom-level-label =
    .aria-label = Factor de zoom
zoom-in =
    .aria-label = Acercar
    .title = Acercar (tecla +)
zoom-reset = Mapa completo
    .title = Mostrar el mapa completo (tecla 0)
map-help = El plano latente, coloreado según la clase que un clasificador reconoce en la imagen decodificada en cada punto (más pálido = menos seguro). Señala, toca o arrastra sobre el mapa; o dale el foco y usa las flechas (Mayús: 10 pasos, Inicio: volver al origen, + y − para el zoom, 0 para el mapa completo).
legend-label =
    .aria-label = Clases y sus colores
evo-back-button =
    .aria-label = Época anterior
    .title = Época anterior
evo-fwd-button =
    .aria-label = Época siguiente
    .title = Época siguiente
evo-epoch-label = Época
evo-points-label = Mostrar las imágenes de prueba codificadas
evo-note = Los ejes se reescalan en cada época: cada fotograma abarca el conjunto de entrenamiento codificado de esa época. Cada clase conserva su color en todos los fotogramas. Para reproducir solo hace falta el mapa de cada época; pausa para decodificar con el decodificador de esa época.
decoded-title = Imagen decodificada
decoded-canvas =
    .aria-label = La imagen de 28 × 28 que dibuja el decodificador para el punto latente bajo el cursor
readout-latent-point = Punto latente
readout-map-class = Clase del mapa
readout-confidence = Confianza
readout-decode-time = Tiempo de decodificación
hands-on-title = Manos a la obra
hands-on-group =
    .aria-label = Vistas prácticas
encode-help = Dibuja con el ratón, el dedo o un lápiz, o elige una imagen de prueba reservada: el codificador del modelo (se descarga la primera vez que lo usas) la coloca en el mapa. Los trazos se convierten en una entrada de 28 × 28 igual que se hizo con los dígitos de MNIST: el dibujo se escala para que quepa en un cuadro de 20 × 20 y se centra según su centro de masa.
draw-pad =
    .aria-label = Área de dibujo: dibuja un dígito o una prenda con el puntero
pad-undo = Deshacer
pad-clear = Borrar
pick-test = Elegir una imagen de prueba
enc-input-canvas =
    .aria-label = La entrada de 28 × 28 que recibe el codificador
enc-input-caption = Entrada (28 × 28)
enc-recon-canvas =
    .aria-label = La reconstrucción: la decodificación en μ
enc-recon-caption = Reconstrucción en μ
enc-readout-mu = Codificada en μ
enc-readout-sigma = σ (dispersión del VAE)
enc-readout-label = Etiqueta verdadera
enc-readout-map-class = Clase del mapa en μ
enc-readout-neighbours = Códigos de prueba más cercanos (con círculo)
encode-map-help = En el mapa: el rombo es μ; en un VAE, las elipses continua y discontinua son 1σ y 2σ de q(z|x), donde el codificador cree que puede estar el código.
interp-set-a = Inicio en el cursor
interp-set-b = Final en el cursor
interp-enc-a = Inicio en la imagen codificada
interp-enc-b = Final en la imagen codificada
interp-strip =
    .aria-label = Diez imágenes decodificadas a lo largo del segmento de A a B
interp-classes =
    .aria-label = La clase que el clasificador asigna a cada paso
interp-strip-caption = Interpolación latente: decodificaciones en 10 puntos equiespaciados de A a B, con la clase que el clasificador ve en cada uno; una clase enmarcada indica dónde cambia.
interp-blend =
    .aria-label = Las dos imágenes de los extremos mezcladas píxel a píxel
interp-blend-caption = Mezcla en el espacio de píxeles de las dos imágenes de los extremos, para comparar: un fundido encadenado, no una transformación (morphing).
classify-help = El clasificador (se descarga la primera vez que lo usas) se aplica a la imagen decodificada en el punto exacto bajo el cursor, en directo mientras lo mueves.
class-bars =
    .aria-label = Probabilidades de las clases en el cursor
copy-link = Copiar enlace
save-png = Guardar PNG
metrics-heading = Modelo
metrics-test-heading = Métricas del conjunto de prueba <span class="metrics-sub-note">(imágenes de prueba reservadas, nunca vistas en el entrenamiento)</span>
train-title = Entrénalo tú mismo
train-open = Entrénalo tú mismo
train-drop-label = Abre un archivo de paquete (un archivo de vista, <code>.safetensors</code>) para explorarlo en el mapa de arriba:
train-drop-or = o suéltalo aquí.
explain-title = ¿Qué estoy viendo?
explain-1 = Un <strong>autocodificador</strong> son dos redes neuronales entrenadas juntas. El <strong>codificador</strong> lee una imagen de 28 × 28 (784 números) y la comprime en un código corto; el <strong>decodificador</strong> tiene que volver a dibujar la imagen solo a partir de ese código. Aquí el código tiene solo dos números, el <strong>punto latente</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>), así que cada imagen se convierte en un punto de un plano, y cada punto del plano puede convertirse de nuevo en una imagen.
explain-2 = El primer modelo es un autocodificador <strong>variacional</strong> (VAE, Kingma &amp; Welling 2014): durante el entrenamiento, el codificador da para cada imagen una pequeña nube de puntos probables en lugar de un solo punto, y una penalización (el término KL) mantiene todas las nubes cerca de una distribución normal estándar alrededor del origen. Por eso los dígitos parecidos caen cerca unos de otros y el espacio entre ellos se decodifica en formas intermedias verosímiles. Los otros diseños del menú de modelos se diferencian justo en esto: la línea bajo el mapa dice qué hace el elegido con el espacio latente, y sus métricas de prueba muestran el precio.
explain-lesson = Cómo se hizo el mapa de clases, paso a paso sobre este mismo modelo: empieza la lección junto al mapa.
explain-docs = Cuántas dimensiones conservan la información, cuánto se dispersa un espacio latente sin límites, qué hace el término KL, cuántas épocas hacen falta para que el espacio sea coherente: las <a href="docs/latent-space.html">preguntas originales, respondidas con mediciones</a>.
page-footer = MNIST de Yann LeCun, Corinna Cortes y Christopher J.C. Burges, CC BY-SA 3.0. Fashion-MNIST de Han Xiao, Kashif Rasul y Roland Vollgraf (Zalando Research), MIT. Paleta apta para daltónicos de Paul Tol. La decodificación se ejecuta localmente en WebAssembly (Rust; los modelos se entrenan con <a href="https://github.com/huggingface/candle">candle</a>); no se envía nada a ningún sitio.
# The language menu's label
lang-label = Idioma

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = Explorador del espacio latente: { $dataset } · { $model }
embed-iframe-title = Explorador del espacio latente
why-not-offline = no está incluido en este archivo sin conexión (expórtalo con ese modelo)
why-not-offline-lang = no está incluido en este archivo sin conexión (expórtalo con --lang { $code })
why-not-text = el archivo no es texto (UTF-8)
file-read-failed = el navegador no pudo leer el archivo ({ $why })
train-no-loader = esta página no tiene un cargador para ello (abre el index.html del explorador)
internal-error = Error interno: { $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = Código QR de esta vista: escanéalo para abrir la misma vista en un móvil
qr-caption = Escanea para abrir esta vista
qr-hide =
    .aria-label = Ocultar el código QR
    .title = Ocultar el código QR
say-qr-hidden = Código QR oculto.
qr-load-failed = No se pudo cargar el código QR: { $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = Dígitos MNIST
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE (β = 1)
design-label-plain = Autocodificador simple
design-label-beta4 = β-VAE (β = 4)
design-label-bounded = Autocodificador acotado (tanh)
design-summary-vae = El término KL atrae cada posterior q(z|x) hacia la prior normal estándar: los códigos llenan sin huecos una región redonda alrededor del origen, y cada punto de ella se decodifica en una imagen plausible.
design-summary-plain = Nada restringe z: el codificador puede poner los códigos en cualquier parte, así que las clases se estiran en largos brazos desde el origen con huecos vacíos entre ellos, y los puntos decodificados en los huecos no se parecen a ninguna imagen de entrenamiento.
design-summary-beta4 = Un término KL con peso β = 4 atrae los códigos con más fuerza hacia la prior: el mapa es más suave y redondo, pero las clases parecidas se solapan más y las decodificaciones son más borrosas.
design-summary-bounded = tanh mantiene z dentro del cuadrado (−1, 1)², y una prior normal estándar sobre el código antes de tanh evita que se sature: las clases cubren todo el cuadrado, de borde a borde, sin valores atípicos.

## Compare (added later; checked by the same process)

compare-label = Comparar con
compare-none = —
compare-map =
    .aria-label = El mapa de clases del modelo comparado: señalar aquí mueve el cursor de ambos mapas
compare-decoded =
    .aria-label = La decodificación del modelo comparado en el cursor
compare-readout = { $class } ({ $confidence }) en { $z }
compare-readout-off = Fuera de su mapa, en { $z }
compare-encoded = Codificada en μ { $z }: { $same } de sus { $k } códigos de prueba más cercanos son { $class }.
compare-encoded-wait = Codificada en μ { $z }; buscando sus códigos de prueba más cercanos…
say-class-at-compare = Clase { $class }, confianza { $confidence }, en { $z }; { $model }: clase { $other }, { $other_confidence }
notice-bad-compare = Se ignoró compare=«{ $value }»: compara con otro modelo del mismo conjunto de datos: { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = ¿Eres nuevo? Mira cómo se hace este mapa, paso a paso.
lesson-start = Empezar la lección
lesson-module-loading = Cargando la lección…
lesson-module-failed = No se pudo cargar la lección: { $why }
lesson-no-loader = esta página no tiene un cargador para ella (abre el index.html del explorador)
tools-module-loading = Cargando las vistas prácticas…
# Variables: $why (what went wrong)
tools-module-failed = No se pudieron cargar las vistas prácticas: { $why }
say-lesson-closed = La lección está cerrada.
notice-bad-lesson = Se ignoró lesson=«{ $value }»: un paso es uno de { $steps }; la lección empieza en su primer paso.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = Exactitud del mapa (azul) y concordancia 10-NN (negro) de los códigos de prueba en cada época guardada; línea gris: la época mostrada; línea roja: la primera época coherente.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = exactitud del mapa
evo-key-knn = concordancia 10-NN
evo-key-shown = época mostrada
evo-key-coherent = primera época coherente
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = Época { $epoch }: exactitud del mapa { $accuracy } %, concordancia 10-NN { $knn } %.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = A partir de la época { $epoch } (línea roja), la concordancia 10-NN ({ $knn } %) queda a { $within ->
    [one] { $within } punto
   *[other] { $within } puntos
} como mucho de su valor en la época { $last_epoch } ({ $last } %): el espacio latente es coherente.
