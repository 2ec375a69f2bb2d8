/** Spanish UI strings of `<news-quiz>` (informal address), loaded when the element's language is `es`. */
import type { Messages } from '../messages.js';

const es: Messages = {
  loading: 'Cargando el cuestionario…',
  progress: '{n} de {total}',
  check: 'Comprobar respuesta',
  next: 'Siguiente pregunta',
  previous: 'Pregunta anterior',
  finish: 'Ver resultados',
  submit: 'Enviar respuestas',
  unanswered: { one: 'Te queda {n} pregunta por responder.', other: 'Te quedan {n} preguntas por responder.' },
  correct: 'Correcto',
  incorrect: 'Incorrecto',
  yourAnswer: 'Tu respuesta',
  rightAnswer: 'Respuesta correcta',
  notAnswered: 'Sin responder',
  feedback: 'La respuesta correcta es {answer}.',
  source: 'Del artículo',
  readInArticle: 'Leerlo en el artículo',
  results: 'Tus resultados',
  score: { one: 'Has acertado {score} pregunta de {total}.', other: 'Has acertado {score} preguntas de {total}.' },
  tryAgain: 'Intentar de nuevo',
  share: 'Compartir resultado',
  shareText: 'He acertado {score} de {total} en el cuestionario «{title}»',
  shared: 'Resultado compartido.',
  copied: 'Resultado copiado al portapapeles.',
  copyFailed: 'No se pudo copiar. Tu resultado:',
  errorTitle: 'No se puede mostrar este cuestionario',
  httpError: 'No se pudo cargar el cuestionario desde {src}: el servidor respondió {status}.',
  badJson: 'El cuestionario {where} no es JSON válido ({detail}).',
  timeout: {
    one: 'El cuestionario de {src} no se cargó en {n} segundo.',
    other: 'El cuestionario de {src} no se cargó en {n} segundos.',
  },
  network: 'No se pudo cargar el cuestionario desde {src}: falló la solicitud de red.',
  inlineScript: 'del <script type="application/json"> integrado',
  fromUrl: 'de {src}',
  colon: ': ',
};

export default es;
