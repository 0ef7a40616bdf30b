/**
 * `jobspor fidelity check <file>` and `jobspor fidelity instruments [--json]`
 * (issue 12 §1): no database is needed for either.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinInstruments } from '../src/domain/fidelity/instruments/index.ts';
import { runMain } from './helpers/cli.ts';

let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-fidelity-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const ipsFixture = repo('src/domain/fidelity/fixtures/ips-shaped-synthetic.json');
function writeJson(name: string, change: (d: Record<string, any>) => void): string {
  const d = JSON.parse(readFileSync(ipsFixture, 'utf8'));
  change(d);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}

test('fidelity instruments lists the five built-in staff surveys', async () => {
  const { code, text } = await runMain('fidelity', 'instruments');
  assert.equal(code, 0, text);
  const lines = text.split('\n');
  assert.match(lines[0]!, /^id +version +model +indhold +scoring +roller$/);
  assert.equal(lines.length, 1 + builtinInstruments.length);
  assert.match(text, /bedre-ressourceforloeb\.staff-survey +1\.0\.0 +bedre-ressourceforloeb +7 afsnit, 7 spørgsmål +share_agreeing +leder, projektleder, sagsbehandler, virksomhedskonsulent, mentor/);
});

test('fidelity instruments --json gives the summaries', async () => {
  const { code, text } = await runMain('fidelity', 'instruments', '--json');
  assert.equal(code, 0, text);
  const { instruments } = JSON.parse(text) as { instruments: { id: string; version: string; modelId: string; builtin: boolean; sections: number; items: number }[] };
  assert.deepEqual(
    instruments.map((i) => [i.id, i.modelId, i.builtin]),
    builtinInstruments.map((i) => [i.id, i.modelId, true]),
  );
  const fsm = instruments.find((i) => i.id === 'flere-skal-med.staff-survey')!;
  assert.deepEqual([fsm.sections, fsm.items], [6, 20]);
});

test('fidelity check accepts a JSON definition and a .ts module, with the counts', async () => {
  const json = await runMain('fidelity', 'check', ipsFixture);
  assert.equal(json.code, 0, json.text);
  assert.match(json.text, /: OK – test\.ips-shaped-synthetic version 1\.0\.0 \(3 afsnit, 25 spørgsmål, 1 skala, scoring sum\)$/);
  const ts = await runMain('fidelity', 'check', repo('src/domain/fidelity/instruments/bedre-ressourceforloeb.ts'));
  assert.equal(ts.code, 0, ts.text);
  assert.match(ts.text, /OK – bedre-ressourceforloeb\.staff-survey version 1\.0\.0 \(7 afsnit, 7 spørgsmål, 1 skala, scoring share_agreeing, model bedre-ressourceforloeb\)/);
});

test('fidelity check lists every problem as <path>: <reason> and exits 1', async () => {
  const bad = writeJson('bad.json', (d) => {
    d.scoring.bands[1].from = 75;
    d.sections[2].items[0].id = 'u3';
  });
  const { code, text } = await runMain('fidelity', 'check', bad);
  assert.equal(code, 1);
  assert.deepEqual(text.split('\n'), [
    `${bad}: 2 problems`,
    "  sections[2].items[0].id: duplicate item id 'u3' (also at sections[0].items[2])",
    '  scoring.bands: bands must follow each other without gap or overlap (73 then 75)',
  ]);
});

test('fidelity check checks the model and its core elements', async () => {
  const unknownModel = writeJson('model.json', (d) => (d.modelId = 'ingen-model'));
  const a = await runMain('fidelity', 'check', unknownModel);
  assert.equal(a.code, 1);
  assert.match(a.text, /^ {2}modelId: unknown model 'ingen-model' \(models: .*flere-skal-med/m);
  const wrongElement = writeJson('element.json', (d) => {
    d.modelId = 'stv';
    d.sections[0].coreElement = '1A';
    d.sections[1].coreElement = 'KE1';
  });
  const b = await runMain('fidelity', 'check', wrongElement);
  assert.equal(b.code, 1);
  assert.deepEqual(b.text.split('\n').slice(1), ["  sections[1].coreElement: 'KE1' is not a core element of stv (1A, 1B, 1C, 2A, 2B, 3A, 3B, 3C)"]);
});

test('fidelity check reports a missing file, bad JSON and an unsupported type', async () => {
  const missing = await runMain('fidelity', 'check', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.text, /nope\.json: file not found/);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "id": ');
  const b = await runMain('fidelity', 'check', broken);
  assert.equal(b.code, 1);
  assert.match(b.text, /broken\.json: invalid JSON/);
  const yaml = join(dir, 'x.yaml');
  writeFileSync(yaml, 'id: x');
  const y = await runMain('fidelity', 'check', yaml);
  assert.equal(y.code, 1);
  assert.match(y.text, /unsupported file type "\.yaml"/);
});

test('fidelity check without a file is a usage error', async () => {
  assert.equal((await runMain('fidelity', 'check')).code, 2);
});
