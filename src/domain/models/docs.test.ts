import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderModel, renderModelsDocument } from './docs.ts';
import { getModel, registry } from './registry.ts';

describe('model documentation', () => {
  const document = renderModelsDocument(registry.all());

  it('mentions every model, core element, rule, KPI and success criterion by id', () => {
    for (const m of registry.all()) {
      assert.ok(document.includes(`\`${m.id}\``), m.id);
      for (const e of m.coreElements) {
        assert.ok(document.includes(`#### ${e.id}: `), `${m.id} ${e.id}`);
        for (const r of e.rules) assert.ok(document.includes(`\`${r.id}\``), `${m.id} ${r.id}`);
      }
      for (const k of [...m.kpis, ...m.successCriteria]) assert.ok(document.includes(`\`${k.id}\``), `${m.id} ${k.id}`);
    }
  });

  it('shows each parameter with its default, bounds, basis and source', () => {
    assert.match(renderModel(getModel('social-stoette')), /`max` = 10 sager \(tilladt 1-10; krav i modellen; kilde 002 §4\.3\.3/);
    assert.match(renderModel(getModel('stv')), /`days` = 28 dage \(tilladt 7-56; observeret praksis, ikke krav; kilde 001 §2\.2\.3/);
  });

  it('is the same every time it is rendered', () => {
    assert.equal(renderModelsDocument(registry.all()), document);
  });

  it('matches the committed docs/models.md (regenerate with scripts/generate-model-docs.ts)', () => {
    const committed = readFileSync(new URL('../../../docs/models.md', import.meta.url), 'utf8');
    assert.equal(committed, document);
  });
});
