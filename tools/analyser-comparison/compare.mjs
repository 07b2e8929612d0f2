// Polarity of job type and condition mentions on the labelled understanding rows, decided three ways: the
// service's own clause reader (src/nlu, through the built dist/), and one stance reader over kuromoji or Lindera
// morphemes. Also the cost of each: load time, memory added, time per utterance.
//
// Usage (after `npm run build` at the repository root and `npm install` here):
//   node --expose-gc compare.mjs            the comparison (it starts itself once per analyser for the load figures)
//   node --expose-gc compare.mjs --load X   one load measurement (X: lexicon, kuromoji, lindera), as JSON
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ANALYSERS } from './analysers.mjs';
import { readStances } from './stance-reader.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CORPUS = join(ROOT, 'test', 'corpus', 'understanding');
// The held-out set is scored, never listed: --misses names development rows only.
const FILES = {
  development: ['dev.jsonl', 'dev-retired-heldout-v1.jsonl', 'dev-retired-heldout-v2.jsonl'],
  'held-out v3': ['heldout.jsonl'],
};
const WARM_UP_PASSES = 10;
const TIMED_PASSES = 20;
const LOAD_RUNS = 5;

const require = createRequire(import.meta.url);

function service() {
  if (!existsSync(join(ROOT, 'dist', 'nlu', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` at the repository root first');
  }
  return {
    nlu: require(join(ROOT, 'dist', 'nlu', 'index.js')),
    emoji: require(join(ROOT, 'dist', 'nlu', 'answer-emoji.js')),
    catalog: require(join(ROOT, 'dist', 'catalog', 'index.js')),
  };
}

async function buildLexicon({ nlu, catalog }) {
  return nlu.buildLexicon(await catalog.loadCatalogDefinitions(join(ROOT, 'data', 'catalog')));
}

function gc() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  globalThis.gc();
  globalThis.gc();
}

function memory() {
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, external: m.external + m.arrayBuffers };
}

/** One load in a fresh process: the lexicon (the scanner's, shared by all three), or an analyser on top of it. */
async function measureLoad(what) {
  const svc = service();
  const before = what === 'lexicon' ? memory() : undefined;
  const t0 = performance.now();
  const lexicon = await buildLexicon(svc);
  const lexiconMs = performance.now() - t0;
  let result;
  if (what === 'lexicon') {
    const after = memory();
    result = {
      loadMs: lexiconMs,
      ...delta(before, after),
      firstMs: timeOnce(() => svc.nlu.extractMentions('居酒屋は無理', lexicon)),
    };
  } else {
    const base = memory();
    const t1 = performance.now();
    const tokenize = await ANALYSERS[what]();
    const loadMs = performance.now() - t1;
    const firstMs = timeOnce(() => tokenize('居酒屋だけは無理です'));
    const after = memory();
    result = { loadMs, ...delta(base, after), firstMs };
  }
  process.stdout.write(JSON.stringify(result));
}

const delta = (a, b) => ({ rss: b.rss - a.rss, heap: b.heap - a.heap, external: b.external - a.external });

function timeOnce(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function readRows(file) {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...JSON.parse(line), file }));
}

/** Where a normalized surface is said in the text: the first span not yet taken whose normalized form it is. */
function locate(text, surface, normalize, taken) {
  for (let s = 0; s < text.length; s++) {
    if (taken.has(s)) continue;
    for (let e = s + 1; e <= text.length; e++) {
      const n = normalize(text.slice(s, e));
      if (n === surface) return { start: s, end: e };
      if (n.length > surface.length || !surface.startsWith(n)) break;
    }
  }
  return undefined;
}

/**
 * The mentions the service's scanner finds in a row, each with the lexicon target it came from, so that another
 * stance can be put through the same steps the service takes after the stance (a surface naming a condition's
 * opposite flips it; a refused 土日のみ is a wanted 平日のみ).
 */
function mentionUnits(row, lexicon, svc, text) {
  const found = svc.nlu.extractMentions(row.text, lexicon, { question: row.context });
  const units = [];
  // One word may name a job type and a condition (ネイル): spans are taken per kind.
  const takenByKind = { jobType: new Set(), condition: new Set() };
  const refusedMeans = lexicon.refusedMeans ?? new Map();
  for (const [kind, list] of [
    ['jobType', found.jobTypes],
    ['condition', found.conditions],
  ]) {
    for (const mention of list) {
      const targets =
        lexicon.surfaces.get(mention.surface) ??
        lexicon.words.get(mention.surface) ??
        lexicon.words.get(mention.surface.replace(/s$/u, '')) ??
        [];
      const target = targets.find(
        (t) => t.kind === kind && (t.id === mention.id || refusedMeans.get(t.id) === mention.id),
      );
      const taken = takenByKind[kind];
      const span = target === undefined ? undefined : locate(text, mention.surface, svc.nlu.normalize, taken);
      if (span !== undefined) taken.add(span.start);
      units.push({ kind, target, span, mention });
    }
  }
  return units;
}

/** What the service would report for a target said with a stance. */
function outcome(unit, stance, refusedMeans) {
  const { target } = unit;
  const polarity = target.inverted === true ? (stance === 'positive' ? 'negative' : 'positive') : stance;
  const meant =
    unit.kind === 'condition' && polarity === 'negative' ? refusedMeans.get(target.id) : undefined;
  return meant === undefined ? { id: target.id, polarity } : { id: meant, polarity: 'positive' };
}

/** Links each expected mention to one the service found (same kind and id, whatever the polarity). */
function link(row, units, refusedMeans) {
  const free = [...units];
  const links = [];
  let expected = 0;
  for (const [kind, list] of [
    ['jobType', row.expect.jobTypes],
    ['condition', row.expect.conditions],
  ]) {
    for (const e of list) {
      expected++;
      const could = (u) =>
        u.kind === kind &&
        u.target !== undefined &&
        (u.target.id === e.id || refusedMeans.get(u.target.id) === e.id);
      const index = [
        free.findIndex((u) => could(u) && u.mention.id === e.id && u.mention.polarity === e.polarity),
        free.findIndex(could),
      ].find((i) => i >= 0);
      if (index === undefined) continue;
      links.push({ expected: e, unit: free[index] });
      free.splice(index, 1);
    }
  }
  return { links, expected };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function loadFigures() {
  const figures = {};
  for (const what of ['lexicon', 'kuromoji', 'lindera']) {
    const runs = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), '--load', what],
        {
          cwd: HERE,
          encoding: 'utf8',
        },
      );
      if (child.status !== 0) throw new Error(`load ${what} failed:\n${child.stderr}`);
      runs.push(JSON.parse(child.stdout));
    }
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    figures[what] = Object.fromEntries(
      ['loadMs', 'rss', 'heap', 'external', 'firstMs'].map((k) => [k, median(k)]),
    );
  }
  return figures;
}

async function main() {
  const svc = service();
  const lexicon = await buildLexicon(svc);
  const refusedMeans = lexicon.refusedMeans ?? new Map();
  const tokenizers = { kuromoji: await ANALYSERS.kuromoji(), lindera: await ANALYSERS.lindera() };
  const methods = ['ours', 'kuromoji', 'lindera'];

  const rows = Object.entries(FILES).flatMap(([set, files]) =>
    files.flatMap(readRows).map((row) => ({ ...row, set })),
  );
  const japanese = rows.filter((r) => r.locale === 'ja');
  const negative = (r) =>
    [...r.expect.jobTypes, ...r.expect.conditions].some((m) => m.polarity === 'negative');
  const relevant = japanese.filter((r) => r.category === 'negation' || negative(r));

  // Accuracy: every relevant row once.
  const prepared = relevant.map((row) => {
    const text = svc.emoji.spellStanceEmoji(row.text).normalize('NFKC');
    const units = mentionUnits(row, lexicon, svc, text);
    const { links, expected } = link(row, units, refusedMeans);
    const located = units.filter((u) => u.span !== undefined);
    const stances = {};
    for (const name of Object.keys(tokenizers)) {
      const read = readStances(
        tokenizers[name](text),
        located.map((u) => u.span),
      );
      stances[name] = new Map(located.map((u, i) => [u, read[i]]));
    }
    const results = links.map(({ expected: e, unit }) => {
      const right = { ours: unit.mention.id === e.id && unit.mention.polarity === e.polarity };
      for (const name of Object.keys(tokenizers)) {
        const stance = stances[name].get(unit);
        const got = stance === undefined ? undefined : outcome(unit, stance, refusedMeans);
        right[name] = got !== undefined && got.id === e.id && got.polarity === e.polarity;
      }
      return { expected: e, located: unit.span !== undefined, right };
    });
    return { row, text, located, expected, results };
  });

  const groups = [
    ['negation rows, development', (p) => p.row.category === 'negation' && p.row.set === 'development'],
    ['negation rows, held-out v3', (p) => p.row.category === 'negation' && p.row.set === 'held-out v3'],
    ['negation rows, all three files', (p) => p.row.category === 'negation'],
    ['rows with a negative mention, all three files', (p) => negative(p.row)],
  ];
  const accuracy = groups.map(([label, keep]) => {
    const chosen = prepared.filter(keep);
    const results = chosen.flatMap((p) => p.results);
    const count = (f) => results.filter(f).length;
    const score = (filter) =>
      Object.fromEntries(
        methods.map((m) => [m, { right: count((r) => filter(r) && r.right[m]), of: count(filter) }]),
      );
    return {
      label,
      rows: chosen.length,
      expected: chosen.reduce((n, p) => n + p.expected, 0),
      found: results.length,
      unlocated: count((r) => !r.located),
      all: score(() => true),
      negativeOnly: score((r) => r.expected.polarity === 'negative'),
    };
  });

  // Speed: every relevant row, each pass timing the three in turn on the same utterance.
  const samples = Object.fromEntries(methods.map((m) => [m, []]));
  const run = {
    ours: (p) => svc.nlu.extractMentions(p.row.text, lexicon, { question: p.row.context }),
    kuromoji: (p) =>
      readStances(
        tokenizers.kuromoji(p.text),
        p.located.map((u) => u.span),
      ),
    lindera: (p) =>
      readStances(
        tokenizers.lindera(p.text),
        p.located.map((u) => u.span),
      ),
  };
  // Each pass times one method over every utterance, after a collection, so that one method's garbage is not
  // collected during another's timings; the order of the methods turns from pass to pass.
  // Warm-up first: the JIT keeps tiering the service's code up for about fifteen passes over these rows.
  for (let pass = 0; pass < WARM_UP_PASSES; pass++)
    for (const p of prepared) for (const m of methods) run[m](p);
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (let k = 0; k < methods.length; k++) {
      const m = methods[(pass + k) % methods.length];
      gc();
      for (const p of prepared) {
        const t = process.hrtime.bigint();
        run[m](p);
        samples[m].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
  }
  const speed = Object.fromEntries(
    methods.map((m) => {
      const sorted = [...samples[m]].sort((a, b) => a - b);
      const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
      return [m, { mean, p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length }];
    }),
  );

  // Self-check of the steps after the stance: each mention the service reported must come out of outcome()
  // with one of the two stances, or the analysers' figures would be judged by a different rule.
  const checked = prepared.flatMap((p) => p.located);
  const unexplained = checked.filter(
    (u) =>
      !['positive', 'negative'].some((s) => {
        const got = outcome(u, s, refusedMeans);
        return got.id === u.mention.id && got.polarity === u.mention.polarity;
      }),
  ).length;

  const load = loadFigures();
  const englishRelevant = rows.filter(
    (r) => r.locale === 'en' && (r.category === 'negation' || negative(r)),
  ).length;
  print({
    accuracy,
    speed,
    load,
    relevant: relevant.length,
    englishRelevant,
    prepared,
    checked: checked.length,
    unexplained,
  });
}

const mib = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 2 ** 20).toFixed(1)} MiB`;
const pct = ({ right, of }) => (of === 0 ? '-' : `${((100 * right) / of).toFixed(1)} % (${right}/${of})`);

function print({ accuracy, speed, load, relevant, englishRelevant, prepared, checked, unexplained }) {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  out(
    `Rows read: ${relevant} Japanese rows of category negation or with a negative mention ` +
      `(${englishRelevant} such English rows left out: the analysers read Japanese)`,
  );
  out(
    `Self-check: ${checked - unexplained}/${checked} of the service's mentions are reproduced by the steps after the stance`,
  );
  out();
  out('Polarity right / mentions found by the scanner');
  out(
    '| set | rows | expected mentions | found | our clause reader | kuromoji + stance reader | Lindera + stance reader |',
  );
  out('| --- | --- | --- | --- | --- | --- | --- |');
  for (const a of accuracy) {
    out(
      `| ${a.label} | ${a.rows} | ${a.expected} | ${a.found} | ${pct(a.all.ours)} | ${pct(a.all.kuromoji)} | ${pct(a.all.lindera)} |`,
    );
  }
  out();
  out('Of those, the mentions labelled negative');
  out('| set | our clause reader | kuromoji + stance reader | Lindera + stance reader |');
  out('| --- | --- | --- | --- |');
  for (const a of accuracy) {
    out(
      `| ${a.label} | ${pct(a.negativeOnly.ours)} | ${pct(a.negativeOnly.kuromoji)} | ${pct(a.negativeOnly.lindera)} |`,
    );
  }
  const unlocated = prepared.flatMap((p) => p.results).filter((r) => !r.located).length;
  if (unlocated > 0)
    out(
      `\n(${unlocated} found mentions could not be placed in the text: counted wrong for both analysers; --misses names them)`,
    );
  out();
  out(
    `Cost (load: median of ${LOAD_RUNS} fresh processes; memory: after load and two GCs, against the process before it)`,
  );
  out('| | our clause reader | kuromoji 0.1.2 | lindera-wasm 1.1.0 |');
  out('| --- | --- | --- | --- |');
  const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 0)} ms`;
  out(
    `| load | ${fmt(load.lexicon.loadMs)} (the scanner's lexicon, needed by all three) | ${fmt(load.kuromoji.loadMs)} | ${fmt(load.lindera.loadMs)} |`,
  );
  out(
    `| memory added, RSS | ${mib(load.lexicon.rss)} | ${mib(load.kuromoji.rss)} | ${mib(load.lindera.rss)} |`,
  );
  out(
    `| memory added, JS heap | ${mib(load.lexicon.heap)} | ${mib(load.kuromoji.heap)} | ${mib(load.lindera.heap)} |`,
  );
  out(
    `| memory added, external + array buffers | ${mib(load.lexicon.external)} | ${mib(load.kuromoji.external)} | ${mib(load.lindera.external)} |`,
  );
  out(
    `| first utterance after load | ${fmt(load.lexicon.firstMs)} | ${fmt(load.kuromoji.firstMs)} | ${fmt(load.lindera.firstMs)} |`,
  );
  const n = speed.ours.n;
  out(
    `| mean ms per utterance (${n} timings) | ${speed.ours.mean.toFixed(3)} (whole mention extraction) | ${speed.kuromoji.mean.toFixed(3)} (tokenise + stance, on top of the scanner) | ${speed.lindera.mean.toFixed(3)} (tokenise + stance, on top of the scanner) |`,
  );
  out(
    `| p50 ms per utterance | ${speed.ours.p50.toFixed(3)} | ${speed.kuromoji.p50.toFixed(3)} | ${speed.lindera.p50.toFixed(3)} |`,
  );
  out(
    `| p99 ms per utterance | ${speed.ours.p99.toFixed(3)} | ${speed.kuromoji.p99.toFixed(3)} | ${speed.lindera.p99.toFixed(3)} |`,
  );

  if (process.argv.includes('--misses')) {
    out('\nMisses (expected polarity; what each method got right):');
    for (const p of prepared) {
      if (p.row.set !== 'development') continue;
      for (const r of p.results) {
        if (r.right.ours && r.right.kuromoji && r.right.lindera) continue;
        if (!r.located) out(`${p.row.id} ${p.row.text} — ${r.expected.id}: not placed in the text`);
        const marks = Object.entries(r.right)
          .map(([m, ok]) => `${m}:${ok ? 'ok' : 'WRONG'}`)
          .join(' ');
        out(`${p.row.id} ${p.row.text} — ${r.expected.id} ${r.expected.polarity} — ${marks}`);
      }
    }
  }
}

const at = process.argv.indexOf('--load');
if (at >= 0) await measureLoad(process.argv[at + 1]);
else await main();
