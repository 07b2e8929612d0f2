import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogDefinitions } from '../catalog';
import { adversarialInputs, timeParse } from '../bench/parse-benchmark';
import { machineLine } from '../bench/write-results';
import { buildLexicon } from '../nlu';
import { readCorpus } from '../nlu/corpus';
import { formatMarkdownTable } from './format-table';
import { PACKAGE_ROOT, SAMPLE_PATHS } from './paths';

/** npm run bench:parse — time per utterance on every corpus set and on hostile input, side by side. */
export async function benchParseCommand(_args: string[], out: (line: string) => void): Promise<number> {
  const lexicon = buildLexicon(await loadCatalogDefinitions(SAMPLE_PATHS.catalogDir));
  const dir = join(PACKAGE_ROOT, 'test', 'corpus', 'understanding');
  const texts = readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => readCorpus(join(dir, file)).map((row) => row.text));
  // Ordinary sentences run together to the hostile inputs' length: what "no more than normal" compares with.
  const ordinary = Array.from({ length: 7 }, (_, k) => {
    let text = '';
    for (let i = k; text.length < 3000; i += 7) text += texts[i % texts.length];
    return text.slice(0, 3000);
  });
  const rows = [
    timeParse('corpus (every set)', texts, lexicon, 20),
    timeParse('ordinary text, 3,000 chars each', ordinary, lexicon, 20),
    timeParse('hostile, 3,000 chars each', adversarialInputs(), lexicon, 20),
  ];
  out(`parse benchmark, ${machineLine()}`);
  out(
    formatMarkdownTable(
      ['input', 'utterances', 'mean chars', 'p50 ms', 'p99 ms', 'max ms'],
      rows.map((r) => [
        r.name,
        String(r.utterances),
        String(r.chars),
        r.p50Ms.toFixed(3),
        r.p99Ms.toFixed(3),
        r.maxMs.toFixed(2),
      ]),
    ),
  );
  return 0;
}
