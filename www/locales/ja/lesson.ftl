# The lesson "How the map is made" (レッスン「マップができるまで」), in Japanese (ja / 日本語).
# Checked: against glossary.md in this folder (terms as in page.ftl) and by back-translation of a
# sample into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Style: です/ます for sentences, noun phrases for labels and buttons; full-width punctuation (、。：（）「」)
# in sentences, ASCII inside math ((…, …), μ = …); no plural forms; percent written "25%"; 学習 for "training".
# Uncertain: lesson-title, lesson-class-fashion-3, lesson-decode-text, lesson-classify-differs
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
lesson-timed-out = { $seconds } 秒以内に何も届きませんでした
# Variables: $detail
lesson-error-internal = レッスンの内部エラー：{ $detail }
# Variables: $detail
lesson-error-render = レッスンを描画できませんでした：{ $detail }
# Variables: $detail
lesson-error-mount = レッスンを開始できませんでした：{ $detail }
