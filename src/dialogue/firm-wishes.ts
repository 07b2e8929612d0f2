import { saysFirmly, type Mention } from '../nlu';

/** Where one statement ends and the next begins: a firm word belongs to its own clause. */
const CLAUSE_END = /[。．！!？?\n、，,]+/u;

/**
 * The wanted conditions a message requires firmly: named in a clause that says so (「寮がないと無理です」
 * 「日払いじゃないと困ります」), or in the clause just before a firm word that names nothing (「寮は、絶対」).
 * In 「7月から9月までの短期で、…住み込みのバイトってありますか？寮がないと無理です」 only 寮 is firm: the short
 * term is a wish like any other. `conditionsIn` reads one clause as the whole message was read.
 */
export function firmlyWanted(
  text: string,
  wanted: readonly Mention[],
  conditionsIn: (clause: string) => readonly Mention[],
): string[] {
  const ids = new Set(wanted.filter((m) => m.polarity === 'positive').map((m) => m.id));
  if (ids.size === 0 || !saysFirmly(text)) return [];
  const clauses = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  if (clauses.length <= 1) return [...ids];
  const named = (clause: string | undefined) =>
    clause === undefined
      ? []
      : conditionsIn(clause)
          .filter((m) => m.polarity === 'positive' && ids.has(m.id))
          .map((m) => m.id);
  const firm = new Set<string>();
  clauses.forEach((clause, i) => {
    if (!saysFirmly(clause)) return;
    const own = named(clause);
    (own.length > 0 ? own : named(clauses[i - 1])).forEach((id) => firm.add(id));
  });
  return [...firm];
}
