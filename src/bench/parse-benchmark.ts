import { performance } from 'node:perf_hooks';
import { parseUtterance, type Lexicon } from '../nlu';

export interface ParseTiming {
  readonly name: string;
  readonly utterances: number;
  readonly chars: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Input that has hurt scanners before: long runs, mixed scripts, control characters. */
export function adversarialInputs(): string[] {
  return [
    'あ'.repeat(3000),
    'カ'.repeat(3000),
    'いいです'.repeat(750),
    'abcアイウ漢字١٢٣😀'.repeat(250),
    Array.from({ length: 3000 }, (_, i) => String.fromCharCode(i % 32)).join(''),
    '東京'.repeat(1500),
    '以外じゃない'.repeat(500),
  ];
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Times parseUtterance over each text `rounds` times (after a warm-up round), per utterance. */
export function timeParse(
  name: string,
  texts: readonly string[],
  lexicon: Lexicon,
  rounds: number,
): ParseTiming {
  const contexts = ['area', 'work', 'yesno', 'offer', 'results'] as const;
  const parse = (text: string, i: number) =>
    parseUtterance(text, { locale: 'ja', question: contexts[i % contexts.length]!, lexicon });
  texts.forEach(parse);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    texts.forEach((text, i) => {
      const start = performance.now();
      parse(text, i);
      times.push(performance.now() - start);
    });
  }
  times.sort((a, b) => a - b);
  return {
    name,
    utterances: texts.length,
    chars: Math.round(texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length)),
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    maxMs: times[times.length - 1] ?? 0,
  };
}
