import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registry } from '../models/registry.ts';
import { elementsWithRules } from './behaviour.ts';
import { renderBehaviourTables, replaceGenerated } from './behaviour-docs.ts';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/fidelity-behaviour.md', import.meta.url)), 'utf8');

test('docs/fidelity-behaviour.md is current with the model definitions (regenerate with scripts/generate-fidelity-behaviour-docs.ts)', () => {
  assert.equal(replaceGenerated(doc, renderBehaviourTables(registry.latest())), doc);
});

test('every rule of every element with rules has a row, and every element without rules is listed as having no figure', () => {
  const rendered = renderBehaviourTables(registry.latest());
  for (const m of registry.latest()) {
    const section = rendered.slice(rendered.indexOf(`(\`${m.id}\``));
    const end = section.indexOf('\n### ');
    const part = end < 0 ? section : section.slice(0, end);
    for (const id of elementsWithRules(m)) {
      for (const r of m.coreElements.find((e) => e.id === id)!.rules) assert.match(part, new RegExp(`\\| ${id} [^|]*\\| \`${r.id.replace(/\./g, '\\.')}\` \\|`), `${m.id} ${r.id}`);
    }
    for (const e of m.coreElements.filter((x) => x.rules.length === 0)) assert.ok(part.includes(`${e.id} ${e.title.en}`), `${m.id} ${e.id}`);
  }
});

test('a document without the markers is refused', () => {
  assert.throws(() => replaceGenerated('# nothing', 'x'), /markers missing/);
});
