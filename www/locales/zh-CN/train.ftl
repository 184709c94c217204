# The "Train it yourself" view, in Simplified Chinese (zh-CN / 简体中文).
# Checked: against glossary.md in this folder (terms used consistently with page.ftl) and by
# back-translation of a sample into English by a language model (see glossary.md); not yet
# reviewed by a native-speaking teacher.
# Style: plain 你, Chinese full-width punctuation in sentences, ASCII parentheses and commas inside
# math (z = (…, …)), a space between Chinese and Latin letters or numbers; percent written "25%".
# No plural forms (CLDR: other only), so every sentence is written once without a selector.
# Uncertain: train-map-by-label, train-design-plain, train-plot-canvas, train-replay-valuetext, train-replay-note-live
#
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
    在这个浏览器标签页中训练一个二维自编码器（在一个 Web Worker 工作线程中运行，使用与已发布模型相同的 Rust 模型和损失代码）。每隔约 { 0.7 } 秒，{ 1000 } 张留出的测试图像的编码 μ 会重新绘制一次，损失曲线也随之延伸；把指针指向散点图，即可用当前的权重解码。
train-outro =
    “下载模型包”会保存一个普通的视图文件：解码器（f16）、一张 128 × 128 的类别图和元数据（设计、β、随机种子、步数、测试损失）。它的类别图按离每个格子最近的 10 个编码后测试图像的标签着色（不运行分类器）。

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = 训练设置
train-dataset-label = 数据集
train-dataset-mnist = MNIST 手写数字（{ 10000 } 张训练图像）
train-dataset-fashion = Fashion-MNIST（{ 4500 } 张训练图像）
train-design-label = 设计
train-design-vae = VAE
train-design-plain = 普通
train-design-bounded = 有界（tanh）
train-beta-label = β（VAE）
train-lr-label = 学习率
train-batch-label = 批量大小
train-seed-label = 随机种子

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = 训练
train-pause = 暂停
train-step = 单步
train-reset = 重置
train-map = 类别图
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = 依据
train-map-by-nearest = 最近的 10 个测试编码的标签（128 × 128，快）
train-map-by-classifier = 数据集的分类器（64 × 64，需要几秒）
train-download = 下载模型包

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = 选择设置，然后按“训练”。
# While the worker starts and downloads the dataset.
train-status-loading = 正在启动工作线程并下载训练数据…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] 训练中
        [paused] 已暂停
       *[stopped] 已停止
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
        [running] 训练中
        [paused] 已暂停
       *[stopped] 已停止
    }：{ $steps } 步，在 { $images } 张图像上训练了 { $epochs } 轮；测试损失 { $test } 奈特/图像{ $has_train ->
        [yes] ，训练损失 { $train } 奈特/图像
       *[no] {""}
    }{ $has_speed ->
        [yes] ，每秒 { $speed } 张图像
       *[no] {""}
    }{ $has_data ->
        [yes] （已下载训练数据 { $data }）
       *[no] {""}
    }。
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
train-status-limit = 训练将在第 { $until } 步停止（地址中的 { $key }）。
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = 本页地址让训练在第 { $until } 步停止（{ $key }）：再按“训练”也不会继续；要继续训练，请从地址中删除它。
# Two sentences of one line (the report, then the address's limit), in reading order.
# Chinese sentences end with “。” and need no space between them.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first }{ $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = 训练已重置。
train-say-loading = 正在启动训练工作线程并下载数据。
train-say-running = 正在训练。
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused = 已在 { $steps } 步后暂停；测试损失为每张图像 { $test } 奈特。

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } 超出了 0 到 100 的范围：训练使用 β = { $beta }。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = “{ $typed }” 不是一个数：训练使用 β = { $beta }。
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = 学习率 { $lr } 偏大：损失可能会发散（已发布的模型用的是 { 0.001 }）。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = 已忽略学习率“{ $typed }”：它必须是大于 0 且小于 1 的数；训练使用 { $lr }。
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside = { $typed } 张图像的批量超出了 1 到 { 1024 } 的范围：训练使用 { $batch }。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = 已忽略批量大小“{ $typed }”：应为 1 到 { 1024 } 之间的整数（图像张数）；训练使用 { $batch }。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = 已忽略随机种子“{ $typed }”：应为不小于 0 的整数；训练使用随机种子 { $seed }。
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = 无法绘制类别图：{ $detail }。模型仍然保留：可以继续训练，或者重试。
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = 无法写出模型包：{ $detail }。模型仍然保留：可以继续训练，或者重试。
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded = 已下载 { $name }（{ $bytes } 字节）：可以在这里打开它（“打开一个模型包文件”），或者保存起来。

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = 类别图：正在向工作线程请求类别图…
# While the worker paints it.
train-map-downloading-classifier = 类别图：正在下载分类器…
train-map-painting = 类别图：正在绘制 { $cells } × { $cells } 的类别图…
train-map-classifying = 类别图：正在对图的单元格分类…
train-map-classified = 类别图：已分类 { $done } / { $rows } 行…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = 回放快照时不显示类别图（它是第 { $step } 步的）。
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = 背景：第 { $step } 步的类别图（{ $width } × { $height } 个格子，{ $ms } ms），每个格子按离它最近的 10 个编码后测试图像的多数标签着色（不运行分类器；颜色越浅 = 票数越少）。
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = 背景：第 { $step } 步的类别图（{ $width } × { $height } 个格子，{ $ms } ms），每个格子按数据集的分类器在格子中心解码出的图像中看到的类别着色（颜色越浅 = 越不确定）。

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = 回放训练过程
# The same button while the replay plays.
train-replay-stop = 停止
train-replay-label = 快照
train-replay-live = 实时
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = 第 { $step } 步（最新为第 { $last } 步）
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note = 回放：第 { $step } 步（{ $epochs } 轮，测试损失 { $test } 奈特/图像），共保留了 { $kept } 个快照。
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live = 实时。到目前为止的训练：保留了 { $kept } 个快照（每次报告一个，约每 { 0.7 } 秒一次；在整个训练过程中均匀抽稀，最多保留 { $max } 个）。

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = 训练散点图
    .aria-label = { 1000 } 张留出的测试图像的编码，按标签着色；方向键移动解码光标（Shift：步长更大）
train-legend =
    .aria-label = 散点图中测试图像的类别
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ 从 { $x0 } 到 { $x1 }，z₂ 从 { $y0 } 到 { $y1 }（编码的 { 0.1 }%–{ 99.9 }% 范围，再向外扩展 5%）

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = 损失曲线
train-loss-caption =
    损失（奈特/图像）随轮数的变化：<span class="train-key-test">测试（实线）</span>，<span class="train-key-train">训练（虚线）</span>。对于 VAE，损失是重构 + β · KL（β = 1 时即负 ELBO）。
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs = { $epochs } 轮

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = 指针下的解码结果
train-z-none = 把指针指向散点图，用当前的权重解码。
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = 把指针指向散点图，用第 { $step } 步的权重解码。
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }, { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }, { $z2 })，用第 { $step } 步的权重解码
train-origin-canvas =
    .aria-label = z = (0, 0) 处的解码结果
train-origin-caption = z = (0, 0) 处的解码结果。
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = 用第 { $step } 步的权重在 z = (0, 0) 处解码的结果。

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = 训练工作线程已停止：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = 工作线程发来的类别图已损坏：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = 无法读取工作线程发来的解码器快照：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = 无法读取训练工作线程发来的消息：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = 无法启动训练工作线程：{ $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = 无法加载训练工作线程的文件（{ $url } 及其 WebAssembly）；请检查网络连接，然后再按一次“训练”
# Variables:
#   $detail (string): the browser's message
train-error-post = 无法与训练工作线程通信：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = 无法保存模型包：{ $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = 训练视图内部错误：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = 无法绘制训练视图：{ $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = 页面中没有用来绘制训练视图的 #{ $id }
# Variables:
#   $detail (string): the browser's message
train-error-mount = 无法设置训练视图：{ $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = T恤/上衣
train-class-fashion-1 = 裤子
train-class-fashion-2 = 套头衫
train-class-fashion-3 = 连衣裙
train-class-fashion-4 = 外套
train-class-fashion-5 = 凉鞋
train-class-fashion-6 = 衬衫
train-class-fashion-7 = 运动鞋
train-class-fashion-8 = 包
train-class-fashion-9 = 短靴
