# The lesson "How the map is made", in German (de, Deutsch); addresses the learner with informal "du", as page.ftl does.
# Checked: against the glossary (glossary.md in this folder, terms of page.ftl) and by a back-translation of a sample of
# messages into English by a language model (see glossary.md); not yet reviewed by a native-speaking teacher.
# Uncertain: lesson-encode-predict, lesson-encode-guess, lesson-meshgrid-title, lesson-bounds-text, lesson-classify-differs, lesson-sparse-figure, lesson-epochs-ask, lesson-epochs-row, lesson-epochs-revealed
# "the trainer" (the program that trained the model and computed the stored map) = das Trainingsprogramm;
# "box" = Rechteck; "sweep" = Durchlauf; "block" = Block; "guess" = Schätzung. Terms: see glossary.md.
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = Wie die Karte entsteht
lesson-close = Lektion schließen
lesson-steps =
    .aria-label = Schritte der Lektion
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = Schritt { $n } von { $count }
lesson-back = Zurück
lesson-next = Nächster Schritt
lesson-more = Mehr in der Dokumentation
lesson-loading = Die Dateien der Lektion werden geladen…
# A latent point, e.g. "(0.66, −1.25)".
# Variables: $z1, $z2 (two decimals)
lesson-z = ({ $z1 }; { $z2 })
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct } %
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = T-Shirt/Top
lesson-class-fashion-1 = Hose
lesson-class-fashion-2 = Pullover
lesson-class-fashion-3 = Kleid
lesson-class-fashion-4 = Mantel
lesson-class-fashion-5 = Sandale
lesson-class-fashion-6 = Hemd
lesson-class-fashion-7 = Sneaker
lesson-class-fashion-8 = Tasche
lesson-class-fashion-9 = Stiefelette

## Step 1: encode (predict, then reveal)

lesson-encode-title = Encodieren: Aus einem Bild werden zwei Zahlen
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = Der Encoder liest dieses zurückgehaltene Testbild, 784 Pixel, die das Modell im Training nie gesehen hat, und gibt zwei Zahlen zurück: μ = (μ₁, μ₂), einen Punkt der Ebene. { $vae ->
    [yes] Ein VAE gibt außerdem σ aus, also wie unsicher er ist: Die Ellipsen um μ sind 1σ und 2σ.
   *[no] Diese Bauart gibt einen einzelnen Punkt aus, ohne Streuung.
}
# Variables: $label (the image's true class)
lesson-encode-predict = Schätze zuerst: Wo landet dieses Bild (Klasse { $label })? Klicke auf die Karte oder bewege den Cursor dorthin und drücke „Schätzung am Cursor“.
lesson-encode-guess = Schätzung am Cursor
lesson-encode-another = Ein anderes Bild
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = μ = { $mu }. Deine Schätzung { $guess } lag { $distance } latente Einheiten von μ entfernt.
lesson-encode-image =
    .aria-label = Das zurückgehaltene Testbild, das der Encoder liest

## Step 2: bounds

lesson-bounds-title = Grenzen: Wo die Karte beginnt und endet
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = Nach dem Training hat das Trainingsprogramm alle { $train } Trainingsbilder encodiert; { $n } davon sind hier eingezeichnet, nach Klasse eingefärbt. Auf jeder Achse hat es die untersten und die obersten { $tail } % abgeschnitten (gestrichelte Linien: z₁ von { $lo1 } bis { $hi1 }, z₂ von { $lo2 } bis { $hi2 }) und dann auf jeder Seite { $margin } % dieses Bereichs hinzugefügt. Dieses Rechteck bildet die Grenzen der Karte: z₁ von { $min1 } bis { $max1 }, z₂ von { $min2 } bis { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = Gitter: ein Raster über dem Rechteck
# Variables: $w, $h (cells across and down), $cells (w × h), $side (blocks drawn per side)
lesson-meshgrid-text = Das Rechteck wird in ein Gitter (Meshgrid) aus { $w } × { $h } Zellen zerlegt, insgesamt { $cells } Punkte, einer in der Mitte jeder Zelle. Hier eingezeichnet: { $side } × { $side } Blöcke davon. Jede Zelle bekommt ein decodiertes Bild und eine Farbe.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = Decodieren: Aus jeder Zelle wird ein Bild
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = Der Decoder verwandelt den Mittelpunkt einer Zelle in ein 28 × 28-Bild. Drücke „Abspielen“: Der Durchlauf decodiert live einen Blockmittelpunkt nach dem anderen, mit dem Decoder dieser Seite, und legt das Bild auf seinen Block. Das Trainingsprogramm hat dasselbe für alle { $cells } Zellen getan.
lesson-play = Abspielen
lesson-pause = Pause
lesson-forward = Eine Zelle vor
lesson-backward = Eine Zelle zurück
lesson-speed = Tempo
lesson-speed-slow = Langsam
lesson-speed-normal = Normal
lesson-speed-fast = Schnell
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = { $n } von { $count } Zellen
lesson-tile =
    .aria-label = Das decodierte Bild der Zelle, bei der der Durchlauf gerade ist

## Step 5: classify and colour

lesson-classify-title = Klassifizieren und einfärben
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = Ein separater Klassifikator betrachtet jedes decodierte Bild und sagt, welche Klasse er darin sieht. Die Zelle bekommt die Farbe dieser Klasse, blasser, wo der Klassifikator weniger sicher ist. Block für Block entsteht so die Klassenkarte. Hier wird der Mittelpunkt jedes Blocks live klassifiziert; das Trainingsprogramm hat alle { $cells } Zellen klassifiziert.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = Auch die gespeicherte Karte sagt an dieser Zelle { $class }.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = Die gespeicherte Karte sagt an dieser Zelle { $class }: fast ein Gleichstand.
lesson-classify-done = Fertig: Das ist die Klassenkarte, die du erkundest.
lesson-bars =
    .aria-label = Die Wahrscheinlichkeiten des Klassifikators für die Zelle, bei der der Durchlauf gerade ist

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = Schritt { $n } von { $count }: { $title }.
lesson-say-sweep-empty = Der Durchlauf hat noch nicht begonnen.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = Zelle { $n } von { $count }, decodiert bei { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = Zelle { $n } von { $count }, decodiert bei { $z }: { $class }, { $percent } % Konfidenz.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = Die Lektion konnte { $url } nicht laden: { $why }
# Variables: $url, $why
lesson-dims-missing = Die Studie zur Größe des latenten Raums konnte nicht geladen werden ({ $url }: { $why }). Sie wurde nur mit MNIST-Ziffern durchgeführt: Wähle MNIST-Ziffern, um diese Frage zu sehen.
lesson-timed-out = innerhalb von { $seconds } s kam nichts an
# Variables: $detail
lesson-error-internal = Interner Fehler in der Lektion: { $detail }
# Variables: $detail
lesson-error-render = Die Lektion konnte nicht gezeichnet werden: { $detail }
# Variables: $detail
lesson-error-mount = Die Lektion konnte nicht starten: { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = Deine Schätzung
lesson-q-image =
    .aria-label = Das zurückgehaltene Testbild, um das es in der Frage geht
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = Deine Schätzung: { $choice }. { $said }
lesson-design-plain = Einfacher Autoencoder
lesson-design-vae = VAE (β = 1)
lesson-design-beta4 = β-VAE (β = 4)

lesson-dims-title = Wie wenige Zahlen genügen, um das Bild zu bewahren?
lesson-dims-text = Jedes Modell hier presst ein Bild in einen Code. Mit nur zwei Zahlen können wir den Code als Punkt auf einer Karte zeichnen, aber wie viel vom Bild bleibt dabei erhalten? Die Studie hat denselben VAE mit unterschiedlich langen Codes trainiert.
lesson-dims-ask = Schätze zuerst: Ab wie vielen Zahlen sehen die Rekonstruktionen für dich richtig aus?
# An option of the prediction.
# Variables: $n (numbers in the code)
lesson-dims-option = { $n } Zahlen
lesson-dims-figure = Oberste Reihe: zurückgehaltene Testbilder. Darunter: ihre Rekonstruktionen durch die Modelle mit immer mehr Zahlen im Code (eine Reihe pro Modell, in der Reihenfolge der Zeilen unten).
# Variables: $n (numbers in the code), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n } Zahlen: Rekonstruktion { $nats } nats/Bild, MSE { $mse } pro Pixel
# Variables: $small, $large (the smallest and the largest code), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = Mit { $small } Zahlen kostet die Rekonstruktion auf den Testdaten { $small_nats } nats/Bild, mit { $large } Zahlen { $large_nats }: Zwei Zahlen bewahren die Klasse, mehr Zahlen bewahren die Details.

lesson-sparse-title = Wie dünn besetzt ist ein unbeschränkter latenter Raum?
lesson-sparse-text = Ein einfacher Autoencoder kann seine Codes überall in der Ebene ablegen. Beim VAE zieht der KL-Term jeden Code zu einer Standardnormalverteilung um den Ursprung.
lesson-sparse-ask = Schätze zuerst: Bei welcher Bauart lassen die Testcodes mehr von ihrem Rechteck leer?
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = Die Testcodes (dunkle Punkte) jeder Bauart auf ihrer eigenen Klassenkarte (links: einfacher Autoencoder, rechts: VAE); blass: die Zellen eines { $bins } × { $bins }-Gitters ohne Code; umkreist: eine leere Zelle auf der Karte des einfachen Autoencoders, und rechts, was dessen Decoder dort zeichnet.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }: Testcodes in { $share } % der Zellen
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = Die Testcodes des einfachen Autoencoders belegen { $plain } % der Zellen, die des VAE { $vae } %. In einer Lücke der Karte des einfachen Autoencoders, bei { $z }, zeichnet dessen Decoder trotzdem etwas, aber dort ist kein Testbild gelandet.

lesson-similar-title = Bringt der KL-Term ähnliche Bilder zusammen?
lesson-similar-text = Ähnliche Bilder sollten nahe beieinanderliegende Codes bekommen. Nimm ein zurückgehaltenes Testbild und sieh dir seine 10 nächsten Testcodes in drei Bauarten an: Wie viele davon zeigen dieselbe Klasse?
# Variables: $label (the image's class)
lesson-similar-ask = Schätze zuerst: Bei welcher Bauart gehören die nächsten Nachbarn dieses Bildes (Klasse { $label }) am häufigsten zur selben Klasse?
lesson-similar-figure = Die 10 nächsten Testbilder in jeder Bauart (Reihen: einfacher Autoencoder, VAE, β-VAE); rot umrahmt: eine andere Klasse.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }: { $same } von { $k } in derselben Klasse; über alle Testcodes { $agreement } %
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = Über alle Testcodes behält die Bauart „{ $model }“ die meisten Nachbarn in derselben Klasse: { $agreement } % der 10 nächsten Nachbarn jedes Codes.

lesson-epochs-title = Wie viele Epochen, bis der Raum zusammenhängend ist?
lesson-epochs-text = Während des Trainings wurde die Karte des VAE in mehreren Epochen gespeichert. Wie schnell finden ähnliche Bilder zueinander?
# Variables: $within (percentage points)
lesson-epochs-ask = Schätze zuerst: Ab welcher Epoche liegt die 10-NN-Übereinstimmung höchstens { $within ->
    [one] { $within } Prozentpunkt
   *[other] { $within } Prozentpunkte
} von ihrem Endwert entfernt?
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = Epoche { $n }
lesson-epochs-figure = Die Kartengenauigkeit (blau) und die 10-NN-Übereinstimmung (schwarz) des VAE in jeder gespeicherten Epoche; die rote Linie markiert die Antwort.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = Epoche { $n }: Kartengenauigkeit { $accuracy } %, 10-NN-Übereinstimmung { $knn } %, Testverlust { $loss } nats/Bild
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = Ab Epoche { $epoch } liegt die 10-NN-Übereinstimmung ({ $knn } %) höchstens { $within ->
    [one] { $within } Prozentpunkt
   *[other] { $within } Prozentpunkte
} von ihrem Wert in Epoche { $last_epoch } ({ $last } %) entfernt: Der Großteil der Struktur entsteht in den ersten Epochen.

# Variables: $design (a design the step needs)
lesson-no-design = Für diesen Datensatz gibt es kein Modell der Bauart „{ $design }“ zum Vergleich.
lesson-epochs-open = Die Karte bei Epoche { $epoch } in der Trainingsentwicklung ansehen
