import { readFileSync } from 'node:fs';
import { SoudanError } from '../../errors';
import { extractMentions } from '../extract-mentions';
import { parseUtterance } from '../parse-utterance';
import type { Lexicon, QuestionSubject, Utterance } from '../types';
import { CORPUS_CATEGORIES, CORPUS_ROW, type CorpusCategory, type CorpusRow } from './corpus-row';
import { scoreRow, type Field } from './score-row';

/** A corpus file that does not follow the format; names the file and line. */
export class CorpusFormatError extends SoudanError {}

export function readCorpus(file: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new CorpusFormatError(`${file}:${index + 1}: not JSON`, { cause: error });
      }
      const parsed = CORPUS_ROW.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CorpusFormatError(
          `${file}:${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid row'}`,
        );
      }
      rows.push(parsed.data);
    });
  return rows;
}

export interface CategoryScore {
  readonly rows: number;
  readonly correct: number;
}

export interface Miss {
  readonly row: CorpusRow;
  readonly wrong: readonly Field[];
  readonly got: Utterance;
}

export interface CorpusScore {
  readonly overall: CategoryScore;
  readonly byCategory: Readonly<Record<CorpusCategory, CategoryScore>>;
  readonly misses: readonly Miss[];
}

/**
 * What the bot's yes/no question asks about, as the dialogue knows it from its state: a condition's own
 * question from the catalogue (`questions`, by its text), else the one job type or condition the question
 * names (「カフェのお仕事に興味はありますか？」).
 */
function subjectOf(
  row: CorpusRow,
  lexicon: Lexicon,
  questions: ReadonlyMap<string, QuestionSubject>,
): QuestionSubject | undefined {
  if (row.context !== 'yesno' || row.question === undefined) return undefined;
  const known = questions.get(row.question);
  if (known !== undefined) return known;
  const { jobTypes, conditions } = extractMentions(row.question, lexicon);
  const named = [
    ...jobTypes.map((m): QuestionSubject => ({ kind: 'jobType', id: m.id })),
    ...conditions.map((m): QuestionSubject => ({ kind: 'condition', id: m.id })),
  ];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Parses every row as the web chat would (a conversation that chose no locale is Japanese; the context is
 * the open question) and scores it field by field.
 */
export function evaluateCorpus(
  rows: readonly CorpusRow[],
  lexicon: Lexicon,
  questions: ReadonlyMap<string, QuestionSubject> = new Map(),
): CorpusScore {
  const byCategory = Object.fromEntries(CORPUS_CATEGORIES.map((c) => [c, { rows: 0, correct: 0 }])) as Record<
    CorpusCategory,
    { rows: number; correct: number }
  >;
  const misses: Miss[] = [];
  for (const row of rows) {
    const subject = subjectOf(row, lexicon, questions);
    const got = parseUtterance(row.text, {
      locale: 'ja',
      afterOffer: row.context === 'offer',
      question: row.context,
      ...(subject === undefined ? {} : { subject }),
      lexicon,
    });
    const wrong = scoreRow(row, got);
    const score = byCategory[row.category];
    score.rows++;
    if (wrong.length === 0) score.correct++;
    else misses.push({ row, wrong, got });
  }
  return {
    overall: { rows: rows.length, correct: rows.length - misses.length },
    byCategory,
    misses,
  };
}
