import { loadCatalogDefinitions } from '../../src/catalog';
import { SAMPLE_PATHS } from '../../src/cli/paths';
import { buildLexicon, parseUtterance, type Lexicon, type QuestionKind } from '../../src/nlu';

/**
 * The understanding layer over the bundled catalogue, as the outsider-phrasing tests read it: the lexicon is built
 * once before the file's tests; `stances` lists job types, conditions and categories as `id:polarity`.
 */
export function sampleReader() {
  let lexicon: Lexicon | undefined;
  beforeAll(async () => {
    lexicon = buildLexicon(await loadCatalogDefinitions(SAMPLE_PATHS.catalogDir));
  });
  const built = (): Lexicon => {
    if (lexicon === undefined) throw new Error('the sample lexicon is built in beforeAll');
    return lexicon;
  };
  const parse = (text: string, question: QuestionKind = 'work') =>
    parseUtterance(text, { locale: 'ja', question, afterOffer: question === 'offer', lexicon: built() });
  const stances = (text: string, question: QuestionKind = 'work'): string[] => {
    const m = parse(text, question).mentions;
    return [...(m?.jobTypes ?? []), ...(m?.conditions ?? []), ...(m?.categories ?? [])].map(
      (x) => `${x.id}:${x.polarity}`,
    );
  };
  const places = (text: string): string[] =>
    (parse(text, 'area').mentions?.areas ?? []).map((a) => `${a.prefecture} ${a.municipality ?? ''}`.trim());
  return { lexicon: built, parse, stances, places };
}
