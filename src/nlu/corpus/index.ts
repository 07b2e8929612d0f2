export { CORPUS_CATEGORIES, CORPUS_ROW, type CorpusCategory, type CorpusRow } from './corpus-row';
export {
  CorpusFormatError,
  evaluateCorpus,
  readCorpus,
  type CategoryScore,
  type CorpusScore,
  type Miss,
} from './evaluate-corpus';
export { scoreRow, type Field } from './score-row';
