# The "Train it yourself" view, in Arabic (ar): Modern Standard Arabic, written right to left.
# عرض «درّبه بنفسك» بالعربية الفصحى المعاصرة، بمصطلحات page.ftl و glossary.md في هذا المجلد.
# Checked: against glossary.md (this folder; the page's terms, and the training terms added for
# this file) and by a language model's back-translation of a sample of messages into English (in
# glossary.md); not yet reviewed by a native-speaking teacher.
# Plurals: Arabic CLDR categories zero (0), one, two, few (3–10), many (11–99), other (100–102,
# fractions). Whole counts use the page's forms (خطوة واحدة / خطوتان، خطوتين / 3–10 خطوات / 11–99
# خطوة / 100+ خطوة), with the dual's case after a preposition (بعد خطوتين، من صورتين); a count
# that can be 0 (steps, a typed batch) has a [zero] variant. $epochs always has 2 decimals: the
# number is always written, the noun singular (حقبة, as Arabic counts a decimal), حقب for 3–10.
# The learner is addressed with the generic masculine singular imperative (اختر، اضغط، أشِر).
# Right to left: the program isolates every variable; the math readouts (z = (…, …), β = …,
# −ELBO) and #{ $id } are also wrapped in U+2066 … U+2069 (invisible) to keep left-to-right order.
# Uncertain: train-design-plain, train-replay-play, train-axes, train-status-report
# Terms: see glossary.md in this folder.

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
    درّب مُشفِّرًا تلقائيًا ثنائي الأبعاد في علامة التبويب هذه من متصفحك (داخل Web Worker،
    بنموذج Rust نفسه ودالة الخسارة نفسها اللذين تستخدمهما النماذج الجاهزة). كل
    { 0.7 } ث تقريبًا يُعاد رسم الشيفرات μ لـ { 1000 } صورة اختبار محجوزة، وتطول منحنيات الخسارة؛
    أشِر إلى المخطط لفك التشفير بالأوزان الحالية.
train-outro =
    يحفظ زر «تنزيل الحزمة» ملف عرض عاديًا: فاكّ التشفير (f16)، وخريطة فئات بحجم
    128 × 128 خلية، والبيانات الوصفية (التصميم، β، البذرة، الخطوات، خسارة الاختبار). وتُلوَّن خريطة
    الفئات فيه بحسب تسميات أقرب 10 صور اختبار مشفَّرة (دون تشغيل أي مُصنِّف).

## The settings form: its group (for screen readers), the labels and the choices.

train-settings =
    .aria-label = إعدادات التدريب
train-dataset-label = مجموعة البيانات
train-dataset-mnist = أرقام MNIST ({ 10000 } صورة تدريب)
train-dataset-fashion = Fashion-MNIST ({ 4500 } صورة تدريب)
train-design-label = التصميم
train-design-vae = VAE
train-design-plain = عادي
train-design-bounded = محدود (tanh)
train-beta-label = β (VAE)
train-lr-label = معدّل التعلّم
train-batch-label = حجم الدفعة
train-seed-label = البذرة

## The buttons under the form, and how the class map is painted ("Class map by …").

train-start = تدريب
train-pause = إيقاف مؤقت
train-step = خطوة
train-reset = إعادة الضبط
train-map = خريطة الفئات
# The label before the select: "Class map" [button] "by" [the choice below].
train-map-by-label = بحسب
train-map-by-nearest = تسميات أقرب 10 شيفرات اختبار (128 × 128، سريع)
train-map-by-classifier = مُصنِّف مجموعة البيانات (64 × 64، بضع ثوانٍ)
train-download = تنزيل الحزمة

## The status line under the buttons.

# Before anything was started (also after Reset).
train-status-idle = اختر الإعدادات واضغط «تدريب».
# While the worker starts and downloads the dataset.
train-status-loading = جارٍ تشغيل العامل وتنزيل بيانات التدريب…
# Where the session is, before the worker's first report.
# Variables:
#   $phase (string): "running", "paused" or "stopped" (after an error)
train-status-phase =
    { $phase ->
        [running] جارٍ التدريب
        [paused] متوقّف مؤقتًا
       *[stopped] متوقّف
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
        [running] جارٍ التدريب
        [paused] متوقّف مؤقتًا
       *[stopped] متوقّف
    }: { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    }، { $epochs } { $epochs ->
        [few] حقب
       *[other] حقبة
    } على { $images ->
        [one] صورة واحدة
        [two] صورتين
        [few] { $images } صور
        [many] { $images } صورة
       *[other] { $images } صورة
    }؛ خسارة الاختبار { $test } نات/صورة{ $has_train ->
        [yes] ، خسارة التدريب { $train } نات/صورة
       *[no] {""}
    }{ $has_speed ->
        [yes] ، { $speed } صورة/ث
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(بيانات التدريب المُنزَّلة: { $data })
       *[no] {""}
    }.
# A size of downloaded data in the status line.
# Variables:
#   $kb (number): kilobytes (1000 bytes), rounded up
train-bytes-kb = { $kb } كيلوبايت
# Variables:
#   $mb (number): megabytes (1,000,000 bytes), 1 decimal
train-bytes-mb = { $mb } ميغابايت
# After the report, when the page's address limits the run (train_steps=…, for tests and demos).
# Variables:
#   $until (number): the step training stops at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit = يتوقف التدريب عند الخطوة { $until } ({ $key } في العنوان).
# The same, once the limit is reached.
# Variables:
#   $until (number): the step training stopped at
#   $key (string): the address's setting, as typed there: "train_steps=600" (do not translate)
train-status-limit-reached = عنوان هذه الصفحة يوقف التدريب عند الخطوة { $until } ({ $key }): لن يفعل زر «تدريب» شيئًا بعد الآن؛ احذفه من العنوان لمواصلة التدريب.
# Two sentences of one line (the report, then the address's limit), in reading order.
# Variables:
#   $first (text): the first sentence
#   $second (text): the second sentence
train-two-sentences = { $first } { $second }

## What screen readers hear when the session changes phase (a polite live region).

train-say-reset = أُعيد ضبط التدريب.
train-say-loading = جارٍ تشغيل عامل التدريب وتنزيل البيانات.
train-say-running = جارٍ التدريب.
# Variables:
#   $steps (number): optimiser steps so far
#   $test (number): the test loss, nats per image, 1 decimal
train-say-paused =
    توقّف التدريب مؤقتًا بعد { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    }؛ خسارة الاختبار { $test } نات لكل صورة.

## The notice line: a setting the worker would not use as typed (the form then shows the
## value it uses), a failed class map or bundle, the last download.

# Variables:
#   $typed (number): β as typed
#   $beta (number): the β training uses
train-notice-beta-outside = القيمة ⁦β = { $typed }⁩ خارج المجال من 0 إلى 100: يستخدم التدريب ⁦β = { $beta }⁩.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $beta (number): the β training uses
train-notice-beta-nan = القيمة «{ $typed }» المكتوبة لـ β ليست عددًا: يستخدم التدريب ⁦β = { $beta }⁩.
# Variables:
#   $lr (number): the learning rate typed (and used), between 0.1 and 1
train-notice-lr-large = معدّل التعلّم { $lr } كبير: قد تتباعد الخسارة (تستخدم النماذج الجاهزة { 0.001 }).
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $lr (number): the learning rate training uses
train-notice-lr-ignored = تم تجاهل معدّل التعلّم «{ $typed }»: يجب أن يكون عددًا أكبر من 0 وأصغر من 1؛ يستخدم التدريب { $lr }.
# Variables:
#   $typed (number): the batch size typed
#   $batch (number): the batch size training uses
train-notice-batch-outside =
    دفعة من { $typed ->
        [zero] { $typed } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $typed } صور
        [many] { $typed } صورة
       *[other] { $typed } صورة
    } خارج المجال من 1 إلى { 1024 }: يستخدم التدريب { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $batch (number): the batch size training uses
train-notice-batch-ignored = تم تجاهل حجم الدفعة «{ $typed }»: يجب أن يكون عددًا صحيحًا من الصور من 1 إلى { 1024 }؛ يستخدم التدريب { $batch }.
# Variables:
#   $typed (string): the text typed (cut to 80 characters)
#   $seed (string): the seed training uses (digits, written as they are)
train-notice-seed-ignored = تم تجاهل البذرة «{ $typed }»: يجب أن تكون عددًا صحيحًا من 0 فما فوق؛ يستخدم التدريب البذرة { $seed }.
# The worker could not paint the class map (Class map button).
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-map-failed = تعذّر رسم خريطة الفئات: { $detail }. النموذج محفوظ: واصل التدريب أو أعد المحاولة.
# The worker could not write the file of "Download bundle".
# Variables:
#   $detail (string): the worker's reason (in English)
train-notice-bundle-failed = تعذّرت كتابة الحزمة: { $detail }. النموذج محفوظ: واصل التدريب أو أعد المحاولة.
# After "Download bundle": the file offered for download.
# Variables:
#   $name (string): the file's name
#   $bytes (number): its size in bytes
train-notice-downloaded =
    نُزِّل { $name } ({ $bytes ->
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }): افتحه هنا («افتح ملف حزمة») أو احتفظ به.

## The class map's line (under the notice).

# Right after "Class map", until the worker answers.
train-map-asking = خريطة الفئات: جارٍ طلب خريطة الفئات من العامل…
# While the worker paints it.
train-map-downloading-classifier = خريطة الفئات: جارٍ تنزيل المصنِّف…
train-map-painting = خريطة الفئات: جارٍ رسم خريطة فئات ⁦{ $cells } × { $cells }⁩…
train-map-classifying = خريطة الفئات: جارٍ تصنيف خلايا الخريطة…
train-map-classified = خريطة الفئات: صُنِّف { $done } من { $rows } صفًّا…
# Variables:
#   $step (number): the step the class map was painted at
train-map-replaying = لا تُعرض خريطة الفئات (خريطة الخطوة { $step }) أثناء إعادة عرض لقطة.
# The class map behind the plot, painted by the nearest test codes.
# Variables:
#   $step (number): the step it was painted at
#   $width (number), $height (number): its cells across and down
#   $ms (number): milliseconds the worker took
train-map-nearest = الخلفية: خريطة الفئات عند الخطوة { $step } ({ $width } × { $height } خلية، { $ms } ملي ثانية)، كل خلية فيها ملوّنة بتسمية الأغلبية بين أقرب 10 صور اختبار مشفَّرة إليها (لا يعمل أي مُصنِّف؛ الأفتح = أصوات أقل).
# The class map behind the plot, painted by the dataset's classifier.
# Variables: as train-map-nearest
train-map-classifier = الخلفية: خريطة الفئات عند الخطوة { $step } ({ $width } × { $height } خلية، { $ms } ملي ثانية)، كل خلية فيها ملوّنة بالفئة التي يراها مُصنِّف مجموعة البيانات في الصورة المفكوك تشفيرها عند مركزها (الأفتح = أقل ثقة).

## The replay's row (once the run has two snapshots): its buttons, its slider and its line.

train-replay-play = إعادة عرض التدريب
# The same button while the replay plays.
train-replay-stop = إيقاف
train-replay-label = اللقطة
train-replay-live = مباشر
# What a screen reader says of the slider's position.
# Variables:
#   $step (number): the snapshot's step
#   $last (number): the latest snapshot's step
train-replay-valuetext = الخطوة { $step } من { $last }
# While a snapshot is replayed.
# Variables:
#   $step (number): its step
#   $epochs (number): its passes over the training images, 2 decimals
#   $test (number): its test loss, nats/image, 1 decimal
#   $kept (number): snapshots kept of the run
train-replay-note =
    إعادة العرض: الخطوة { $step } ({ $epochs } { $epochs ->
        [few] حقب
       *[other] حقبة
    }، خسارة الاختبار { $test } نات/صورة)، { $kept ->
        [one] لقطة واحدة محفوظة
        [two] لقطتان محفوظتان
        [few] { $kept } لقطات محفوظة
        [many] { $kept } لقطة محفوظة
       *[other] { $kept } لقطة محفوظة
    }.
# When the plot shows the live model.
# Variables:
#   $kept (number): snapshots kept of the run
#   $max (number): most snapshots kept
train-replay-note-live =
    مباشر. جلسة التدريب حتى الآن: { $kept ->
        [one] لقطة واحدة محفوظة
        [two] لقطتان محفوظتان
        [few] { $kept } لقطات محفوظة
        [many] { $kept } لقطة محفوظة
       *[other] { $kept } لقطة محفوظة
    } (لقطة لكل تقرير، كل { 0.7 } ث تقريبًا؛ تُخفَّف بالتساوي على امتداد الجلسة كلها حتى { $max } لقطة على الأكثر).

## The plot of the codes, its axes line and legend.

train-plot-canvas =
    .aria-roledescription = مخطط التدريب
    .aria-label = شيفرات { 1000 } صورة اختبار محجوزة، ملوّنة بحسب التسمية؛ تحرّك مفاتيح الأسهم مؤشر فك التشفير (Shift: خطوات أكبر)
train-legend =
    .aria-label = فئات صور الاختبار المعروضة
# Under the plot.
# Variables:
#   $x0, $x1 (number): z₁'s range, 2 decimals
#   $y0, $y1 (number): z₂'s range, 2 decimals
train-axes = z₁ من { $x0 } إلى { $x1 }، و z₂ من { $y0 } إلى { $y1 } (مدى الشيفرات بين { 0.1 }% و { 99.9 }%، موسَّعًا بنسبة 5%)

## The loss curves: the canvas, its caption (with the key's colours: keep the <span> tags and
## their class) and the label of its horizontal axis.

train-loss-canvas =
    .aria-label = منحنيات الخسارة
train-loss-caption =
    الخسارة، بوحدة نات/صورة، مقابل الحِقَب: <span class="train-key-test">الاختبار
    (خط متصل)</span>، <span class="train-key-train">التدريب (خط متقطّع)</span>. في VAE
    تكون الخسارة إعادة البناء + β · KL (ومع ⁦β = 1⁩ تساوي ⁦−ELBO⁩).
# At the right end of the horizontal axis.
# Variables:
#   $epochs (number): epochs trained, 2 decimals
train-loss-epochs =
    { $epochs } { $epochs ->
        [few] حقب
       *[other] حقبة
    }

## The decodes: under the pointer (or the keyboard's cursor) and at the origin, with their
## captions.

train-decoded-canvas =
    .aria-label = الصورة المفكوك تشفيرها تحت المؤشر
train-z-none = أشِر إلى المخطط لفك التشفير بالأوزان الحالية.
# While a snapshot is replayed.
# Variables:
#   $step (number): the step of the weights used
train-z-none-replay = أشِر إلى المخطط لفك التشفير بأوزان الخطوة { $step }.
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
train-z = ⁦z = ({ $z1 }, { $z2 })⁩
# Variables:
#   $z1, $z2 (number): the latent point, 3 decimals
#   $step (number): the step of the weights used
train-z-replay = ⁦z = ({ $z1 }, { $z2 })⁩، فُكّ تشفيرها بأوزان الخطوة { $step }
train-origin-canvas =
    .aria-label = الصورة المفكوك تشفيرها عند ⁦z = (0, 0)⁩
train-origin-caption = الصورة المفكوك تشفيرها عند ⁦z = (0, 0)⁩.
# Variables:
#   $step (number): the step of the weights used
train-origin-caption-replay = الصورة المفكوك تشفيرها عند ⁦z = (0, 0)⁩ بأوزان الخطوة { $step }.

## The error line (an alert): the session is over; Train starts a new one.

# Variables:
#   $detail (string): the worker's reason (in English)
train-error-worker = توقّف عامل التدريب: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-map-broken = خريطة الفئات الواردة من العامل تالفة: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-snapshot = تعذّرت قراءة لقطة فاكّ التشفير الواردة من العامل: { $detail }
# Variables:
#   $detail (string): the reason (in English)
train-error-unreadable = رسالة غير مقروءة من عامل التدريب: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-start = تعذّر تشغيل عامل التدريب: { $detail }
# The worker's script or its WebAssembly could not be downloaded.
# Variables:
#   $url (string): the worker's script
train-error-files = تعذّر تحميل ملفات عامل التدريب ({ $url } وملف WebAssembly الخاص به)؛ تحقّق من الاتصال واضغط «تدريب» مرة أخرى
# Variables:
#   $detail (string): the browser's message
train-error-post = تعذّر التواصل مع عامل التدريب: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-save = تعذّر حفظ الحزمة: { $detail }
# A bug in the view.
# Variables:
#   $detail (string): where and what (in English)
train-error-internal = خطأ داخلي في عرض التدريب: { $detail }
# Variables:
#   $detail (string): the browser's message
train-error-render = تعذّر رسم عرض التدريب: { $detail }
# The page lacks the element the view is drawn in (a broken page, not the visitor's doing).
# Variables:
#   $id (string): the element's id
train-error-no-body = لا تحتوي الصفحة على العنصر ⁦#{ $id }⁩ الذي يُرسم فيه عرض التدريب
# Variables:
#   $detail (string): the browser's message
train-error-mount = تعذّر إعداد عرض التدريب: { $detail }

## Fashion-MNIST's classes in the legend (copied from this locale's page.ftl)

train-verbatim = { $text }
train-class-fashion-0 = تي شيرت/بلوزة
train-class-fashion-1 = بنطال
train-class-fashion-2 = كنزة
train-class-fashion-3 = فستان
train-class-fashion-4 = معطف
train-class-fashion-5 = صندل
train-class-fashion-6 = قميص
train-class-fashion-7 = حذاء رياضي
train-class-fashion-8 = حقيبة
train-class-fashion-9 = بوت للكاحل
