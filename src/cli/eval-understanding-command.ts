import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogDefinitions } from '../catalog';
import { buildLexicon } from '../nlu';
import { CORPUS_CATEGORIES, evaluateCorpus, readCorpus, type CategoryScore } from '../nlu/corpus';
import { PACKAGE_ROOT, SAMPLE_PATHS } from './paths';
import { UsageError } from './usage-error';

export const EVAL_UNDERSTANDING_USAGE =
  'soudan eval-understanding [--set dev|heldout|FILE] [--catalog DIR] [--failures] [--json]';

const CORPUS_DIR = join(PACKAGE_ROOT, 'test', 'corpus', 'understanding');
/**
 * The development set is every file tuned on: the first development half and the held-out sets retired to
 * development once their misses were read. The held-out set is the one written after the last retirement.
 */
const SETS: Record<string, readonly string[]> = {
  dev: [
    'dev.jsonl',
    'dev-retired-heldout-v1.jsonl',
    'dev-retired-heldout-v2.jsonl',
    'dev-retired-heldout-v3.jsonl',
    'dev-retired-heldout-v4.jsonl',
    'dev-retired-heldout-v5.jsonl',
    'dev-retired-heldout-v6.jsonl',
    'dev-retired-heldout-v7.jsonl',
    'dev-retired-heldout-v8.jsonl',
    'dev-retired-heldout-v9.jsonl',
    'dev-retired-heldout-v10.jsonl',
  ].map((file) => join(CORPUS_DIR, file)),
  heldout: [join(CORPUS_DIR, 'heldout.jsonl')],
};

const percent = (s: CategoryScore): string =>
  s.rows === 0 ? '-' : `${((100 * s.correct) / s.rows).toFixed(1)} % (${s.correct}/${s.rows})`;

/**
 * Scores the understanding layer on a labelled corpus. The held-out set prints its scores only: reading its
 * misses while tuning would make it one more development set.
 */
export async function evalUnderstandingCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      set: { type: 'string', default: 'dev' },
      catalog: { type: 'string' },
      failures: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const set = values.set;
  if (values.failures && set === 'heldout') {
    throw new UsageError(
      '--failures is for the development set; the held-out rows are not read while tuning',
    );
  }
  const files = SETS[set] ?? [set];
  const definitions = await loadCatalogDefinitions(values.catalog ?? SAMPLE_PATHS.catalogDir);
  // The conditions' own yes/no questions tell which condition a row's question asks about.
  const questions = new Map(
    definitions.conditions.flatMap((c) =>
      c.question === undefined ? [] : [[c.question, { kind: 'condition' as const, id: c.id }] as const],
    ),
  );
  const score = evaluateCorpus(files.flatMap(readCorpus), buildLexicon(definitions), questions);
  if (values.json) {
    out(JSON.stringify({ overall: score.overall, byCategory: score.byCategory }));
    return 0;
  }
  out(`overall     ${percent(score.overall)}`);
  for (const category of CORPUS_CATEGORIES)
    out(`${category.padEnd(11)} ${percent(score.byCategory[category])}`);
  if (values.failures) {
    for (const miss of score.misses) {
      out(
        `\n${miss.row.id} [${miss.row.category}/${miss.row.context}] ${miss.row.text}\n  wrong: ${miss.wrong.join(', ')}` +
          `\n  expected: ${JSON.stringify(miss.row.expect)}` +
          `\n  got: ${JSON.stringify({ command: miss.got.command, answer: miss.got.answer, ...miss.got.mentions, numbers: miss.got.numbers })}`,
      );
    }
  }
  return 0;
}
