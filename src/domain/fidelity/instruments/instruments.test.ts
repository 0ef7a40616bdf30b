import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../../models/registry.ts';
import { validateInstrument } from '../instrument.ts';
import { builtinInstrumentInputs, builtinInstruments } from './index.ts';

const seedModels = ['flere-skal-med', 'stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model'];

function model(id: string) {
  const m = registry.get(id);
  assert.ok(m, `model ${id} is registered`);
  return m;
}

describe('built-in fidelity instruments', () => {
  it('has one staff survey per seed model, version 1.0.0, with unique ids', () => {
    assert.deepEqual(builtinInstruments.map((i) => i.modelId).sort(), [...seedModels].sort());
    for (const inst of builtinInstruments) {
      assert.equal(inst.id, `${inst.modelId}.staff-survey`);
      assert.equal(inst.version, '1.0.0');
    }
  });

  it('validates every definition as written', () => {
    for (const input of builtinInstrumentInputs) {
      const result = validateInstrument(input);
      assert.ok(result.ok, `${input.id}: ${result.ok ? '' : result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
  });

  it("maps every section to an existing core element of its model", () => {
    for (const inst of builtinInstruments) {
      const elements = model(inst.modelId!).coreElements.map((e) => e.id);
      for (const section of inst.sections) {
        assert.ok(section.coreElement, `${inst.id} ${section.id} names its core element`);
        assert.ok(elements.includes(section.coreElement), `${inst.id} ${section.id}: ${section.coreElement} is not one of ${elements.join(', ')}`);
      }
    }
  });

  it("scores agreement as the model definition's fidelity scale does", () => {
    for (const inst of builtinInstruments) {
      const scale = model(inst.modelId!).fidelityScale;
      const main = inst.scales.find((s) => s.kind === 'likert');
      assert.ok(main, inst.id);
      assert.deepEqual(main.points.map((p) => p.value), scale.points.map((p) => p.value), inst.id);
      assert.deepEqual([...main.agreement].sort(), [...scale.positive].sort(), inst.id);
      for (const p of main.points) assert.ok(p.label.da && p.label.en, `${inst.id} ${p.value} has Danish and English anchors`);
    }
  });

  it('covers every fidelity item of each model except BRF item by item, with the same statement and an English one', () => {
    for (const inst of builtinInstruments.filter((i) => i.modelId !== 'bedre-ressourceforloeb')) {
      const m = model(inst.modelId!);
      const items = new Map(inst.sections.flatMap((s) => s.items.map((i) => [i.id, { ...i, element: s.coreElement }])));
      for (const e of m.coreElements) {
        for (const f of e.fidelity) {
          const item = items.get(f.id);
          assert.ok(item, `${inst.id} lacks ${e.id} ${f.id}`);
          assert.equal(item.statement, f.statement, `${inst.id} ${f.id}`);
          assert.equal(item.element, e.id, `${inst.id} ${f.id} sits under ${e.id}`);
        }
      }
      // One section per core element with items, no more.
      assert.deepEqual(inst.sections.map((s) => s.coreElement), m.coreElements.filter((e) => e.fidelity.length).map((e) => e.id), inst.id);
      for (const item of inst.sections.flatMap((s) => s.items)) assert.ok(item.statementEn, `${inst.id} ${item.id} has English`);
    }
  });

  it("gives BRF 003's seven survey elements, mapped to the model's core elements", () => {
    const brf = builtinInstruments.find((i) => i.modelId === 'bedre-ressourceforloeb')!;
    assert.deepEqual(
      brf.sections.map((s) => [s.id, s.coreElement]),
      [
        ['1a', '1A'],
        ['1b', '1A'],
        ['2a', '2A'],
        ['2b', '2B'],
        ['2c', '2B'],
        ['2d', '2D'],
        ['3a', '3B'],
      ],
    );
    assert.deepEqual(brf.respondentRoles, ['leder', 'projektleder', 'sagsbehandler', 'virksomhedskonsulent', 'mentor']);
    // Every statement of the model's fidelity items is asked, under the section of the element it belongs to.
    const m = model('bedre-ressourceforloeb');
    for (const e of m.coreElements) {
      for (const f of e.fidelity) {
        const section = brf.sections.find((s) => s.items.some((i) => i.statement === f.statement));
        assert.ok(section, `BRF asks ${f.id}`);
        assert.equal(section.coreElement, e.id, f.id);
      }
    }
    for (const s of brf.sections) {
      assert.equal(s.items.length, 1, `003 asked one statement per element (${s.id})`);
      assert.ok('seed' in s.source && s.source.seed === '003', s.id);
    }
  });

  it('ships both scale kinds, and respondent roles fit for every item', () => {
    const kinds = new Set(builtinInstruments.flatMap((i) => i.scales.map((s) => s.kind)));
    assert.deepEqual([...kinds].sort(), ['bands', 'likert']);
    const bands = builtinInstruments.flatMap((i) => i.scales).find((s) => s.kind === 'bands')!;
    assert.deepEqual(bands.agreement, [bands.points[bands.points.length - 1]!.value], 'the top band is agreement');
    for (const inst of builtinInstruments) {
      assert.ok(inst.respondentRoles.includes('leder'), inst.id);
      assert.ok(inst.sections.every((s) => 'seed' in s.source), `${inst.id}: every section cites a seed`);
    }
  });
});
