# Español (es): los textos de la vista «Entrénalo tú mismo» (train.ftl).
# Variant: neutral Spanish with peninsular vocabulary where a choice is needed; informal "tú", as in page.ftl.
# Checked: glossary (glossary.md in this folder) + back-translation of a sample by a language model; not yet reviewed by a native-speaking teacher.
# Uncertain: train-step, train-design-plain, train-map-by-label, train-replay-play, train-replay-note-live
# Terms: see glossary.md in this folder ("worker" kept for the Web Worker; "paquete" for bundle, as in page.ftl).
# The comments below are kept in English.

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
    Entrena un autocodificador 2D en esta pestaña del navegador (en un Web Worker, con el
    mismo código Rust de modelo y de pérdida que los modelos incluidos en la página). Cada ~{ 0.7 } s se vuelven a dibujar
    los códigos μ de { 1000 } imágenes de prueba reservadas y crecen las curvas de pérdida; señala el gráfico
    para decodificar con los pesos actuales.
train-outro =
    «Descargar paquete» guarda un archivo de vista normal: el decodificador (f16), un mapa
    de clases de 128 × 128 y los metadatos (diseño, β, semilla, pasos, pérdida de prueba). Su mapa
    de clases se pinta con las etiquetas de las 10 imágenes de prueba codificadas más cercanas (no se
    ejecuta ningún clasificador).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = Ajustes del entrenamiento
train-dataset-label = Conjunto de datos
train-dataset-mnist = Dígitos de MNIST ({ 10000 } imágenes de entrenamiento)
train-dataset-fashion = Fashion-MNIST ({ 4500 } imágenes de entrenamiento)
train-design-label = Diseño
train-design-vae = VAE
train-design-plain = Simple
train-design-bounded = Acotado (tanh)
train-beta-label = β (VAE)
train-lr-label = Tasa de aprendizaje
train-batch-label = Tamaño del lote
train-seed-label = Semilla

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = Entrenar
train-pause = Pausa
train-step = Un paso
train-reset = Reiniciar
train-map = Mapa de clases
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = según
train-map-by-nearest = las etiquetas de los 10 códigos de prueba más cercanos (128 × 128, rápido)
train-map-by-classifier = el clasificador del conjunto de datos (64 × 64, unos segundos)
train-download = Descargar paquete

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = Elige los ajustes y pulsa «Entrenar».
# While the worker starts and downloads the dataset.
train-status-loading = Iniciando el worker y descargando los datos de entrenamiento…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] Entrenando
        [paused] En pausa
       *[stopped] Detenido
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
        [running] Entrenando
        [paused] En pausa
       *[stopped] Detenido
    }: { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $epochs } { $epochs ->
        [one] época
       *[other] épocas
    } de { $images ->
        [one] { $images } imagen
       *[other] { $images } imágenes
    }; pérdida de prueba { $test } nats/imagen{ $has_train ->
        [yes] , pérdida de entrenamiento { $train } nats/imagen
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } imágenes/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(datos de entrenamiento: { $data } descargados)
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
train-status-limit = El entrenamiento se detiene en el paso { $until } ({ $key } en la dirección).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = La dirección de esta página detiene el entrenamiento en el paso { $until } ({ $key }): «Entrenar» ya no hace nada más; quítalo de la dirección para seguir entrenando.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = Entrenamiento reiniciado.
train-say-loading = Iniciando el worker de entrenamiento y descargando los datos.
train-say-running = Entrenando.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    En pausa tras { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }; pérdida de prueba { $test } nats por imagen.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } está fuera del rango de 0 a 100: el entrenamiento usa β = { $beta }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = «{ $typed }» no es un número: el entrenamiento usa β = { $beta }.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = Una tasa de aprendizaje de { $lr } es grande: la pérdida puede divergir ({ 0.001 } es la de los modelos incluidos).
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = Se ignoró la tasa de aprendizaje «{ $typed }»: debe ser un número mayor que 0 y menor que 1; el entrenamiento usa { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    Un lote de { $typed ->
        [one] { $typed } imagen
       *[other] { $typed } imágenes
    } está fuera del rango de 1 a { 1024 }: el entrenamiento usa { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = Se ignoró el tamaño del lote «{ $typed }»: debe ser un número entero de imágenes de 1 a { 1024 }; el entrenamiento usa { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = Se ignoró la semilla «{ $typed }»: debe ser un número entero a partir de 0; el entrenamiento usa la semilla { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = No se pudo pintar el mapa de clases: { $detail }. El modelo se conserva: sigue entrenando o vuelve a intentarlo.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = No se pudo escribir el paquete: { $detail }. El modelo se conserva: sigue entrenando o vuelve a intentarlo.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    Se descargó { $name } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): ábrelo aquí («Abre un archivo de paquete») o guárdalo.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = Mapa de clases: pidiendo el mapa de clases al worker…
# While the worker paints it.
train-map-downloading-classifier = Mapa de clases: descargando el clasificador…
train-map-painting = Mapa de clases: pintando un mapa de clases de { $cells } × { $cells }…
train-map-classifying = Mapa de clases: clasificando las celdas del mapa…
train-map-classified = Mapa de clases: { $done } de { $rows } filas clasificadas…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = El mapa de clases (del paso { $step }) no se dibuja mientras se reproduce una instantánea.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = Fondo: el mapa de clases en el paso { $step } ({ $width } × { $height } celdas, { $ms } ms), cada celda coloreada según la etiqueta mayoritaria de las 10 imágenes de prueba codificadas más cercanas a ella (no se ejecuta ningún clasificador; más pálido = menos votos).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = Fondo: el mapa de clases en el paso { $step } ({ $width } × { $height } celdas, { $ms } ms), cada celda coloreada según la clase que el clasificador del conjunto de datos ve en la imagen decodificada en su centro (más pálido = menos seguro).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = Reproducir el entrenamiento
# The same button while the replay plays.
train-replay-stop = Detener
train-replay-label = Instantánea
train-replay-live = En directo
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = paso { $step } de { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    Reproducción: paso { $step } ({ $epochs } { $epochs ->
        [one] época
       *[other] épocas
    }, pérdida de prueba { $test } nats/imagen), { $kept ->
        [one] { $kept } instantánea guardada
       *[other] { $kept } instantáneas guardadas
    }.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    En directo. El entrenamiento hasta ahora: { $kept ->
        [one] { $kept } instantánea guardada
       *[other] { $kept } instantáneas guardadas
    } (una por informe, cada ~{ 0.7 } s; se reducen de forma uniforme a { $max } como máximo a lo largo de todo el entrenamiento).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = gráfico de entrenamiento
    .aria-label = Códigos de { 1000 } imágenes de prueba reservadas, coloreados según su etiqueta; las flechas del teclado mueven el cursor de decodificación (Mayús: pasos más grandes)
train-legend =
    .aria-label = Clases de las imágenes de prueba representadas
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ de { $x0 } a { $x1 }, z₂ de { $y0 } a { $y1 } (el rango del { 0.1 } % al { 99.9 } % de los códigos, más un 5 %)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = Curvas de pérdida
train-loss-caption =
    Pérdida, en nats/imagen, frente a las épocas: <span class="train-key-test">prueba
    (continua)</span>, <span class="train-key-train">entrenamiento (discontinua)</span>. En un VAE
    la pérdida es reconstrucción + β · KL (con β = 1, el ELBO negativo).
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs =
    { $epochs } { $epochs ->
        [one] época
       *[other] épocas
    }

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = Decodificación bajo el puntero
train-z-none = Señala el gráfico para decodificar con los pesos actuales.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = Señala el gráfico para decodificar con los pesos del paso { $step }.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }; { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }; { $z2 }), decodificado con los pesos del paso { $step }
train-origin-canvas =
    .aria-label = Decodificación en z = (0; 0)
train-origin-caption = La decodificación en z = (0; 0).
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = La decodificación en z = (0; 0) con los pesos del paso { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = El worker de entrenamiento se detuvo: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = el mapa de clases del worker está dañado: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = No se pudo leer la instantánea del decodificador del worker: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = mensaje ilegible del worker de entrenamiento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = no se pudo iniciar el worker de entrenamiento: { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = no se pudieron cargar los archivos del worker de entrenamiento ({ $url } y su WebAssembly); comprueba la conexión y vuelve a pulsar «Entrenar»
# Variables:
#   $detail (string): the browser's message
train-error-post = no se pudo comunicar con el worker de entrenamiento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = No se pudo guardar el paquete: { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = Error interno en la vista de entrenamiento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = No se pudo dibujar la vista de entrenamiento: { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = la página no tiene ningún #{ $id } en el que dibujar la vista de entrenamiento
# Variables:
#   $detail (string): the browser's message
train-error-mount = No se pudo preparar la vista de entrenamiento: { $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = Camiseta/top
train-class-fashion-1 = Pantalón
train-class-fashion-2 = Suéter
train-class-fashion-3 = Vestido
train-class-fashion-4 = Abrigo
train-class-fashion-5 = Sandalia
train-class-fashion-6 = Camisa
train-class-fashion-7 = Zapatilla deportiva
train-class-fashion-8 = Bolso
train-class-fashion-9 = Botín
