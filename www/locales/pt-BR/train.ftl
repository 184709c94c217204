# Português do Brasil (pt-BR): os textos da visualização “Treine você mesmo” (train.ftl).
# Informal "você", as in page.ftl; "autoencoder" kept in English; encoder/decoder as "codificador"/"decodificador".
# Checked: glossary (glossary.md in this folder) + back-translation of a sample by a language model; not yet reviewed by a native-speaking teacher.
# Uncertain: train-step, train-map-by-label, train-replay-play, train-replay-note-live, train-notice-downloaded
# Terms: see glossary.md in this folder ("worker" kept for the Web Worker; "pacote" for bundle, as in page.ftl).
# Plurals: CLDR one (0 and 1, also 1,50) and other; many omitted. The comments below are kept in English.

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
    Treine um autoencoder 2D nesta aba do navegador (em um Web Worker, com o mesmo
    código Rust de modelo e de perda dos modelos incluídos no site). A cada ~{ 0.7 } s, os códigos μ de { 1000 }
    imagens de teste separadas são redesenhados e as curvas de perda crescem; aponte para o gráfico para
    decodificar com os pesos atuais.
train-outro =
    “Baixar pacote” salva um arquivo de visualização comum: o decodificador (f16), um
    mapa de classes de 128 × 128 e os metadados (design, β, semente, passos, perda de teste). O mapa de
    classes dele é pintado pelos rótulos das 10 imagens de teste codificadas mais próximas (nenhum
    classificador é executado).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = Configurações do treinamento
train-dataset-label = Conjunto de dados
train-dataset-mnist = Dígitos do MNIST ({ 10000 } imagens de treinamento)
train-dataset-fashion = Fashion-MNIST ({ 4500 } imagens de treinamento)
train-design-label = Design
train-design-vae = VAE
train-design-plain = Simples
train-design-bounded = Limitado (tanh)
train-beta-label = β (VAE)
train-lr-label = Taxa de aprendizado
train-batch-label = Tamanho do lote
train-seed-label = Semente

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = Treinar
train-pause = Pausar
train-step = Um passo
train-reset = Reiniciar
train-map = Mapa de classes
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = segundo
train-map-by-nearest = os rótulos dos 10 códigos de teste mais próximos (128 × 128, rápido)
train-map-by-classifier = o classificador do conjunto de dados (64 × 64, alguns segundos)
train-download = Baixar pacote

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = Escolha as configurações e clique em “Treinar”.
# While the worker starts and downloads the dataset.
train-status-loading = Iniciando o worker e baixando os dados de treinamento…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] Treinando
        [paused] Pausado
       *[stopped] Parado
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
        [running] Treinando
        [paused] Pausado
       *[stopped] Parado
    }: { $steps ->
        [one] { $steps } passo
       *[other] { $steps } passos
    }, { $epochs } { $epochs ->
        [one] época
       *[other] épocas
    } de { $images ->
        [one] { $images } imagem
       *[other] { $images } imagens
    }; perda de teste { $test } nats/imagem{ $has_train ->
        [yes] , perda de treinamento { $train } nats/imagem
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } imagens/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(dados de treinamento: { $data } baixados)
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
train-status-limit = O treinamento para no passo { $until } ({ $key } no endereço).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = O endereço desta página para o treinamento no passo { $until } ({ $key }): “Treinar” não faz mais nada; remova isso do endereço para continuar treinando.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = Treinamento reiniciado.
train-say-loading = Iniciando o worker de treinamento e baixando os dados.
train-say-running = Treinando.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    Pausado após { $steps ->
        [one] { $steps } passo
       *[other] { $steps } passos
    }; perda de teste { $test } nats por imagem.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } está fora do intervalo de 0 a 100: o treinamento usa β = { $beta }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = “{ $typed }” não é um número: o treinamento usa β = { $beta }.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = Uma taxa de aprendizado de { $lr } é grande: a perda pode divergir ({ 0.001 } é a dos modelos incluídos).
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = Taxa de aprendizado “{ $typed }” ignorada: deve ser um número maior que 0 e menor que 1; o treinamento usa { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    Um lote de { $typed ->
        [one] { $typed } imagem
       *[other] { $typed } imagens
    } está fora do intervalo de 1 a { 1024 }: o treinamento usa { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = Tamanho do lote “{ $typed }” ignorado: deve ser um número inteiro de imagens de 1 a { 1024 }; o treinamento usa { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = Semente “{ $typed }” ignorada: deve ser um número inteiro a partir de 0; o treinamento usa a semente { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = Não foi possível pintar o mapa de classes: { $detail }. O modelo foi mantido: continue treinando ou tente de novo.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = Não foi possível gravar o pacote: { $detail }. O modelo foi mantido: continue treinando ou tente de novo.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    { $name } baixado ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): abra-o aqui (“Abra um arquivo de pacote”) ou guarde-o.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = Mapa de classes: pedindo o mapa de classes ao worker…
# While the worker paints it.
train-map-downloading-classifier = Mapa de classes: baixando o classificador…
train-map-painting = Mapa de classes: pintando um mapa de classes de { $cells } × { $cells }…
train-map-classifying = Mapa de classes: classificando as células do mapa…
train-map-classified = Mapa de classes: { $done } de { $rows } linhas classificadas…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = O mapa de classes (do passo { $step }) não é desenhado enquanto um instantâneo é reproduzido.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = Fundo: o mapa de classes no passo { $step } ({ $width } × { $height } células, { $ms } ms), cada célula colorida pelo rótulo majoritário das 10 imagens de teste codificadas mais próximas dela (nenhum classificador é executado; mais claro = menos votos).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = Fundo: o mapa de classes no passo { $step } ({ $width } × { $height } células, { $ms } ms), cada célula colorida pela classe que o classificador do conjunto de dados vê na imagem decodificada no centro dela (mais claro = menos certeza).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = Reproduzir o treinamento
# The same button while the replay plays.
train-replay-stop = Parar
train-replay-label = Instantâneo
train-replay-live = Ao vivo
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = passo { $step } de { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    Reprodução: passo { $step } ({ $epochs } { $epochs ->
        [one] época
       *[other] épocas
    }, perda de teste { $test } nats/imagem), { $kept ->
        [one] { $kept } instantâneo guardado
       *[other] { $kept } instantâneos guardados
    }.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    Ao vivo. O treinamento até agora: { $kept ->
        [one] { $kept } instantâneo guardado
       *[other] { $kept } instantâneos guardados
    } (um por relatório, a cada ~{ 0.7 } s; reduzidos de forma uniforme a no máximo { $max } ao longo de todo o treinamento).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = gráfico de treinamento
    .aria-label = Códigos de { 1000 } imagens de teste separadas, coloridos pelo rótulo; as setas do teclado movem o cursor de decodificação (Shift: passos maiores)
train-legend =
    .aria-label = Classes das imagens de teste no gráfico
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ de { $x0 } a { $x1 }, z₂ de { $y0 } a { $y1 } (o intervalo de { 0.1 }% a { 99.9 }% dos códigos, mais 5%)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = Curvas de perda
train-loss-caption =
    Perda, em nats/imagem, ao longo das épocas: <span class="train-key-test">teste
    (contínua)</span>, <span class="train-key-train">treinamento (tracejada)</span>. Para um VAE,
    a perda é reconstrução + β · KL (com β = 1, o ELBO negativo).
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
    .aria-label = Decodificação sob o ponteiro
train-z-none = Aponte para o gráfico para decodificar com os pesos atuais.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = Aponte para o gráfico para decodificar com os pesos do passo { $step }.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }; { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }; { $z2 }), decodificado com os pesos do passo { $step }
train-origin-canvas =
    .aria-label = Decodificação em z = (0; 0)
train-origin-caption = A decodificação em z = (0; 0).
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = A decodificação em z = (0; 0) com os pesos do passo { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = O worker de treinamento parou: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = o mapa de classes do worker está corrompido: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = Não foi possível ler o instantâneo do decodificador do worker: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = mensagem ilegível do worker de treinamento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = não foi possível iniciar o worker de treinamento: { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = não foi possível carregar os arquivos do worker de treinamento ({ $url } e o WebAssembly dele); verifique a conexão e clique em “Treinar” de novo
# Variables:
#   $detail (string): the browser's message
train-error-post = não foi possível se comunicar com o worker de treinamento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = Não foi possível salvar o pacote: { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = Erro interno na visualização de treinamento: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = Não foi possível desenhar a visualização de treinamento: { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = a página não tem nenhum #{ $id } para desenhar a visualização de treinamento
# Variables:
#   $detail (string): the browser's message
train-error-mount = Não foi possível configurar a visualização de treinamento: { $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = Camiseta/top
train-class-fashion-1 = Calça
train-class-fashion-2 = Suéter
train-class-fashion-3 = Vestido
train-class-fashion-4 = Casaco
train-class-fashion-5 = Sandália
train-class-fashion-6 = Camisa
train-class-fashion-7 = Tênis
train-class-fashion-8 = Bolsa
train-class-fashion-9 = Bota de cano curto
