import { detectLanguage } from './detect-language';
import { extractMentions } from './extract-mentions';
import { parseAnswer } from './parse-answer';
import { reconcileNumbers } from './number-conditions';
import { answerToOpenQuestion } from './open-question-answer';
import { parseCommand } from './parse-command';
import { parseNumbers } from './parse-numbers';
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
export function parseUtterance(text: string, context: UtteranceContext): Utterance {
  // English typed into a Japanese conversation is read as English first, and the other way round.
  const language = detectLanguage(text, context.locale);
  const command = parseCommand(text, language);
  const read = (piece: string) =>
    parseAnswer(piece, { locale: language, afterOffer: context.afterOffer === true });
  const { mentions, numbers } = reconcileNumbers(extractMentions(text, context.lexicon), parseNumbers(text));
  const answer =
    command === null
      ? answerToOpenQuestion({
          text,
          question: context.question,
          answer: read(text),
          mentions,
          numbers,
          read,
          names: (piece) => {
            const named = extractMentions(piece, context.lexicon);
            return named.jobTypes.length + named.conditions.length + named.areas.length > 0;
          },
        })
      : null;
  return { command, answer, mentions, numbers, language };
}
