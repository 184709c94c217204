# The latent space explorer's page, in Simplified Chinese (zh-CN / 简体中文).
# Checked: against glossary.md in this folder (terms used consistently) and by back-translation of a
# sample into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Style: plain 你, Chinese full-width punctuation in sentences, ASCII parentheses and commas inside
# math (z = (…, …)), a space between Chinese and Latin letters or numbers; percent written "25%".
# Uncertain: legend-of-map, legend-share-title, tool-tiles, metric-test_knn10_agreement, metric-test_occupied_share_32, metric-test_range_1_99_z1, metric-test_range_1_99_z2
# Each message is one sentence or label; variables are named in a "Variables:" comment.
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } kB
# Variables: $mb (one decimal)
size-mb = { $mb } MB
# A confidence, e.g. "97 %". Variables: $pct (a whole number)
percent = { $pct }%
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Where the locale writes a decimal comma, separate the two numbers with a semicolon.
z-readout = z = ({ $z1 }, { $z2 })
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = 测试 { $loss } { $nats } 奈特/图像

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = { $seconds } 秒内没有收到任何完整的数据；请检查网络连接后重试
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = 无法加载 { $url }：{ $why }。
# Variables: $url, $seconds
load-stalled = 加载 { $url } 时停滞：{ $seconds } 秒内没有收到任何完整的数据。请检查网络连接后重试。

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = T恤/上衣
class-fashion-1 = 裤子
class-fashion-2 = 套头衫
class-fashion-3 = 连衣裙
class-fashion-4 = 外套
class-fashion-5 = 凉鞋
class-fashion-6 = 衬衫
class-fashion-7 = 运动鞋
class-fashion-8 = 包
class-fashion-9 = 短靴

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = 类别 { $class }，置信度 { $confidence }，位于 { $z }
say-off-map = 在图外
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = 已放大到 { $zoom }×：z₁ 从 { $z1min } 到 { $z1max }，z₂ 从 { $z2min } 到 { $z2max }。
say-whole-map = 正在显示整张图。
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } 在缩放 { $zoom } 下显示的窗口会超出这张图；改为显示图内最近的窗口 { $shown }。

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = 第 { $epoch } 轮（共 { $last } 轮）：{ $loss }
# Under the decoded image: which decoder drew it.
decoder-final = 解码器：最终模型。
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = 解码器：最终模型（训练了 { $epochs } 轮）。
# Variables: $epoch
decoder-epoch = 解码器：第 { $epoch } 轮。
# Variables: $epoch
decoder-playing = 正在播放：图是第 { $epoch } 轮的；暂停后才会用该轮的解码器解码。
# Variables: $epoch
decoder-loading = 正在加载第 { $epoch } 轮的解码器…
say-evo-closed = 已关闭训练演变：重新显示最终模型。
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = 训练演变：{ $snapshots } 个快照，第 { $first } 轮到第 { $last } 轮。{ $epoch }
say-evo-playing = 正在播放训练演变。
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = 已暂停。{ $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = 无法加载训练演变 { $url }：{ $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = 训练演变列出了 { $evo } 个类别，而模型有 { $model } 个；因此不显示。
# Variables: $why (why the file could not be loaded)
decoder-missing = 这一轮没有解码器：{ $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = 第 { $asked } 轮没有快照；改为显示第 { $shown } 轮（有快照的轮次：{ $epochs }）。
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = { $asked } 位于第 { $epoch } 轮的图之外；已显示在图上最近的点 { $shown }。
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = 无法加载 { $url }：{ $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = 无法加载 { $why }。
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }，{ $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } 仍在显示 { $model }。
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = 正在显示 { $model }。

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = 没有模型“{ $asked }”；改为显示 { $shown }。可用的模型：{ $models }。
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = 没有数据集“{ $asked }”；改为显示 { $shown }。可用的数据集：{ $datasets }。
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked } 位于这张图之外；已移到图上最近的点 { $shown }。
# Variables: $epoch
notice-no-evolution = 已忽略 epoch={ $epoch }：这个模型没有训练演变。
# Variables: $value (as typed)
notice-bad-epoch = 已忽略 epoch=“{ $value }”：轮次是一个整数，例如 epoch=4。
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = 已忽略 { $key }=“{ $value }”：应为两个有限的数，例如 { $key }=1.5,-0.25。
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=“{ $value }” 超出了 1 到 { $max } 的范围：显示 zoom={ $shown }。
# Variables: $value, $max
notice-bad-zoom = 已忽略 zoom=“{ $value }”：缩放倍数是 1 到 { $max } 之间的数，例如 zoom=4。
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = 已忽略 { $key }=“{ $value }”：应为不小于 1 的整数。
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = 已忽略 { $key }=“{ $value }”：请使用 { $key }=1 或 { $key }=0。
# Variables: $value
notice-bad-bundle = 已忽略 bundle=“{ $value }”：只能加载本站的文件（路径形如 weights/mnist/vae.safetensors）。
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = 已忽略 lang=“{ $value }”：可用的语言有 { $langs }。
# Variables: $value, $views (the list of view names)
notice-bad-view = 已忽略 view=“{ $value }”：可用的视图有 { $views }。
# Variables: $value
notice-bad-img = 已忽略 img=“{ $value }”：测试图像用编号表示，例如 img=12。

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = 语言：{ $lang }。
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = 无法加载 { $lang } 界面文本（{ $url }）：{ $why } 页面保持当前语言。

## The embed dialog, files from disk, the training panel

say-embed-copied = 嵌入代码已复制到剪贴板。
say-embed-not-copied = 浏览器不允许复制：请选中代码后手动复制。
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = 正在上方的图中显示 { $file }（{ $design }，随机种子 { $seed }）。
# Variables: $file, $seed
file-showing-no-design = 正在上方的图中显示 { $file }（未注明设计，随机种子 { $seed }）。
# Variables: $file, $why (the loader's reason)
file-open-failed = 无法打开 { $file }：{ $why }
# Variables: $why (the browser's reason)
train-module-failed = 无法加载训练视图：{ $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = 编码一张图像
tool-interp = 插值
tool-classify = 分类器看到了什么
tool-tiles = 用解码图像铺满
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = 已打开“{ $tool }”。
say-tool-closed = 已关闭“{ $tool }”。
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] 正在加载编码器…
    [classifier] 正在加载分类器…
    [tests] 正在加载测试图像…
    [encoder-classifier] 正在加载编码器和分类器…
    [encoder-tests] 正在加载编码器和测试图像…
    [classifier-tests] 正在加载分类器和测试图像…
   *[encoder-classifier-tests] 正在加载编码器、分类器和测试图像…
}
tool-no-encoder = 编码需要编码器，而视图文件中不包含编码器：图上的模型是从文件打开的，页面无法获取它的编码器。请从列表中选择一个模型，或者通过本站的地址（?bundle=…）打开它的视图文件，这样才能找到与它放在一起的文件。
tool-no-classifier = 这个视图需要该模型所用数据集的分类器，而本站没有这个分类器：图上的模型是从文件打开的，页面无法获取其数据集的分类器。请从列表中选择一个模型，或者通过本站的地址（?bundle=…）打开它的视图文件，这样才能找到与它放在一起的文件。

## Share: the link and the picture

share-drawing-not-in-link = 手绘图不会包含在链接中：打开链接时画板是空的。
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · 第 { $epoch } 轮（共 { $last } 轮）· { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ 从 { $z1min } 到 { $z1max }，z₂ 从 { $z2min } 到 { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range }（缩放 { $zoom }×）
# Variables: $link (the address)
share-link-copied = 链接已复制：{ $link }
share-link-not-copied = 无法使用剪贴板；链接是：{ $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text }（{ $note }）
# Variables: $file (the PNG's name)
share-png-saved = 已保存 { $file }。
share-png-asked = 已请求浏览器保存 { $file }。如果没有收到文件，说明这个嵌入页面阻止了下载：请在单独的标签页中打开探索器再保存。
# Variables: $why (the browser's reason)
share-png-failed = 无法保存 PNG：{ $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = 起点已设为 { $z }。
say-interp-end-set = 终点已设为 { $z }。
say-interp-encode-first = 请先编码一张图像（“编码一张图像”）。
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] 已从 { $a } 插值到 { $b }：{ $classes }；类别没有变化。
   *[other] 已从 { $a } 插值到 { $b }：{ $classes }；类别在这些相邻步之间变化：{ $steps }。
}

## Encode an image

say-pad-empty = 画板是空的。
say-pad-cleared = 已清空画板。
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = 你的手绘图被编码到 { $z }，图上类别为 { $class }。
say-encoded-drawing-off = 你的手绘图被编码到 { $z }，在图外。
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = 测试图像 { $index }（标签 { $label }）被编码到 { $z }，图上类别为 { $class }。
say-encoded-test-off = 测试图像 { $index }（标签 { $label }）被编码到 { $z }，在图外。
say-neighbours = 它最近的 { $k } 个测试编码中有 { $same } 个是 { $class }。
say-neighbours-both = { $first }：它最近的 { $k } 个测试编码中有 { $same1 } 个是 { $class }。{ $second }：{ $k } 个中有 { $same2 } 个。
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } 超出了最后一张测试图像：这个文件共有 { $count } 张（img=0 到 img={ $last }）；改为显示 img={ $last }。

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct }%
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = 在这个精确位置，分类器看到的是 { $class }（{ $confidence }），但图上这个格子显示的是 { $cell }：这张图是对平面的 { $width } × { $height } 采样，在各格子中心解码。（每次解码 + 分类耗时 { $ms } ms）
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = 分类器在 { $z } 处看到的是 { $class }（{ $confidence }），与图上这个格子一致。（每次解码 + 分类耗时 { $ms } ms）
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }, { $s2 })
enc-sigma-none = –（不是 VAE：只有一个点，没有分布范围）
enc-off-map = 在图外
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class }（{ $confidence }）
enc-encoding = 正在编码…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label }（测试图像 { $index }）
enc-truth-drawing = –（你的手绘图）
enc-neighbours = { $k } 个中有 { $same } 个是 { $class }
enc-neighbours-wait = 正在编码测试图像… { $done } / { $count }
enc-neighbours-none = –（选择一张测试图像，或与第二个模型对比）
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = 从 A { $a } 到 B { $b }。
interp-end-a = A { $a }。点击图（或按“终点设为光标处”）来设定 B。
interp-ends-none = 在图上点击两次（先起点，后终点），或者移动光标后按下按钮。
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = 第 { $step } 步：{ $class }，{ $confidence }
# Read by screen readers after a step's class
interp-class-changes = （类别在此处变化）

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = { $n } × { $n } 张图像铺满放大后的窗口（z₁ 从 { $z1min } 到 { $z1max }，z₂ 从 { $z2min } 到 { $z2max }），每张都在其图块的中心解码，由解码器一次批量调用完成（{ $ms } ms）；缩放或平移后会重新解码。它们下面是 { $width }×{ $height } 的类别图。
# Variables: $n, $ms, $width, $height
tiles-note-whole = { $n } × { $n } 张图像铺满整张图，每张都在其图块的中心解码，由解码器一次批量调用完成（{ $ms } ms）；缩放或平移后会重新解码。它们下面是 { $width }×{ $height } 的类别图。

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = 测试 −ELBO
metric-test_reconstruction_nats = 测试重构损失
metric-test_kl_nats = 测试 KL
metric-test_mse_per_pixel = 测试 MSE
metric-classifier_test_accuracy = 分类器测试准确率
metric-test_map_accuracy = 落在本类别区域内的测试图像
metric-map_test_accuracy = 落在本类别区域内的测试图像
metric-test_share_inside_bounds = 位于图内的测试图像
metric-train_share_inside_bounds = 位于边界内的训练图像比例
metric-test_knn10_agreement = 测试编码的 10 个最近邻中同类所占比例
metric-test_occupied_share_32 = 有测试编码落入的图面积（32 × 32 格）
metric-train_images = 训练图像数
metric-epochs = 训练轮数
metric-train_seconds = 训练时间
metric-map_seconds = 类别图计算时间
metric-snapshot_seconds = 快照计算时间
metric-final_train_loss_nats = 最终训练损失
metric-test_range_z1 = 测试范围 z1
metric-test_range_z2 = 测试范围 z2
metric-test_range_1_99_z1 = 测试范围 1 99 z1
metric-test_range_1_99_z2 = 测试范围 1 99 z2
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = 测试编码的分布范围，z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b }（1%–99%：{ $c } × { $d }）
# Values with their units. Variables: $v
unit-nats = { $v } 奈特/图像
unit-per-pixel = 每像素 { $v }
unit-min = { $v } 分钟
unit-s = { $v } 秒
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = 在 { $dataset } 上训练的 { $model }
metrics-title-epochs = 在 { $dataset } 上训练了 { $epochs } 轮的 { $model }
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = 训练：{ $figures }。
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = 正在加载 { $what }…
status-loading-list = 正在加载模型列表…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } 无法切换模型。
embed-copied = 已复制。
embed-not-copied = 不允许复制：请选中代码后复制。
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model }（已打开，不在此列表中）
train-module-loading = 正在加载训练视图…
# Variables: $why (the browser's reason)
train-module-failed-retry = 无法加载训练视图：{ $why }。请关闭面板再重新打开，以便重试。

## The training evolution's controls

evo-open = 训练演变
evo-back = 返回最终模型
# Variables: $size (e.g. "120 kB")
evo-loading = 正在加载训练演变（{ $size }）…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = 看看这个潜在空间是如何形成的：{ $snapshots } 个快照，从第 { $first } 轮到第 { $last } 轮。
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = 第 { $snapshot } 个快照（共 { $snapshots } 个），第 { $epoch } 轮（共 { $last } 轮）。
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = 第 { $epoch } 轮（共 { $last } 轮）
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } / { $last }
evo-play = 播放
evo-pause = 暂停
# How many test codes the points show. Variables: $count
evo-points-count = （{ $count }）
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = 在图外

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = 潜在空间图，{ $width } × { $height } 个格子，按分类器在每个解码点中看到的类别着色（{ $classes }）。用方向键移动光标。
map-label-epoch = 第 { $epoch } 轮训练时的潜在空间图，{ $width } × { $height } 个格子，按分类器在每个解码点中看到的类别着色（{ $classes }）。用方向键移动光标。
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = 在图上用滚轮、双指捏合、按钮或 + 和 − 键缩放。
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = 已放大 { $zoom }×：颜色仍是分类器答案的同一个 { $width } × { $height } 采样，只是被放大了（每个方块是一个网格单元；窗口横向有 { $cells } 个）。解码图像和图块使用的是精确的 z。
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = 的图面积
# Variables: $pct (one decimal)
legend-share-title = 占图面积的 { $pct }%

## The page's markup (www/index.html): each element with data-l10n-id
page-title = 潜在空间探索器
page-description =
    .content = 探索在 MNIST 手写数字和 Fashion-MNIST 服饰图像上训练的自编码器的二维潜在空间：在图上移动，指针下的图像会在你的浏览器中实时解码；还可以看到潜在空间在训练过程中是如何形成的。
page-heading = 潜在空间探索器
page-lede = 自编码器把数据集中的每张图像都压缩成了仅仅两个数：<var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>)。在图上移动：该点的图像会在你的浏览器中实时解码。
retry = 重试
status-loading-page = 正在加载…
page-noscript = 本页面需要 JavaScript 和 WebAssembly，才能在你的浏览器中运行解码器。
dataset-label = 数据集
model-label = 模型
embed-open = 嵌入…
embed-title = 嵌入此视图
embed-help = 把这段代码粘贴到幻灯片或网页中：它会完全显示你现在看到的内容（模型、轮次、光标）。reveal.js、Quarto、Marp 和 Jupyter 的用法见<a href="docs/embedding.html">嵌入探索器</a>。
embed-code-label = 此视图的 iframe 代码
embed-copy = 复制
map-canvas =
    .aria-roledescription = 潜在空间图
    .aria-label = 潜在空间图
map-picture =
    .alt = 默认模型的潜在空间图：探索器加载期间显示的图片
zoom-out =
    .aria-label = 缩小
    .title = 缩小（− 键）
zoom-level-label =
    .aria-label = 缩放倍数
zoom-in =
    .aria-label = 放大
    .title = 放大（+ 键）
zoom-reset = 整张图
    .title = 显示整张图（0 键）
map-help = 潜在平面，按分类器在每个点解码出的图像中识别出的类别着色（颜色越浅 = 越不确定）。在图上指向、触摸或拖动；或者让图获得焦点后使用方向键（Shift：一次 10 步，Home：回到原点，+ 和 −：缩放，0：显示整张图）。
legend-label =
    .aria-label = 类别及其颜色
evo-back-button =
    .aria-label = 上一轮
    .title = 上一轮
evo-fwd-button =
    .aria-label = 下一轮
    .title = 下一轮
evo-epoch-label = 轮次
evo-points-label = 显示编码后的测试图像
evo-note = 每一轮的坐标轴都会重新缩放：每一帧覆盖该轮编码后的训练集。同一类别在每一帧中颜色不变。播放时只需要每一轮的图；暂停后才会用该轮的解码器解码。
decoded-title = 解码图像
decoded-canvas =
    .aria-label = 解码器为光标下的潜在点画出的 28 × 28 图像
readout-latent-point = 潜在点
readout-map-class = 图上类别
readout-confidence = 置信度
readout-decode-time = 解码时间
hands-on-title = 动手试试
hands-on-group =
    .aria-label = 动手试试的视图
encode-help = 用鼠标、手指或触控笔画图，或者选一张留出的测试图像：模型的编码器（首次使用时下载）会把它放到图上。笔画会按照 MNIST 数字的处理方式变成 28 × 28 的输入：把画缩放到 20 × 20 的框内，并按质心居中。
draw-pad =
    .aria-label = 画板：用指针画一个数字或一件服饰
pad-undo = 撤销
pad-clear = 清除
pick-test = 选择测试图像
enc-input-canvas =
    .aria-label = 输入编码器的 28 × 28 图像
enc-input-caption = 输入（28 × 28）
enc-recon-canvas =
    .aria-label = 重构：在 μ 处的解码结果
enc-recon-caption = μ 处的重构
enc-readout-mu = 编码到 μ
enc-readout-sigma = σ（VAE 的分布范围）
enc-readout-label = 真实标签
enc-readout-map-class = μ 处的图上类别
enc-readout-neighbours = 最近的测试编码（圈出）
encode-map-help = 图上：菱形是 μ；对于 VAE，实线和虚线椭圆分别是 q(z|x) 的 1σ 和 2σ 范围，也就是编码器认为编码可能所在的区域。
interp-set-a = 起点设为光标处
interp-set-b = 终点设为光标处
interp-enc-a = 起点设为编码图像
interp-enc-b = 终点设为编码图像
interp-strip =
    .aria-label = 沿 A 到 B 的线段解码出的十张图像
interp-classes =
    .aria-label = 分类器给每一步判定的类别
interp-strip-caption = 潜在插值：在从 A 到 B 等间距的 10 个点上解码，并标出分类器在每张图中看到的类别；带框的类别表示类别在这里发生变化。
interp-blend =
    .aria-label = 两端图像逐像素混合的结果
interp-blend-caption = 两端图像在像素空间中的混合，供对比：这只是淡入淡出，而不是变形。
classify-help = 分类器（首次使用时下载）作用于光标下精确位置解码出的图像，随你的移动实时更新。
class-bars =
    .aria-label = 光标处各类别的概率
copy-link = 复制链接
save-png = 保存 PNG
metrics-heading = 模型
metrics-test-heading = 测试集指标 <span class="metrics-sub-note">（留出的测试图像，训练中从未见过）</span>
train-title = 自己动手训练
train-open = 自己动手训练
train-drop-label = 打开一个模型包文件（视图文件，<code>.safetensors</code>），在上方的图中探索它：
train-drop-or = 或者把它拖放到这里。
explain-title = 我看到的是什么？
explain-1 = <strong>自编码器</strong>是一起训练的两个神经网络。<strong>编码器</strong>读取一张 28 × 28 的图像（784 个数），把它压缩成一个简短的编码；<strong>解码器</strong>必须仅凭这个编码重新画出这张图像。这里的编码只有两个数，即<strong>潜在点</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>)，因此每张图像都成为平面上的一个点，而平面上的每个点也都能变回一张图像。
explain-2 = 第一个模型是<strong>变分</strong>自编码器（VAE，Kingma &amp; Welling 2014）：训练时，编码器对每张图像给出的不是一个点，而是一小团可能的点；一个惩罚项（KL 项）让所有这些点团都靠近以原点为中心的标准正态分布。正因如此，相似的数字会落在彼此附近，而它们之间的空间能解码出合理的中间形状。模型菜单中的其他设计恰恰在这一点上有所不同：图下方的说明告诉你所选设计对潜在空间做了什么，它的测试指标则显示出付出的代价。
explain-lesson = 类别图是如何一步步在这个模型上生成的：在图旁边开始课程。
explain-docs = 多少个维度就能保留信息，无界的潜在空间会变得多稀疏，KL 项起什么作用，要训练多少轮空间才会变得连贯：<a href="docs/latent-space.html">这些最初的问题，用测量结果来回答</a>。
page-footer = MNIST 由 Yann LeCun、Corinna Cortes 和 Christopher J.C. Burges 提供，CC BY-SA 3.0。Fashion-MNIST 由 Han Xiao、Kashif Rasul 和 Roland Vollgraf（Zalando Research）提供，MIT。色盲友好配色由 Paul Tol 设计。解码在本地的 WebAssembly 中运行（Rust；模型用 <a href="https://github.com/huggingface/candle">candle</a> 训练）；不会向任何地方发送数据。
# The language menu's label
lang-label = 语言

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = 潜在空间探索器：{ $dataset } · { $model }
embed-iframe-title = 潜在空间探索器
why-not-offline = 此离线文件中不包含它（请连同该模型一起导出）
why-not-offline-lang = 此离线文件中不包含它（请在导出时加上 --lang { $code }）
why-not-text = 该文件不是文本（UTF-8）
file-read-failed = 浏览器无法读取该文件（{ $why }）
train-no-loader = 此页面没有它的加载器（请打开探索器的 index.html）
internal-error = 内部错误：{ $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = 此视图的二维码：扫描即可在手机上打开同一视图
qr-caption = 扫码打开此视图
qr-hide =
    .aria-label = 隐藏二维码
    .title = 隐藏二维码
say-qr-hidden = 二维码已隐藏。
qr-load-failed = 无法加载二维码：{ $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = MNIST 手写数字
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE（β = 1）
design-label-plain = 普通自编码器
design-label-beta4 = β-VAE（β = 4）
design-label-bounded = 有界（tanh）自编码器
design-summary-vae = KL 项把每个后验 q(z|x) 拉向标准正态先验：编码无间隙地填满原点周围的一个圆形区域，其中每个点都能解码成一张合理的图像。
design-summary-plain = z 不受任何约束：编码器可以把编码放在任何地方，因此各类别沿着从原点伸出的长臂延伸，彼此之间留有空隙，从空隙中解码出的点不像任何训练图像。
design-summary-beta4 = 权重为 β = 4 的 KL 项更强地把编码拉向先验：图更平滑、更圆，但相似的类别重叠更多，解码也更模糊。
design-summary-bounded = tanh 把 z 限制在正方形 (−1, 1)² 内，而 tanh 之前对编码施加的标准正态先验使其不会饱和：各类别从边到边铺满整个正方形，没有离群点。

## Compare (added later; checked by the same process)

compare-label = 对比
compare-none = —
compare-map =
    .aria-label = 对比模型的类别图：在此指向会移动两张图的光标
compare-decoded =
    .aria-label = 对比模型在光标处的解码
compare-readout = { $class }（{ $confidence }），位于 { $z }
compare-readout-off = 不在其图内，位于 { $z }
compare-encoded = 编码到 μ { $z }：它最近的 { $k } 个测试编码中有 { $same } 个是 { $class }。
compare-encoded-wait = 编码到 μ { $z }；正在查找它最近的测试编码…
say-class-at-compare = 类别 { $class }，置信度 { $confidence }，位于 { $z }；{ $model }：类别 { $other }，{ $other_confidence }
notice-bad-compare = 已忽略 compare=“{ $value }”：请与同一数据集的另一个模型对比：{ $models }。


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = 第一次来？一步步看看这张图是怎么生成的。
lesson-start = 开始课程
lesson-module-loading = 正在加载课程…
lesson-module-failed = 无法加载课程：{ $why }
lesson-no-loader = 此页面没有它的加载器（请打开探索器的 index.html）
tools-module-loading = 正在加载动手试试的视图…
# Variables: $why (what went wrong)
tools-module-failed = 无法加载动手试试的视图：{ $why }
say-lesson-closed = 课程已关闭。
notice-bad-lesson = 已忽略 lesson=“{ $value }”：步骤须为 { $steps } 之一；课程从第一步开始。

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = 测试编码在每个保存轮次上的类别图准确率（蓝）和 10-NN 一致率（黑）；灰线：当前显示的轮次；红线：第一个连贯的轮次。
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = 类别图准确率
evo-key-knn = 10-NN 一致率
evo-key-shown = 当前显示的轮次
evo-key-coherent = 第一个连贯的轮次
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = 第 { $epoch } 轮：类别图准确率 { $accuracy }%，10-NN 一致率 { $knn }%。
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = 从第 { $epoch } 轮（红线）起，10-NN 一致率（{ $knn }%）与第 { $last_epoch } 轮的值（{ $last }%）的差距就在 { $within } 个百分点以内：潜在空间已经连贯。
