import type { CatalogDefinitions } from '../catalog';
import { understandingReport, type UnderstandingReport } from '../cli/describe-utterance';
import type { OpenQuestion } from '../dialogue/types';
import { buildLexicon, parseUtterance, type Locale, type QuestionKind } from '../nlu';

/** `soudan parse`'s context for the question a reply left open (what the dialogue reads the answer as). */
function parseContext(question: Pick<OpenQuestion, 'kind' | 'id'> | null): QuestionKind | undefined {
  if (question === null) return undefined;
  if (question.kind === 'area') return 'area';
  if (question.kind === 'results') return 'results';
  return question.kind === 'jobType' && question.id === null ? 'work' : 'yesno';
}

/** What `soudan parse --json` prints for a text, in the context of the question left open before it. */
export function understander(
  catalog: Pick<CatalogDefinitions, 'jobTypes' | 'conditions' | 'prefectures'>,
): (text: string, open: Pick<OpenQuestion, 'kind' | 'id'> | null, locale: Locale) => UnderstandingReport {
  const lexicon = buildLexicon(catalog);
  return (text, open, locale) => {
    const context = parseContext(open);
    const utterance = parseUtterance(text, {
      locale,
      afterOffer: false,
      ...(context === undefined ? {} : { question: context }),
      lexicon,
    });
    return understandingReport({ text, context, locale, utterance, catalog });
  };
}
