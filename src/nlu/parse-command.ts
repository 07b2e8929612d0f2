import { COMMAND_PHRASES, LEADING_FILLERS, TRAILING_ENDINGS, type Command } from './command-phrases';
import { capText, normalize } from './normalize';
import type { Locale } from './types';
import { wordList } from './word-list';

export type { Command } from './command-phrases';

let table: Map<string, Command> | undefined;
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
const ECHO_QUESTIONS = new Set(wordList('え, えっ, ええ, はい, ん, うん, なに, なんて, what, huh, sorry'));

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

/**
 * Recognises a command: the whole utterance must be the command, allowing fillers before and polite endings
 * after (「じゃあ最初からお願いします」). 「やっぱり」 alone is undo; 「やっぱりいいえ」 is an answer and gives
 * null here. Both languages are recognised in either locale; the phrases do not overlap.
 */
export function parseCommand(text: string, _locale: Locale): Command | null {
  const commands = commandTable();
  if (isEchoQuestion(text)) return 'repeat';
  const core = normalize(text);
  if (core.length === 0 || core.length > 40) return null;
  for (const candidate of variants(core)) {
    const command = commands.get(candidate);
    if (command !== undefined) return command;
  }
  return null;
}
