import { dirname, join } from 'node:path';

/** BudouX's parser, as its `dist/parser.d.ts` declares it (the part used here). */
interface BudouxParser {
  parse(sentence: string): string[];
}
type BudouxModel = Record<string, Record<string, number>>;

/**
 * BudouX's parser and Japanese model, loaded by file: the package's index also loads an HTML DOM (linkedom)
 * for its HTML helpers, which the service does not use. The files are the package's own compiled ones.
 */
function loadParser(): BudouxParser {
  const dist = dirname(require.resolve('budoux'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require(join(dist, 'parser.js')) as {
    Parser: new (model: BudouxModel) => BudouxParser;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { model } = require(join(dist, 'data', 'models', 'ja.js')) as { model: BudouxModel };
  return new Parser(model);
}

const parser = loadParser();

/**
 * Japanese text cut where a line may break without splitting a word (BudouX's phrases): the page joins the
 * pieces with <wbr> and keeps each one whole (`word-break: keep-all`). Text without Japanese is one piece.
 */
export function phrases(text: string): string[] {
  if (!/[\u3040-\u30ff\u3400-\u9fff]/u.test(text)) return [text];
  return parser.parse(text);
}
