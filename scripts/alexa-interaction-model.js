#!/usr/bin/env node
'use strict';
// Regenerates skills/alexa/skill-package/interactionModels/custom/{ja-JP,en-US}.json from the catalogue.
// Usage: npm run build && node scripts/alexa-interaction-model.js [catalog-dir]
// The model itself is built by src/channels/alexa/interaction-model.ts (type-checked and tested for drift).
const fs = require('node:fs');
const path = require('node:path');
const prettier = require('prettier');
const { loadCatalog } = require('../dist/catalog');
const { alexaInteractionModel, ALEXA_MODEL_LOCALES } = require('../dist/channels/alexa');

const root = path.join(__dirname, '..');
const catalogDir = path.resolve(process.argv[2] ?? path.join(root, 'data', 'catalog'));
const outDir = path.join(root, 'skills', 'alexa', 'skill-package', 'interactionModels', 'custom');

async function main() {
  const catalog = await loadCatalog(catalogDir);
  fs.mkdirSync(outDir, { recursive: true });
  for (const locale of ALEXA_MODEL_LOCALES) {
    const file = path.join(outDir, `${locale}.json`);
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    fs.writeFileSync(
      file,
      await prettier.format(JSON.stringify(alexaInteractionModel(catalog, locale)), options),
    );
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
