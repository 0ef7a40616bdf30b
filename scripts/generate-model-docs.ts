#!/usr/bin/env node
// Writes docs/models.md from the model registry. With --check it writes
// nothing and exits 1 when the file is missing or differs from what the
// definitions would generate (CI runs it this way through scripts/test.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderModelsDocument } from '../src/domain/models/docs.ts';
import { registry } from '../src/domain/models/registry.ts';

const target = fileURLToPath(new URL('../docs/models.md', import.meta.url));
const expected = renderModelsDocument(registry.all());

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current !== expected) {
    console.error(
      current === undefined
        ? 'docs/models.md is missing. Run: node --import tsx scripts/generate-model-docs.ts'
        : 'docs/models.md is stale: it differs from the model definitions. Run: node --import tsx scripts/generate-model-docs.ts',
    );
    process.exit(1);
  }
  console.log('docs/models.md is up to date.');
} else {
  writeFileSync(target, expected);
  console.log(`Wrote docs/models.md (${registry.all().length} models).`);
}
