# Português do Brasil (pt-BR): os textos da página do explorador do espaço latente.
# Informal "você"; "autoencoder" kept in English as in Brazilian ML courses; encoder/decoder as "codificador"/"decodificador".
# Checked: glossary (glossary.md in this folder) + back-translation of a sample by a language model; not yet reviewed by a native-speaking teacher.
# Uncertain: class-fashion-2, class-fashion-9, hands-on-title, tool-tiles, interp-blend-caption, say-evo-opened, metric-test_range_1_99_z1, metric-test_range_1_99_z2
# Each message is one sentence or label; variables are named in a "Variables:" comment.
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } kB
# Variables: $mb (one decimal)
size-mb = { $mb } MB
# A confidence, e.g. "97%". Variables: $pct (a whole number)
percent = { $pct }%
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Where the locale writes a decimal comma, separate the two numbers with a semicolon.
z-readout = z = ({ $z1 }; { $z2 })
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = { $loss } de teste { $nats } nats/imagem

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = nada completo chegou em { $seconds } s; verifique a conexão e tente de novo
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = Não foi possível carregar { $url }: { $why }.
# Variables: $url, $seconds
load-stalled = O carregamento de { $url } travou: nada completo chegou em { $seconds } s. Verifique a conexão e tente de novo.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = Camiseta/top
class-fashion-1 = Calça
class-fashion-2 = Suéter
class-fashion-3 = Vestido
class-fashion-4 = Casaco
class-fashion-5 = Sandália
class-fashion-6 = Camisa
class-fashion-7 = Tênis
class-fashion-8 = Bolsa
class-fashion-9 = Bota de cano curto

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97%"), $z (e.g. "z = (0,655; 0,543)")
say-class-at = Classe { $class }, confiança de { $confidence }, em { $z }
say-off-map = Fora do mapa
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = Zoom de { $zoom }×: z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }.
say-whole-map = Mostrando o mapa inteiro.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } mostraria uma janela que ultrapassa este mapa com zoom { $zoom }; mostrando a janela mais próxima dentro dele, { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "−ELBO de teste 142,4 nats/imagem")
evo-epoch-loss = Época { $epoch } de { $last }: { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = Decodificador: o modelo final.
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = { $epochs ->
    [one] Decodificador: o modelo final ({ $epochs } época).
   *[other] Decodificador: o modelo final ({ $epochs } épocas).
}
# Variables: $epoch
decoder-epoch = Decodificador: época { $epoch }.
# Variables: $epoch
decoder-playing = Reproduzindo: o mapa é o da época { $epoch }; pause para decodificar com o decodificador dela.
# Variables: $epoch
decoder-loading = Carregando o decodificador da época { $epoch }…
say-evo-closed = Evolução do treinamento fechada: de volta ao modelo final.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Época 4 de 20: −ELBO de teste 160,2 nats/imagem")
say-evo-opened = Evolução do treinamento: { $snapshots } instantâneos, épocas { $first } a { $last }. { $epoch }
say-evo-playing = Reproduzindo a evolução do treinamento.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = Pausado. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = Não foi possível carregar a evolução do treinamento { $url }: { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = A evolução do treinamento lista { $evo } classes, mas o modelo lista { $model }; ela não será exibida.
# Variables: $why (why the file could not be loaded)
decoder-missing = Não há decodificador para esta época: { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = Não há instantâneo na época { $asked }; mostrando a época { $shown } (instantâneos: { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1,500; -0,250)"), $epoch
notice-z-off-epoch = { $asked } fica fora do mapa da época { $epoch }; mostrado no ponto mais próximo dentro dele, { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = Não foi possível carregar { $url }: { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = Não foi possível carregar { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }, { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } Ainda mostrando { $model }.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = Mostrando { $model }.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = Não existe o modelo “{ $asked }”; mostrando { $shown } no lugar. Modelos: { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = Não existe o conjunto de dados “{ $asked }”; mostrando { $shown } no lugar. Conjuntos de dados: { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } fica fora deste mapa; movido para o ponto mais próximo dentro dele, { $shown }.
# Variables: $epoch
notice-no-evolution = epoch={ $epoch } ignorado: este modelo não tem evolução do treinamento.
# Variables: $value (as typed)
notice-bad-epoch = epoch=“{ $value }” ignorado: uma época é um número inteiro, como epoch=4.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = { $key }=“{ $value }” ignorado: eram esperados dois números finitos, como { $key }=1.5,-0.25.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=“{ $value }” está fora do intervalo de 1 a { $max }: mostrando zoom={ $shown }.
# Variables: $value, $max
notice-bad-zoom = zoom=“{ $value }” ignorado: o zoom é um número de 1 a { $max }, como zoom=4.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = { $key }=“{ $value }” ignorado: era esperado um número inteiro a partir de 1.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = { $key }=“{ $value }” ignorado: use { $key }=1 ou { $key }=0.
# Variables: $value
notice-bad-bundle = bundle=“{ $value }” ignorado: só é possível carregar arquivos deste site (um caminho como weights/mnist/vae.safetensors).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = lang=“{ $value }” ignorado: os idiomas são { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = view=“{ $value }” ignorado: as visualizações são { $views }.
# Variables: $value
notice-bad-img = img=“{ $value }” ignorado: uma imagem de teste é um número, como img=12.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = Idioma: { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = Não foi possível carregar os textos em { $lang } ({ $url }): { $why } A página continua no idioma atual.

## The embed dialog, files from disk, the training panel

say-embed-copied = O código de incorporação está na área de transferência.
say-embed-not-copied = O navegador não permitiu copiar: selecione o código e copie-o manualmente.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = Mostrando { $file } no mapa acima ({ $design }, semente { $seed }).
# Variables: $file, $seed
file-showing-no-design = Mostrando { $file } no mapa acima (sem design, semente { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = Não foi possível abrir { $file }: { $why }
# Variables: $why (the browser's reason)
train-module-failed = Não foi possível carregar a visualização de treinamento: { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = Codificar uma imagem
tool-interp = Interpolar
tool-classify = O que o classificador vê
tool-tiles = Mosaico de decodificações
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = Aberto: { $tool }.
say-tool-closed = Fechado: { $tool }.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] Carregando o codificador…
    [classifier] Carregando o classificador…
    [tests] Carregando as imagens de teste…
    [encoder-classifier] Carregando o codificador e o classificador…
    [encoder-tests] Carregando o codificador e as imagens de teste…
    [classifier-tests] Carregando o classificador e as imagens de teste…
   *[encoder-classifier-tests] Carregando o codificador, o classificador e as imagens de teste…
}
tool-no-encoder = Para codificar, é preciso o codificador, que um arquivo de visualização não contém: o modelo no mapa foi aberto de um arquivo, e a página não consegue baixar o codificador dele. Escolha um modelo da lista ou abra o arquivo de visualização dele pelo endereço deste site (?bundle=…) para que os arquivos ao lado dele sejam encontrados.
tool-no-classifier = Esta visualização precisa do classificador do conjunto de dados do modelo, que este site não tem: o modelo no mapa foi aberto de um arquivo, e a página não consegue baixar o classificador do conjunto de dados dele. Escolha um modelo da lista ou abra o arquivo de visualização dele pelo endereço deste site (?bundle=…) para que os arquivos ao lado dele sejam encontrados.

## Share: the link and the picture

share-drawing-not-in-link = Um desenho não faz parte de um link: o link abre a área de desenho vazia.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0,655; 0,543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · época { $epoch } de { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (zoom { $zoom }×)
# Variables: $link (the address)
share-link-copied = Link copiado: { $link }
share-link-not-copied = Não foi possível usar a área de transferência; o link é: { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = { $file } salvo.
share-png-asked = Pedimos ao navegador para salvar { $file }. Se nenhum arquivo chegou, esta incorporação bloqueia downloads: abra o explorador em uma aba própria para salvar.
# Variables: $why (the browser's reason)
share-png-failed = Não foi possível salvar o PNG: { $why }

## Interpolate

# Variables: $z (e.g. "z = (0,655; 0,543)")
say-interp-start-set = Início definido em { $z }.
say-interp-end-set = Fim definido em { $z }.
say-interp-encode-first = Primeiro codifique uma imagem (Codificar uma imagem).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0,655; 0,543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] Interpolado de { $a } a { $b }: { $classes }; nenhuma mudança de classe.
    [one] Interpolado de { $a } a { $b }: { $classes }; mudança de classe entre os passos { $steps }.
   *[other] Interpolado de { $a } a { $b }: { $classes }; mudanças de classe entre os passos { $steps }.
}

## Encode an image

say-pad-empty = A área de desenho está vazia.
say-pad-cleared = Área de desenho limpa.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0,655; 0,543)"), $class (the map's class at μ)
say-encoded-drawing = Seu desenho foi codificado em { $z }, classe no mapa { $class }.
say-encoded-drawing-off = Seu desenho foi codificado em { $z }, fora do mapa.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = A imagem de teste { $index } (rótulo { $label }) foi codificada em { $z }, classe no mapa { $class }.
say-encoded-test-off = A imagem de teste { $index } (rótulo { $label }) foi codificada em { $z }, fora do mapa.
say-neighbours = { $same } dos seus { $k } códigos de teste mais próximos são { $class }.
say-neighbours-both = { $first }: { $same1 } dos seus { $k } códigos de teste mais próximos são { $class }. { $second }: { $same2 } de { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } está além da última imagem de teste: este arquivo tem { $count } (de img=0 a img={ $last }); mostrando img={ $last }.

## What the classifier sees

# A probability with one decimal, e.g. "97,3%". Variables: $pct
percent-tenths = { $pct }%
# Variables: $class (what the classifier sees), $confidence (e.g. "97%"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = Neste ponto exato o classificador vê { $class } ({ $confidence }), mas a célula do mapa diz { $cell }: o mapa é uma amostra de { $width } × { $height } do plano, decodificada nos centros das células. ({ $ms } ms por decodificação + classificação)
# Variables: $class, $confidence, $z (e.g. "z = (0,655; 0,543)"), $ms
classify-note-agrees = O classificador vê { $class } ({ $confidence }) em { $z }, como diz a célula do mapa. ({ $ms } ms por decodificação + classificação)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }; { $s2 })
enc-sigma-none = – (não é um VAE: um único ponto, sem dispersão)
enc-off-map = fora do mapa
# Variables: $class, $confidence (e.g. "97%")
enc-map-class = { $class } ({ $confidence })
enc-encoding = codificando…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (imagem de teste { $index })
enc-truth-drawing = – (seu desenho)
enc-neighbours = { $same } de { $k } são { $class }
enc-neighbours-wait = codificando as imagens de teste… { $done } de { $count }
enc-neighbours-none = – (escolha uma imagem de teste ou compare com um segundo modelo)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0,655; 0,543)")
interp-ends = De A { $a } até B { $b }.
interp-end-a = A { $a }. Clique no mapa (ou pressione “Fim no cursor”) para definir B.
interp-ends-none = Clique duas vezes no mapa (primeiro o início, depois o fim) ou mova o cursor e pressione os botões.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97%")
interp-step = Passo { $step }: { $class }, { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (a classe muda aqui)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } imagens cobrem a janela ampliada (z₁ de { $z1min } a { $z1max }, z₂ de { $z2min } a { $z2max }), cada uma decodificada no centro do seu bloco em uma única chamada em lote ao decodificador ({ $ms } ms); ao dar zoom ou arrastar o mapa, elas são decodificadas de novo. Embaixo delas fica o mapa de classes de { $width }×{ $height }.
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } imagens cobrem o mapa inteiro, cada uma decodificada no centro do seu bloco em uma única chamada em lote ao decodificador ({ $ms } ms); ao dar zoom ou arrastar o mapa, elas são decodificadas de novo. Embaixo delas fica o mapa de classes de { $width }×{ $height }.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = −ELBO de teste
metric-test_reconstruction_nats = Reconstrução de teste
metric-test_kl_nats = KL de teste
metric-test_mse_per_pixel = MSE de teste
metric-classifier_test_accuracy = Acurácia do classificador no teste
metric-test_map_accuracy = Imagens de teste na região da sua classe
metric-map_test_accuracy = Imagens de teste na região da sua classe
metric-test_share_inside_bounds = Imagens de teste dentro do mapa
metric-train_share_inside_bounds = Fração de treino dentro dos limites
metric-test_knn10_agreement = Mesma classe entre os 10 vizinhos mais próximos de um código de teste
metric-test_occupied_share_32 = Área do mapa com códigos de teste (32 × 32 células)
metric-train_images = Imagens de treinamento
metric-epochs = Épocas
metric-train_seconds = Tempo de treinamento
metric-map_seconds = Tempo do mapa de classes
metric-snapshot_seconds = Tempo dos instantâneos
metric-final_train_loss_nats = Perda final de treinamento
metric-test_range_z1 = Intervalo de teste z1
metric-test_range_z2 = Intervalo de teste z2
metric-test_range_1_99_z1 = Intervalo de teste 1 99 z1
metric-test_range_1_99_z2 = Intervalo de teste 1 99 z2
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98%)
metric-spread-label = Dispersão dos códigos de teste, z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b } (1%–99%: { $c } × { $d })
# Values with their units. Variables: $v
unit-nats = { $v } nats/imagem
unit-per-pixel = { $v } por pixel
unit-min = { $v } min
unit-s = { $v } s
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $model } em { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } em { $dataset }, { $epochs } época
   *[other] { $model } em { $dataset }, { $epochs } épocas
}
# The line of training figures. Variables: $figures (e.g. "Imagens de treinamento 60.000 · Épocas 20")
metrics-training = Treinamento: { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = Carregando { $what }…
status-loading-list = Carregando a lista de modelos…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } Os seletores de modelo não estão disponíveis.
embed-copied = Copiado.
embed-not-copied = A cópia não foi permitida: selecione o código e copie-o.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (aberto, fora desta lista)
train-module-loading = Carregando a visualização de treinamento…
# Variables: $why (the browser's reason)
train-module-failed-retry = Não foi possível carregar a visualização de treinamento: { $why }. Feche e abra o painel de novo para tentar outra vez.

## The training evolution's controls

evo-open = Evolução do treinamento
evo-back = Voltar ao modelo final
# Variables: $size (e.g. "120 kB")
evo-loading = Carregando a evolução do treinamento ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = Veja este espaço latente se formar: { $snapshots } instantâneos, da época { $first } à { $last }.
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = Instantâneo { $snapshot } de { $snapshots }, época { $epoch } de { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = Época { $epoch } de { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } de { $last }
evo-play = Reproduzir
evo-pause = Pausar
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = fora do mapa

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = Mapa do espaço latente, { $width } por { $height } células, colorido pela classe que o classificador vê em cada ponto decodificado ({ $classes }). Use as setas do teclado para mover o cursor.
map-label-epoch = Mapa do espaço latente na época de treinamento { $epoch }, { $width } por { $height } células, colorido pela classe que o classificador vê em cada ponto decodificado ({ $classes }). Use as setas do teclado para mover o cursor.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = Dê zoom com a roda do mouse, com o gesto de pinça, com os botões ou com as teclas + e − no mapa.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = Zoom de { $zoom }×: as cores são a mesma amostra de { $width } × { $height } das respostas do classificador, ampliada (cada quadrado é uma célula da grade; { $cells } na largura da janela). A imagem decodificada e os blocos usam o z exato.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = do mapa
# Variables: $pct (one decimal)
legend-share-title = { $pct }% do mapa

## The page's markup (www/index.html): each element with data-l10n-id
page-title = Explorador do espaço latente
page-description =
    .content = Explore o espaço latente 2D de autoencoders treinados com dígitos do MNIST e roupas do Fashion-MNIST: passe o ponteiro sobre o mapa e a imagem sob ele é decodificada ao vivo no seu navegador; veja o espaço latente se formar durante o treinamento.
page-heading = Explorador do espaço latente
page-lede = Um autoencoder comprimiu cada imagem de um conjunto de dados em apenas dois números, <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>). Passe o ponteiro sobre o mapa: a imagem naquele ponto é decodificada ao vivo, no seu navegador.
retry = Tentar de novo
status-loading-page = Carregando…
page-noscript = Esta página precisa de JavaScript e WebAssembly para executar o decodificador no seu navegador.
dataset-label = Conjunto de dados
model-label = Modelo
embed-open = Incorporar…
embed-title = Incorporar esta visualização
embed-help = Cole isto em uma apresentação de slides ou em uma página web: mostra exatamente o que você vê agora (modelo, época, cursor). Receitas para reveal.js, Quarto, Marp e Jupyter: <a href="docs/embedding.html">incorporar o explorador</a>.
embed-code-label = O código iframe desta visualização
embed-copy = Copiar
map-canvas =
    .aria-roledescription = mapa latente
    .aria-label = Mapa do espaço latente
map-picture =
    .alt = Mapa do espaço latente do modelo padrão: uma imagem, exibida enquanto o explorador carrega
zoom-out =
    .aria-label = Diminuir o zoom
    .title = Diminuir o zoom (tecla −)
zoom-level-label =
    .aria-label = Fator de zoom
zoom-in =
    .aria-label = Aumentar o zoom
    .title = Aumentar o zoom (tecla +)
zoom-reset = Mapa inteiro
    .title = Mostrar o mapa inteiro (tecla 0)
map-help = O plano latente, colorido pela classe que um classificador reconhece na imagem decodificada em cada ponto (mais claro = menos certeza). Aponte, toque ou arraste no mapa; ou coloque o foco nele e use as setas (Shift: 10 passos, Home: volta à origem, + e − para o zoom, 0 para o mapa inteiro).
legend-label =
    .aria-label = Classes e suas cores
evo-back-button =
    .aria-label = Época anterior
    .title = Época anterior
evo-fwd-button =
    .aria-label = Próxima época
    .title = Próxima época
evo-epoch-label = Época
evo-points-label = Mostrar as imagens de teste codificadas
evo-note = Os eixos são reescalados a cada época: cada quadro cobre o conjunto de treinamento codificado daquela época. Cada classe mantém sua cor em todos os quadros. A reprodução usa só o mapa de cada época; pause para decodificar com o decodificador daquela época.
decoded-title = Imagem decodificada
decoded-canvas =
    .aria-label = A imagem de 28 × 28 que o decodificador desenha para o ponto latente sob o cursor
readout-latent-point = Ponto latente
readout-map-class = Classe no mapa
readout-confidence = Confiança
readout-decode-time = Tempo de decodificação
hands-on-title = Mão na massa
hands-on-group =
    .aria-label = Visualizações práticas
encode-help = Desenhe com o mouse, o dedo ou uma caneta, ou escolha uma imagem de teste separada: o codificador do modelo (baixado no primeiro uso) a coloca no mapa. Os traços viram uma entrada de 28 × 28 do mesmo jeito que os dígitos do MNIST: o desenho é redimensionado para caber em uma caixa de 20 × 20 e centralizado pelo seu centro de massa.
draw-pad =
    .aria-label = Área de desenho: desenhe um dígito ou uma peça de roupa com o ponteiro
pad-undo = Desfazer
pad-clear = Limpar
pick-test = Escolher uma imagem de teste
enc-input-canvas =
    .aria-label = A entrada de 28 × 28 dada ao codificador
enc-input-caption = Entrada (28 × 28)
enc-recon-canvas =
    .aria-label = A reconstrução: a decodificação em μ
enc-recon-caption = Reconstrução em μ
enc-readout-mu = Codificado em μ
enc-readout-sigma = σ (dispersão do VAE)
enc-readout-label = Rótulo verdadeiro
enc-readout-map-class = Classe no mapa em μ
enc-readout-neighbours = Códigos de teste mais próximos (circulados)
encode-map-help = No mapa: o losango é μ; para um VAE, as elipses contínua e tracejada são 1σ e 2σ de q(z|x), onde o codificador acha que o código pode estar.
interp-set-a = Início no cursor
interp-set-b = Fim no cursor
interp-enc-a = Início na imagem codificada
interp-enc-b = Fim na imagem codificada
interp-strip =
    .aria-label = Dez imagens decodificadas ao longo do segmento de A a B
interp-classes =
    .aria-label = A classe que o classificador atribui a cada passo
interp-strip-caption = Interpolação latente: decodificações em 10 pontos igualmente espaçados de A a B, com a classe que o classificador vê em cada um; uma classe com moldura marca onde ela muda.
interp-blend =
    .aria-label = As duas imagens das extremidades misturadas pixel a pixel
interp-blend-caption = Mistura no espaço de pixels das duas imagens das extremidades, para comparação: uma transição gradual (fusão), não um morphing.
classify-help = O classificador (baixado no primeiro uso) é executado na imagem decodificada no ponto exato sob o cursor, ao vivo, enquanto você se move.
class-bars =
    .aria-label = Probabilidades das classes no cursor
copy-link = Copiar link
save-png = Salvar PNG
metrics-heading = Modelo
metrics-test-heading = Métricas do conjunto de teste <span class="metrics-sub-note">(imagens de teste separadas, nunca vistas no treinamento)</span>
train-title = Treine você mesmo
train-open = Treine você mesmo
train-drop-label = Abra um arquivo de pacote (um arquivo de visualização, <code>.safetensors</code>) para explorá-lo no mapa acima:
train-drop-or = ou solte-o aqui.
explain-title = O que estou vendo?
explain-1 = Um <strong>autoencoder</strong> é formado por duas redes neurais treinadas juntas. O <strong>codificador</strong> lê uma imagem de 28 × 28 (784 números) e a comprime em um código curto; o <strong>decodificador</strong> precisa redesenhar a imagem só a partir desse código. Aqui o código tem apenas dois números, o <strong>ponto latente</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>), então cada imagem vira um ponto em um plano, e cada ponto do plano pode ser transformado de volta em uma imagem.
explain-2 = O primeiro modelo é um autoencoder <strong>variacional</strong> (VAE, Kingma &amp; Welling 2014): durante o treinamento, o codificador dá, para cada imagem, uma pequena nuvem de pontos prováveis em vez de um único ponto, e uma penalidade (o termo KL) mantém todas as nuvens perto de uma distribuição normal padrão em torno da origem. É por isso que dígitos parecidos caem perto uns dos outros e que o espaço entre eles é decodificado em formas intermediárias plausíveis. Os outros designs no menu de modelos diferem exatamente nisso: a linha abaixo do mapa diz o que o modelo escolhido faz com o espaço latente, e as métricas de teste dele mostram o preço.
explain-lesson = Como o mapa de classes foi feito, passo a passo neste mesmo modelo: comece a lição ao lado do mapa.
explain-docs = Quantas dimensões preservam a informação, o quanto um espaço latente sem limites fica esparso, o que o termo KL faz, quantas épocas até o espaço ficar coerente: as <a href="docs/latent-space.html">perguntas originais, respondidas com medições</a>.
page-footer = MNIST por Yann LeCun, Corinna Cortes e Christopher J.C. Burges, CC BY-SA 3.0. Fashion-MNIST por Han Xiao, Kashif Rasul e Roland Vollgraf (Zalando Research), MIT. Paleta segura para daltônicos por Paul Tol. A decodificação roda localmente em WebAssembly (Rust; os modelos são treinados com <a href="https://github.com/huggingface/candle">candle</a>); nada é enviado para lugar nenhum.
# The language menu's label
lang-label = Idioma

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = Explorador do espaço latente: { $dataset } · { $model }
embed-iframe-title = Explorador do espaço latente
why-not-offline = não está incluído neste arquivo offline (exporte-o com esse modelo)
why-not-offline-lang = não está incluído neste arquivo offline (exporte-o com --lang { $code })
why-not-text = o arquivo não é texto (UTF-8)
file-read-failed = o navegador não conseguiu ler o arquivo ({ $why })
train-no-loader = esta página não tem um carregador para isso (abra o index.html do explorador)
internal-error = Erro interno: { $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = Código QR desta visualização: escaneie-o para abrir a mesma visualização em um celular
qr-caption = Escaneie para abrir esta visualização
qr-hide =
    .aria-label = Ocultar o código QR
    .title = Ocultar o código QR
say-qr-hidden = Código QR oculto.
qr-load-failed = Não foi possível carregar o código QR: { $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = Dígitos MNIST
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE (β = 1)
design-label-plain = Autoencoder simples
design-label-beta4 = β-VAE (β = 4)
design-label-bounded = Autoencoder limitado (tanh)
design-summary-vae = O termo KL puxa cada posterior q(z|x) para a prior normal padrão: os códigos preenchem sem lacunas uma região redonda em torno da origem, e cada ponto dela é decodificado em uma imagem plausível.
design-summary-plain = Nada restringe z: o codificador pode pôr os códigos em qualquer lugar, então as classes se estendem em longos braços a partir da origem, com lacunas vazias entre eles, e pontos decodificados nas lacunas não se parecem com nenhuma imagem de treino.
design-summary-beta4 = Um termo KL com peso β = 4 puxa os códigos com mais força para a prior: o mapa fica mais suave e redondo, mas classes parecidas se sobrepõem mais e as decodificações ficam mais borradas.
design-summary-bounded = tanh mantém z dentro do quadrado (−1, 1)², e uma prior normal padrão no código antes da tanh evita a saturação: as classes cobrem o quadrado inteiro, de borda a borda, sem pontos fora da curva.

## Compare (added later; checked by the same process)

compare-label = Comparar com
compare-none = —
compare-map =
    .aria-label = O mapa de classes do modelo comparado: apontar aqui move o cursor dos dois mapas
compare-decoded =
    .aria-label = A decodificação do modelo comparado no cursor
compare-readout = { $class } ({ $confidence }) em { $z }
compare-readout-off = Fora do seu mapa, em { $z }
compare-encoded = Codificado em μ { $z }: { $same } dos seus { $k } códigos de teste mais próximos são { $class }.
compare-encoded-wait = Codificado em μ { $z }; procurando seus códigos de teste mais próximos…
say-class-at-compare = Classe { $class }, confiança { $confidence }, em { $z }; { $model }: classe { $other }, { $other_confidence }
notice-bad-compare = compare=“{ $value }” ignorado: compare com outro modelo do mesmo conjunto de dados: { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = Novo por aqui? Veja como este mapa é feito, passo a passo.
lesson-start = Começar a lição
lesson-module-loading = Carregando a lição…
lesson-module-failed = Não foi possível carregar a lição: { $why }
lesson-no-loader = esta página não tem um carregador para ela (abra o index.html do explorador)
tools-module-loading = Carregando as visualizações práticas…
# Variables: $why (what went wrong)
tools-module-failed = Não foi possível carregar as visualizações práticas: { $why }
say-lesson-closed = A lição foi fechada.
notice-bad-lesson = lesson=“{ $value }” ignorado: um passo é um de { $steps }; a lição abre no primeiro passo.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = Acurácia do mapa (azul) e concordância 10-NN (preto) dos códigos de teste em cada época salva; linha cinza: a época mostrada; linha vermelha: a primeira época coerente.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = acurácia do mapa
evo-key-knn = concordância 10-NN
evo-key-shown = época mostrada
evo-key-coherent = primeira época coerente
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = Época { $epoch }: acurácia do mapa { $accuracy }%, concordância 10-NN { $knn }%.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = A partir da época { $epoch } (linha vermelha), a concordância 10-NN ({ $knn }%) fica a no máximo { $within ->
    [one] { $within } ponto percentual
   *[other] { $within } pontos percentuais
} do seu valor na época { $last_epoch } ({ $last }%): o espaço latente está coerente.
