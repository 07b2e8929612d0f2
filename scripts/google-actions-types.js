#!/usr/bin/env node
'use strict';
// Regenerates the custom types of the Actions Builder project (skills/google/custom/types) from the catalogue.
// Usage: npm run build && node scripts/google-actions-types.js [catalog-dir]
// The files are built by src/channels/google/actions-types.ts (type-checked and tested for drift).
const fs = require('node:fs');
const path = require('node:path');
const { loadCatalog } = require('../dist/catalog');
const { actionsTypeFiles } = require('../dist/channels/google');

const root = path.join(__dirname, '..');
const catalogDir = path.resolve(process.argv[2] ?? path.join(root, 'data', 'catalog'));
const projectDir = path.join(root, 'skills', 'google');

loadCatalog(catalogDir).then(
  (catalog) => {
    for (const file of actionsTypeFiles(catalog)) {
      const target = path.join(projectDir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
      process.stdout.write(`${path.relative(process.cwd(), target)}\n`);
    }
  },
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
