# Português do Brasil (pt-BR): a lição “Como o mapa é feito”; informal "você", as page.ftl.
# Checked: glossary (glossary.md in this folder, terms of page.ftl) + back-translation of a sample by a language model
# (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-encode-guess, lesson-meshgrid-title, lesson-tile, lesson-bars
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
lesson-timed-out = nada chegou em { $seconds } s
# Variables: $detail
lesson-error-internal = Erro interno na lição: { $detail }
# Variables: $detail
lesson-error-render = Não foi possível desenhar a lição: { $detail }
# Variables: $detail
lesson-error-mount = Não foi possível iniciar a lição: { $detail }
