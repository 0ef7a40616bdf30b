import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_COLOUR_RULE } from './colour.ts';
import { InstrumentSchema, type Instrument, type RespondentRole } from './instrument.ts';
import { behaviourRows, colourRuleFor, elementTable, meanShare, pooledBehaviourPercent } from './report.ts';
import type { SurveyResponse } from './scoring.ts';

const likert = {
  id: 'l5',
  kind: 'likert' as const,
  points: [1, 2, 3, 4, 5].map((value) => ({ value, label: { da: `${value}`, en: `${value}` } })),
  agreement: [4, 5],
};

const inst: Instrument = InstrumentSchema.parse({
  id: 'test.report',
  version: '1.0.0',
  name: { da: 'Test', en: 'Test' },
  description: 'A small instrument for the report tests.',
  source: { citation: 'test' },
  modelId: 'bedre-ressourceforloeb',
  respondentRoles: ['leder', 'jobformidler', 'mentor'],
  scales: [likert],
  sections: [
    { id: 's1', title: { da: 'Et', en: 'One' }, coreElement: '1A', source: { citation: 'test' }, items: [{ id: 'a1', statement: 'A1', scale: 'l5' }, { id: 'a2', statement: 'A2', scale: 'l5' }] },
    { id: 's2', title: { da: 'To', en: 'Two' }, coreElement: '2A', source: { citation: 'test' }, items: [{ id: 'b1', statement: 'B1', scale: 'l5' }] },
  ],
  scoring: { method: 'share_agreeing' },
});

/** `agree` of `n` respondents agree (5) on every item, the rest disagree (2). */
function respondents(n: number, agree: number, role: RespondentRole = 'jobformidler', unitId = 'u1'): SurveyResponse[] {
  return Array.from({ length: n }, (_, i) => {
    const v = i < agree ? 5 : 2;
    return { role, unitId, answers: { a1: v, a2: v, b1: v } };
  });
}

describe('elementTable: shares, changes and colours', () => {
  it('colours the change between rounds by ±5 pp, +5 exactly yellow', () => {
    // s1 and s2 answered alike: 9 of 20 = 45 % -> 2 of 4 = 50 %: +5 exactly, yellow.
    const t = elementTable(inst, [respondents(20, 9), respondents(4, 2)], 'total', 3);
    assert.equal(t.groups.length, 1);
    const total = t.groups[0]!;
    assert.equal(total.key, 'total');
    assert.equal(total.figures[1]![0]!.shareAgreeing, 45);
    assert.equal(total.figures[1]![1]!.shareAgreeing, 50);
    assert.deepEqual(total.changes[1]![0], { points: 5, colour: 'yellow' });
    assert.deepEqual(t.rounds, [{ respondents: 20 }, { respondents: 4 }]);
    // 45 -> 75: green; 75 -> 50: red.
    const three = elementTable(inst, [respondents(20, 9), respondents(4, 3), respondents(4, 2)], 'total', 3);
    assert.deepEqual(three.groups[0]!.changes[0], [{ points: 30, colour: 'green' }, { points: -25, colour: 'red' }]);
  });

  it('pools at respondent level: the total is not the mean of the unit cells', () => {
    // Unit u1: 3 respondents all agreeing (100 %); unit u2: 6 respondents none agreeing (0 %).
    const round = [...respondents(3, 3, 'jobformidler', 'u1'), ...respondents(6, 0, 'jobformidler', 'u2')];
    const t = elementTable(inst, [round], 'unit', 3);
    assert.deepEqual(t.groups.map((g) => g.key), ['total', 'u1', 'u2']);
    const [total, u1, u2] = t.groups;
    assert.ok(Math.abs(total!.figures[0]![0]!.shareAgreeing! - 100 / 3) < 1e-9); // 3 of 9, not (100 + 0) / 2
    assert.equal(u1!.figures[0]![0]!.shareAgreeing, 100);
    assert.equal(u2!.figures[0]![0]!.shareAgreeing, 0);
    assert.equal(u1!.respondents[0], 3);
  });

  it('suppresses a small cell and one complement, and gives no change where a side is suppressed', () => {
    const r1 = [...respondents(5, 2, 'leder'), ...respondents(5, 4, 'jobformidler'), ...respondents(4, 1, 'mentor')];
    // Round 2: only 2 mentors -> mentor hidden, and the next smallest (leder, 4) with it.
    const r2 = [...respondents(4, 4, 'leder'), ...respondents(6, 6, 'jobformidler'), ...respondents(2, 2, 'mentor')];
    const t = elementTable(inst, [r1, r2], 'role', 3);
    assert.deepEqual(t.groups.map((g) => g.key), ['total', 'leder', 'jobformidler', 'mentor']);
    const by = new Map(t.groups.map((g) => [g.key, g]));
    const mentor = by.get('mentor')!;
    assert.deepEqual(mentor.suppressedIn, [false, true]);
    assert.equal(mentor.suppressed, false, 'shown in round 1');
    assert.deepEqual(mentor.figures[0]![1], { respondents: null, shareAgreeing: null, mean: null, suppressed: true });
    assert.equal(mentor.changes[0]![0], null);
    assert.equal(mentor.respondents[1], null);
    const leder = by.get('leder')!;
    assert.deepEqual(leder.suppressedIn, [false, true], 'complementary suppression');
    assert.equal(leder.changes[1]![0], null);
    // The shown cell still has its change: jobformidler 80 % -> 100 %.
    assert.deepEqual(by.get('jobformidler')!.changes[0]![0], { points: 20, colour: 'green' });
    // The total is shown in both rounds: 7/14 -> 12/12.
    assert.equal(by.get('total')!.figures[0]![0]!.shareAgreeing, 50);
    assert.equal(by.get('total')!.figures[0]![1]!.shareAgreeing, 100);
  });

  it('hides the whole round when all respondents are fewer than the minimum', () => {
    const t = elementTable(inst, [respondents(2, 1), respondents(5, 5)], 'total', 3);
    assert.deepEqual(t.rounds, [{ respondents: null }, { respondents: 5 }]);
    assert.equal(t.groups[0]!.figures[0]![0]!.suppressed, true);
    assert.equal(t.groups[0]!.changes[0]![0], null);
  });

  it('shows a group absent from a round as empty, not suppressed', () => {
    const t = elementTable(inst, [respondents(3, 3, 'leder'), [...respondents(3, 3, 'leder'), ...respondents(3, 0, 'mentor')]], 'role', 3);
    const mentor = t.groups.find((g) => g.key === 'mentor')!;
    assert.deepEqual(mentor.figures[0]![0], { respondents: 0, shareAgreeing: null, mean: null, suppressed: false });
    assert.equal(mentor.changes[0]![0], null);
    assert.equal(mentor.figures[0]![1]!.shareAgreeing, 0);
  });

  it('shows nothing of a withheld (still open) round and no change into it', () => {
    const t = elementTable(inst, [respondents(20, 9), respondents(6, 3, 'leder')], 'role', 3, DEFAULT_COLOUR_RULE, [false, true]);
    assert.deepEqual(t.rounds, [{ respondents: 20 }, { respondents: null }]);
    assert.deepEqual(t.groups.map((g) => g.key), ['total', 'leder', 'jobformidler']);
    for (const g of t.groups) {
      assert.ok(g.figures.every((row) => row[1]!.shareAgreeing === null), g.key);
      if (g.key !== 'jobformidler') assert.ok(g.figures.every((row) => row[1]!.suppressed), g.key);
      assert.ok(g.changes.flat().every((c) => c === null), g.key);
    }
    assert.equal(t.groups[0]!.figures[0]![0]!.shareAgreeing, 45);
  });

  it('uses the colour rule it is given', () => {
    const t = elementTable(inst, [respondents(20, 9), respondents(4, 2)], 'total', 3, { greenAbove: 4, redBelow: -4 });
    assert.equal(t.groups[0]!.changes[0]![0]!.colour, 'green');
  });
});

describe('colourRuleFor', () => {
  const model = { greenAbove: 10, redBelow: -10, source: { seed: '003' as const, section: '3.1' } };
  it('prefers the instrument, then the model definition, then 003 ±5', () => {
    const own = { greenAbove: 3, redBelow: -3, source: { citation: 'own' } };
    assert.equal(colourRuleFor({ colourRule: own }, model), own);
    assert.equal(colourRuleFor({}, model), model);
    assert.equal(colourRuleFor({}, null), DEFAULT_COLOUR_RULE);
  });
});

describe('behaviourRows', () => {
  it('colours behavioural percentages over dates by the same rule, and leaves gaps where no figure exists', () => {
    const dates = ['2026-01-31', '2026-02-28', '2026-03-31'];
    const data = [
      [{ coreElementId: '1A', met: 9, checks: 20 }],
      [
        { coreElementId: '1A', met: 1, checks: 2 },
        { coreElementId: '2A', met: 0, checks: 0 },
      ],
      [{ coreElementId: '1A', met: 1, checks: 4 }],
    ];
    const rows = behaviourRows(['1A', '2A', '3B'], dates, (i) => data[i]);
    const [a, b, c] = rows;
    assert.deepEqual(a!.points.map((p) => p?.percent), [45, 50, 25]);
    assert.deepEqual(a!.changes, [{ points: 5, colour: 'yellow' }, { points: -25, colour: 'red' }]);
    assert.deepEqual(b!.points[1], { coreElementId: '2A', asOf: '2026-02-28', met: 0, checks: 0, percent: null });
    assert.deepEqual(b!.changes, [null, null]);
    assert.deepEqual(c!.points, [null, null, null]);
    assert.deepEqual(behaviourRows(['1A'], dates, () => undefined)[0]!.points, [null, null, null]);
  });

  it('pools elements into one percent and averages the shown section shares', () => {
    assert.equal(pooledBehaviourPercent([{ coreElementId: '1A', met: 1, checks: 4 }, { coreElementId: '2A', met: 3, checks: 4 }]), 50);
    assert.equal(pooledBehaviourPercent([{ coreElementId: '1A', met: 0, checks: 0 }]), null);
    assert.equal(pooledBehaviourPercent(undefined), null);
    assert.equal(meanShare([{ respondents: 3, shareAgreeing: 40, mean: 3, suppressed: false }, { respondents: null, shareAgreeing: null, mean: null, suppressed: true }, { respondents: 3, shareAgreeing: 60, mean: 3, suppressed: false }]), 50);
    assert.equal(meanShare([]), null);
  });
});

describe('elementTable with sum scoring', () => {
  const sum: Instrument = InstrumentSchema.parse({
    id: 'test.sum',
    version: '1.0.0',
    name: { da: 'Sum', en: 'Sum' },
    description: 'Three items summed 3-15 with bands.',
    source: { citation: 'test' },
    respondentRoles: ['leder', 'jobformidler'],
    scales: [likert],
    sections: [{ id: 's', title: { da: 'S', en: 'S' }, source: { citation: 'test' }, items: ['i1', 'i2', 'i3'].map((id) => ({ id, statement: id, scale: 'l5' })) }],
    scoring: {
      method: 'sum',
      bands: [
        { from: 3, to: 7, label: { da: 'Lav', en: 'Low' } },
        { from: 8, to: 11, label: { da: 'Middel', en: 'Fair' } },
        { from: 12, to: 15, label: { da: 'Høj', en: 'High' } },
      ],
    },
  });
  const resp = (role: RespondentRole, v: number): SurveyResponse => ({ role, unitId: 'u', answers: { i1: v, i2: v, i3: v } });
  it('gives the mean total and its band per round, hidden for a suppressed cell', () => {
    // Round 1: totals 6, 9, 12 -> mean 9 (Middel); round 2: 12, 15, 15, 15 -> 14.25 (Høj); 2 leaders in round 2 are hidden.
    const t = elementTable(sum, [[resp('jobformidler', 2), resp('jobformidler', 3), resp('jobformidler', 4)], [resp('jobformidler', 4), resp('jobformidler', 5), resp('leder', 5), resp('leder', 5)]], 'role', 3);
    const [total, leder] = t.groups;
    assert.deepEqual(total!.totals, [
      { complete: 3, meanTotal: 9, band: { da: 'Middel', en: 'Fair' } },
      { complete: 4, meanTotal: 14.25, band: { da: 'Høj', en: 'High' } },
    ]);
    assert.equal(leder!.key, 'leder');
    assert.deepEqual(leder!.totals![1], { complete: null, meanTotal: null, band: null });
    assert.equal(elementTable(inst, [respondents(3, 3)], 'total', 3).groups[0]!.totals, null);
  });
});
