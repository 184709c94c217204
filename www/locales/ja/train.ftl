# The "Train it yourself" view, in Japanese (ja / 日本語).
# Checked: against glossary.md in this folder (terms used consistently with page.ftl) and by
# back-translation of a sample into English by a language model (see glossary.md); not yet
# reviewed by a native-speaking teacher.
# Style: です/ます for sentences, noun phrases for labels and buttons; full-width punctuation
# (、。：（）「」) in sentences, ASCII inside math (z = (…, …)); no plural forms (CLDR: other only),
# so every sentence is written once without a selector; percent written "25%"; 学習 for "training".
# Uncertain: train-map-by-label, train-design-plain, train-start, train-notice-downloaded, train-replay-valuetext, train-replay-note-live
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
    このブラウザのタブで2次元のオートエンコーダを学習させます（Web Workerの中で、公開しているモデルと同じRustのモデルと損失のコードを使います）。約{ 0.7 }秒ごとに、学習に使っていないテスト画像{ 1000 }枚のコードμが描き直され、損失曲線が伸びていきます。プロット上をポイントすると、現在の重みでデコードします。
train-outro =
    「バンドルをダウンロード」は、通常のビューファイルを保存します：デコーダ（f16）、128 × 128のクラスマップ、メタデータ（設計、β、シード、ステップ数、テスト損失）です。このクラスマップは、各セルに最も近い、エンコードしたテスト画像10枚のラベルで色分けしています（分類器は使いません）。

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = 学習の設定
train-dataset-label = データセット
train-dataset-mnist = MNISTの数字（学習画像{ 10000 }枚）
train-dataset-fashion = Fashion-MNIST（学習画像{ 4500 }枚）
train-design-label = 設計
train-design-vae = VAE
train-design-plain = 通常
train-design-bounded = 有界（tanh）
train-beta-label = β（VAE）
train-lr-label = 学習率
train-batch-label = バッチサイズ
train-seed-label = シード

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = 学習
train-pause = 一時停止
train-step = 1ステップ
train-reset = リセット
train-map = クラスマップ
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = 色分けの方法
train-map-by-nearest = 最も近いテストコード10個のラベル（128 × 128、高速）
train-map-by-classifier = データセットの分類器（64 × 64、数秒かかります）
train-download = バンドルをダウンロード

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = 設定を選んで「学習」を押してください。
# While the worker starts and downloads the dataset.
train-status-loading = ワーカーを起動して、学習データをダウンロードしています…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] 学習中
        [paused] 一時停止中
       *[stopped] 停止
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
        [running] 学習中
        [paused] 一時停止中
       *[stopped] 停止
    }：{ $steps }ステップ、画像{ $images }枚で{ $epochs }エポック。テスト損失 { $test } ナット/画像{ $has_train ->
        [yes] 、学習損失 { $train } ナット/画像
       *[no] {""}
    }{ $has_speed ->
        [yes] 、毎秒{ $speed }枚
       *[no] {""}
    }{ $has_data ->
        [yes] （学習データ{ $data }をダウンロード済み）
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
train-status-limit = 学習はステップ{ $until }で止まります（アドレスの { $key } による）。
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = このページのアドレスにより、学習はステップ{ $until }で止まります（{ $key }）：「学習」を押してもこれ以上は進みません。学習を続けるには、アドレスからこの設定を削除してください。
# Two sentences of one line (the report, then the address's limit), in reading order.
# Japanese sentences end with "。" and need no space between them.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first }{ $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = 学習をリセットしました。
train-say-loading = 学習ワーカーを起動して、データをダウンロードしています。
train-say-running = 学習しています。
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused = { $steps }ステップで一時停止しました。テスト損失は1画像あたり{ $test }ナットです。

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = β = { $typed } は0〜100の範囲外です：学習には β = { $beta } を使います。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = β = 「{ $typed }」は数ではありません：学習には β = { $beta } を使います。
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = 学習率{ $lr }は大きめです：損失が発散するかもしれません（公開しているモデルは{ 0.001 }です）。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = 学習率「{ $typed }」を無視しました：0より大きく1より小さい数を指定してください。学習には{ $lr }を使います。
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside = バッチ{ $typed }枚は1〜{ 1024 }の範囲外です：学習には{ $batch }を使います。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = バッチサイズ「{ $typed }」を無視しました：1〜{ 1024 }の整数（画像の枚数）を指定してください。学習には{ $batch }を使います。
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = シード「{ $typed }」を無視しました：0以上の整数を指定してください。学習にはシード{ $seed }を使います。
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = クラスマップを描けませんでした：{ $detail }。モデルはそのまま残っています：学習を続けるか、もう一度お試しください。
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = バンドルを書き出せませんでした：{ $detail }。モデルはそのまま残っています：学習を続けるか、もう一度お試しください。
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded = { $name }（{ $bytes }バイト）をダウンロードしました：このページで開く（「バンドルファイルを開く」欄）か、保存しておいてください。

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = クラスマップ：ワーカーにクラスマップを依頼しています…
# While the worker paints it.
train-map-downloading-classifier = クラスマップ：分類器をダウンロードしています…
train-map-painting = クラスマップ：{ $cells } × { $cells } のクラスマップを描いています…
train-map-classifying = クラスマップ：マップのセルを分類しています…
train-map-classified = クラスマップ：{ $rows } 行中 { $done } 行を分類しました…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = スナップショットの再生中は、クラスマップ（ステップ{ $step }のもの）を表示しません。
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = 背景：ステップ{ $step }のクラスマップ（{ $width } × { $height }セル、{ $ms } ms）。各セルは、そのセルに最も近い、エンコードしたテスト画像10枚のラベルの多数決で色分けしています（分類器は使いません。色が薄いほど票が少ない）。
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = 背景：ステップ{ $step }のクラスマップ（{ $width } × { $height }セル、{ $ms } ms）。各セルは、その中心でデコードした画像にデータセットの分類器が見るクラスで色分けしています（色が薄いほど確信度が低い）。

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = 学習の経過を再生
# The same button while the replay plays.
train-replay-stop = 停止
train-replay-label = スナップショット
train-replay-live = ライブ
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = ステップ{ $step }（最新はステップ{ $last }）
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note = 再生中：ステップ{ $step }（{ $epochs }エポック、テスト損失 { $test } ナット/画像）。保存しているスナップショットは{ $kept }個です。
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live = ライブ。これまでの学習：スナップショットを{ $kept }個保存しています（報告ごとに1個、約{ 0.7 }秒ごと。学習全体で最大{ $max }個になるよう均等に間引きます）。

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = 学習プロット
    .aria-label = 学習に使っていないテスト画像{ 1000 }枚のコード、ラベルで色分け。矢印キーでデコード用のカーソルを動かせます（Shift：大きく動かす）
train-legend =
    .aria-label = プロットしたテスト画像のクラス
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁：{ $x0 }〜{ $x1 }、z₂：{ $y0 }〜{ $y1 }（コードの{ 0.1 }%–{ 99.9 }%の範囲に5%の余白を加えたもの）

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = 損失曲線
train-loss-caption =
    エポックに対する損失（ナット/画像）：<span class="train-key-test">テスト（実線）</span>、<span class="train-key-train">学習（破線）</span>。VAEの損失は再構成 + β · KLです（β = 1 のときは負のELBO）。
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs = { $epochs }エポック

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = ポインタ位置でのデコード
train-z-none = プロット上をポイントすると、現在の重みでデコードします。
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = プロット上をポイントすると、ステップ{ $step }の重みでデコードします。
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = z = ({ $z1 }, { $z2 })
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = z = ({ $z1 }, { $z2 })、ステップ{ $step }の重みでデコード
train-origin-canvas =
    .aria-label = z = (0, 0) でのデコード
train-origin-caption = z = (0, 0) でのデコード。
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = ステップ{ $step }の重みによる z = (0, 0) でのデコード。

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = 学習ワーカーが停止しました：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = ワーカーから届いたクラスマップが壊れています：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = ワーカーから届いたデコーダのスナップショットを読み取れませんでした：{ $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = 学習ワーカーからのメッセージを読み取れません：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = 学習ワーカーを起動できませんでした：{ $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = 学習ワーカーのファイル（{ $url } とそのWebAssembly）を読み込めませんでした。接続を確認して、もう一度「学習」を押してください
# Variables:
#   $detail (string): the browser's message
train-error-post = 学習ワーカーと通信できませんでした：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = バンドルを保存できませんでした：{ $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = 学習ビューの内部エラー：{ $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = 学習ビューを描画できませんでした：{ $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = ページに、学習ビューを描画するための #{ $id } がありません
# Variables:
#   $detail (string): the browser's message
train-error-mount = 学習ビューを準備できませんでした：{ $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = Tシャツ/トップス
train-class-fashion-1 = ズボン
train-class-fashion-2 = プルオーバー
train-class-fashion-3 = ワンピース
train-class-fashion-4 = コート
train-class-fashion-5 = サンダル
train-class-fashion-6 = シャツ
train-class-fashion-7 = スニーカー
train-class-fashion-8 = バッグ
train-class-fashion-9 = アンクルブーツ
