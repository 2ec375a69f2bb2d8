/** German UI strings of `<news-quiz>` (formal address), loaded when the element's language is `de`. */
import type { Messages } from '../messages.js';

const de: Messages = {
  loading: 'Quiz wird geladen …',
  progress: '{n} von {total}',
  check: 'Antwort prüfen',
  next: 'Nächste Frage',
  previous: 'Vorherige Frage',
  finish: 'Ergebnis anzeigen',
  submit: 'Antworten abschicken',
  unanswered: { one: 'Beantworten Sie zuerst noch eine Frage.', other: 'Beantworten Sie zuerst noch {n} Fragen.' },
  correct: 'Richtig',
  incorrect: 'Falsch',
  yourAnswer: 'Ihre Antwort',
  rightAnswer: 'Richtige Antwort',
  notAnswered: 'Nicht beantwortet',
  feedback: 'Die richtige Antwort lautet: {answer}.',
  source: 'Aus dem Artikel',
  readInArticle: 'Im Artikel lesen',
  results: 'Ihr Ergebnis',
  score: 'Sie haben {score} von {total} Fragen richtig beantwortet.',
  tryAgain: 'Noch einmal versuchen',
  share: 'Ergebnis teilen',
  shareText: 'Ich habe im Quiz „{title}“ {score} von {total} Fragen richtig beantwortet',
  shared: 'Ergebnis geteilt.',
  copied: 'Ergebnis in die Zwischenablage kopiert.',
  copyFailed: 'Kopieren nicht möglich. Ihr Ergebnis:',
  errorTitle: 'Dieses Quiz kann nicht angezeigt werden',
  httpError: 'Das Quiz konnte nicht von {src} geladen werden: Der Server antwortete mit {status}.',
  badJson: 'Das Quiz {where} ist kein gültiges JSON ({detail}).',
  timeout: {
    one: 'Das Quiz von {src} wurde nicht innerhalb von {n} Sekunde geladen.',
    other: 'Das Quiz von {src} wurde nicht innerhalb von {n} Sekunden geladen.',
  },
  network: 'Das Quiz konnte nicht von {src} geladen werden: Die Netzwerkanfrage ist fehlgeschlagen.',
  inlineScript: 'im eingebetteten <script type="application/json">',
  fromUrl: 'von {src}',
  colon: ': ',
};

export default de;
