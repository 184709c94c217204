# The lesson "How the map is made" (レッスン「マップができるまで」), in Japanese (ja / 日本語).
# Checked: against glossary.md in this folder (terms as in page.ftl) and by back-translation of a
# sample into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Style: です/ます for sentences, noun phrases for labels and buttons; full-width punctuation (、。：（）「」)
# in sentences, ASCII inside math ((…, …), μ = …); no plural forms; percent written "25%"; 学習 for "training".
# Uncertain: lesson-title, lesson-class-fashion-3, lesson-decode-text, lesson-classify-differs, lesson-dims-title, lesson-epochs-ask, lesson-epochs-figure, lesson-epochs-row
#
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = マップができるまで
lesson-close = レッスンを閉じる
lesson-steps =
    .aria-label = レッスンのステップ
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = ステップ{ $n }/{ $count }
lesson-back = 戻る
lesson-next = 次のステップ
lesson-more = ドキュメントで詳しく
lesson-loading = レッスンのファイルを読み込んでいます…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }, { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct }%
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = Tシャツ/トップス
lesson-class-fashion-1 = ズボン
lesson-class-fashion-2 = プルオーバー
lesson-class-fashion-3 = ワンピース
lesson-class-fashion-4 = コート
lesson-class-fashion-5 = サンダル
lesson-class-fashion-6 = シャツ
lesson-class-fashion-7 = スニーカー
lesson-class-fashion-8 = バッグ
lesson-class-fashion-9 = アンクルブーツ

## Step 1: encode (predict, then reveal)

lesson-encode-title = エンコード：画像が2つの数になる
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = エンコーダは、学習に使っていないこのテスト画像（モデルが学習中に一度も見ていない784ピクセル）を読み込み、2つの数 μ = (μ₁, μ₂)、つまり平面上の1点を返します。{ $vae ->
    [yes] VAEは、どれくらい不確かかを表すσも返します：μのまわりの楕円が1σと2σです。
   *[no] この設計では1点だけが返され、広がりはありません。
}
# Variables: $label (the image's true class)
lesson-encode-predict = まず予想しましょう：この{ $label }はマップのどこに置かれるでしょうか？マップをクリックするか、カーソルをそこに動かして「カーソル位置で予想」を押してください。
lesson-encode-guess = カーソル位置で予想
lesson-encode-another = 別の画像
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }。あなたの予想{ $guess }は、潜在空間の単位で{ $distance }離れていました。
lesson-encode-image =
    .aria-label = エンコーダが読み込む、学習に使っていないテスト画像

## Step 2: bounds

lesson-bounds-title = 範囲：マップはどこから始まり、どこで終わるか
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = 学習のあと、学習プログラムは{ $train }枚の学習画像をすべてエンコードしました。ここではそのうち{ $n }枚を、クラスごとに色分けして描いています。各軸で、小さい側と大きい側をそれぞれ{ $tail }%ずつ切り捨て（破線：z₁は{ $lo1 }から{ $hi1 }まで、z₂は{ $lo2 }から{ $hi2 }まで）、その幅の{ $margin }%をマージンとして両側に加えました。この長方形がマップの範囲です：z₁は{ $min1 }から{ $max1 }まで、z₂は{ $min2 }から{ $max2 }まで。

## Step 3: meshgrid

lesson-meshgrid-title = 格子：長方形を格子に区切る
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = 長方形を{ $w } × { $h }セルの格子（メッシュグリッド）に区切ります。各セルの中心に1点ずつ、全部で{ $cells }点です。ここでは、それを{ $side } × { $side }個のブロックにまとめて描いています。どのセルにも、デコード画像が1枚と色が1つ割り当てられます。

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = デコード：どのセルも画像になる
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = デコーダは、セルの中心を28 × 28の画像に変えます。「再生」を押してください：走査が、このページのデコーダでブロックの中心を1つずつリアルタイムにデコードし、その画像をブロックの上に置いていきます。学習プログラムは{ $cells }個のセルすべてに同じことをしました。
lesson-play = 再生
lesson-pause = 一時停止
lesson-forward = 1セル進む
lesson-backward = 1セル戻る
lesson-speed = 速度
lesson-speed-slow = 遅い
lesson-speed-normal = 標準
lesson-speed-fast = 速い
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $count }セル中{ $n }セル
lesson-tile =
    .aria-label = 走査中のセルのデコード画像

## Step 5: classify and colour

lesson-classify-title = 分類して色を塗る
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = 別に用意した分類器が、デコード画像を1枚ずつ見て、どのクラスに見えるかを答えます。セルにはそのクラスの色が塗られ、分類器の確信度が低いところほど色が薄くなります。ブロックごとに、絵がクラスマップになっていきます。ここでは各ブロックの中心をリアルタイムに分類しています。学習プログラムは{ $cells }個のセルすべてを分類しました。
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = 保存されたマップでも、このセルは{ $class }です。
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = 保存されたマップでは、このセルは{ $class }です：2つのクラスがほぼ拮抗しています。
lesson-classify-done = 完了：これが、いま探索しているクラスマップです。
lesson-bars =
    .aria-label = 走査中のセルに対する分類器のクラス確率

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = ステップ{ $n }/{ $count }：{ $title }。
lesson-say-sweep-empty = まだ何も走査していません。
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = セル{ $n }/{ $count }を{ $z }でデコードしました。
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = セル{ $n }/{ $count }を{ $z }でデコードしました：{ $class }、確信度{ $percent }%。

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = レッスンで{ $url }を読み込めませんでした：{ $why }
# Variables: $url, $why
lesson-dims-missing = 潜在空間の次元数の研究を読み込めませんでした（{ $url }：{ $why }）。この研究はMNIST 手書き数字だけで行いました。この問いを見るにはMNIST 手書き数字を選んでください。
lesson-timed-out = { $seconds } 秒以内に何も届きませんでした
# Variables: $detail
lesson-error-internal = レッスンの内部エラー：{ $detail }
# Variables: $detail
lesson-error-render = レッスンを描画できませんでした：{ $detail }
# Variables: $detail
lesson-error-mount = レッスンを開始できませんでした：{ $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = あなたの予想
lesson-q-image =
    .aria-label = この問いで扱う、学習に使っていないテスト画像
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = あなたの予想：{ $choice }。{ $said }
lesson-design-plain = 通常のオートエンコーダ
lesson-design-vae = VAE（β = 1）
lesson-design-beta4 = β-VAE（β = 4）

lesson-dims-title = 画像を保つのに、数はいくつあれば足りるか？
lesson-dims-text = ここにあるどのモデルも、画像をコードに圧縮します。数が2つだけなら、コードをマップ上の点として描けますが、画像はどれだけ残るでしょうか？この実験では、同じVAEを大きさの違うコードで学習しました。
lesson-dims-ask = まず予想しましょう：コードの数がいくつ以上なら、再構成が正しく見えると思いますか？
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n }個の数
lesson-dims-figure = いちばん上の行：学習に使っていないテスト画像。その下：コードの数を増やしていったモデルによる再構成（1モデルにつき1行、下の各行と同じ順）。
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n }個の数：再構成 { $nats } ナット/画像、1ピクセルあたりのMSE { $mse }
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = 数が{ $small }個のとき、テストセットでの再構成コストは{ $small_nats } ナット/画像、{ $large }個のときは{ $large_nats } ナット/画像です：2つの数でクラスは保たれ、数を増やすと細部まで保たれます。

lesson-sparse-title = 制約のない潜在空間はどれくらい疎になるか？
lesson-sparse-text = 通常のオートエンコーダは、コードを平面上のどこにでも置けます。VAEのKL項は、すべてのコードを原点を中心とする標準正規分布のほうへ引き寄せます。
lesson-sparse-ask = まず予想しましょう：自分の長方形の中に空いた部分を多く残すのは、どちらの設計のテストコードでしょうか？
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = 各設計のテストコード（濃い点）を、それぞれのクラスマップの上に描いています（左：通常のオートエンコーダ、右：VAE）。薄い部分：{ $bins } × { $bins }の格子のうち、コードが1つもないセル。丸印：通常のオートエンコーダのマップの空いたセル。いちばん右は、そこでそのデコーダが描く画像です。
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }：テストコードがあるセルは{ $share }%
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = 通常のオートエンコーダのテストコードが占めるのはセルの{ $plain }%、VAEでは{ $vae }%です。通常のオートエンコーダのマップの隙間{ $z }でも、そのデコーダは何かを描きますが、そこに置かれたテスト画像は1枚もありません。

lesson-similar-title = KL項は似た画像を近くに集めるか？
lesson-similar-text = 似た画像には近いコードが付くはずです。学習に使っていないテスト画像を1枚選び、3つの設計それぞれで最も近い10個のテストコードを見てみましょう：同じクラスはいくつあるでしょうか？
# Variables: $label (the image's class)
lesson-similar-ask = まず予想しましょう：この{ $label }の最近傍が同じクラスであることが最も多いのは、どの設計でしょうか？
lesson-similar-figure = 各設計で最も近い10枚のテスト画像（行：通常のオートエンコーダ、VAE、β-VAE）。赤枠：別のクラス。
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }：{ $k }個中{ $same }個が同じクラス。テストコード全体では{ $agreement }%
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = テストコード全体で、同じクラスの近傍を最も多く保っているのは{ $model }です：各コードの最も近い10個のうち{ $agreement }%が同じクラスです。

lesson-epochs-title = 空間がまとまるまでに何エポックかかるか？
lesson-epochs-text = 学習中、VAEのマップをいくつかのエポックで保存しました。似た画像はどれくらい速く集まるでしょうか？
# Variables: $within (percentage points)
lesson-epochs-ask = まず予想しましょう：10-NN一致率と最終値との差が{ $within }ポイント以内になるのは、どのエポックからでしょうか？
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = エポック{ $n }
lesson-epochs-figure = 保存した各エポックでのVAEのマップ正解率（青）と10-NN一致率（黒）。赤い線が答えを示します。
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = エポック{ $n }：マップ正解率{ $accuracy }%、10-NN一致率{ $knn }%、テスト損失 { $loss } ナット/画像
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = エポック{ $epoch }以降、10-NN一致率（{ $knn }%）とエポック{ $last_epoch }での値（{ $last }%）との差は{ $within }ポイント以内です：構造の大部分は最初の数エポックでできあがります。

# Variables: $design (a design the step needs)
lesson-no-design = このデータセットには、比較する{ $design }がありません。
lesson-epochs-open = 学習の推移でエポック{ $epoch }のマップを見る
