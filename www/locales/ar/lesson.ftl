# The lesson "How the map is made" (الدرس «كيف تُصنع الخريطة»), in Arabic (ar): Modern Standard Arabic, written right to left.
# Checked: against glossary.md (this folder, the field's terms as in page.ftl) and by a language
# model's back-translation of a sample of messages into English (in glossary.md); not yet reviewed by a
# native-speaking teacher.
# The learner is addressed with the generic masculine singular imperative (انقر، حرّك، اضغط), as in page.ftl.
# Plurals: Arabic CLDR categories zero (0), one, two, few (3–10), many (11–99), other (100+); a count that
# is never 0 has no [zero] variant. Where a count can be said without agreement ("الخلايا الـ N كلها",
# as page.ftl's explain-4, or "الخلايا: n من N"), no select is needed.
# Right to left: the program isolates every variable; the latent point (…, …) and μ = … are also wrapped
# in the invisible U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, as page.ftl's z-readout.
# Uncertain: lesson-class-fashion-2, lesson-class-fashion-9, lesson-encode-guess, lesson-decode-text, lesson-classify-differs, lesson-dims-ask, lesson-similar-ask, lesson-epochs-ask, lesson-epochs-figure, lesson-epochs-row
#
# The lesson "How the map is made" (crates/lesson): five steps on the model the page shows.
# Keep the field's terms as your locale's glossary has them (glossary.md beside this file):
# encoder, decoder, latent point z, μ, σ, meshgrid, bounds, class map, classifier.

lesson-title = كيف تُصنع الخريطة
lesson-close = إغلاق الدرس
lesson-steps =
    .aria-label = خطوات الدرس
# Variables: $n (this step's number), $count (how many steps)
lesson-step-of = الخطوة { $n } من { $count }
lesson-back = رجوع
lesson-next = الخطوة التالية
lesson-more = المزيد في التوثيق
lesson-loading = جارٍ تحميل ملفات الدرس…
# A latent point, e.g. "(0.66, −1.25)". Arabic writes a decimal point, so the two numbers keep their comma.
# Variables: $z1, $z2 (two decimals)
lesson-z = ⁦({ $z1 }, { $z2 })⁩
# A probability, whole percent.
# Variables: $pct
lesson-percent = { $pct }%
# Text shown as it is (a class of one's own data).
# Variables: $text
lesson-verbatim = { $text }
lesson-class-fashion-0 = تي شيرت/بلوزة
lesson-class-fashion-1 = بنطال
lesson-class-fashion-2 = كنزة
lesson-class-fashion-3 = فستان
lesson-class-fashion-4 = معطف
lesson-class-fashion-5 = صندل
lesson-class-fashion-6 = قميص
lesson-class-fashion-7 = حذاء رياضي
lesson-class-fashion-8 = حقيبة
lesson-class-fashion-9 = بوت للكاحل

## Step 1: encode (predict, then reveal)

lesson-encode-title = التشفير: تصبح الصورة عددين
# Variables: $vae ("yes" for a VAE, which gives σ too, else "no")
lesson-encode-text = يقرأ المُشفِّر صورة الاختبار المحجوزة هذه، وهي 784 بكسلًا لم يرها النموذج أثناء التدريب، ويُعيد عددين: ⁦μ = (μ₁, μ₂)⁩، أي نقطةً على المستوى. { $vae ->
    [yes] ويعطي VAE أيضًا σ، أي مدى عدم يقينه: القطعان الناقصان حول μ هما 1σ و 2σ.
   *[no] أما هذا التصميم فيعطي نقطة واحدة، بلا انتشار.
}
# Variables: $label (the image's true class)
lesson-encode-predict = توقّع أولًا: أين ستقع هذه الصورة من الفئة { $label }؟ انقر على الخريطة، أو حرّك المؤشر إلى هناك واضغط «خمّن عند المؤشر».
lesson-encode-guess = خمّن عند المؤشر
lesson-encode-another = صورة أخرى
# Variables: $mu (μ, e.g. "(0.66, −1.25)"), $guess (the guess, the same way), $distance (latent units, two decimals)
lesson-encode-revealed = ⁦μ = { $mu }⁩. كان تخمينك { $guess } على بُعد { $distance } من μ، بوحدات الفضاء الكامن.
lesson-encode-image =
    .aria-label = صورة الاختبار المحجوزة التي يقرؤها المُشفِّر

## Step 2: bounds

lesson-bounds-title = الحدود: أين تبدأ الخريطة وأين تنتهي
# Variables: $train (training images), $n (dots drawn), $tail (percent cut on each side), $lo1, $hi1, $lo2, $hi2 (the quantile lines), $margin (percent added), $min1, $max1, $min2, $max2 (the box)
lesson-bounds-text = بعد التدريب، شفّر برنامج التدريب صور التدريب الـ { $train } كلها؛ ويُرسم هنا { $n } منها، ملوّنةً بحسب الفئة. وعلى كل محور، استبعد { $tail }% من أدنى القيم و { $tail }% من أعلاها (الخطوط المتقطعة: z₁ من { $lo1 } إلى { $hi1 }، و z₂ من { $lo2 } إلى { $hi2 })، ثم أضاف إلى كل جانب هامشًا قدره { $margin }% من ذلك المدى. يمثّل هذا المستطيل حدود الخريطة: z₁ من { $min1 } إلى { $max1 }، و z₂ من { $min2 } إلى { $max2 }.

## Step 3: meshgrid

lesson-meshgrid-title = الشبكة: شبكة فوق المستطيل
# Variables: $w, $h (cells across and down), $cells (w × h; never 0), $side (blocks drawn per side)
lesson-meshgrid-text = يُقسَّم المستطيل إلى شبكة من { $w } × { $h } خلية، فيها { $cells ->
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $cells } نقاط
        [many] { $cells } نقطة
       *[other] { $cells } نقطة
    } إجمالًا، واحدة في مركز كل خلية. وتُرسم هنا على هيئة { $side } × { $side } من المربعات. وستحصل كل خلية على صورة واحدة مفكوك تشفيرها ولون واحد.

## Step 4: decode (a sweep: play, pause, one cell at a time)

lesson-decode-title = فك التشفير: تصبح كل خلية صورة
# Variables: $cells (all the meshgrid's cells)
lesson-decode-text = يحوّل فاكّ التشفير مركز الخلية إلى صورة 28 × 28. اضغط «تشغيل»: يفكّ المسح تشفير مراكز المربعات واحدًا تلو الآخر، مباشرةً، بفاكّ تشفير هذه الصفحة، ويضع كل صورة على مربعها. وقد فعل برنامج التدريب الشيء نفسه للخلايا الـ { $cells } كلها.
lesson-play = تشغيل
lesson-pause = إيقاف مؤقت
lesson-forward = خلية واحدة إلى الأمام
lesson-backward = خلية واحدة إلى الخلف
lesson-speed = السرعة
lesson-speed-slow = بطيئة
lesson-speed-normal = عادية
lesson-speed-fast = سريعة
# Variables: $n (cells swept), $count (cells of the sweep)
lesson-sweep-progress = الخلايا: { $n } من { $count }
lesson-tile =
    .aria-label = الصورة المفكوك تشفيرها للخلية التي بلغها المسح

## Step 5: classify and colour

lesson-classify-title = التصنيف والتلوين
# Variables: $cells (all the meshgrid's cells)
lesson-classify-text = ينظر مُصنِّف مستقل إلى كل صورة مفكوك تشفيرها ويقول أي فئة يرى فيها. فتأخذ الخلية لون تلك الفئة، ويكون اللون أفتح حيث يكون المُصنِّف أقل ثقة. ومربعًا بعد مربع، يتحوّل الرسم إلى خريطة الفئات. هنا يُصنَّف مركز كل مربع مباشرةً؛ وقد صنّف برنامج التدريب الخلايا الـ { $cells } كلها.
# Variables: $class (the stored map's class at this cell)
lesson-classify-agrees = في الخريطة المحفوظة، فئة هذه الخلية { $class } أيضًا.
# Variables: $class (the stored map's class at this cell)
lesson-classify-differs = في الخريطة المحفوظة، فئة هذه الخلية { $class }: الفئتان متعادلتان تقريبًا.
lesson-classify-done = اكتمل: هذه هي خريطة الفئات التي تستكشفها.
lesson-bars =
    .aria-label = احتمالات المُصنِّف للخلية التي بلغها المسح

## Said to screen readers

# Variables: $n, $count, $title (the step's title)
lesson-say-step = الخطوة { $n } من { $count }: { $title }.
lesson-say-sweep-empty = لم يُمسح شيء بعد.
# Variables: $n (the cell), $count (cells of the sweep), $z (its centre)
lesson-say-decoded = فُكّ تشفير الخلية { $n } من { $count } عند { $z }.
# Variables: $n, $count, $z, $class (what the classifier sees), $percent (how sure, whole percent)
lesson-say-classified = فُكّ تشفير الخلية { $n } من { $count } عند { $z }: { $class }، بثقة { $percent }%.

## Errors

# Variables: $url (the file), $why (what went wrong)
lesson-load-failed = تعذّر على الدرس تحميل { $url }: { $why }
# Variables: $url, $why
lesson-dims-missing = تعذّر تحميل دراسة حجم الفضاء الكامن ({ $url }: { $why }). أُجريت هذه الدراسة على أرقام MNIST فقط: اختر أرقام MNIST لترى هذا السؤال.
lesson-timed-out = لم يصل شيء خلال { $seconds } ث
# Variables: $detail
lesson-error-internal = خطأ داخلي في الدرس: { $detail }
# Variables: $detail
lesson-error-render = تعذّر رسم الدرس: { $detail }
# Variables: $detail
lesson-error-mount = تعذّر بدء الدرس: { $detail }

## The four questions: predict, then the evidence from the committed models

lesson-options =
    .aria-label = توقّعك
lesson-q-image =
    .aria-label = صورة الاختبار المحجوزة التي يدور حولها السؤال
# Variables: $choice (the option picked), $said (what the evidence says: one of the lesson-*-revealed sentences)
lesson-predicted = توقّعك: { $choice }. { $said }
lesson-design-plain = مُشفِّر تلقائي عادي
lesson-design-vae = VAE ‏(β = 1)
lesson-design-beta4 = β-VAE ‏(β = 4)

lesson-dims-title = كم عددًا يكفي للاحتفاظ بالصورة؟
lesson-dims-text = يضغط كل نموذج هنا الصورة في شيفرة. وبعددين فقط يمكننا رسم الشيفرة نقطةً على خريطة، ولكن كم يبقى من الصورة؟ في هذه الدراسة دُرِّب نموذج VAE نفسه بشيفرات من أطوال مختلفة.
lesson-dims-ask = توقّع أولًا: ابتداءً من كم عددًا في الشيفرة تبدو لك الصور المُعاد بناؤها صحيحة؟
# An option of the prediction.
# Variables: $n (numbers in the code; never 0)
lesson-dims-option = { $n ->
        [one] عدد واحد
        [two] عددان
        [few] { $n } أعداد
        [many] { $n } عددًا
       *[other] { $n } عدد
    }
lesson-dims-figure = الصف العلوي: صور اختبار محجوزة. وتحته: إعادة بنائها بالنماذج ذات الأعداد المتزايدة في الشيفرة (صف لكل نموذج، بترتيب الأسطر أدناه).
# Variables: $n (numbers in the code; never 0), $nats (test reconstruction cost, nats/image), $mse (mean squared error per pixel)
lesson-dims-row = { $n ->
        [one] عدد واحد
        [two] عددان
        [few] { $n } أعداد
        [many] { $n } عددًا
       *[other] { $n } عدد
    }: إعادة البناء { $nats } نات/صورة، MSE { $mse } لكل بكسل
# Variables: $small, $large (the smallest and the largest code; never 0), $small_nats, $large_nats (their test reconstruction costs, nats/image)
lesson-dims-revealed = مع { $small ->
        [one] عدد واحد
        [two] عددين
        [few] { $small } أعداد
        [many] { $small } عددًا
       *[other] { $small } عدد
    } تبلغ كلفة إعادة البناء على مجموعة الاختبار { $small_nats } نات/صورة، ومع { $large ->
        [one] عدد واحد
        [two] عددين
        [few] { $large } أعداد
        [many] { $large } عددًا
       *[other] { $large } عدد
    } تبلغ { $large_nats } نات/صورة: يحفظ عددان الفئة، وتحفظ الأعداد الأكثر التفاصيل.

lesson-sparse-title = إلى أي حد يتناثر فضاء كامن غير مقيَّد؟
lesson-sparse-text = يستطيع المُشفِّر التلقائي العادي وضع شيفراته في أي مكان من المستوى. أما حدّ KL في VAE فيشدّ كل شيفرة نحو توزيع طبيعي معياري حول نقطة الأصل.
lesson-sparse-ask = توقّع أولًا: شيفرات الاختبار في أي التصميمين تترك جزءًا أكبر من مستطيلها فارغًا؟
# Variables: $bins (cells per side of the grid)
lesson-sparse-figure = شيفرات الاختبار (النقاط الداكنة) لكل تصميم على خريطة فئاته الخاصة (اليسار: مُشفِّر تلقائي عادي، اليمين: VAE)؛ الباهت: خلايا شبكة { $bins } × { $bins } التي ليس فيها أي شيفرة؛ المحاط بدائرة: خلية فارغة في خريطة المُشفِّر التلقائي العادي، وفي أقصى اليمين ما يرسمه فاكّ تشفيره هناك.
# Variables: $model (a design), $share (percent of the grid's cells with a test code)
lesson-sparse-row = { $model }: شيفرات الاختبار في { $share }% من الخلايا
# Variables: $plain, $vae (percent of cells occupied), $z (the empty cell's centre)
lesson-sparse-revealed = تملأ شيفرات الاختبار للمُشفِّر التلقائي العادي { $plain }% من الخلايا، أما شيفرات VAE فتملأ { $vae }% منها. وفي فجوة من خريطة المُشفِّر التلقائي العادي، عند { $z }، لا يزال فاكّ تشفيره يرسم شيئًا، لكن لم تقع هناك أي صورة اختبار.

lesson-similar-title = هل يجمع حدّ KL الصور المتشابهة معًا؟
lesson-similar-text = ينبغي أن تحصل الصور المتشابهة على شيفرات متقاربة. خذ صورة اختبار محجوزة واحدة، وانظر إلى أقرب 10 شيفرات اختبار إليها في ثلاثة تصاميم: كم منها من الفئة نفسها؟
# Variables: $label (the image's class)
lesson-similar-ask = توقّع أولًا: هذه صورة من الفئة { $label }؛ في أي تصميم يكون أقرب جيرانها من الفئة نفسها في أغلب الأحيان؟
lesson-similar-figure = أقرب 10 صور اختبار في كل تصميم (الصفوف: مُشفِّر تلقائي عادي، VAE، β-VAE)؛ المؤطَّر بالأحمر: فئة أخرى.
# Variables: $model (a design), $same (neighbours of the same class), $k (neighbours), $agreement (percent, over all test codes)
lesson-similar-row = { $model }: { $same } من { $k } من الفئة نفسها؛ وعلى جميع شيفرات الاختبار { $agreement }%
# Variables: $model (the design whose neighbourhoods agree most), $agreement (its 10-NN agreement, percent)
lesson-similar-revealed = التصميم الذي يحتفظ بأكبر عدد من الجيران في الفئة نفسها على جميع شيفرات الاختبار هو { $model }: { $agreement }% من أقرب 10 شيفرات إلى كل شيفرة.

lesson-epochs-title = كم حقبة حتى يصبح الفضاء متماسكًا؟
lesson-epochs-text = أثناء التدريب، حُفظت خريطة VAE عند عدة حقب. ما مدى سرعة تجمّع الصور المتشابهة؟
# Variables: $within (percentage points)
lesson-epochs-ask = توقّع أولًا: ابتداءً من أي حقبة لا يبعد اتفاق ⁦10-NN⁩ عن قيمته النهائية بأكثر من { $within ->
        [one] نقطة مئوية واحدة
        [two] نقطتين مئويتين
        [few] { $within } نقاط مئوية
        [many] { $within } نقطة مئوية
       *[other] { $within } نقطة مئوية
    }؟
# An option of the prediction.
# Variables: $n (the epoch)
lesson-epochs-option = الحقبة { $n }
lesson-epochs-figure = دقة الخريطة في VAE (بالأزرق) واتفاق ⁦10-NN⁩ (بالأسود) عند كل حقبة محفوظة؛ ويشير الخط الأحمر إلى الإجابة.
# Variables: $n (the epoch), $accuracy, $knn (percent), $loss (test loss, nats/image)
lesson-epochs-row = الحقبة { $n }: دقة الخريطة { $accuracy }%، اتفاق ⁦10-NN⁩ { $knn }%، خسارة الاختبار { $loss } نات/صورة
# Variables: $epoch (the first coherent epoch), $knn (its agreement, percent), $last (the final agreement, percent), $last_epoch, $within (percentage points)
lesson-epochs-revealed = ابتداءً من الحقبة { $epoch } لا يبعد اتفاق ⁦10-NN⁩ ({ $knn }%) عن قيمته عند الحقبة { $last_epoch } ({ $last }%) بأكثر من { $within ->
        [one] نقطة مئوية واحدة
        [two] نقطتين مئويتين
        [few] { $within } نقاط مئوية
        [many] { $within } نقطة مئوية
       *[other] { $within } نقطة مئوية
    }: تتشكّل معظم البنية في الحقب الأولى.

# Variables: $design (a design the step needs)
lesson-no-design = ليس في مجموعة البيانات هذه { $design } للمقارنة.
lesson-epochs-open = اعرض الخريطة عند الحقبة { $epoch } في تطوّر التدريب
