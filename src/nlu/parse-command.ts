import { commandCue } from './command-cues';
import {
  ANSWER_LIKE_PHRASES,
  COMMAND_PHRASES,
  LEADING_FILLERS,
  TRAILING_ENDINGS,
  type Command,
} from './command-phrases';
import { capText, normalize, spellAskingNai } from './normalize';
import type { Locale, QuestionKind } from './types';
import { wordList } from './word-list';

export type { Command } from './command-phrases';

let table: Map<string, Command> | undefined;
let answerLike: Set<string> | undefined;
let fillers: string[] = [];
let endings: string[] = [];

/** One map of normalized phrases for both languages (English loses its spaces: "start over" -> "startover"). */
function commandTable(): Map<string, Command> {
  if (table !== undefined) return table;
  const built = new Map<string, Command>();
  for (const [command, phrases] of Object.entries(COMMAND_PHRASES) as [Command, readonly string[]][]) {
    for (const phrase of phrases) {
      const key = normalize(phrase);
      if (key.length > 0 && !built.has(key)) built.set(key, command);
    }
  }
  const longestFirst = (a: string, b: string): number => b.length - a.length;
  fillers = LEADING_FILLERS.map(normalize).sort(longestFirst);
  endings = TRAILING_ENDINGS.map(normalize).sort(longestFirst);
  table = built;
  return built;
}

/** 「え？」「はい？」「ん？」: asking to hear the question again, not answering it. */
const ECHO_QUESTIONS = new Set(
  wordList('え, えっ, ええ, はい, は, ん, うん, なに, なんて, なんだって, なんだってー, what, huh, sorry'),
);

export function isEchoQuestion(text: string): boolean {
  const trimmed = capText(text).trim();
  if (!/[?？]$/u.test(trimmed)) return false;
  return ECHO_QUESTIONS.has(normalize(trimmed));
}

/** The utterance and what is left of it with fillers in front and polite endings behind taken off. */
function variants(core: string): string[] {
  const seen = new Set<string>([core]);
  let frontier = [core];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const text of frontier) {
      for (const filler of fillers) {
        if (text.startsWith(filler) && text.length > filler.length) next.push(text.slice(filler.length));
      }
      for (const ending of endings) {
        if (text.endsWith(ending) && text.length > ending.length) next.push(text.slice(0, -ending.length));
      }
    }
    frontier = next.filter((text) => !seen.has(text));
    for (const text of frontier) seen.add(text);
  }
  return [...seen];
}

export interface CommandContext {
  /** The open question: some words are a command only there (「どこでもいい」 to the area question). */
  readonly question?: QuestionKind;
  /** The utterance names a job type or condition: only whole-utterance phrases (and 「どこでも」) count then. */
  readonly named?: boolean;
}

/**
 * Recognises a command: the whole utterance as a command phrase, allowing fillers before and polite endings
 * after (「じゃあ最初からお願いします」), or, when it names nothing, a command said inside a sentence
 * (「もう疲れたからやめる」, see command-cues.ts). 「やっぱり」 alone is undo; 「やっぱりいいえ」 is an answer and
 * gives null here. Both languages are recognised in either locale; the phrases do not overlap.
 */
export function parseCommand(text: string, _locale: Locale, context: CommandContext = {}): Command | null {
  const commands = commandTable();
  if (isEchoQuestion(text)) return 'repeat';
  const core = normalize(text);
  if (core.length === 0 || core.length > 60) return null;
  for (const candidate of variants(core)) {
    const command = commands.get(candidate);
    // 「どこでもいい」 to a yes/no question is わからない, not a place.
    if (command === 'anywhere' && context.question !== undefined && context.question !== 'area') return null;
    if (command !== undefined) return command;
  }
  // 「17時〜22時のやつない？」 asks for more; the whole-utterance phrases above are matched as typed.
  return commandCue(normalize(spellAskingNai(text)), context.question, context.named === true);
}

/** Whether the command words are an everyday answer too (「もういい」), so that the dialogue asks which. */
export function commandMayBeAnswer(text: string): boolean {
  commandTable();
  answerLike ??= new Set(ANSWER_LIKE_PHRASES.map(normalize));
  const core = normalize(text);
  return variants(core).some((candidate) => answerLike?.has(candidate) === true);
}
