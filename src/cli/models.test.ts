import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { registry } from '../domain/models/registry.ts';
import { testModelInput } from '../domain/rules/fixtures.ts';
import { ruleTypes } from '../domain/rules/vocabulary.ts';
import { modelsCommand } from './models.ts';

async function run(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await modelsCommand(args, (line) => lines.push(line));
  return { code, lines };
}

const dir = mkdtempSync(join(tmpdir(), 'jobspor-models-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('jobspor models list', () => {
  it('lists the five models with version and counts', async () => {
    const { code, lines } = await run('list');
    assert.equal(code, 0);
    assert.equal(lines.length, 6);
    assert.match(lines[0]!, /^id\s+version\s+kort\s+navn\s+indhold$/);
    for (const id of ['flere-skal-med', 'stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model']) {
      assert.ok(lines.some((l) => l.startsWith(`${id} `) && l.includes('1.0.0')), id);
    }
    assert.ok(lines.some((l) => /^stv\s.*8 elementer, 7 regler$/.test(l)));
  });
});

describe('jobspor models show', () => {
  it('prints one model with its core elements and rules', async () => {
    const { code, lines } = await run('show', 'trin-model');
    assert.equal(code, 0);
    const text = lines.join('\n');
    assert.match(text, /^# Uddannelses- og jobgaranti/);
    assert.match(text, /`TRIN3` → `TRIN2`/);
    assert.match(text, /`r3\.caseload` Sagsstamme under 50/);
  });

  it('names the known models when the id is unknown', async () => {
    const { code, lines } = await run('show', 'jobfirst');
    assert.equal(code, 1);
    assert.equal(lines[0], 'Unknown model "jobfirst". Known models: flere-skal-med, stv, social-stoette, bedre-ressourceforloeb, trin-model.');
  });

  it('names the versions when the version is unknown, and needs an id', async () => {
    assert.deepEqual(await run('show', 'stv', '2.0.0'), { code: 1, lines: ['Model "stv" has no version 2.0.0 (versions: 1.0.0).'] });
    assert.equal((await run('show')).code, 2);
  });
});

describe('jobspor models check', () => {
  it('accepts a built-in definition module', async () => {
    const path = fileURLToPath(new URL('../domain/models/definitions/bedre-ressourceforloeb.ts', import.meta.url));
    const { code, lines } = await run('check', path);
    assert.equal(code, 0);
    const brf = registry.get('bedre-ressourceforloeb')!;
    const rules = brf.coreElements.reduce((n, e) => n + e.rules.length, 0);
    assert.ok(lines[0]!.endsWith(`: OK – bedre-ressourceforloeb version 1.0.0 (${brf.coreElements.length} kerneelementer, ${rules} regler, ${brf.phases.length} faser)`), lines[0]);
  });

  it('accepts a valid JSON definition', async () => {
    const path = file('valid.json', JSON.stringify(testModelInput([])));
    const { code, lines } = await run('check', path);
    assert.equal(code, 0);
    assert.match(lines[0]!, /OK – test-model version 1\.0\.0/);
  });

  it('prints every problem of an invalid definition with its path', async () => {
    const model = testModelInput([
      {
        id: 'cv',
        type: 'cv_within_days',
        title: { da: 'CV', en: 'CV' },
        description: 'x',
        source: { seed: '000', section: '1' },
        anchor: 'enrolment',
        params: { days: { value: 400, min: 1, max: 365, unit: 'days', basis: 'observed', source: { seed: '000', section: '1' } } },
      },
      { id: 'x', type: 'magic', title: { da: 'X', en: 'X' } } as never,
    ]);
    const path = file('invalid.json', JSON.stringify(model));
    const { code, lines } = await run('check', path);
    assert.equal(code, 1);
    assert.equal(lines[0], `${path}: 2 problems`);
    assert.deepEqual(lines.slice(1).sort(), [
      '  coreElements[0].rules[0].params.days.value: default 400 is outside the allowed bounds [1, 365]',
      `  coreElements[0].rules[1].type: unknown rule type "magic"; expected one of: ${ruleTypes.join(', ')}`,
    ]);
  });

  it('reports a transition to an undefined phase in a TypeScript module', async () => {
    const model = testModelInput([]);
    model.transitions.push({ from: 'b', to: 'c', description: 'x', when: [] });
    const path = file('bad-phase.ts', `export default ${JSON.stringify(model)};\n`);
    const { code, lines } = await run('check', path);
    assert.equal(code, 1);
    assert.deepEqual(lines.slice(1), ["  transitions[1].to: unknown phase 'c' (phases: a, b)"]);
  });

  it('explains unreadable input: invalid JSON, no default export, unknown file type, missing file', async () => {
    assert.match((await run('check', file('broken.json', '{ "id": '))).lines[0]!, /: invalid JSON: /);
    assert.match((await run('check', file('named.mjs', 'export const definition = {};\n'))).lines[0]!, /has no default export/);
    assert.match((await run('check', file('model.yaml', 'id: x\n'))).lines[0]!, /unsupported file type ".yaml"/);
    const missing = await run('check', join(dir, 'missing.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.lines[0]!, /file not found/);
  });

  it('needs a file', async () => {
    assert.equal((await run('check')).code, 2);
  });
});

describe('jobspor models (usage)', () => {
  it('prints usage for a missing or unknown subcommand', async () => {
    const missing = await run();
    assert.equal(missing.code, 2);
    assert.match(missing.lines[0]!, /^Usage: jobspor models <command>\n[^]*\n {2}show <id> \[version\] +Print one model/);
    const unknown = await run('delete');
    assert.equal(unknown.code, 2);
    assert.match(unknown.lines[0]!, /^Unknown command "delete" for "jobspor models"\.\n\nUsage: jobspor models <command>/);
  });
});
