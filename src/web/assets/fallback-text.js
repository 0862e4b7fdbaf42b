// @ts-check
// The only Swedish sentences written in the page's code (the rest is catalog/vocabulary.yaml
// `wording`, served by GET /api/v1/vocabulary). They say that a request failed, so they must work
// when the vocabulary itself could not be fetched: data-free fallbacks, on the allow-list of
// test/web-wording.test.ts.

export const FAILED = {
  page: 'Något gick fel i sidan. Ladda om och försök igen.',
  network: 'Tjänsten svarar inte. Kontrollera nätverket och försök igen.',
  notFound: 'Det du söker finns inte i katalogen.',
  rateLimited: 'För många förfrågningar just nu. Vänta en minut och försök igen.',
  server: 'Tjänsten har ett tillfälligt fel. Försök igen om en stund.',
  request: 'Förfrågan kunde inte behandlas.',
  coverage: 'Täckningen kunde inte hämtas.',
};
