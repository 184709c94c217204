# The latent space explorer's page, in Japanese (ja / 日本語).
# Checked: against glossary.md in this folder (terms used consistently) and by back-translation of a
# sample into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Style: です/ます for sentences, noun phrases for labels; full-width punctuation (、。：（）「」) in
# sentences, ASCII inside math (z = (…, …)); no plural forms; percent written "25%"; 学習 for "training".
# Uncertain: class-fashion-3, legend-of-map, legend-share-title, tool-tiles, hands-on-title, metric-test_knn10_agreement, metric-test_occupied_share_32, metric-test_range_1_99_z1, metric-test_range_1_99_z2
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
test-loss = テスト{ $loss } { $nats } ナット/画像

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = { $seconds }秒以内に完全なデータが届きませんでした。接続を確認して、もう一度お試しください
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = { $url }を読み込めませんでした：{ $why }。
# Variables: $url, $seconds
load-stalled = { $url }の読み込みが止まりました：{ $seconds }秒以内に完全なデータが届きませんでした。接続を確認して、もう一度お試しください。

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = Tシャツ/トップス
class-fashion-1 = ズボン
class-fashion-2 = プルオーバー
class-fashion-3 = ワンピース
class-fashion-4 = コート
class-fashion-5 = サンダル
class-fashion-6 = シャツ
class-fashion-7 = スニーカー
class-fashion-8 = バッグ
class-fashion-9 = アンクルブーツ

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = クラス{ $class }、確信度{ $confidence }、位置{ $z }
say-off-map = マップの外
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = { $zoom }×に拡大：z₁は{ $z1min }から{ $z1max }まで、z₂は{ $z2min }から{ $z2max }まで。
say-whole-map = マップ全体を表示しています。
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked }ではズーム{ $zoom }でこのマップからはみ出す範囲が表示されるため、マップ内でいちばん近い範囲{ $shown }を表示しています。

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = エポック{ $epoch }/{ $last }：{ $loss }
# Under the decoded image: which decoder drew it.
decoder-final = デコーダ：最終モデル。
# Variables: $epochs (how many epochs the model trained)
decoder-final-epochs = デコーダ：最終モデル（{ $epochs }エポック学習）。
# Variables: $epoch
decoder-epoch = デコーダ：エポック{ $epoch }。
# Variables: $epoch
decoder-playing = 再生中：マップはエポック{ $epoch }のものです。一時停止すると、そのエポックのデコーダでデコードします。
# Variables: $epoch
decoder-loading = エポック{ $epoch }のデコーダを読み込んでいます…
say-evo-closed = 学習の推移を閉じました：最終モデルに戻りました。
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = 学習の推移：スナップショット{ $snapshots }個、エポック{ $first }〜{ $last }。{ $epoch }
say-evo-playing = 学習の推移を再生しています。
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = 一時停止しました。{ $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = 学習の推移{ $url }を読み込めませんでした：{ $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = 学習の推移には{ $evo }クラスありますが、モデルには{ $model }クラスあるため、表示しません。
# Variables: $why (why the file could not be loaded)
decoder-missing = このエポックのデコーダはありません：{ $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = エポック{ $asked }のスナップショットはありません。エポック{ $shown }を表示しています（スナップショットのあるエポック：{ $epochs }）。
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = { $asked }はエポック{ $epoch }のマップの外にあります。マップ上でいちばん近い点{ $shown }に表示しています。
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = { $url }を読み込めませんでした：{ $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = { $why }を読み込めませんでした。
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }、{ $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } 引き続き{ $model }を表示しています。
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = { $model }を表示しています。

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = モデル「{ $asked }」はありません。代わりに{ $shown }を表示しています。モデル：{ $models }。
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = データセット「{ $asked }」はありません。代わりに{ $shown }を表示しています。データセット：{ $datasets }。
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = { $asked }はこのマップの外にあります。マップ上でいちばん近い点{ $shown }に移動しました。
# Variables: $epoch
notice-no-evolution = epoch={ $epoch } を無視しました：このモデルには学習の推移がありません。
# Variables: $value (as typed)
notice-bad-epoch = epoch=「{ $value }」を無視しました：エポックは epoch=4 のような整数です。
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = { $key }=「{ $value }」を無視しました：{ $key }=1.5,-0.25 のように有限の数を2つ指定してください。
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = zoom=「{ $value }」は1〜{ $max }の範囲外です：zoom={ $shown } で表示しています。
# Variables: $value, $max
notice-bad-zoom = zoom=「{ $value }」を無視しました：ズームは zoom=4 のような1〜{ $max }の数です。
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = { $key }=「{ $value }」を無視しました：1以上の整数を指定してください。
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = { $key }=「{ $value }」を無視しました：{ $key }=1 または { $key }=0 を使ってください。
# Variables: $value
notice-bad-bundle = bundle=「{ $value }」を無視しました：読み込めるのはこのサイト上のファイルだけです（weights/mnist/vae.safetensors のようなパス）。
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = lang=「{ $value }」を無視しました：使える言語は{ $langs }です。
# Variables: $value, $views (the list of view names)
notice-bad-view = view=「{ $value }」を無視しました：使えるビューは{ $views }です。
# Variables: $value
notice-bad-img = img=「{ $value }」を無視しました：テスト画像は img=12 のような番号で指定します。

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = 言語：{ $lang }。
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = { $lang }のテキスト（{ $url }）を読み込めませんでした：{ $why } ページは現在の言語のままです。

## The embed dialog, files from disk, the training panel

say-embed-copied = 埋め込みコードをクリップボードにコピーしました。
say-embed-not-copied = ブラウザがコピーを許可しませんでした：コードを選択して手動でコピーしてください。
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = 上のマップに{ $file }を表示しています（{ $design }、シード{ $seed }）。
# Variables: $file, $seed
file-showing-no-design = 上のマップに{ $file }を表示しています（設計の指定なし、シード{ $seed }）。
# Variables: $file, $why (the loader's reason)
file-open-failed = { $file }を開けませんでした：{ $why }
# Variables: $why (the browser's reason)
train-module-failed = 学習ビューを読み込めませんでした：{ $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = 画像をエンコード
tool-interp = 補間
tool-classify = 分類器に見えているもの
tool-tiles = デコード画像を敷き詰める
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = 「{ $tool }」を開きました。
say-tool-closed = 「{ $tool }」を閉じました。
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] エンコーダを読み込んでいます…
    [classifier] 分類器を読み込んでいます…
    [tests] テスト画像を読み込んでいます…
    [encoder-classifier] エンコーダと分類器を読み込んでいます…
    [encoder-tests] エンコーダとテスト画像を読み込んでいます…
    [classifier-tests] 分類器とテスト画像を読み込んでいます…
   *[encoder-classifier-tests] エンコーダ、分類器、テスト画像を読み込んでいます…
}
tool-no-encoder = エンコードにはエンコーダが必要ですが、ビューファイルには含まれていません：マップ上のモデルはファイルから開かれたため、ページはそのエンコーダを取得できません。リストからモデルを選ぶか、このサイトのアドレス（?bundle=…）からビューファイルを開いて、同じ場所にあるファイルが見つかるようにしてください。
tool-no-classifier = このビューにはモデルのデータセット用の分類器が必要ですが、このサイトにはありません：マップ上のモデルはファイルから開かれたため、ページはそのデータセットの分類器を取得できません。リストからモデルを選ぶか、このサイトのアドレス（?bundle=…）からビューファイルを開いて、同じ場所にあるファイルが見つかるようにしてください。

## Share: the link and the picture

share-drawing-not-in-link = 描いた絵はリンクに含まれません：リンクを開くと描画パッドは空になります。
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · エポック{ $epoch }/{ $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁：{ $z1min }〜{ $z1max }、z₂：{ $z2min }〜{ $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range }（ズーム{ $zoom }×）
# Variables: $link (the address)
share-link-copied = リンクをコピーしました：{ $link }
share-link-not-copied = クリップボードを使えませんでした。リンクはこちらです：{ $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text }（{ $note }）
# Variables: $file (the PNG's name)
share-png-saved = { $file }を保存しました。
share-png-asked = { $file }の保存をブラウザに依頼しました。ファイルが届かない場合は、この埋め込みがダウンロードをブロックしています：保存するには、エクスプローラを別のタブで開いてください。
# Variables: $why (the browser's reason)
share-png-failed = PNGを保存できませんでした：{ $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = 始点を{ $z }に設定しました。
say-interp-end-set = 終点を{ $z }に設定しました。
say-interp-encode-first = 先に画像をエンコードしてください（「画像をエンコード」）。
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] { $a }から{ $b }まで補間しました：{ $classes }。クラスは変わりません。
   *[other] { $a }から{ $b }まで補間しました：{ $classes }。クラスが変わるステップ間：{ $steps }。
}

## Encode an image

say-pad-empty = 描画パッドは空です。
say-pad-cleared = 描画パッドを消去しました。
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = 描いた絵は{ $z }にエンコードされました。マップ上のクラスは{ $class }です。
say-encoded-drawing-off = 描いた絵は{ $z }にエンコードされました。マップの外です。
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = テスト画像{ $index }（ラベル{ $label }）は{ $z }にエンコードされました。マップ上のクラスは{ $class }です。
say-encoded-test-off = テスト画像{ $index }（ラベル{ $label }）は{ $z }にエンコードされました。マップの外です。
say-neighbours = 最も近い{ $k }個のテストコードのうち{ $same }個が{ $class }です。
say-neighbours-both = { $first }：最も近い{ $k }個のテストコードのうち{ $same1 }個が{ $class }です。{ $second }：{ $k }個中{ $same2 }個です。
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = img={ $index } は最後のテスト画像を超えています：このファイルには{ $count }枚あります（img=0〜img={ $last }）。img={ $last } を表示しています。

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct }%
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = この正確な位置では分類器は{ $class }（{ $confidence }）と見ていますが、マップのセルは{ $cell }です：マップは平面を{ $width } × { $height }でサンプリングし、各セルの中心でデコードしたものです。（デコード＋分類1回あたり{ $ms } ms）
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = 分類器は{ $z }で{ $class }（{ $confidence }）と見ていて、マップのセルと一致しています。（デコード＋分類1回あたり{ $ms } ms）
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ({ $s1 }, { $s2 })
enc-sigma-none = –（VAEではないため、1点だけで広がりはありません）
enc-off-map = マップの外
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class }（{ $confidence }）
enc-encoding = エンコード中…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label }（テスト画像{ $index }）
enc-truth-drawing = –（描いた絵）
enc-neighbours = { $k }個中{ $same }個が{ $class }
enc-neighbours-wait = テスト画像をエンコード中… { $done } / { $count }
enc-neighbours-none = –（テスト画像を選ぶか、2つ目のモデルと比較してください）
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = A { $a }からB { $b }まで。
interp-end-a = A { $a }。マップをクリックして（または「カーソル位置を終点に」を押して）Bを決めてください。
interp-ends-none = マップを2回クリックする（始点、次に終点）か、カーソルを動かしてボタンを押してください。
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = ステップ{ $step }：{ $class }、{ $confidence }
# Read by screen readers after a step's class
interp-class-changes = （ここでクラスが変わります）

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = ズームした範囲（z₁：{ $z1min }〜{ $z1max }、z₂：{ $z2min }〜{ $z2max }）を{ $n } × { $n }枚の画像で敷き詰めています。各画像はタイルの中心で、デコーダを1回バッチで呼び出してデコードしています（{ $ms } ms）。ズームやパンをすると、もう一度デコードされます。その下には{ $width }×{ $height }のクラスマップがあります。
# Variables: $n, $ms, $width, $height
tiles-note-whole = マップ全体を{ $n } × { $n }枚の画像で敷き詰めています。各画像はタイルの中心で、デコーダを1回バッチで呼び出してデコードしています（{ $ms } ms）。ズームやパンをすると、もう一度デコードされます。その下には{ $width }×{ $height }のクラスマップがあります。

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = テスト −ELBO
metric-test_reconstruction_nats = テスト再構成誤差
metric-test_kl_nats = テスト KL
metric-test_mse_per_pixel = テスト MSE
metric-classifier_test_accuracy = 分類器のテスト正解率
metric-test_map_accuracy = 自分のクラスの領域にあるテスト画像
metric-map_test_accuracy = 自分のクラスの領域にあるテスト画像
metric-test_share_inside_bounds = マップ内にあるテスト画像
metric-train_share_inside_bounds = 範囲内にある学習画像の割合
metric-test_knn10_agreement = テストコードの最近傍10個のうち同じクラスの割合
metric-test_occupied_share_32 = テストコードのあるマップ面積（32 × 32セル）
metric-train_images = 学習画像数
metric-epochs = エポック数
metric-train_seconds = 学習時間
metric-map_seconds = クラスマップの計算時間
metric-snapshot_seconds = スナップショットの計算時間
metric-final_train_loss_nats = 最終学習損失
metric-test_range_z1 = テスト範囲 z1
metric-test_range_z2 = テスト範囲 z2
metric-test_range_1_99_z1 = テスト範囲 1 99 z1
metric-test_range_1_99_z2 = テスト範囲 1 99 z2
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = テストコードの広がり、z₁ × z₂
metric-spread = { $a } × { $b }
metric-spread-1-99 = { $a } × { $b }（1%–99%：{ $c } × { $d }）
# Values with their units. Variables: $v
unit-nats = { $v } ナット/画像
unit-per-pixel = 1ピクセルあたり{ $v }
unit-min = { $v }分
unit-s = { $v }秒
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained)
metrics-title = { $dataset }で学習した{ $model }
metrics-title-epochs = { $dataset }で{ $epochs }エポック学習した{ $model }
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = 学習：{ $figures }。
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = { $what }を読み込んでいます…
status-loading-list = モデルのリストを読み込んでいます…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } モデルの切り替えは使えません。
embed-copied = コピーしました。
embed-not-copied = コピーが許可されませんでした：コードを選択してコピーしてください。
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model }（ファイルから開いたモデル、このリストにはありません）
train-module-loading = 学習ビューを読み込んでいます…
# Variables: $why (the browser's reason)
train-module-failed-retry = 学習ビューを読み込めませんでした：{ $why }。パネルを閉じて開き直し、もう一度お試しください。

## The training evolution's controls

evo-open = 学習の推移
evo-back = 最終モデルに戻る
# Variables: $size (e.g. "120 kB")
evo-loading = 学習の推移を読み込んでいます（{ $size }）…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = この潜在空間ができていく様子を見てみましょう：エポック{ $first }から{ $last }までのスナップショット{ $snapshots }個です。
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = スナップショット{ $snapshot }/{ $snapshots }、エポック{ $epoch }/{ $last }。
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = エポック{ $epoch }/{ $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch }/{ $last }
evo-play = 再生
evo-pause = 一時停止
# How many test codes the points show. Variables: $count
evo-points-count = （{ $count }）
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ms
# The readout when the cursor is off the map
readout-off-map = マップの外

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = 潜在空間マップ、{ $width } × { $height }セル。各デコード点で分類器に見えるクラスで色分けしています（{ $classes }）。矢印キーでカーソルを動かせます。
map-label-epoch = 学習エポック{ $epoch }の潜在空間マップ、{ $width } × { $height }セル。各デコード点で分類器に見えるクラスで色分けしています（{ $classes }）。矢印キーでカーソルを動かせます。
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = マップ上でホイール、ピンチ、ボタン、または + キーと − キーでズームできます。
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = { $zoom }×に拡大中：色は分類器の答えを{ $width } × { $height }でサンプリングした同じ結果を拡大したものです（正方形1つが格子の1セルで、ウィンドウの横方向に{ $cells }個）。デコード画像とタイルは正確なzを使っています。
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = （マップ全体に占める割合）
# Variables: $pct (one decimal)
legend-share-title = マップの{ $pct }%

## The page's markup (www/index.html): each element with data-l10n-id
page-title = 潜在空間エクスプローラ
page-description =
    .content = MNISTの手書き数字とFashion-MNISTの衣類で学習したオートエンコーダの2次元潜在空間を探索しましょう：マップ上でポインタを動かすと、その下の画像がブラウザ内でリアルタイムにデコードされます。学習中に潜在空間ができていく様子も見られます。
page-heading = 潜在空間エクスプローラ
page-lede = オートエンコーダは、データセットのすべての画像をたった2つの数 <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>) に圧縮しました。マップ上でポインタを動かしてみましょう：その点の画像がブラウザ内でリアルタイムにデコードされます。
retry = もう一度試す
status-loading-page = 読み込み中…
page-noscript = このページでは、ブラウザでデコーダを動かすためにJavaScriptとWebAssemblyが必要です。
dataset-label = データセット
model-label = モデル
embed-open = 埋め込み…
embed-title = このビューを埋め込む
embed-help = これをスライドやWebページに貼り付けてください：今見ているもの（モデル、エポック、カーソル）がそのまま表示されます。reveal.js、Quarto、Marp、Jupyter向けの手順：<a href="docs/embedding.html">エクスプローラの埋め込み</a>。
embed-code-label = このビューのiframeコード
embed-copy = コピー
map-canvas =
    .aria-roledescription = 潜在マップ
    .aria-label = 潜在空間マップ
map-picture =
    .alt = 既定モデルの潜在空間マップ：エクスプローラの読み込み中に表示される画像
zoom-out =
    .aria-label = 縮小
    .title = 縮小（− キー）
zoom-level-label =
    .aria-label = ズーム倍率
zoom-in =
    .aria-label = 拡大
    .title = 拡大（+ キー）
zoom-reset = マップ全体
    .title = マップ全体を表示（0 キー）
map-help = 潜在平面を、各点でデコードした画像から分類器が認識したクラスで色分けしています（色が薄いほど確信度が低い）。マップ上でポイント、タッチ、ドラッグしてください。またはマップにフォーカスして矢印キーを使います（Shift：10ステップずつ、Home：原点に戻る、+ と −：ズーム、0：マップ全体）。
legend-label =
    .aria-label = クラスとその色
evo-back-button =
    .aria-label = 前のエポック
    .title = 前のエポック
evo-fwd-button =
    .aria-label = 次のエポック
    .title = 次のエポック
evo-epoch-label = エポック
evo-points-label = エンコードしたテスト画像を表示
evo-note = 軸はエポックごとにスケールし直されます：各フレームは、そのエポックでエンコードした学習データ全体が収まる範囲です。クラスの色はどのフレームでも同じです。再生には各エポックのマップだけを使います。一時停止すると、そのエポックのデコーダでデコードします。
decoded-title = デコード画像
decoded-canvas =
    .aria-label = カーソル位置の潜在点からデコーダが描いた28 × 28の画像
readout-latent-point = 潜在点
readout-map-class = マップのクラス
readout-confidence = 確信度
readout-decode-time = デコード時間
hands-on-title = 試してみよう
hands-on-group =
    .aria-label = 体験用のビュー
encode-help = マウス、指、ペンで描くか、学習に使っていないテスト画像を選んでください：モデルのエンコーダ（初回使用時にダウンロード）がそれをマップ上に置きます。描いた線は、MNISTの数字と同じ方法で28 × 28の入力に変換されます：絵を20 × 20の枠に収まるように縮小し、重心が中央に来るように配置します。
draw-pad =
    .aria-label = 描画パッド：ポインタで数字か衣類を描いてください
pad-undo = 元に戻す
pad-clear = 消去
pick-test = テスト画像を選ぶ
enc-input-canvas =
    .aria-label = エンコーダに入力する28 × 28の画像
enc-input-caption = 入力（28 × 28）
enc-recon-canvas =
    .aria-label = 再構成：μでデコードした画像
enc-recon-caption = μでの再構成
enc-readout-mu = エンコード結果 μ
enc-readout-sigma = σ（VAEの広がり）
enc-readout-label = 正解ラベル
enc-readout-map-class = μでのマップのクラス
enc-readout-neighbours = 最も近いテストコード（丸印）
encode-map-help = マップ上では、ひし形がμです。VAEの場合、実線と破線の楕円はq(z|x)の1σと2σで、エンコーダがコードのありそうな場所と考えている範囲です。
interp-set-a = カーソル位置を始点に
interp-set-b = カーソル位置を終点に
interp-enc-a = エンコードした画像を始点に
interp-enc-b = エンコードした画像を終点に
interp-strip =
    .aria-label = AからBへの線分に沿ってデコードした10枚の画像
interp-classes =
    .aria-label = 各ステップに分類器が付けたクラス
interp-strip-caption = 潜在空間での補間：AからBまで等間隔に並んだ10点でデコードし、それぞれで分類器に見えるクラスを示します。枠で囲まれたクラスは、クラスが変わる位置です。
interp-blend =
    .aria-label = 両端の画像をピクセルごとに混ぜたもの
interp-blend-caption = 比較用に、両端の画像をピクセル空間で混ぜたもの：これはクロスフェードで、モーフィングではありません。
classify-help = 分類器（初回使用時にダウンロード）は、カーソル直下の正確な点でデコードした画像を、カーソルの動きに合わせてリアルタイムに判定します。
class-bars =
    .aria-label = カーソル位置でのクラス確率
copy-link = リンクをコピー
save-png = PNGを保存
metrics-heading = モデル
metrics-test-heading = テストセットの数値 <span class="metrics-sub-note">（学習には一度も使っていない、取り分けておいたテスト画像）</span>
train-title = 自分で学習させる
train-open = 自分で学習させる
train-drop-label = 上のマップで探索するバンドルファイル（ビューファイル、<code>.safetensors</code>）を開いてください：
train-drop-or = または、ここにドロップしてください。
explain-title = ここでは何を見ているの？
explain-1 = <strong>オートエンコーダ</strong>は、一緒に学習させる2つのニューラルネットワークです。<strong>エンコーダ</strong>は28 × 28の画像（784個の数）を読み込み、短いコードに圧縮します。<strong>デコーダ</strong>は、そのコードだけから画像を描き直さなければなりません。ここではコードが2つの数だけ、つまり<strong>潜在点</strong> <var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>) なので、どの画像も平面上の1点になり、平面上のどの点も画像に戻すことができます。
explain-2 = 最初のモデルは<strong>変分</strong>オートエンコーダ（VAE、Kingma &amp; Welling 2014）です：学習中、エンコーダは各画像に対して1つの点ではなく、ありそうな点の小さな雲を出力します。そしてペナルティ（KL項）が、すべての雲を原点を中心とする標準正規分布の近くに保ちます。そのため、似た数字は互いに近くに置かれ、その間の空間はもっともらしい中間の形にデコードされます。モデルメニューにある他の設計は、まさにこの点が違います：マップの下の説明は、選んだ設計が潜在空間に何をするかを示し、そのテストの数値がその代償を示します。
explain-lesson = クラスマップがどう作られたかを、このモデルそのもので一歩ずつ：マップの横でレッスンを始めましょう。
explain-docs = 情報を保つには何次元必要か、制約のない潜在空間はどれくらい疎になるか、KL項は何をするのか、空間がまとまるまでに何エポックかかるか：<a href="docs/latent-space.html">もともとの疑問に、測定で答えます</a>。
page-footer = MNIST：Yann LeCun、Corinna Cortes、Christopher J.C. Burges、CC BY-SA 3.0。Fashion-MNIST：Han Xiao、Kashif Rasul、Roland Vollgraf（Zalando Research）、MIT。色覚の多様性に配慮したカラーパレット：Paul Tol。デコードはWebAssemblyでローカルに実行されます（Rust。モデルは<a href="https://github.com/huggingface/candle">candle</a>で学習）。データはどこにも送信されません。
# The language menu's label
lang-label = 言語

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = 潜在空間エクスプローラー：{ $dataset } · { $model }
embed-iframe-title = 潜在空間エクスプローラー
why-not-offline = このオフラインファイルには含まれていません（そのモデルと一緒にエクスポートしてください）
why-not-offline-lang = このオフラインファイルには含まれていません（--lang { $code } を付けてエクスポートしてください）
why-not-text = ファイルがテキスト（UTF-8）ではありません
file-read-failed = ブラウザーがファイルを読み込めませんでした（{ $why }）
train-no-loader = このページにはその読み込み処理がありません（エクスプローラーの index.html を開いてください）
internal-error = 内部エラー：{ $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = このビューのQRコード：スキャンするとスマートフォンで同じビューが開きます
qr-caption = スキャンしてこのビューを開く
qr-hide =
    .aria-label = QRコードを隠す
    .title = QRコードを隠す
say-qr-hidden = QRコードを隠しました。
qr-load-failed = QRコードを読み込めませんでした：{ $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = MNIST 手書き数字
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE（β = 1）
design-label-plain = 通常のオートエンコーダ
design-label-beta4 = β-VAE（β = 4）
design-label-bounded = 有界（tanh）オートエンコーダ
design-summary-vae = KL 項はそれぞれの事後分布 q(z|x) を標準正規分布の事前分布へ引き寄せます。コードは原点のまわりの円い領域をすき間なく埋め、その中のどの点も、もっともらしい画像にデコードされます。
design-summary-plain = z には何の制約もありません。エンコーダはコードをどこにでも置けるので、クラスは原点から長い腕のように伸び、その間に空白ができます。空白からデコードした点は、どの訓練画像にも似ていません。
design-summary-beta4 = β = 4 で重み付けした KL 項は、コードをより強く事前分布へ引き寄せます。マップはなめらかで丸くなりますが、似たクラスがより重なり、デコードはぼやけます。
design-summary-bounded = tanh は z を正方形 (−1, 1)² の中に保ち、tanh の前のコードに置いた標準正規の事前分布が飽和を防ぎます。クラスは外れ値なしに、正方形全体を端から端まで埋めます。

## Compare (added later; checked by the same process)

compare-label = 比較するモデル
compare-none = —
compare-map =
    .aria-label = 比較モデルのクラスマップ：ここを指すと両方のマップのカーソルが動きます
compare-decoded =
    .aria-label = カーソル位置での比較モデルのデコード
compare-readout = { $class }（{ $confidence }）、{ $z }
compare-readout-off = マップの外、{ $z }
compare-encoded = エンコード結果 μ { $z }：最も近い{ $k }個のテストコードのうち{ $same }個が{ $class }です。
compare-encoded-wait = エンコード結果 μ { $z }：最も近いテストコードを探しています…
say-class-at-compare = クラス { $class }、確信度 { $confidence }、{ $z }；{ $model }：クラス { $other }、{ $other_confidence }
notice-bad-compare = compare=「{ $value }」を無視しました：同じデータセットの別のモデルと比較してください：{ $models }。


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = 初めてですか？このマップの作り方を一歩ずつ見てみましょう。
lesson-start = レッスンを始める
lesson-module-loading = レッスンを読み込み中…
lesson-module-failed = レッスンを読み込めませんでした：{ $why }
lesson-no-loader = このページにはそのローダーがありません（エクスプローラーの index.html を開いてください）
tools-module-loading = 体験用のビューを読み込んでいます…
# Variables: $why (what went wrong)
tools-module-failed = 体験用のビューを読み込めませんでした：{ $why }
say-lesson-closed = レッスンを閉じました。
notice-bad-lesson = lesson=「{ $value }」は無視しました：ステップは { $steps } のいずれかです。レッスンは最初のステップから始まります。

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = 保存した各エポックでのテストコードのマップ正解率（青）と10-NN一致率（黒）。灰色の線：表示中のエポック。赤い線：最初に一貫性が得られたエポック。
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = マップ正解率
evo-key-knn = 10-NN一致率
evo-key-shown = 表示中のエポック
evo-key-coherent = 一貫性が得られた最初のエポック
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = エポック{ $epoch }：マップ正解率{ $accuracy }%、10-NN一致率{ $knn }%。
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = エポック{ $epoch }（赤い線）以降、10-NN一致率（{ $knn }%）とエポック{ $last_epoch }での値（{ $last }%）との差は{ $within }ポイント以内です：潜在空間に一貫性が生まれています。
