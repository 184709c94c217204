# The lesson "How the map is made" (课程“这张图是怎么生成的”), in Simplified Chinese (zh-CN / 简体中文).
# Checked: against glossary.md in this folder (terms as in page.ftl) and by back-translation of a
# sample into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Style: plain 你, full-width Chinese punctuation in sentences, ASCII inside math ((…, …), μ = …),
# a space between Chinese and Latin letters or numbers; percent written "25%"; no plural forms.
# Uncertain: lesson-encode-revealed, lesson-meshgrid-text, lesson-classify-differs, lesson-tile, lesson-bars, lesson-dims-ask, lesson-epochs-ask, lesson-epochs-figure, lesson-epochs-row
#
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = 这张图是怎么生成的
lesson-close = 关闭课程
lesson-steps =
    .aria-label = 课程的步骤
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = 第 { $n } 步，共 { $count } 步
lesson-back = 上一步
lesson-next = 下一步
lesson-more = 在文档中了解更多
lesson-loading = 正在加载课程文件…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }, { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct }%
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = T恤/上衣
lesson-class-fashion-1 = 裤子
lesson-class-fashion-2 = 套头衫
lesson-class-fashion-3 = 连衣裙
lesson-class-fashion-4 = 外套
lesson-class-fashion-5 = 凉鞋
lesson-class-fashion-6 = 衬衫
lesson-class-fashion-7 = 运动鞋
lesson-class-fashion-8 = 包
lesson-class-fashion-9 = 短靴

## Step 1: encode (predict, then reveal)

lesson-encode-title = 编码：一张图像变成两个数
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = 编码器读取这张留出的测试图像（784 个像素，模型在训练中从未见过），返回两个数：μ = (μ₁, μ₂)，也就是平面上的一个点。{ $vae ->
    [yes] VAE 还会给出 σ，表示它有多不确定：μ 周围的椭圆分别是 1σ 和 2σ 范围。
   *[no] 这种设计只给出一个点，没有分布范围。
}
# Variables: $label (the image's true class)
lesson-encode-predict = 先预测一下：这张 { $label } 的图像会落在哪里？点击图，或者把光标移到那里，再按“在光标处猜测”。
lesson-encode-guess = 在光标处猜测
lesson-encode-another = 换一张图像
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }。你的猜测 { $guess } 与它相距 { $distance }（潜在空间单位）。
lesson-encode-image =
    .aria-label = 编码器读取的留出测试图像

## Step 2: bounds

lesson-bounds-title = 边界：图从哪里开始，到哪里结束
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = 训练结束后，训练程序对全部 { $train } 张训练图像做了编码；这里画出了其中的 { $n } 张，按类别着色。在每条坐标轴上，它去掉了最低和最高的各 { $tail }%（虚线：z₁ 从 { $lo1 } 到 { $hi1 }，z₂ 从 { $lo2 } 到 { $hi2 }），再在两侧各加上这段范围的 { $margin }% 作为余量。这个矩形框就是图的边界：z₁ 从 { $min1 } 到 { $max1 }，z₂ 从 { $min2 } 到 { $max2 }。

## Step 3: meshgrid

lesson-meshgrid-title = 网格：在矩形框上铺一张网格
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = 矩形框被切成 { $w } × { $h } 个格子的网格，共 { $cells } 个点，每个格子的中心一个。这里把它画成 { $side } × { $side } 个方块。每个格子都会得到一张解码图像和一种颜色。

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = 解码：每个格子变成一张图像
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = 解码器把一个格子的中心变成一张 28 × 28 的图像。按“播放”：扫描会用本页面的解码器，实时地一个接一个解码每个方块的中心，并把图像铺在它的方块上。训练程序对全部 { $cells } 个格子做了同样的事。
lesson-play = 播放
lesson-pause = 暂停
lesson-forward = 前进一个格子
lesson-backward = 后退一个格子
lesson-speed = 速度
lesson-speed-slow = 慢
lesson-speed-normal = 正常
lesson-speed-fast = 快
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = 已扫描 { $n } / { $count } 个格子
lesson-tile =
    .aria-label = 当前扫描到的格子的解码图像

## Step 5: classify and colour

lesson-classify-title = 分类并着色
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = 一个单独的分类器查看每张解码图像，判断它看到的是哪个类别。格子就涂上这个类别的颜色，分类器越不确定，颜色越浅。一块接一块，画面就变成了类别图。这里每个方块的中心是实时分类的；训练程序对全部 { $cells } 个格子都做了分类。
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = 保存的类别图在这个格子上也是 { $class }。
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = 保存的类别图在这个格子上是 { $class }：两个类别几乎不相上下。
lesson-classify-done = 完成：这就是你正在探索的类别图。
lesson-bars =
    .aria-label = 分类器对当前扫描到的格子给出的各类别概率

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = 第 { $n } 步，共 { $count } 步：{ $title }。
lesson-say-sweep-empty = 还没有扫描任何格子。
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = 第 { $n } 个格子（共 { $count } 个）已在 { $z } 处解码。
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = 第 { $n } 个格子（共 { $count } 个）已在 { $z } 处解码：{ $class }，置信度 { $percent }%。

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = 课程无法加载 { $url }：{ $why }
# Variables: $url, $why
lesson-dims-missing = 无法加载潜在空间维度研究（{ $url }：{ $why }）。该研究只在 MNIST 手写数字上进行：请选择 MNIST 手写数字来查看这个问题。
lesson-timed-out = { $seconds } 秒内没有收到任何内容
# Variables: $detail
lesson-error-internal = 课程内部错误：{ $detail }
# Variables: $detail
lesson-error-render = 无法绘制课程：{ $detail }
# Variables: $detail
lesson-error-mount = 课程无法启动：{ $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = 你的预测
lesson-q-image =
    .aria-label = 这个问题所针对的留出测试图像
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = 你的预测：{ $choice }。{ $said }
lesson-design-plain = 普通自编码器
lesson-design-vae = VAE（β = 1）
lesson-design-beta4 = β-VAE（β = 4）

lesson-dims-title = 最少要几个数才能保留图像？
lesson-dims-text = 这里的每个模型都把一张图像压缩成一个编码。编码只有两个数时，我们可以把它画成图上的一个点，但图像还能保留下多少？这项研究用不同长度的编码训练了同样的 VAE。
lesson-dims-ask = 先预测一下：编码从几个数起，你觉得重构看起来就对了？
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } 个数
lesson-dims-figure = 第一行：留出的测试图像。下面：编码中的数越来越多的各个模型对它们的重构（每个模型一行，顺序与下面各行文字相同）。
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } 个数：重构 { $nats } 奈特/图像，每像素 MSE { $mse }
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = 用 { $small } 个数时，测试集上的重构代价是 { $small_nats } 奈特/图像，用 { $large } 个数时是 { $large_nats } 奈特/图像：两个数能保住类别，更多的数才能保住细节。

lesson-sparse-title = 无界的潜在空间有多稀疏？
lesson-sparse-text = 普通自编码器可以把编码放在平面上的任何地方。VAE 的 KL 项则把每个编码都拉向以原点为中心的标准正态分布。
lesson-sparse-ask = 先预测一下：谁的测试编码在自己的矩形框里留下的空白更多？
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = 每种设计的测试编码（深色点），各自画在它自己的类别图上（左：普通自编码器，右：VAE）；变淡的：{ $bins } × { $bins } 网格中没有任何编码的格子；圆圈：普通自编码器的图上的一个空格子，最右边是它的解码器在那里画出的图像。
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }：{ $share }% 的格子中有测试编码
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = 普通自编码器的测试编码占据了 { $plain }% 的格子，VAE 的占据了 { $vae }%。在普通自编码器的图上的一个空隙处，即 { $z }，它的解码器仍然会画出点什么，但没有任何测试图像落在那里。

lesson-similar-title = KL 项会让相似的图像聚到一起吗？
lesson-similar-text = 相似的图像应该得到相近的编码。取一张留出的测试图像，看看它在三种设计中最近的 10 个测试编码：其中有几个属于同一类别？
# Variables: $label (the image's class)
lesson-similar-ask = 先预测一下：在哪种设计中，这张 { $label } 图像的最近邻最常与它属于同一类别？
lesson-similar-figure = 每种设计中最近的 10 张测试图像（各行依次为：普通自编码器、VAE、β-VAE）；红框：另一个类别。
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }：{ $k } 个中有 { $same } 个属于同一类别；在全部测试编码上为 { $agreement }%
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = 在全部测试编码上，同类近邻保留得最多的是 { $model }：每个编码最近的 10 个编码中平均有 { $agreement }% 与它同类。

lesson-epochs-title = 要训练多少轮，空间才会变得连贯？
lesson-epochs-text = 训练期间，VAE 的图在若干轮时被保存了下来。相似的图像会多快聚到一起？
# Variables: $within (percentage points)
lesson-epochs-ask = 先预测一下：从第几轮起，10-NN 一致率与最终值的差距在 { $within } 个百分点以内？
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = 第 { $n } 轮
lesson-epochs-figure = VAE 在每个保存的轮次上的类别图准确率（蓝）和 10-NN 一致率（黑）；红线标出答案。
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = 第 { $n } 轮：类别图准确率 { $accuracy }%，10-NN 一致率 { $knn }%，测试损失 { $loss } 奈特/图像
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = 从第 { $epoch } 轮起，10-NN 一致率（{ $knn }%）与第 { $last_epoch } 轮的值（{ $last }%）的差距就在 { $within } 个百分点以内：大部分结构在最初几轮就形成了。

# Variables: $design (a design the step needs)
lesson-no-design = 这个数据集没有可供对比的 { $design }。
lesson-epochs-open = 在训练演变中查看第 { $epoch } 轮的图
