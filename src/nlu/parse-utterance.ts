import { extractMentions } from './extract-mentions';
import { parseAnswer } from './parse-answer';
import { commandMayBeAnswer, parseCommand } from './parse-command';
import type { AnswerLevel } from '../engine';
import { normalize } from './normalize';
import type { Lexicon, Locale, QuestionKind, Utterance } from './types';

export interface UtteranceContext {
  readonly locale: Locale;
  /** The question offered something: いいです / 大丈夫です then mean "no thanks". */
  readonly afterOffer?: boolean;
  /** The open question, when the caller knows it. */
  readonly question?: QuestionKind;
  readonly lexicon: Lexicon;
}

/**
 * Everything one utterance says: a command (then there is no answer: 「もう一回」 asks to repeat, it does not
 * answer), else an answer to the open yes/no question, and the job types, conditions and places it names.
 * 「スキップ」 is the skip command here, though parseAnswer alone reads it as わからない.
 */
/** 「特にない」 to 「やってみたいお仕事の種類はありますか？」 is a no: there is none. */
const NONE_IN_PARTICULAR = /^(いいえ|いえ)?(特に|とくに)(ない|なし|なか|ありません)(です|かな|ね|よ|っす)*$/u;

/** 「はい、ケーキ屋さんです」: a yes said first still answers the open question. */
const SAYS_YES_FIRST = /^(はい|うん|ええ|yes|yeah)/u;

/**
 * The answer to the open question. The open questions 「どこで？」「どんなお仕事を？」 are only answered yes/no by
 * a bare はい/いいえ: a reply that names something answers with the names, not with a yes or no.
 */
function readAnswer(text: string, context: UtteranceContext, named: boolean): AnswerLevel | null {
  const open = context.question === 'work' || context.question === 'area';
  if (named && open && !SAYS_YES_FIRST.test(normalize(text))) return null;
  if (context.question === 'work' && NONE_IN_PARTICULAR.test(normalize(text))) return 'no';
  return parseAnswer(text, { locale: context.locale, afterOffer: context.afterOffer === true });
}

export function parseUtterance(text: string, context: UtteranceContext): Utterance {
  const mentions = extractMentions(text, context.lexicon);
  const named = mentions.jobTypes.length + mentions.conditions.length + mentions.areas.length > 0;
  const command = parseCommand(text, context.locale, {
    question: context.question,
    named: mentions.jobTypes.length + mentions.conditions.length > 0,
  });
  const reading = readAnswer(text, context, named);
  const alsoAnswer = command !== null && reading !== null && commandMayBeAnswer(text) ? reading : null;
  return {
    command,
    answer: command === null ? reading : null,
    ...(alsoAnswer === null ? {} : { alsoAnswer }),
    mentions,
    numbers: {},
    language: context.locale,
  };
}
