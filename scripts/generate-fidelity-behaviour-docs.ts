#!/usr/bin/env node
// Rewrites the generated part of docs/fidelity-behaviour.md (between its
// markers) from the model registry. With --check it writes nothing and exits 1
// when the part differs from what the definitions would generate.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderBehaviourTables, replaceGenerated } from '../src/domain/fidelity/behaviour-docs.ts';
import { registry } from '../src/domain/models/registry.ts';

const target = fileURLToPath(new URL('../docs/fidelity-behaviour.md', import.meta.url));
const current = readFileSync(target, 'utf8');
const expected = replaceGenerated(current, renderBehaviourTables(registry.latest()));

if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error('docs/fidelity-behaviour.md is stale. Run: node --import tsx scripts/generate-fidelity-behaviour-docs.ts');
    process.exit(1);
  }
  console.log('docs/fidelity-behaviour.md is up to date.');
} else {
  writeFileSync(target, expected);
  console.log('Wrote the generated part of docs/fidelity-behaviour.md.');
}
