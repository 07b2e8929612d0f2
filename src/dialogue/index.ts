export type {
  Locale,
  Message,
  OpenQuestion,
  QuestionKind,
  Reply,
  Suggestion,
  TurnAct,
  TurnInput,
} from './types';
export { LOCALES } from './types';
export {
  createDialogueContext,
  DEFAULT_DIALOGUE_OPTIONS,
  type CatalogLookup,
  type DialogueCatalog,
  type DialogueContext,
  type DialogueContextInput,
  type DialogueOptions,
  type ListingLookup,
  type UtteranceParser,
} from './context';
export { takeTurn, type TurnResult } from './take-turn';
export { SPOKEN_JOBS } from './names';
export { parseState, type ParsedState, type StateStatus } from './parse-state';
export {
  STATE_VERSION,
  type AnswerTuple,
  type AreaValue,
  type DialogueState,
  type OpenTuple,
  type Place,
  type UndoMark,
} from './state';
export { POSTBACKS, areaPostback, jobTypePostback, readPostback, type PostbackMeaning } from './postbacks';
export { DialogueConfigError } from './dialogue-error';
