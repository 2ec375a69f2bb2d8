/** French UI strings of `<news-quiz>` (with French spacing before colons and inside guillemets), loaded for `fr`. */
import type { Messages } from '../messages.js';

const fr: Messages = {
  loading: 'Chargement du quiz…',
  progress: '{n} sur {total}',
  check: 'Vérifier la réponse',
  next: 'Question suivante',
  previous: 'Question précédente',
  finish: 'Voir les résultats',
  submit: 'Envoyer les réponses',
  unanswered: { one: 'Il reste {n} question sans réponse.', other: 'Il reste {n} questions sans réponse.' },
  correct: 'Bonne réponse',
  incorrect: 'Mauvaise réponse',
  yourAnswer: 'Votre réponse',
  rightAnswer: 'Réponse correcte',
  notAnswered: 'Sans réponse',
  feedback: 'La bonne réponse est {answer}.',
  source: 'Extrait de l’article',
  readInArticle: 'Lire dans l’article',
  results: 'Vos résultats',
  score: { one: 'Vous avez {score} bonne réponse sur {total}.', other: 'Vous avez {score} bonnes réponses sur {total}.' },
  tryAgain: 'Réessayer',
  share: 'Partager le résultat',
  shareText: 'J’ai obtenu {score} sur {total} au quiz «\u00a0{title}\u00a0»',
  shared: 'Résultat partagé.',
  copied: 'Résultat copié dans le presse-papiers.',
  copyFailed: 'Impossible de copier. Votre résultat\u00a0:',
  errorTitle: 'Ce quiz ne peut pas être affiché',
  httpError: 'Impossible de charger le quiz depuis {src}\u00a0: le serveur a répondu {status}.',
  badJson: 'Le quiz {where} n’est pas du JSON valide ({detail}).',
  timeout: {
    one: 'Le quiz de {src} ne s’est pas chargé en {n}\u00a0seconde.',
    other: 'Le quiz de {src} ne s’est pas chargé en {n}\u00a0secondes.',
  },
  network: 'Impossible de charger le quiz depuis {src}\u00a0: la requête réseau a échoué.',
  inlineScript: 'du <script type="application/json"> intégré',
  fromUrl: 'de {src}',
  colon: '\u00a0: ',
};

export default fr;
