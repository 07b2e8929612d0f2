#!/usr/bin/env node
'use strict';
// Regenerates data/catalog/areas.json from code4fukui/localgovjp's CSVs (CC0).
// Usage: npm run build && node scripts/build-areas.js [csv-dir] [out-file]
// The conversion itself is src/catalog/areas-from-csv.ts, so it is type-checked and tested.
const fs = require('node:fs');
const path = require('node:path');
const { areasFromCsv } = require('../dist/catalog/areas-from-csv.js');

const sourceDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'data', 'areas-source'));
const outFile = path.resolve(process.argv[3] ?? path.join(__dirname, '..', 'data', 'catalog', 'areas.json'));

const read = (name) => fs.readFileSync(path.join(sourceDir, name), 'utf8');
const prefectures = areasFromCsv(read('prefectures-jp.csv'), read('municipalities-jp.csv'));

// One municipality per line keeps the file short and its diffs readable.
const body = prefectures
  .map((prefecture) => {
    const { municipalities, ...head } = prefecture;
    const fields = Object.entries(head).map(
      ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
    );
    const rows = municipalities.map((m) => `      ${JSON.stringify(m)}`).join(',\n');
    return `  {\n${fields.join(',\n')},\n    "municipalities": [\n${rows}\n    ]\n  }`;
  })
  .join(',\n');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `[\n${body}\n]\n`);

const count = prefectures.reduce((sum, p) => sum + p.municipalities.length, 0);
process.stdout.write(
  `${path.relative(process.cwd(), outFile)}: ${prefectures.length} prefectures, ${count} municipalities\n`,
);
