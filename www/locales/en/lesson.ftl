# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = How the map is made
lesson-close = Close the lesson
lesson-steps =
    .aria-label = Steps of the lesson
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = Step { $n } of { $count }
lesson-back = Back
lesson-next = Next step
lesson-more = More in the docs
lesson-loading = Loading the lesson’s files…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }, { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct } %
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = T-shirt/top
lesson-class-fashion-1 = Trouser
lesson-class-fashion-2 = Pullover
lesson-class-fashion-3 = Dress
lesson-class-fashion-4 = Coat
lesson-class-fashion-5 = Sandal
lesson-class-fashion-6 = Shirt
lesson-class-fashion-7 = Sneaker
lesson-class-fashion-8 = Bag
lesson-class-fashion-9 = Ankle boot

## Step 1: encode (predict, then reveal)

lesson-encode-title = Encode: an image becomes two numbers
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = The encoder reads this held-out test image, 784 pixels the model never saw in training, and gives back two numbers: μ = (μ₁, μ₂), a point of the plane. { $vae ->
    [yes] A VAE also gives σ, how unsure it is: the ellipses around μ are 1σ and 2σ.
   *[no] This design gives one point, with no spread.
}
# Variables: $label (the image's true class)
lesson-encode-predict = Predict first: where does this { $label } land? Click the map, or move the cursor there and press “Guess at the cursor”.
lesson-encode-guess = Guess at the cursor
lesson-encode-another = Another image
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }. Your guess { $guess } was { $distance } latent units away.
lesson-encode-image =
    .aria-label = The held-out test image the encoder reads

## Step 2: bounds

lesson-bounds-title = Bounds: where the map begins and ends
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = After training, the trainer encoded all { $train } training images; { $n } of them are drawn here, coloured by class. On each axis it cut the lowest and highest { $tail } % (dashed lines: z₁ from { $lo1 } to { $hi1 }, z₂ from { $lo2 } to { $hi2 }), then added { $margin } % of that range on each side. That box is the map’s bounds: z₁ from { $min1 } to { $max1 }, z₂ from { $min2 } to { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = Meshgrid: a grid over the box
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = The box is cut into a meshgrid of { $w } × { $h } cells, { $cells } points in all, one at the centre of each cell. Drawn here: { $side } × { $side } blocks of it. Every cell will get one decoded image and one colour.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = Decode: every cell becomes an image
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = The decoder turns a cell’s centre into a 28 × 28 image. Press Play: the sweep decodes one block’s centre after another, live, with this page’s decoder, and lays the image on its block. The trainer did the same for all { $cells } cells.
lesson-play = Play
lesson-pause = Pause
lesson-forward = One cell forward
lesson-backward = One cell back
lesson-speed = Speed
lesson-speed-slow = Slow
lesson-speed-normal = Normal
lesson-speed-fast = Fast
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $n } of { $count } cells
lesson-tile =
    .aria-label = The decoded image of the cell under the sweep

## Step 5: classify and colour

lesson-classify-title = Classify and colour
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = A separate classifier looks at each decoded image and says which class it sees. The cell takes that class’s colour, paler where the classifier is less sure. Block by block, the picture becomes the class map. Here each block’s centre is classified live; the trainer classified all { $cells } cells.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = The stored map says { $class } at this cell too.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = The stored map says { $class } at this cell: a near-tie.
lesson-classify-done = Done: this is the class map you explore.
lesson-bars =
    .aria-label = The classifier’s probabilities for the cell under the sweep

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = Step { $n } of { $count }: { $title }.
lesson-say-sweep-empty = Nothing swept yet.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = Cell { $n } of { $count } decoded at { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = Cell { $n } of { $count } decoded at { $z }: { $class }, { $percent } % sure.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = The lesson could not load { $url }: { $why }
# The dims question on a dataset without the latent-size study (only MNIST has one).
# Variables: $url, $why (the browser's reason)
lesson-dims-missing = The latent-size study could not be loaded ({ $url }: { $why }). It was run on MNIST digits only: choose MNIST digits to see this question.
# A download that did not finish (the $why of lesson-load-failed).
# Variables: $seconds (how long the lesson waited)
lesson-timed-out = nothing arrived within { $seconds } s
# Variables: $detail
lesson-error-internal = Internal error in the lesson: { $detail }
# Variables: $detail
lesson-error-render = The lesson could not be drawn: { $detail }
# Variables: $detail
lesson-error-mount = The lesson could not start: { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = Your prediction
lesson-q-image =
    .aria-label = The held-out test image the question is about
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = You predicted: { $choice }. { $said }
lesson-design-plain = Plain autoencoder
lesson-design-vae = VAE (β = 1)
lesson-design-beta4 = β-VAE (β = 4)

lesson-dims-title = How few numbers keep the image?
lesson-dims-text = Every model here squeezes an image into a code. With only two numbers we can draw the code as a point on a map, but how much of the image survives? The study trained the same VAE with codes of different sizes.
lesson-dims-ask = Predict first: from how many numbers on do the reconstructions look right to you?
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } numbers
lesson-dims-figure = Top row: held-out test images. Below: their reconstructions by the models with more and more numbers in the code (one row each, in the order of the lines below).
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } numbers: reconstruction { $nats } nats/image, MSE { $mse } per pixel
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = With { $small } numbers the reconstruction costs { $small_nats } nats/image on the test set, with { $large } numbers { $large_nats }: two numbers keep the class, more keep the details.

lesson-sparse-title = How sparse is an unbounded latent?
lesson-sparse-text = A plain autoencoder can put its codes anywhere on the plane. A VAE’s KL term pulls every code towards a standard normal distribution around the origin.
lesson-sparse-ask = Predict first: whose test codes leave more of their box empty?
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = The test codes (dark dots) of each design on its own class map (left: plain autoencoder, right: VAE); faded: the cells of a { $bins } × { $bins } grid with no code; ringed: an empty cell of the plain map, and on the right what its decoder draws there.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }: test codes in { $share } % of the cells
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = The plain autoencoder’s test codes fill { $plain } % of the cells, the VAE’s { $vae } %. In a gap of the plain map, at { $z }, its decoder still draws something, but no test image landed there.

lesson-similar-title = Does the KL term bring similar images together?
lesson-similar-text = Similar images should get nearby codes. Take one held-out test image and look at its 10 nearest test codes in three designs: how many show the same class?
# Variables: $label (the image's class)
lesson-similar-ask = Predict first: in which design are this { $label }’s nearest neighbours most often the same class?
lesson-similar-figure = The 10 nearest test images in each design (rows: plain autoencoder, VAE, β-VAE); framed red: another class.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }: { $same } of { $k } the same class; over all test codes { $agreement } %
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = Over all test codes, the { $model } keeps the most neighbours in the same class: { $agreement } % of each code’s 10 nearest.

lesson-epochs-title = How many epochs until the space is coherent?
lesson-epochs-text = During training the VAE’s map was saved at several epochs. How fast do similar images come together?
# Variables: $within (percentage points)
lesson-epochs-ask = Predict first: from which epoch on is the 10-NN agreement within { $within } points of its final value?
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = epoch { $n }
lesson-epochs-figure = The VAE’s map accuracy (blue) and 10-NN agreement (black) at each saved epoch; the red line marks the answer.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = epoch { $n }: map accuracy { $accuracy } %, 10-NN agreement { $knn } %, test loss { $loss } nats/image
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = From epoch { $epoch } on the 10-NN agreement ({ $knn } %) is within { $within } points of its value at epoch { $last_epoch } ({ $last } %): most of the structure forms in the first epochs.

# Variables: $design (a design the step needs)
lesson-no-design = This dataset has no { $design } to compare with.
# A link under the epochs question's evidence: the page's training evolution at that epoch.
# Variables: $epoch
lesson-epochs-open = See the map at epoch { $epoch } in the training evolution
