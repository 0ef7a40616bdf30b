/**
 * A scale an organisation loads itself (issue 12 §1), shaped like IPS-25:
 * 25 items scored 1-5, summed to 25-125 and banded 25-73 / 74-99 / 100-114 /
 * 115-125. The fixture is synthetic (placeholder statements, neutral band
 * labels); no third-party text is shipped or tested.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { itemsFor, totalRange, validateInstrument, type Instrument } from './instrument.ts';
import { bandOf, scoreBreakdown, scoreResponses, type SurveyResponse } from './scoring.ts';

const fixture = (): Record<string, any> => JSON.parse(readFileSync(new URL('./fixtures/ips-shaped-synthetic.json', import.meta.url), 'utf8'));

function load(): Instrument {
  const result = validateInstrument(fixture());
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.instrument;
}

/** A complete response whose items sum to `total` (each 1-5, filled from the first item). */
function answering(inst: Instrument, total: number, role: SurveyResponse['role'] = 'leder', unitId = 'u1'): SurveyResponse {
  const items = itemsFor(inst, role);
  let extra = total - items.length;
  const answers: Record<string, number> = {};
  for (const item of items) {
    const add = Math.min(4, extra);
    answers[item.id] = 1 + add;
    extra -= add;
  }
  assert.equal(extra, 0, `${total} is reachable`);
  return { role, unitId, answers };
}

describe('a synthetic IPS-shaped scale (25 items, 1-5, sum with four bands)', () => {
  it('loads from its definition file: 25 items in 3 parts, totals 25-125, four bands', () => {
    const inst = load();
    assert.equal(inst.sections.flatMap((s) => s.items).length, 25);
    assert.deepEqual(totalRange(inst), [25, 125]);
    assert.equal(inst.scoring.method, 'sum');
    assert.deepEqual(inst.scoring.bands!.map((b) => [b.from, b.to, b.label.en]), [
      [25, 73, 'Band 1'],
      [74, 99, 'Band 2'],
      [100, 114, 'Band 3'],
      [115, 125, 'Band 4'],
    ]);
    assert.equal(inst.modelId, undefined, 'a free-standing scale');
    assert.ok(inst.sections.flatMap((s) => s.items).every((i, n) => i.statement === `Syntetisk udsagn ${n + 1}`));
  });

  it('scores each complete response as the sum of its 25 answers and bands it, bounds included', () => {
    const inst = load();
    for (const [total, band] of [
      [25, 'Band 1'],
      [73, 'Band 1'],
      [74, 'Band 2'],
      [99, 'Band 2'],
      [100, 'Band 3'],
      [114, 'Band 3'],
      [115, 'Band 4'],
      [125, 'Band 4'],
    ] as const) {
      const score = scoreResponses(inst, [answering(inst, total)]);
      assert.deepEqual([score.total!.complete, score.total!.meanTotal, score.total!.band?.label.en], [1, total, band], String(total));
    }
  });

  it('gives the mean total of several respondents and its band, leaving out an incomplete response', () => {
    const inst = load();
    const responses = [answering(inst, 70, 'leder'), answering(inst, 90, 'jobformidler'), answering(inst, 110, 'mentor', 'u2'), answering(inst, 118, 'mentor', 'u2')];
    const incomplete = answering(inst, 125, 'leder', 'u2');
    const score = scoreResponses(inst, [...responses, { ...incomplete, answers: { ...incomplete.answers, u13: null } }]);
    assert.equal(score.respondents, 5);
    assert.equal(score.total!.complete, 4);
    assert.equal(score.total!.meanTotal, (70 + 90 + 110 + 118) / 4); // 97
    assert.equal(score.total!.band!.label.en, 'Band 2');
    // Per part, the share agreeing and mean still come out (every method reports them).
    assert.equal(score.sections.length, 3);
    assert.ok(score.sections.every((s) => s.respondents === 5 && s.shareAgreeing !== null && s.mean !== null));
    assert.equal(bandOf(inst.scoring.bands!, 99.75)!.label.en, 'Band 2', 'a mean between two bands goes to the lower');
  });

  it('hides the mean total of a unit with fewer complete responses than the minimum cell size', () => {
    const inst = load();
    const responses = [70, 80, 90].map((t) => answering(inst, t, 'leder', 'u1')).concat([100, 110].map((t) => answering(inst, t, 'mentor', 'u2')));
    const b = scoreBreakdown(inst, responses, 'unit', 3);
    assert.equal(b.total!.total!.meanTotal, 90);
    assert.deepEqual(b.cells.map((c) => c.suppressed), [true, true], 'u2 has two respondents, and u1 is its complement');
  });
});

describe('the synthetic scale with mistakes: each refused with path and reason', () => {
  const issues = (change: (d: Record<string, any>) => void) => {
    const d = fixture();
    change(d);
    const result = validateInstrument(d);
    assert.equal(result.ok, false);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('bands with a gap', () => {
    assert.deepEqual(
      issues((d) => (d.scoring.bands[1].from = 75)),
      ['scoring.bands: bands must follow each other without gap or overlap (73 then 75)'],
    );
  });

  it('a last band that stops short of the highest total', () => {
    assert.deepEqual(
      issues((d) => (d.scoring.bands[3].to = 124)),
      ['scoring.bands: the highest band must end at the highest possible total 125, not 124'],
    );
  });

  it('an item on an unknown scale', () => {
    assert.deepEqual(
      issues((d) => (d.sections[0].items[2].scale = 'syntetisk-1-7')),
      ["sections[0].items[2].scale: unknown scale 'syntetisk-1-7' (scales: syntetisk-1-5)"],
    );
  });

  it('a duplicate item id', () => {
    assert.deepEqual(
      issues((d) => (d.sections[2].items[0].id = 'u3')),
      ["sections[2].items[0].id: duplicate item id 'u3' (also at sections[0].items[2])"],
    );
  });
});
