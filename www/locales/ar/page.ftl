# The latent space explorer's page, in Arabic (ar): Modern Standard Arabic, written right to left.
# واجهة «مستكشف الفضاء الكامن» بالعربية الفصحى المعاصرة، كما في مقررات تعلّم الآلة وكتبه العربية.
# Checked: against glossary.md (this folder, the field's terms used consistently) and by a language
# model's back-translation of a sample of messages into English (in glossary.md); not yet reviewed by a
# native-speaking teacher.
# Plurals: Arabic CLDR categories zero (0), one, two, few (3–10), many (11–99), other (100–102, fractions);
# a count that is never 0 has no [zero] variant (0 would fall back to *[other]).
# The learner is addressed with the generic masculine singular imperative (ارسم، اختر، كبّر), as Arabic
# teaching material usually does.
# Right to left: the program isolates every variable. Text the user types in the address (epoch=4,
# z=1.5,-0.25, ?bundle=…, img=12, a file path) and the standalone math readouts (z = (…, …), the
# spread a × b, the formula in page-lede and explain-1, .safetensors in train-drop-label) are also wrapped in U+2066 LEFT-TO-RIGHT ISOLATE …
# U+2069 POP DIRECTIONAL ISOLATE (invisible) so that they keep their left-to-right order in Arabic text.
# Uncertain: class-fashion-2, class-fashion-9, tool-tiles, explain-2, enc-readout-mu, metric-test_knn10_agreement, interp-blend-caption
# Terms: see glossary.md in this folder.

## Numbers and units

# Variables: $kb (a whole number)
size-kb = { $kb } كيلوبايت
# Variables: $mb (one decimal)
size-mb = { $mb } ميغابايت
# A confidence, e.g. "97 %". Variables: $pct (a whole number)
percent = { $pct }%
# The point under the cursor, in latent units. Variables: $z1, $z2 (three decimals).
# Arabic writes a decimal point here, so the two numbers keep their comma.
z-readout = ⁦z = ({ $z1 }, { $z2 })⁩
# Beside the epoch slider. Variables: $loss (the loss's name, e.g. −ELBO), $nats (one decimal)
test-loss = { $loss } على الاختبار { $nats } نات/صورة

## Loading

# A message written by the browser or a file, shown as it is. Variables: $text
verbatim = { $text }
# Why a download failed: it stalled. Variables: $seconds (a whole number)
why-stalled = لم يصل أي شيء كامل خلال { $seconds } ث؛ تحقّق من الاتصال وأعد المحاولة
# Variables: $url (an address), $why (the browser's reason, in its words)
load-failed = تعذّر تحميل { $url }: { $why }.
# Variables: $url, $seconds
load-stalled = توقّف تحميل { $url }: لم يصل أي شيء كامل خلال { $seconds } ث. تحقّق من الاتصال وأعد المحاولة.

## Fashion-MNIST's classes (digits need no translation)

class-fashion-0 = تي شيرت/بلوزة
class-fashion-1 = بنطال
class-fashion-2 = كنزة
class-fashion-3 = فستان
class-fashion-4 = معطف
class-fashion-5 = صندل
class-fashion-6 = قميص
class-fashion-7 = حذاء رياضي
class-fashion-8 = حقيبة
class-fashion-9 = بوت للكاحل

## Said to screen readers as the cursor moves and the map zooms

# Variables: $class (a class name), $confidence (e.g. "97 %"), $z (e.g. "z = (0.655, 0.543)")
say-class-at = الفئة { $class }، بثقة { $confidence }، عند { $z }
say-off-map = خارج الخريطة
# Variables: $zoom (the zoom factor, e.g. 4 or 2.5), $z1min, $z1max, $z2min, $z2max (two decimals)
say-zoomed = تكبير { $zoom }×: z₁ من { $z1min } إلى { $z1max }، و z₂ من { $z2min } إلى { $z2max }.
say-whole-map = تُعرض الخريطة كاملةً.
# A line about the address. Variables: $asked and $shown (e.g. "centre=1.5,-0.25", kept as typed in the address), $zoom
notice-centre-moved = { $asked } يعرض عند التكبير { $zoom } نافذةً تمتد خارج هذه الخريطة؛ تُعرض بدلًا منها أقرب نافذة داخلها، { $shown }.

## The training evolution (snapshots of the latent space during training)

# Beside the epoch slider. Variables: $epoch, $last (whole numbers), $loss (e.g. "Test −ELBO 142.4 nats/image")
evo-epoch-loss = الحقبة { $epoch } من { $last }: { $loss }
# Under the decoded image: which decoder drew it.
decoder-final = فاكّ التشفير: النموذج النهائي.
# Variables: $epochs (how many epochs the model trained; never 0)
decoder-final-epochs = { $epochs ->
    [one] فاكّ التشفير: النموذج النهائي (حقبة واحدة).
    [two] فاكّ التشفير: النموذج النهائي (حقبتان).
    [few] فاكّ التشفير: النموذج النهائي ({ $epochs } حقب).
    [many] فاكّ التشفير: النموذج النهائي ({ $epochs } حقبة).
   *[other] فاكّ التشفير: النموذج النهائي ({ $epochs } حقبة).
}
# Variables: $epoch
decoder-epoch = فاكّ التشفير: الحقبة { $epoch }.
# Variables: $epoch
decoder-playing = قيد التشغيل: الخريطة خريطة الحقبة { $epoch }؛ أوقف التشغيل مؤقتًا لفك التشفير بفاكّ تشفير تلك الحقبة.
# Variables: $epoch
decoder-loading = جارٍ تحميل فاكّ تشفير الحقبة { $epoch }…
say-evo-closed = أُغلق تطوّر التدريب: عُدنا إلى النموذج النهائي.
# Variables: $snapshots, $first, $last (whole numbers), $epoch (e.g. "Epoch 4 of 20: Test −ELBO 160.2 nats/image")
say-evo-opened = { $snapshots ->
    [one] تطوّر التدريب: لقطة واحدة، الحقب من { $first } إلى { $last }. { $epoch }
    [two] تطوّر التدريب: لقطتان، الحقب من { $first } إلى { $last }. { $epoch }
    [few] تطوّر التدريب: { $snapshots } لقطات، الحقب من { $first } إلى { $last }. { $epoch }
    [many] تطوّر التدريب: { $snapshots } لقطة، الحقب من { $first } إلى { $last }. { $epoch }
   *[other] تطوّر التدريب: { $snapshots } لقطة، الحقب من { $first } إلى { $last }. { $epoch }
}
say-evo-playing = يجري تشغيل تطوّر التدريب.
# Variables: $epoch (as in say-evo-opened)
say-evo-paused = متوقّف مؤقتًا. { $epoch }
# Variables: $url, $why (the reason)
evo-load-failed = تعذّر تحميل تطوّر التدريب { $url }: { $why }
# Variables: $evo, $model (numbers of classes)
evo-classes-differ = عدد الفئات في تطوّر التدريب { $evo } وفي النموذج { $model }؛ لذا لا يُعرض.
# Variables: $why (why the file could not be loaded)
decoder-missing = لا يوجد فاكّ تشفير لهذه الحقبة: { $why }
# A line about the address. Variables: $asked, $shown (epochs), $epochs (the list of epochs with a snapshot, e.g. "0, 1, 2, 4")
notice-no-snapshot = لا توجد لقطة عند الحقبة { $asked }؛ تُعرض الحقبة { $shown } (اللقطات: { $epochs }).
# Variables: $asked, $shown (e.g. "z = (1.500, -0.250)"), $epoch
notice-z-off-epoch = النقطة { $asked } خارج خريطة الحقبة { $epoch }؛ تُعرض عند أقرب نقطة عليها، { $shown }.
# Variables: $url, $why (the file check's or browser's reason, a sentence of its own)
load-failed-file = تعذّر تحميل { $url }: { $why }

## Loading the models

# Variables: $why (the file check's reason, naming the file)
load-failed-manifest = تعذّر تحميل { $why }.
# The loading line. Variables: $model (e.g. "MNIST · VAE"), $size (e.g. "470 kB")
model-and-size = { $model }، { $size }
# A failed switch while the old model stays. Variables: $why (the sentence why), $model (the model still shown)
switch-failed-still = { $why } ما زال { $model } معروضًا.
# Said when another model is on screen. Variables: $model (e.g. "MNIST · VAE")
say-showing = يُعرض الآن { $model }.

## Lines about the address (values that were ignored, clamped or replaced)

# Variables: $asked (as typed), $shown (a model id), $models (the list of model ids)
notice-no-model = لا يوجد نموذج «{ $asked }»؛ يُعرض { $shown } بدلًا منه. النماذج: { $models }.
# Variables: $asked (as typed), $shown (a dataset id), $datasets (the list of dataset ids)
notice-no-dataset = لا توجد مجموعة بيانات «{ $asked }»؛ تُعرض { $shown } بدلًا منها. مجموعات البيانات: { $datasets }.
# Variables: $asked, $shown (points as the address writes them, e.g. "z=1000,-1000")
notice-z-off-map = النقطة { $asked } خارج هذه الخريطة؛ نُقلت إلى أقرب نقطة عليها، { $shown }.
# Variables: $epoch
notice-no-evolution = تم تجاهل ⁦epoch={ $epoch }⁩: ليس لهذا النموذج تطوّر تدريب.
# Variables: $value (as typed)
notice-bad-epoch = تم تجاهل ⁦epoch=«{ $value }»⁩: الحقبة عدد صحيح مثل ⁦epoch=4⁩.
# Variables: $key (z, centre, a or b), $value (as typed)
notice-bad-point = تم تجاهل ⁦{ $key }=«{ $value }»⁩: المتوقَّع عددان منتهيان مثل ⁦{ $key }=1.5,-0.25⁩.
# Variables: $value (as typed), $max (the largest zoom), $shown (the zoom shown, as the address writes it)
notice-zoom-clamped = ⁦zoom=«{ $value }»⁩ خارج المدى من 1 إلى { $max }: يُعرض ⁦zoom={ $shown }⁩.
# Variables: $value, $max
notice-bad-zoom = تم تجاهل ⁦zoom=«{ $value }»⁩: التكبير عدد من 1 إلى { $max } مثل ⁦zoom=4⁩.
# Variables: $key (train_steps or train_limit), $value
notice-bad-count = تم تجاهل ⁦{ $key }=«{ $value }»⁩: المتوقَّع عدد صحيح من 1 فما فوق.
# Variables: $key (embed, present, legend, …), $value
notice-bad-flag = تم تجاهل ⁦{ $key }=«{ $value }»⁩: استخدم ⁦{ $key }=1⁩ أو ⁦{ $key }=0⁩.
# Variables: $value
notice-bad-bundle = تم تجاهل ⁦bundle=«{ $value }»⁩: لا يمكن تحميل إلا الملفات الموجودة على هذا الموقع (مسار مثل ⁦weights/mnist/vae.safetensors⁩).
# Variables: $value, $langs (the list of language codes)
notice-bad-lang = تم تجاهل ⁦lang=«{ $value }»⁩: اللغات المتاحة هي { $langs }.
# Variables: $value, $views (the list of view names)
notice-bad-view = تم تجاهل ⁦view=«{ $value }»⁩: العروض المتاحة هي { $views }.
# Variables: $value
notice-bad-img = تم تجاهل ⁦img=«{ $value }»⁩: صورة الاختبار رقم مثل ⁦img=12⁩.

## The page's language

# Said when the page changes language. Variables: $lang (the language's own name, e.g. "Deutsch")
say-language = اللغة: { $lang }.
# Variables: $lang (the language's own name), $url (the file), $why (the reason)
notice-lang-failed = تعذّر تحميل نصوص { $lang } ({ $url }): { $why } تبقى الصفحة بلغتها الحالية.

## The embed dialog, files from disk, the training panel

say-embed-copied = نُسخ رمز التضمين إلى الحافظة.
say-embed-not-copied = لم يسمح المتصفح بالنسخ: حدّد الرمز وانسخه يدويًا.
# Variables: $file (the file's name), $design (plain, bounded, vae or beta-vae), $seed (a whole number)
file-showing = يُعرض { $file } على الخريطة أعلاه ({ $design }، البذرة { $seed }).
# Variables: $file, $seed
file-showing-no-design = يُعرض { $file } على الخريطة أعلاه (بلا تصميم، البذرة { $seed }).
# Variables: $file, $why (the loader's reason)
file-open-failed = تعذّر فتح { $file }: { $why }
# Variables: $why (the browser's reason)
train-module-failed = تعذّر تحميل عرض التدريب: { $why }

## The hands-on views

# The views' names, as on their buttons and in sentences
tool-encode = تشفير صورة
tool-interp = الاستيفاء
tool-classify = ما يراه المُصنِّف
tool-tiles = تبليط بصور فك التشفير
# Said when a view opens or closes. Variables: $tool (a view's name)
say-tool-opened = فُتح العرض: { $tool }.
say-tool-closed = أُغلق العرض: { $tool }.
# The loading line of a view's files. Variables: $which (which files: encoder, classifier, tests, or two or three of them joined by "-")
tool-files-loading = { $which ->
    [encoder] جارٍ تحميل المُشفِّر…
    [classifier] جارٍ تحميل المُصنِّف…
    [tests] جارٍ تحميل صور الاختبار…
    [encoder-classifier] جارٍ تحميل المُشفِّر والمُصنِّف…
    [encoder-tests] جارٍ تحميل المُشفِّر وصور الاختبار…
    [classifier-tests] جارٍ تحميل المُصنِّف وصور الاختبار…
   *[encoder-classifier-tests] جارٍ تحميل المُشفِّر والمُصنِّف وصور الاختبار…
}
tool-no-encoder = يحتاج التشفير إلى المُشفِّر، وملف العرض لا يحتويه: النموذج المعروض على الخريطة فُتح من ملف، ولا تستطيع الصفحة جلب مُشفِّره. اختر نموذجًا من القائمة، أو افتح ملف العرض الخاص به من عنوان هذا الموقع (⁦?bundle=…⁩) حتى يُعثر على الملفات الموجودة بجانبه.
tool-no-classifier = يحتاج هذا العرض إلى مُصنِّف مجموعة بيانات النموذج، وهو غير موجود على هذا الموقع: النموذج المعروض على الخريطة فُتح من ملف، ولا تستطيع الصفحة جلب مُصنِّف مجموعة بياناته. اختر نموذجًا من القائمة، أو افتح ملف العرض الخاص به من عنوان هذا الموقع (⁦?bundle=…⁩) حتى يُعثر على الملفات الموجودة بجانبه.

## Share: the link and the picture

share-drawing-not-in-link = الرسم ليس جزءًا من الرابط: يفتح الرابط لوحة رسم فارغة.
# The PNG's title line. Variables: $model (e.g. "MNIST · VAE"), $z (e.g. "z = (0.655, 0.543)")
png-title = { $model } · { $z }
# Variables: $model, $epoch, $last (whole numbers), $z
png-title-epoch = { $model } · الحقبة { $epoch } من { $last } · { $z }
# The PNG's line under the map. Variables: $z1min, $z1max, $z2min, $z2max (two decimals)
png-caption = z₁ من { $z1min } إلى { $z1max }، و z₂ من { $z2min } إلى { $z2max }
# Variables: $range (the line above), $zoom (the zoom factor)
png-caption-zoom = { $range } (تكبير { $zoom }×)
# Variables: $link (the address)
share-link-copied = نُسخ الرابط: { $link }
share-link-not-copied = تعذّر استخدام الحافظة؛ الرابط هو: { $link }
# Variables: $text (one of the two lines above), $note (share-drawing-not-in-link)
share-with-note = { $text } ({ $note })
# Variables: $file (the PNG's name)
share-png-saved = حُفظ { $file }.
share-png-asked = طُلب من المتصفح حفظ { $file }. إن لم يصل أي ملف، فهذا التضمين يمنع التنزيلات: افتح المستكشف في علامة تبويب مستقلة لتحفظ الصورة.
# Variables: $why (the browser's reason)
share-png-failed = تعذّر حفظ صورة PNG: { $why }

## Interpolate

# Variables: $z (e.g. "z = (0.655, 0.543)")
say-interp-start-set = عُيّنت البداية عند { $z }.
say-interp-end-set = عُيّنت النهاية عند { $z }.
say-interp-encode-first = شفّر صورة أولًا («تشفير صورة»).
# Said when the strip is drawn. Variables: $a, $b (the ends, e.g. "z = (0.655, 0.543)"), $classes (the class of each step, a list), $changes (how many class changes), $steps (where they are, e.g. "3–4, 7–8")
say-interp-done = { $changes ->
    [0] تم الاستيفاء من { $a } إلى { $b }: { $classes }؛ لا تتغيّر الفئة.
    [one] تم الاستيفاء من { $a } إلى { $b }: { $classes }؛ تتغيّر الفئة بين الخطوتين { $steps }.
   *[other] تم الاستيفاء من { $a } إلى { $b }: { $classes }؛ تتغيّر الفئة بين الخطوات { $steps }.
}

## Encode an image

say-pad-empty = لوحة الرسم فارغة.
say-pad-cleared = مُسحت لوحة الرسم.
# Said when an image is encoded. Variables: $z (μ, e.g. "z = (0.655, 0.543)"), $class (the map's class at μ)
say-encoded-drawing = شُفِّر رسمك إلى { $z }، فئة الخريطة { $class }.
say-encoded-drawing-off = شُفِّر رسمك إلى { $z }، خارج الخريطة.
# Variables: $index (the test image's number), $label (its true class), $z, $class
say-encoded-test = شُفِّرت صورة الاختبار { $index } (التسمية { $label }) إلى { $z }، فئة الخريطة { $class }.
say-encoded-test-off = شُفِّرت صورة الاختبار { $index } (التسمية { $label }) إلى { $z }، خارج الخريطة.
say-neighbours = { $same } من أقرب { $k } شيفرات اختبار إليها من الفئة { $class }.
say-neighbours-both = { $first }: { $same1 } من أقرب { $k } شيفرات اختبار إليها من الفئة { $class }. { $second }: { $same2 } من { $k }.
# A line about the address. Variables: $index (as asked), $count (how many test images), $last (the last index)
notice-img-past-end = ⁦img={ $index }⁩ بعد آخر صورة اختبار: عدد الصور في هذا الملف { $count } (من ⁦img=0⁩ إلى ⁦img={ $last }⁩)؛ تُعرض ⁦img={ $last }⁩.

## What the classifier sees

# A probability with one decimal, e.g. "97.3 %". Variables: $pct
percent-tenths = { $pct }%
# Variables: $class (what the classifier sees), $confidence (e.g. "97 %"), $cell (the map cell's class), $width, $height (the map's cells), $ms (milliseconds, one decimal)
classify-note-differs = عند هذه النقطة بالضبط يرى المُصنِّف { $class } ({ $confidence })، لكن خلية الخريطة تقول { $cell }: الخريطة عيّنة من المستوى بحجم { $width } × { $height }، فُكّ تشفيرها عند مراكز الخلايا. ({ $ms } ملي ثانية لكل فك تشفير + تصنيف)
# Variables: $class, $confidence, $z (e.g. "z = (0.655, 0.543)"), $ms
classify-note-agrees = يرى المُصنِّف { $class } ({ $confidence }) عند { $z }، كما تقول خلية الخريطة. ({ $ms } ملي ثانية لكل فك تشفير + تصنيف)
# The encode view's readouts. Variables: $s1, $s2 (σ, three decimals)
enc-sigma = ⁦({ $s1 }, { $s2 })⁩
enc-sigma-none = – (ليس VAE: نقطة واحدة بلا انتشار)
enc-off-map = خارج الخريطة
# Variables: $class, $confidence (e.g. "97 %")
enc-map-class = { $class } ({ $confidence })
enc-encoding = جارٍ التشفير…
# Variables: $label (the true class), $index (the test image's number)
enc-truth-test = { $label } (صورة الاختبار { $index })
enc-truth-drawing = – (رسمك)
enc-neighbours = { $same } من { $k } من الفئة { $class }
enc-neighbours-wait = جارٍ تشفير صور الاختبار… { $done } من { $count }
enc-neighbours-none = – (اختر صورة اختبار، أو قارن مع نموذج ثانٍ)
# Placeholders in readouts
ellipsis = …
dash = –
# The interpolation's ends. Variables: $a, $b (e.g. "z = (0.655, 0.543)")
interp-ends = من A { $a } إلى B { $b }.
interp-end-a = A { $a }. انقر على الخريطة (أو اضغط «النهاية عند المؤشر») لتعيين B.
interp-ends-none = انقر على الخريطة مرتين (البداية ثم النهاية)، أو حرّك المؤشر واضغط الأزرار.
# A step of the strip (a tooltip). Variables: $step (its number), $class, $confidence (e.g. "97 %")
interp-step = الخطوة { $step }: { $class }، { $confidence }
# Read by screen readers after a step's class
interp-class-changes = (تتغيّر الفئة هنا)

## Tile with decodes

# Variables: $n (tiles per side), $z1min, $z1max, $z2min, $z2max (two decimals), $ms (milliseconds), $width, $height (the class map's cells)
tiles-note-window = شبكة من { $n } × { $n } من الصور تغطي النافذة المكبَّرة (z₁ من { $z1min } إلى { $z1max }، و z₂ من { $z2min } إلى { $z2max })، فُكّ تشفير كلٍّ منها عند مركز بلاطتها في استدعاء واحد مُجمَّع لفاكّ التشفير ({ $ms } ملي ثانية)؛ كبّر أو حرّك الخريطة فيُعاد فك تشفيرها. وتحتها خريطة الفئات بحجم { $width }×{ $height }.
# Variables: $n, $ms, $width, $height
tiles-note-whole = شبكة من { $n } × { $n } من الصور تغطي الخريطة كاملةً، فُكّ تشفير كلٍّ منها عند مركز بلاطتها في استدعاء واحد مُجمَّع لفاكّ التشفير ({ $ms } ملي ثانية)؛ كبّر أو حرّك الخريطة فيُعاد فك تشفيرها. وتحتها خريطة الفئات بحجم { $width }×{ $height }.

## The model's figures (test-set figures are held-out test images)

# Row labels, by metric key
metric-test_neg_elbo_nats = −ELBO على الاختبار
metric-test_reconstruction_nats = إعادة البناء على الاختبار
metric-test_kl_nats = KL على الاختبار
metric-test_mse_per_pixel = MSE على الاختبار
metric-classifier_test_accuracy = دقة المُصنِّف على الاختبار
metric-test_map_accuracy = صور الاختبار الواقعة في منطقة فئتها
metric-map_test_accuracy = صور الاختبار الواقعة في منطقة فئتها
metric-test_share_inside_bounds = صور الاختبار داخل الخريطة
metric-train_share_inside_bounds = نسبة صور التدريب داخل الحدود
metric-test_knn10_agreement = الفئة نفسها بين أقرب 10 شيفرات إلى شيفرة الاختبار
metric-test_occupied_share_32 = مساحة الخريطة التي تشغلها شيفرات الاختبار (32 × 32 خلية)
metric-train_images = صور التدريب
metric-epochs = الحقب
metric-train_seconds = زمن التدريب
metric-map_seconds = زمن خريطة الفئات
metric-snapshot_seconds = زمن اللقطات
metric-final_train_loss_nats = خسارة التدريب النهائية
metric-test_range_z1 = مدى z1 على الاختبار
metric-test_range_z2 = مدى z2 على الاختبار
metric-test_range_1_99_z1 = مدى z1 على الاختبار (1–99)
metric-test_range_1_99_z2 = مدى z2 على الاختبار (1–99)
# The spread row. Variables: $a, $b (the ranges of z₁ and z₂, two decimals), $c, $d (the same for the middle 98 %)
metric-spread-label = انتشار شيفرات الاختبار، z₁ × z₂
metric-spread = ⁦{ $a } × { $b }⁩
metric-spread-1-99 = ⁦{ $a } × { $b }⁩ (1%–99%: ⁦{ $c } × { $d }⁩)
# Values with their units. Variables: $v
unit-nats = { $v } نات/صورة
unit-per-pixel = { $v } لكل بكسل
unit-min = { $v } د
unit-s = { $v } ث
unit-plain = { $v }
# The heading of the figures. Variables: $model (its label), $dataset (e.g. MNIST), $epochs (how many epochs it trained; never 0)
metrics-title = { $model } على { $dataset }
metrics-title-epochs = { $epochs ->
    [one] { $model } على { $dataset }، حقبة واحدة
    [two] { $model } على { $dataset }، حقبتان
    [few] { $model } على { $dataset }، { $epochs } حقب
    [many] { $model } على { $dataset }، { $epochs } حقبة
   *[other] { $model } على { $dataset }، { $epochs } حقبة
}
# The line of training figures. Variables: $figures (e.g. "Training images 60,000 · Epochs 20")
metrics-training = التدريب: { $figures }.
# A figure in that line. Variables: $label, $value
metrics-figure = { $label } { $value }

## The page around the map

# The loading line. Variables: $what (e.g. "MNIST · VAE, 470 kB")
status-loading = جارٍ تحميل { $what }…
status-loading-list = جارٍ تحميل قائمة النماذج…
# Variables: $why (why the list of models could not be loaded)
notice-no-switchers = { $why } قوائم تبديل النموذج غير متاحة.
embed-copied = نُسخ.
embed-not-copied = لم يُسمح بالنسخ: حدّد الرمز وانسخه.
# The model menu's first entry for a model opened from a file. Variables: $model (its name)
model-outside-list = { $model } (مفتوح، ليس في هذه القائمة)
train-module-loading = جارٍ تحميل عرض التدريب…
# Variables: $why (the browser's reason)
train-module-failed-retry = تعذّر تحميل عرض التدريب: { $why }. أغلق اللوحة وافتحها لإعادة المحاولة.

## The training evolution's controls

evo-open = تطوّر التدريب
evo-back = العودة إلى النموذج النهائي
# Variables: $size (e.g. "120 kB")
evo-loading = جارٍ تحميل تطوّر التدريب ({ $size })…
# Variables: $snapshots, $first, $last (whole numbers)
evo-hint = { $snapshots ->
    [one] شاهد هذا الفضاء الكامن يتشكّل: لقطة واحدة من الحقبة { $first } إلى { $last }.
    [two] شاهد هذا الفضاء الكامن يتشكّل: لقطتان من الحقبة { $first } إلى { $last }.
    [few] شاهد هذا الفضاء الكامن يتشكّل: { $snapshots } لقطات من الحقبة { $first } إلى { $last }.
    [many] شاهد هذا الفضاء الكامن يتشكّل: { $snapshots } لقطة من الحقبة { $first } إلى { $last }.
   *[other] شاهد هذا الفضاء الكامن يتشكّل: { $snapshots } لقطة من الحقبة { $first } إلى { $last }.
}
# Variables: $snapshot, $snapshots, $epoch, $last
evo-snapshot-of = اللقطة { $snapshot } من { $snapshots }، الحقبة { $epoch } من { $last }.
# The slider's value for screen readers. Variables: $epoch, $last
evo-slider-value = الحقبة { $epoch } من { $last }
# Beside "Epoch". Variables: $epoch, $last
evo-epoch-of = { $epoch } من { $last }
evo-play = تشغيل
evo-pause = إيقاف مؤقت
# How many test codes the points show. Variables: $count
evo-points-count = ({ $count })
# Under the decoded image. Variables: $ms (milliseconds, two decimals)
decode-ms = { $ms } ملي ثانية
# The readout when the cursor is off the map
readout-off-map = خارج الخريطة

## The map

# The map's label for screen readers. Variables: $width, $height (cells), $classes (the list of class names), $epoch
map-label = خريطة الفضاء الكامن، بحجم { $width } × { $height } خلية، ملوّنة بحسب الفئة التي يراها المُصنِّف في كل نقطة مفكوك تشفيرها ({ $classes }). استخدم مفاتيح الأسهم لتحريك المؤشر.
map-label-epoch = خريطة الفضاء الكامن عند حقبة التدريب { $epoch }، بحجم { $width } × { $height } خلية، ملوّنة بحسب الفئة التي يراها المُصنِّف في كل نقطة مفكوك تشفيرها ({ $classes }). استخدم مفاتيح الأسهم لتحريك المؤشر.
# The zoom factor beside the zoom buttons. Variables: $zoom
zoom-level = { $zoom }×
zoom-note = كبّر أو صغّر بعجلة الفأرة، أو بضمّ الإصبعين وفتحهما، أو بالأزرار، أو بالمفتاحين + و − على الخريطة.
# Variables: $zoom, $width, $height (the class map's cells), $cells (cells across the window)
zoom-note-zoomed = مكبَّرة { $zoom }×: الألوان هي العيّنة نفسها من إجابات المُصنِّف بحجم { $width } × { $height }، مكبَّرةً (كل مربع خلية واحدة من الشبكة؛ وعدد الخلايا عبر النافذة { $cells }). أما الصورة المفكوك تشفيرها والبلاطات فتستخدم z الدقيقة.
# The legend: a class's share of the map. Read after the percentage by screen readers.
legend-of-map = من الخريطة
# Variables: $pct (one decimal)
legend-share-title = { $pct }% من الخريطة

## The page's markup (www/index.html): each element with data-l10n-id
page-title = مستكشف الفضاء الكامن
page-description =
    .content = استكشف الفضاء الكامن ثنائي الأبعاد لمُشفِّرات تلقائية دُرِّبت على أرقام MNIST وملابس Fashion-MNIST: مرّر المؤشر فوق الخريطة فيُفكّ تشفير الصورة التي تحته مباشرةً في متصفحك؛ وشاهد الفضاء الكامن يتشكّل أثناء التدريب.
page-heading = مستكشف الفضاء الكامن
page-lede = ضغط مُشفِّر تلقائي كل صورة في مجموعة بيانات إلى عددين فقط، ⁦<var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>)⁩. مرّر المؤشر فوق الخريطة: يُفكّ تشفير الصورة عند تلك النقطة مباشرةً، في متصفحك.
retry = أعد المحاولة
status-loading-page = جارٍ التحميل…
page-noscript = تحتاج هذه الصفحة إلى JavaScript و WebAssembly لتشغيل فاكّ التشفير في متصفحك.
dataset-label = مجموعة البيانات
model-label = النموذج
embed-open = تضمين…
embed-title = تضمين هذا العرض
embed-help = الصق هذا في عرض شرائح أو في صفحة ويب: يُظهر بالضبط ما تراه الآن (النموذج، الحقبة، المؤشر). إرشادات لـ reveal.js و Quarto و Marp و Jupyter: <a href="docs/embedding.html">تضمين المستكشف</a>.
embed-code-label = رمز iframe لهذا العرض
embed-copy = نسخ
map-canvas =
    .aria-roledescription = خريطة كامنة
    .aria-label = خريطة الفضاء الكامن
map-picture =
    .alt = خريطة الفضاء الكامن للنموذج الافتراضي: صورة تُعرض ريثما يُحمَّل المستكشف
zoom-out =
    .aria-label = تصغير
    .title = تصغير (المفتاح −)
zoom-level-label =
    .aria-label = معامل التكبير
zoom-in =
    .aria-label = تكبير
    .title = تكبير (المفتاح +)
zoom-reset = الخريطة كاملة
    .title = اعرض الخريطة كاملة (المفتاح 0)
map-help = المستوى الكامن، ملوَّنًا بحسب الفئة التي يتعرّف عليها مُصنِّف في الصورة المفكوك تشفيرها عند كل نقطة (الأفتح = أقل ثقة). أشِر أو المس أو اسحب على الخريطة؛ أو ضع التركيز عليها واستخدم مفاتيح الأسهم (Shift: عشر خطوات، Home: العودة إلى نقطة الأصل، + و − للتكبير والتصغير، 0 للخريطة كاملة).
legend-label =
    .aria-label = الفئات وألوانها
evo-back-button =
    .aria-label = الحقبة السابقة
    .title = الحقبة السابقة
evo-fwd-button =
    .aria-label = الحقبة التالية
    .title = الحقبة التالية
evo-epoch-label = الحقبة
evo-points-label = اعرض صور الاختبار المشفَّرة
evo-note = يُعاد ضبط مقياس المحورين في كل حقبة: يغطي كل إطار مجموعة التدريب المشفَّرة في تلك الحقبة. وتحتفظ كل فئة بلونها في جميع الإطارات. لا يحتاج التشغيل إلا إلى خريطة كل حقبة؛ أوقفه مؤقتًا لفك التشفير بفاكّ تشفير تلك الحقبة.
decoded-title = الصورة المفكوك تشفيرها
decoded-canvas =
    .aria-label = الصورة 28 × 28 التي يرسمها فاكّ التشفير للنقطة الكامنة تحت المؤشر
readout-latent-point = النقطة الكامنة
readout-map-class = فئة الخريطة
readout-confidence = الثقة
readout-decode-time = زمن فك التشفير
hands-on-title = تجارب عملية
hands-on-group =
    .aria-label = عروض التجارب العملية
encode-help = ارسم بالفأرة أو بإصبعك أو بالقلم، أو اختر صورة من صور الاختبار المحجوزة: يضعها مُشفِّر النموذج (يُنزَّل عند أول استخدام) على الخريطة. تُحوَّل الخطوط إلى مُدخل 28 × 28 بالطريقة نفسها التي أُعدّت بها أرقام MNIST: يُحجَّم الرسم ليلائم مربعًا 20 × 20 ويُوسَّط حول مركز كتلته.
draw-pad =
    .aria-label = لوحة الرسم: ارسم رقمًا أو قطعة ملابس بالمؤشر
pad-undo = تراجع
pad-clear = مسح
pick-test = اختر صورة اختبار
enc-input-canvas =
    .aria-label = المُدخل 28 × 28 المُعطى للمُشفِّر
enc-input-caption = المُدخل (28 × 28)
enc-recon-canvas =
    .aria-label = إعادة البناء: فك التشفير عند μ
enc-recon-caption = إعادة البناء عند μ
enc-readout-mu = نتيجة التشفير μ
enc-readout-sigma = σ (انتشار VAE)
enc-readout-label = التسمية الحقيقية
enc-readout-map-class = فئة الخريطة عند μ
enc-readout-neighbours = أقرب شيفرات الاختبار (داخل دوائر)
encode-map-help = على الخريطة: المُعيَّن هو μ؛ وفي VAE يمثّل القطعان الناقصان، المتصل والمتقطّع، 1σ و 2σ من q(z|x)، أي حيث يظن المُشفِّر أن الشيفرة قد تقع.
interp-set-a = البداية عند المؤشر
interp-set-b = النهاية عند المؤشر
interp-enc-a = البداية عند الصورة المشفَّرة
interp-enc-b = النهاية عند الصورة المشفَّرة
interp-strip =
    .aria-label = عشر صور مفكوك تشفيرها على طول القطعة المستقيمة من A إلى B
interp-classes =
    .aria-label = الفئة التي يعطيها المُصنِّف لكل خطوة
interp-strip-caption = الاستيفاء في الفضاء الكامن: فك التشفير عند 10 نقاط متساوية التباعد من A إلى B، مع الفئة التي يراها المُصنِّف في كلٍّ منها؛ الفئة المؤطَّرة هي موضع تغيّرها.
interp-blend =
    .aria-label = الصورتان الطرفيتان ممزوجتان بكسلًا بكسلًا
interp-blend-caption = مزج الصورتين الطرفيتين في فضاء البكسلات، للمقارنة: تلاشٍ متداخل، لا تحوّل في الشكل.
classify-help = يعمل المُصنِّف (يُنزَّل عند أول استخدام) على الصورة المفكوك تشفيرها عند النقطة الدقيقة تحت المؤشر، مباشرةً في أثناء تحريكك له.
class-bars =
    .aria-label = احتمالات الفئات عند المؤشر
copy-link = نسخ الرابط
save-png = حفظ PNG
metrics-heading = النموذج
metrics-test-heading = أرقام مجموعة الاختبار <span class="metrics-sub-note">(صور اختبار محجوزة، لم يرها النموذج أثناء التدريب)</span>
train-title = درّبه بنفسك
train-open = درّبه بنفسك
train-drop-label = افتح ملف حزمة (ملف عرض، ⁦<code>.safetensors</code>⁩) لاستكشافه على الخريطة أعلاه:
train-drop-or = أو أفلته هنا.
explain-title = ما الذي أراه؟
explain-1 = <strong>المُشفِّر التلقائي</strong> شبكتان عصبيتان تُدرَّبان معًا. يقرأ <strong>المُشفِّر</strong> صورة 28 × 28 (784 عددًا) ويضغطها إلى شيفرة قصيرة؛ وعلى <strong>فاكّ التشفير</strong> أن يعيد رسم الصورة من تلك الشيفرة وحدها. هنا تتكوّن الشيفرة من عددين فقط، هما <strong>النقطة الكامنة</strong> ⁦<var>z</var> = (<var>z</var><sub>1</sub>, <var>z</var><sub>2</sub>)⁩، فتصبح كل صورة نقطةً على مستوى، ويمكن تحويل كل نقطة من المستوى إلى صورة من جديد.
explain-2 = النموذج الأول مُشفِّر تلقائي <strong>متغيّر</strong> (VAE، Kingma &amp; Welling 2014): أثناء التدريب يعطي المُشفِّر لكل صورة سحابةً صغيرة من النقاط المحتملة بدلًا من نقطة واحدة، وتُبقي عقوبةٌ (حدّ KL) جميع السحب قريبةً من توزيع طبيعي معياري حول نقطة الأصل. لهذا تقع الأرقام المتشابهة قرب بعضها، ولهذا يُفكّ تشفير المساحة بينها إلى أشكال وسيطة معقولة. وتختلف التصاميم الأخرى في قائمة النماذج في هذا تحديدًا: يذكر السطر تحت الخريطة ما يفعله التصميم المختار بالفضاء الكامن، وتُظهر أرقام الاختبار الخاصة به الثمن.
explain-lesson = كيف صُنعت خريطة الفئات، خطوة بخطوة على هذا النموذج نفسه: ابدأ الدرس بجانب الخريطة.
explain-docs = كم بُعدًا يلزم للاحتفاظ بالمعلومات، وإلى أي حد يتناثر فضاء كامن غير مقيَّد، وما الذي يفعله حدّ KL، وكم حقبة حتى يصبح الفضاء متماسكًا: <a href="docs/latent-space.html">الأسئلة الأصلية، مُجابًا عنها بالقياسات</a>.
page-footer = MNIST من إعداد Yann LeCun و Corinna Cortes و Christopher J.C. Burges، بترخيص CC BY-SA 3.0. و Fashion-MNIST من إعداد Han Xiao و Kashif Rasul و Roland Vollgraf (Zalando Research)، بترخيص MIT. لوحة الألوان الآمنة لمن لديهم عمى الألوان من Paul Tol. يجري فك التشفير محليًا في WebAssembly (بلغة Rust؛ دُرِّبت النماذج باستخدام <a href="https://github.com/huggingface/candle">candle</a>)؛ ولا يُرسَل أي شيء إلى أي مكان.
# The language menu's label
lang-label = اللغة

## Rare errors (added after the first translation; checked by the same process)

embed-iframe-title-model = مستكشف الفضاء الكامن: { $dataset } · { $model }
embed-iframe-title = مستكشف الفضاء الكامن
why-not-offline = غير مُضمَّن في هذا الملف غير المتصل (صدِّره مع ذلك النموذج)
why-not-offline-lang = غير مُضمَّن في هذا الملف غير المتصل (صدِّره مع ⁦--lang { $code }⁩)
why-not-text = الملف ليس نصًّا (UTF-8)
file-read-failed = تعذّر على المتصفح قراءة الملف ({ $why })
train-no-loader = لا تحتوي هذه الصفحة على مُحمِّل له (افتح ملف ‎index.html‎ الخاص بالمستكشف)
internal-error = خطأ داخلي: { $detail }

## The QR code of the view (added with it; checked by the same process)

qr-canvas =
    .aria-label = رمز QR لهذا العرض: امسحه لفتح العرض نفسه على الهاتف
qr-caption = امسح لفتح هذا العرض
qr-hide =
    .aria-label = إخفاء رمز QR
    .title = إخفاء رمز QR
say-qr-hidden = أُخفي رمز QR.
qr-load-failed = تعذّر تحميل رمز QR: { $why }

## The built-in datasets' names (added later; checked by the same process)

dataset-label-mnist = أرقام MNIST
dataset-label-fashion = Fashion-MNIST

## The built-in designs (added later; checked by the same process)

design-label-vae = VAE ‏(β = 1)
design-label-plain = مُشفِّر تلقائي عادي
design-label-beta4 = β-VAE ‏(β = 4)
design-label-bounded = مُشفِّر تلقائي محدود (tanh)
design-summary-vae = يجذب حدّ KL كل توزيع لاحق q(z|x) نحو التوزيع المسبق الطبيعي المعياري: تملأ الشيفرات منطقة مستديرة حول نقطة الأصل بلا فجوات، وكل نقطة فيها يُفكّ تشفيرها إلى صورة معقولة.
design-summary-plain = لا شيء يقيّد z: يمكن للمُشفِّر أن يضع الشيفرات في أي مكان، فتمتد الفئات في أذرع طويلة من نقطة الأصل تفصلها فجوات فارغة، والنقاط المفكوك تشفيرها من الفجوات لا تشبه أي صورة تدريب.
design-summary-beta4 = حدّ KL بوزن β = 4 يجذب الشيفرات بقوة أكبر نحو التوزيع المسبق: تصبح الخريطة أنعم وأكثر استدارة، لكن الفئات المتشابهة تتداخل أكثر ويصبح فكّ التشفير أكثر ضبابية.
design-summary-bounded = تُبقي tanh المتغيّر z داخل المربع (−1, 1)²، ويمنع توزيع مسبق طبيعي معياري على الشيفرة قبل tanh تشبّعها: تغطي الفئات المربع كله من حافة إلى حافة بلا قيم شاذة.

## Compare (added later; checked by the same process)

compare-label = قارن مع
compare-none = —
compare-map =
    .aria-label = خريطة فئات النموذج المقارَن: الإشارة هنا تحرّك مؤشر الخريطتين
compare-decoded =
    .aria-label = فكّ تشفير النموذج المقارَن عند المؤشر
compare-readout = { $class } ({ $confidence }) عند { $z }
compare-readout-off = خارج خريطته، عند { $z }
compare-encoded = نتيجة التشفير μ { $z }: { $same } من أقرب { $k } شيفرات اختبار إليها من الفئة { $class }.
compare-encoded-wait = نتيجة التشفير μ { $z }؛ جارٍ البحث عن أقرب شيفرات الاختبار إليها…
say-class-at-compare = الفئة { $class }، ثقة { $confidence }، عند { $z }؛ { $model }: الفئة { $other }، { $other_confidence }
notice-bad-compare = جرى تجاهل ⁦compare=«{ $value }»⁩: قارن مع نموذج آخر من مجموعة البيانات نفسها: { $models }.


## The lesson "How the map is made" (its own texts: lesson.ftl)

lesson-entry = جديد هنا؟ شاهد كيف تُصنع هذه الخريطة، خطوة بخطوة.
lesson-start = ابدأ الدرس
lesson-module-loading = جارٍ تحميل الدرس…
lesson-module-failed = تعذّر تحميل الدرس: { $why }
lesson-no-loader = لا تحتوي هذه الصفحة على مُحمِّل له (افتح index.html الخاص بالمستكشف)
tools-module-loading = جارٍ تحميل عروض التجارب العملية…
# Variables: $why (what went wrong)
tools-module-failed = تعذّر تحميل عروض التجارب العملية: { $why }
say-lesson-closed = أُغلق الدرس.
notice-bad-lesson = تم تجاهل lesson=“{ $value }”: الخطوة واحدة من { $steps }؛ يبدأ الدرس من خطوته الأولى.

# The evolution view's chart of each snapshot's figures (under the scrubber), and its caption.
evo-plot =
    .aria-label = دقة الخريطة (بالأزرق) واتفاق ⁦10-NN⁩ (بالأسود) لشيفرات الاختبار عند كل حقبة محفوظة؛ الخط الرمادي: الحقبة المعروضة؛ الخط الأحمر: أول حقبة متماسكة.
# The chart's key: the names of its two lines and two marks (each beside a swatch of its colour).
evo-key-accuracy = دقة الخريطة
evo-key-knn = اتفاق ⁦10-NN⁩
evo-key-shown = الحقبة المعروضة
evo-key-coherent = أول حقبة متماسكة
# Variables: $epoch (the epoch shown), $accuracy, $knn (percent)
evo-figures-now = الحقبة { $epoch }: دقة الخريطة { $accuracy }%، اتفاق ⁦10-NN⁩ { $knn }%.
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
evo-coherent = ابتداءً من الحقبة { $epoch } (الخط الأحمر) لا يبعد اتفاق ⁦10-NN⁩ ({ $knn }%) عن قيمته عند الحقبة { $last_epoch } ({ $last }%) بأكثر من { $within ->
        [one] نقطة مئوية واحدة
        [two] نقطتين مئويتين
        [few] { $within } نقاط مئوية
        [many] { $within } نقطة مئوية
       *[other] { $within } نقطة مئوية
    }: أصبح الفضاء الكامن متماسكًا.
