# Português do Brasil (pt-BR): a lição “Como o mapa é feito”; informal "você", as page.ftl.
# Checked: glossary (glossary.md in this folder, terms of page.ftl) + back-translation of a sample by a language model
# (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-encode-guess, lesson-meshgrid-title, lesson-tile, lesson-bars, lesson-options, lesson-predicted, lesson-sparse-figure, lesson-epochs-ask, lesson-epochs-row
# "the trainer" (the program that trained the model and computed the stored map) = o programa de treinamento;
# "box" = retângulo; "sweep" = varredura; "block" = bloco; "guess" = palpite. Terms: see glossary.md.
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = Como o mapa é feito
lesson-close = Fechar a lição
lesson-steps =
    .aria-label = Etapas da lição
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = Etapa { $n } de { $count }
lesson-back = Voltar
lesson-next = Próxima etapa
lesson-more = Mais na documentação
lesson-loading = Carregando os arquivos da lição…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }; { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct }%
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = Camiseta/top
lesson-class-fashion-1 = Calça
lesson-class-fashion-2 = Suéter
lesson-class-fashion-3 = Vestido
lesson-class-fashion-4 = Casaco
lesson-class-fashion-5 = Sandália
lesson-class-fashion-6 = Camisa
lesson-class-fashion-7 = Tênis
lesson-class-fashion-8 = Bolsa
lesson-class-fashion-9 = Bota de cano curto

## Step 1: encode (predict, then reveal)

lesson-encode-title = Codificar: uma imagem vira dois números
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = O codificador lê esta imagem de teste separada, 784 pixels que o modelo nunca viu no treinamento, e devolve dois números: μ = (μ₁, μ₂), um ponto do plano. { $vae ->
    [yes] Um VAE também dá σ, o quanto ele está incerto: as elipses em torno de μ são 1σ e 2σ.
   *[no] Este design dá um único ponto, sem dispersão.
}
# Variables: $label (the image's true class)
lesson-encode-predict = Primeiro, dê um palpite: onde esta imagem (classe { $label }) vai cair? Clique no mapa ou mova o cursor até lá e pressione “Palpite no cursor”.
lesson-encode-guess = Palpite no cursor
lesson-encode-another = Outra imagem
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }. Seu palpite { $guess } ficou a { $distance } unidades latentes de μ.
lesson-encode-image =
    .aria-label = A imagem de teste separada que o codificador lê

## Step 2: bounds

lesson-bounds-title = Limites: onde o mapa começa e termina
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = Depois do treinamento, o programa de treinamento codificou todas as { $train } imagens de treinamento; { $n } delas aparecem aqui, coloridas por classe. Em cada eixo, ele cortou os { $tail }% mais baixos e os { $tail }% mais altos (linhas tracejadas: z₁ de { $lo1 } a { $hi1 }, z₂ de { $lo2 } a { $hi2 }) e depois acrescentou { $margin }% desse intervalo de cada lado. Esse retângulo forma os limites do mapa: z₁ de { $min1 } a { $max1 }, z₂ de { $min2 } a { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = Grade: o retângulo dividido em células
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = O retângulo é dividido em uma grade (meshgrid) de { $w } × { $h } células, { $cells } pontos no total, um no centro de cada célula. Aqui aparecem { $side } × { $side } blocos dela. Cada célula vai receber uma imagem decodificada e uma cor.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = Decodificar: cada célula vira uma imagem
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = O decodificador transforma o centro de uma célula em uma imagem de 28 × 28. Pressione “Reproduzir”: a varredura decodifica o centro de um bloco após o outro, ao vivo, com o decodificador desta página, e coloca a imagem sobre o seu bloco. O programa de treinamento fez o mesmo para todas as { $cells } células.
lesson-play = Reproduzir
lesson-pause = Pausar
lesson-forward = Uma célula para frente
lesson-backward = Uma célula para trás
lesson-speed = Velocidade
lesson-speed-slow = Lenta
lesson-speed-normal = Normal
lesson-speed-fast = Rápida
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $n } de { $count } células
lesson-tile =
    .aria-label = A imagem decodificada da célula em que a varredura está

## Step 5: classify and colour

lesson-classify-title = Classificar e colorir
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = Um classificador separado olha cada imagem decodificada e diz que classe vê. A célula recebe a cor dessa classe, mais clara onde o classificador tem menos certeza. Bloco a bloco, o mapa de classes vai se formando. Aqui o centro de cada bloco é classificado ao vivo; o programa de treinamento classificou todas as { $cells } células.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = O mapa salvo também diz { $class } nesta célula.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = O mapa salvo diz { $class } nesta célula: quase um empate.
lesson-classify-done = Pronto: este é o mapa de classes que você explora.
lesson-bars =
    .aria-label = As probabilidades do classificador para a célula em que a varredura está

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = Etapa { $n } de { $count }: { $title }.
lesson-say-sweep-empty = A varredura ainda não começou.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = Célula { $n } de { $count } decodificada em { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = Célula { $n } de { $count } decodificada em { $z }: { $class }, confiança de { $percent }%.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = A lição não conseguiu carregar { $url }: { $why }
# Variables: $url, $why
lesson-dims-missing = Não foi possível carregar o estudo sobre o tamanho do espaço latente ({ $url }: { $why }). Ele foi feito só com os dígitos MNIST: escolha os dígitos MNIST para ver esta pergunta.
lesson-timed-out = nada chegou em { $seconds } s
# Variables: $detail
lesson-error-internal = Erro interno na lição: { $detail }
# Variables: $detail
lesson-error-render = Não foi possível desenhar a lição: { $detail }
# Variables: $detail
lesson-error-mount = Não foi possível iniciar a lição: { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = Seu palpite
lesson-q-image =
    .aria-label = A imagem de teste separada de que trata a pergunta
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = Seu palpite: { $choice }. { $said }
lesson-design-plain = Autoencoder simples
lesson-design-vae = VAE (β = 1)
lesson-design-beta4 = β-VAE (β = 4)

lesson-dims-title = Quantos números bastam para manter a imagem?
lesson-dims-text = Todo modelo aqui espreme uma imagem em um código. Com só dois números, dá para desenhar o código como um ponto num mapa, mas quanto da imagem sobrevive? O estudo treinou o mesmo VAE com códigos de tamanhos diferentes.
lesson-dims-ask = Primeiro, dê um palpite: a partir de quantos números as reconstruções parecem certas para você?
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } números
lesson-dims-figure = Fileira de cima: imagens de teste separadas. Abaixo: as reconstruções delas pelos modelos com cada vez mais números no código (uma fileira por modelo, na ordem das linhas abaixo).
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } números: reconstrução { $nats } nats/imagem, MSE { $mse } por pixel
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = Com { $small } números, a reconstrução custa { $small_nats } nats/imagem no conjunto de teste; com { $large } números, { $large_nats }: dois números guardam a classe, mais números guardam os detalhes.

lesson-sparse-title = Quão esparso fica um espaço latente sem limites?
lesson-sparse-text = Um autoencoder simples pode pôr seus códigos em qualquer lugar do plano. Num VAE, o termo KL puxa cada código para uma distribuição normal padrão em torno da origem.
lesson-sparse-ask = Primeiro, dê um palpite: em qual design os códigos de teste deixam vazia uma parte maior do seu retângulo?
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = Os códigos de teste (pontos escuros) de cada design sobre o seu próprio mapa de classes (à esquerda: autoencoder simples; à direita: VAE); esmaecidas: as células de uma grade de { $bins } × { $bins } sem nenhum código; circulada: uma célula vazia do mapa do autoencoder simples e, à direita, o que o decodificador dele desenha ali.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }: códigos de teste em { $share }% das células
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = Os códigos de teste do autoencoder simples ocupam { $plain }% das células; os do VAE, { $vae }%. Numa lacuna do mapa do autoencoder simples, em { $z }, o decodificador dele ainda desenha alguma coisa, mas nenhuma imagem de teste caiu ali.

lesson-similar-title = O termo KL aproxima imagens parecidas?
lesson-similar-text = Imagens parecidas deveriam receber códigos próximos. Pegue uma imagem de teste separada e veja os 10 códigos de teste mais próximos dela em três designs: quantos mostram a mesma classe?
# Variables: $label (the image's class)
lesson-similar-ask = Primeiro, dê um palpite: em qual design os vizinhos mais próximos desta imagem (classe { $label }) são mais vezes da mesma classe?
lesson-similar-figure = As 10 imagens de teste mais próximas em cada design (fileiras: autoencoder simples, VAE, β-VAE); com moldura vermelha: outra classe.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }: { $same } de { $k } da mesma classe; em todos os códigos de teste, { $agreement }%
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = Em todos os códigos de teste, o design “{ $model }” é o que mantém mais vizinhos na mesma classe: { $agreement }% dos 10 mais próximos de cada código.

lesson-epochs-title = Quantas épocas até o espaço ficar coerente?
lesson-epochs-text = Durante o treinamento, o mapa do VAE foi salvo em várias épocas. Com que rapidez imagens parecidas se juntam?
# Variables: $within (percentage points)
lesson-epochs-ask = Primeiro, dê um palpite: a partir de qual época a concordância 10-NN fica a no máximo { $within ->
    [one] { $within } ponto
   *[other] { $within } pontos
} do seu valor final?
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = época { $n }
lesson-epochs-figure = A acurácia do mapa (azul) e a concordância 10-NN (preto) do VAE em cada época salva; a linha vermelha marca a resposta.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = época { $n }: acurácia do mapa { $accuracy }%, concordância 10-NN { $knn }%, perda de teste { $loss } nats/imagem
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = A partir da época { $epoch }, a concordância 10-NN ({ $knn }%) fica a no máximo { $within ->
    [one] { $within } ponto
   *[other] { $within } pontos
} do seu valor na época { $last_epoch } ({ $last }%): a maior parte da estrutura se forma nas primeiras épocas.

# Variables: $design (a design the step needs)
lesson-no-design = Este conjunto de dados não tem um modelo “{ $design }” para comparar.
lesson-epochs-open = Ver o mapa na época { $epoch } na evolução do treinamento
