# Español (es): la lección «Cómo se construye el mapa»; informal "tú", as page.ftl.
# Checked: glossary (glossary.md in this folder, terms of page.ftl) + back-translation of a sample by a language model
# (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-encode-predict, lesson-encode-guess, lesson-meshgrid-title, lesson-tile, lesson-bars, lesson-sparse-title, lesson-sparse-figure, lesson-epochs-ask, lesson-epochs-row, lesson-epochs-revealed
# "the trainer" (the program that trained the model and computed the stored map) = el programa de entrenamiento;
# "box" = rectángulo; "sweep" = barrido; "block" = bloque; "guess" = estimación. Terms: see glossary.md.
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = Cómo se construye el mapa
lesson-close = Cerrar la lección
lesson-steps =
    .aria-label = Pasos de la lección
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = Paso { $n } de { $count }
lesson-back = Atrás
lesson-next = Siguiente paso
lesson-more = Más en la documentación
lesson-loading = Cargando los archivos de la lección…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }; { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct } %
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = Camiseta/top
lesson-class-fashion-1 = Pantalón
lesson-class-fashion-2 = Suéter
lesson-class-fashion-3 = Vestido
lesson-class-fashion-4 = Abrigo
lesson-class-fashion-5 = Sandalia
lesson-class-fashion-6 = Camisa
lesson-class-fashion-7 = Zapatilla deportiva
lesson-class-fashion-8 = Bolso
lesson-class-fashion-9 = Botín

## Step 1: encode (predict, then reveal)

lesson-encode-title = Codificar: una imagen se convierte en dos números
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = El codificador lee esta imagen de prueba reservada, 784 píxeles que el modelo nunca vio en el entrenamiento, y devuelve dos números: μ = (μ₁, μ₂), un punto del plano. { $vae ->
    [yes] Un VAE también da σ, su grado de incertidumbre: las elipses alrededor de μ son 1σ y 2σ.
   *[no] Este diseño da un solo punto, sin dispersión.
}
# Variables: $label (the image's true class)
lesson-encode-predict = Predice primero: ¿dónde cae esta imagen (clase { $label })? Haz clic en el mapa, o mueve el cursor allí y pulsa «Estimar en el cursor».
lesson-encode-guess = Estimar en el cursor
lesson-encode-another = Otra imagen
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }. Tu estimación { $guess } quedó a { $distance } unidades latentes de μ.
lesson-encode-image =
    .aria-label = La imagen de prueba reservada que lee el codificador

## Step 2: bounds

lesson-bounds-title = Límites: dónde empieza y dónde acaba el mapa
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = Después del entrenamiento, el programa de entrenamiento codificó todas las { $train } imágenes de entrenamiento; { $n } de ellas se dibujan aquí, coloreadas por clase. En cada eje descartó el { $tail } % más bajo y el { $tail } % más alto (líneas discontinuas: z₁ de { $lo1 } a { $hi1 }, z₂ de { $lo2 } a { $hi2 }) y luego añadió a cada lado un { $margin } % de ese rango. Ese rectángulo marca los límites del mapa: z₁ de { $min1 } a { $max1 }, z₂ de { $min2 } a { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = Cuadrícula: el rectángulo dividido en celdas
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = El rectángulo se divide en una cuadrícula (meshgrid) de { $w } × { $h } celdas, { $cells } puntos en total, uno en el centro de cada celda. Aquí se dibujan { $side } × { $side } bloques de ella. Cada celda recibirá una imagen decodificada y un color.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = Decodificar: cada celda se convierte en una imagen
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = El decodificador convierte el centro de una celda en una imagen de 28 × 28. Pulsa «Reproducir»: el barrido decodifica el centro de un bloque tras otro, en directo, con el decodificador de esta página, y coloca la imagen sobre su bloque. El programa de entrenamiento hizo lo mismo con las { $cells } celdas.
lesson-play = Reproducir
lesson-pause = Pausa
lesson-forward = Una celda adelante
lesson-backward = Una celda atrás
lesson-speed = Velocidad
lesson-speed-slow = Lenta
lesson-speed-normal = Normal
lesson-speed-fast = Rápida
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $n } de { $count } celdas
lesson-tile =
    .aria-label = La imagen decodificada de la celda en la que está el barrido

## Step 5: classify and colour

lesson-classify-title = Clasificar y colorear
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = Un clasificador aparte mira cada imagen decodificada y dice qué clase ve. La celda toma el color de esa clase, más pálido donde el clasificador está menos seguro. Bloque a bloque, se va formando el mapa de clases. Aquí el centro de cada bloque se clasifica en directo; el programa de entrenamiento clasificó las { $cells } celdas.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = El mapa guardado también dice { $class } en esta celda.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = El mapa guardado dice { $class } en esta celda: casi un empate.
lesson-classify-done = Listo: este es el mapa de clases que exploras.
lesson-bars =
    .aria-label = Las probabilidades del clasificador para la celda en la que está el barrido

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = Paso { $n } de { $count }: { $title }.
lesson-say-sweep-empty = El barrido aún no ha empezado.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = Celda { $n } de { $count } decodificada en { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = Celda { $n } de { $count } decodificada en { $z }: { $class }, confianza { $percent } %.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = La lección no pudo cargar { $url }: { $why }
# Variables: $url, $why
lesson-dims-missing = No se pudo cargar el estudio sobre el tamaño del espacio latente ({ $url }: { $why }). Solo se hizo con los dígitos MNIST: elige los dígitos MNIST para ver esta pregunta.
lesson-timed-out = no llegó nada en { $seconds } s
# Variables: $detail
lesson-error-internal = Error interno en la lección: { $detail }
# Variables: $detail
lesson-error-render = No se pudo dibujar la lección: { $detail }
# Variables: $detail
lesson-error-mount = No se pudo iniciar la lección: { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = Tu predicción
lesson-q-image =
    .aria-label = La imagen de prueba reservada de la que trata la pregunta
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = Tu predicción: { $choice }. { $said }
lesson-design-plain = Autocodificador simple
lesson-design-vae = VAE (β = 1)
lesson-design-beta4 = β-VAE (β = 4)

lesson-dims-title = ¿Cuántos números bastan para conservar la imagen?
lesson-dims-text = Cada modelo de aquí comprime una imagen en un código. Con solo dos números podemos dibujar el código como un punto en un mapa, pero ¿cuánto de la imagen sobrevive? El estudio entrenó el mismo VAE con códigos de distintos tamaños.
lesson-dims-ask = Predice primero: ¿a partir de cuántos números te parecen correctas las reconstrucciones?
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } números
lesson-dims-figure = Fila superior: imágenes de prueba reservadas. Debajo: sus reconstrucciones por los modelos con cada vez más números en el código (una fila por modelo, en el orden de las líneas de abajo).
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } números: reconstrucción { $nats } nats/imagen, MSE { $mse } por píxel
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = Con { $small } números la reconstrucción cuesta { $small_nats } nats/imagen en el conjunto de prueba; con { $large } números, { $large_nats }: dos números conservan la clase, más números conservan los detalles.

lesson-sparse-title = ¿Cuán disperso queda un espacio latente sin límites?
lesson-sparse-text = Un autocodificador simple puede poner sus códigos en cualquier parte del plano. En un VAE, el término KL atrae cada código hacia una distribución normal estándar alrededor del origen.
lesson-sparse-ask = Predice primero: ¿en qué diseño dejan los códigos de prueba una mayor parte de su rectángulo vacía?
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = Los códigos de prueba (puntos oscuros) de cada diseño sobre su propio mapa de clases (izquierda: autocodificador simple; derecha: VAE); atenuadas: las celdas de una cuadrícula de { $bins } × { $bins } sin ningún código; con un círculo: una celda vacía del mapa del autocodificador simple y, a la derecha, lo que su decodificador dibuja allí.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }: códigos de prueba en el { $share } % de las celdas
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = Los códigos de prueba del autocodificador simple ocupan el { $plain } % de las celdas; los del VAE, el { $vae } %. En un hueco del mapa del autocodificador simple, en { $z }, su decodificador dibuja algo de todos modos, pero ninguna imagen de prueba cayó allí.

lesson-similar-title = ¿Acerca el término KL las imágenes parecidas?
lesson-similar-text = Las imágenes parecidas deberían recibir códigos cercanos. Toma una imagen de prueba reservada y mira sus 10 códigos de prueba más cercanos en tres diseños: ¿cuántos muestran la misma clase?
# Variables: $label (the image's class)
lesson-similar-ask = Predice primero: ¿en qué diseño son los vecinos más cercanos de esta imagen (clase { $label }) con más frecuencia de la misma clase?
lesson-similar-figure = Las 10 imágenes de prueba más cercanas en cada diseño (filas: autocodificador simple, VAE, β-VAE); con marco rojo: otra clase.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }: { $same } de { $k } de la misma clase; en todos los códigos de prueba, { $agreement } %
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = En todos los códigos de prueba, el diseño «{ $model }» es el que mantiene más vecinos en la misma clase: el { $agreement } % de los 10 más cercanos de cada código.

lesson-epochs-title = ¿Cuántas épocas hacen falta para que el espacio sea coherente?
lesson-epochs-text = Durante el entrenamiento, el mapa del VAE se guardó en varias épocas. ¿Con qué rapidez se juntan las imágenes parecidas?
# Variables: $within (percentage points)
lesson-epochs-ask = Predice primero: ¿a partir de qué época queda la concordancia 10-NN a { $within ->
    [one] { $within } punto
   *[other] { $within } puntos
} o menos de su valor final?
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = época { $n }
lesson-epochs-figure = La exactitud del mapa (azul) y la concordancia 10-NN (negro) del VAE en cada época guardada; la línea roja marca la respuesta.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = época { $n }: exactitud del mapa { $accuracy } %, concordancia 10-NN { $knn } %, pérdida de prueba { $loss } nats/imagen
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = A partir de la época { $epoch }, la concordancia 10-NN ({ $knn } %) queda a { $within ->
    [one] { $within } punto
   *[other] { $within } puntos
} o menos de su valor en la época { $last_epoch } ({ $last } %): la mayor parte de la estructura se forma en las primeras épocas.

# Variables: $design (a design the step needs)
lesson-no-design = Este conjunto de datos no tiene un modelo «{ $design }» con el que comparar.
lesson-epochs-open = Ver el mapa en la época { $epoch } en la evolución del entrenamiento
