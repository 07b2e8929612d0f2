import { parseArgs } from 'node:util';
import { loadCatalogDefinitions } from '../catalog';
import { buildLexicon, parseUtterance, type Locale, type QuestionKind } from '../nlu';
import { formatReport, understandingReport } from './describe-utterance';
import { SAMPLE_PATHS } from './paths';
import { UsageError } from './usage-error';

export const PARSE_USAGE =
  'soudan parse "<text>" [--context area|work|yesno|offer|results] [--locale ja|en] [--catalog DIR] [--json]';

const CONTEXTS: readonly QuestionKind[] = ['area', 'work', 'yesno', 'offer', 'results'];
const LOCALES: readonly Locale[] = ['ja', 'en'];

/**
 * Prints what the service understood from one utterance, as the dialogue would read it in the given context:
 * command, answer level, job types and conditions with polarity, places with their candidates, numbers and
 * the language. For QA and support tickets; --json for scripts.
 */
export async function parseTextCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      locale: { type: 'string', default: 'ja' },
      catalog: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const text = positionals.join(' ');
  if (text.trim() === '') throw new UsageError('the text to parse is required');
  const context = values.context as QuestionKind | undefined;
  if (context !== undefined && !CONTEXTS.includes(context)) {
    throw new UsageError(`--context must be one of ${CONTEXTS.join(', ')}, got ${JSON.stringify(context)}`);
  }
  const locale = values.locale as Locale;
  if (!LOCALES.includes(locale)) {
    throw new UsageError(`--locale must be ja or en, got ${JSON.stringify(values.locale)}`);
  }
  const catalog = await loadCatalogDefinitions(values.catalog ?? SAMPLE_PATHS.catalogDir);
  const utterance = parseUtterance(text, {
    locale,
    afterOffer: context === 'offer',
    ...(context === undefined ? {} : { question: context }),
    lexicon: buildLexicon(catalog),
  });
  const report = understandingReport({ text, context, locale, utterance, catalog });
  if (values.json) out(JSON.stringify(report));
  else for (const line of formatReport(report)) out(line);
  return 0;
}
