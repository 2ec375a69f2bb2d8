/**
 * Arabic UI strings of `<news-quiz>`, loaded when the element's language is
 * `ar`. Counted nouns take all six Arabic plural forms (`Intl.PluralRules('ar')`:
 * zero, one, two, few for 3–10, many for 11–99, other for 100 and up).
 */
import type { Messages } from '../messages.js';

const ar: Messages = {
  loading: 'جارٍ تحميل الاختبار…',
  progress: '{n} من {total}',
  check: 'تحقّق من الإجابة',
  next: 'السؤال التالي',
  previous: 'السؤال السابق',
  finish: 'عرض النتيجة',
  submit: 'إرسال الإجابات',
  unanswered: {
    zero: 'لم يبقَ أي سؤال بلا إجابة.',
    one: 'أجب أولًا عن السؤال المتبقي.',
    two: 'أجب أولًا عن السؤالين المتبقيين.',
    few: 'أجب أولًا عن {n} أسئلة متبقية.',
    many: 'أجب أولًا عن {n} سؤالًا متبقيًا.',
    other: 'أجب أولًا عن {n} سؤال متبقٍ.',
  },
  correct: 'إجابة صحيحة',
  incorrect: 'إجابة خاطئة',
  yourAnswer: 'إجابتك',
  rightAnswer: 'الإجابة الصحيحة',
  notAnswered: 'لم تُجب',
  feedback: 'الإجابة الصحيحة هي {answer}.',
  source: 'من المقال',
  readInArticle: 'اقرأها في المقال',
  results: 'نتيجتك',
  score: {
    zero: 'لم تحصل على أي إجابة صحيحة من أصل {total}.',
    one: 'حصلت على إجابة صحيحة واحدة من أصل {total}.',
    two: 'حصلت على إجابتين صحيحتين من أصل {total}.',
    few: 'حصلت على {score} إجابات صحيحة من أصل {total}.',
    many: 'حصلت على {score} إجابة صحيحة من أصل {total}.',
    other: 'حصلت على {score} إجابة صحيحة من أصل {total}.',
  },
  tryAgain: 'حاول مرة أخرى',
  share: 'مشاركة النتيجة',
  shareText: 'حصلت على {score} من {total} في اختبار «{title}»',
  shared: 'تمت مشاركة النتيجة.',
  copied: 'تم نسخ النتيجة إلى الحافظة.',
  copyFailed: 'تعذّر النسخ. نتيجتك:',
  errorTitle: 'تعذّر عرض هذا الاختبار',
  httpError: 'تعذّر تحميل الاختبار من {src}: ردّ الخادم بالرمز {status}.',
  badJson: 'الاختبار {where} ليس بصيغة JSON صالحة ({detail}).',
  timeout: {
    zero: 'لم يُحمَّل الاختبار من {src} في الوقت المحدد.',
    one: 'لم يُحمَّل الاختبار من {src} خلال ثانية واحدة.',
    two: 'لم يُحمَّل الاختبار من {src} خلال ثانيتين.',
    few: 'لم يُحمَّل الاختبار من {src} خلال {n} ثوانٍ.',
    many: 'لم يُحمَّل الاختبار من {src} خلال {n} ثانية.',
    other: 'لم يُحمَّل الاختبار من {src} خلال {n} ثانية.',
  },
  network: 'تعذّر تحميل الاختبار من {src}: فشل طلب الشبكة.',
  inlineScript: 'المضمَّن في <script type="application/json">',
  fromUrl: 'من {src}',
  colon: ': ',
};

export default ar;
