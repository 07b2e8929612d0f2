export { saysFirmly } from './parse-firmness';
export { parseAreaScope, type AreaScope } from './area-scope';
export { COMMANDS, type Command } from './command-phrases';
export { clearLanguage, detectLanguage } from './detect-language';
export { dialectPrefectures } from './dialect-region';
export { extractMentions } from './extract-mentions';
export { buildLexicon, type LexiconInput } from './lexicon';
export { MAX_SCAN, normalize, toClauses } from './normalize';
export { parseAnswer, type AnswerContext } from './parse-answer';
export { parseOrdinal, type Ordinal } from './parse-ordinal';
export { isEchoQuestion, parseCommand } from './parse-command';
export { parseNumbers } from './parse-numbers';
export { parseUtterance, type UtteranceContext } from './parse-utterance';
export type {
  AreaMention,
  AreaRef,
  Lexicon,
  LexiconTarget,
  Locale,
  Mention,
  Mentions,
  CountRange,
  NumberFacts,
  QuestionKind,
  QuestionSubject,
  Utterance,
} from './types';
