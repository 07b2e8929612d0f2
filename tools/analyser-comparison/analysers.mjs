// The two analysers behind one shape: load() resolves to tokenize(text) -> tokens as stance-reader.mjs reads them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Character offsets from the surfaces, in order (both analysers give back every character of the input). */
function withOffsets(text, raw) {
  let at = 0;
  return raw.map((t) => {
    const found = text.indexOf(t.surface, at);
    const start = found < 0 ? at : found;
    at = start + t.surface.length;
    return { ...t, start, end: at };
  });
}

const orSurface = (base, surface) => (base === undefined || base === '' || base === '*' ? surface : base);

export async function loadKuromoji() {
  const kuromoji = require('kuromoji');
  const dicPath = join(dirname(require.resolve('kuromoji')), '..', 'dict');
  const tokenizer = await new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
  );
  return (text) =>
    withOffsets(
      text,
      tokenizer.tokenize(text).map((t) => ({
        surface: t.surface_form,
        pos: t.pos,
        detail: t.pos_detail_1,
        base: orSurface(t.basic_form, t.surface_form),
      })),
    );
}

/**
 * Lindera tags every unknown word UNK; kuromoji guesses a class from the characters (記号 for spaces and
 * symbols, 名詞 otherwise). The same guess here keeps the two on one convention.
 */
const unknownPos = (surface) => (/^[\s\p{P}\p{S}]+$/u.test(surface) ? '記号' : '名詞');

export async function loadLindera() {
  const lindera = await import('lindera-wasm');
  // The package's default initialiser fetches the .wasm by URL, which Node's fetch cannot do for file: URLs;
  // initSync takes the bytes instead.
  const wasm = readFileSync(join(dirname(require.resolve('lindera-wasm')), 'lindera_wasm_bg.wasm'));
  lindera.initSync({ module: wasm });
  const builder = new lindera.TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  const tokenizer = builder.build(); // build() takes the builder over: it is not freed here
  return (text) =>
    withOffsets(
      text,
      tokenizer.tokenize(text).map((t) => ({
        surface: t.surface,
        pos: t.partOfSpeech === 'UNK' ? unknownPos(t.surface) : t.partOfSpeech,
        detail: t.partOfSpeechSubcategory1 ?? '*',
        base: orSurface(t.baseForm, t.surface),
      })),
    );
}

export const ANALYSERS = { kuromoji: loadKuromoji, lindera: loadLindera };
