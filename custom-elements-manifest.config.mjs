// Custom Elements Manifest (dist/custom-elements.json): the element's events are the ones its JSDoc
// documents with @fires (all named news-quiz-*); names the analyzer guesses from dispatchEvent(new X(a, b))
// arguments are dropped.
export default {
  plugins: [
    {
      name: 'news-quiz-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('news-quiz-'));
          }
        }
      },
    },
  ],
};
