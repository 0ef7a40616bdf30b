import { mulberry32 as random } from '../random.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateInstrument, type Instrument, type InstrumentInput, type RespondentRole } from './instrument.ts';
import { bandOf, scoreBreakdown, scoredValue, scoreResponses, type Breakdown, type SurveyResponse } from './scoring.ts';

const likert = {
  id: 'l5',
  kind: 'likert' as const,
  points: [1, 2, 3, 4, 5].map((value) => ({ value, label: { da: `D${value}`, en: `E${value}` } })),
  agreement: [4, 5],
};
const bands = {
  id: 'b3',
  kind: 'bands' as const,
  points: [
    { value: 1, label: { da: 'Under 40 %', en: 'Under 40 %' } },
    { value: 2, label: { da: '40-60 %', en: '40-60 %' } },
    { value: 3, label: { da: 'Over 60 %', en: 'Over 60 %' } },
  ],
  agreement: [3],
};

function instrument(scoring: InstrumentInput['scoring'] = { method: 'share_agreeing' }): Instrument {
  const input: InstrumentInput = {
    id: 'test.scoring',
    version: '1.0.0',
    name: { da: 'Test', en: 'Test' },
    description: 'Syntetisk instrument til test.',
    source: { citation: 'syntetisk' },
    respondentRoles: ['leder', 'sagsbehandler', 'mentor'],
    scales: [likert, bands],
    sections: [
      {
        id: 'A',
        title: { da: 'A', en: 'A' },
        source: { citation: 'syntetisk' },
        items: [
          { id: 'a1', statement: 'Udsagn a1', scale: 'l5' },
          { id: 'a2', statement: 'Udsagn a2, negativt formuleret', scale: 'l5', reverse: true },
        ],
      },
      {
        id: 'B',
        title: { da: 'B', en: 'B' },
        source: { citation: 'syntetisk' },
        items: [
          { id: 'b1', statement: 'Andel af egne borgere', scale: 'b3' },
          { id: 'b2', statement: 'Kun til ledere', scale: 'l5', roles: ['leder'] },
        ],
      },
    ],
    scoring,
  };
  const result = validateInstrument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.instrument;
}

// Sum over a1, a2, b1 (+ b2 for leder): sagsbehandler 3-13, leder 4-18. The bands cover the widest range.
const sumInstrument = instrument({
  method: 'sum',
  bands: [
    { from: 4, to: 9, label: { da: 'Lav', en: 'Low' } },
    { from: 10, to: 14, label: { da: 'Middel', en: 'Middle' } },
    { from: 15, to: 18, label: { da: 'Høj', en: 'High' } },
  ],
});
const inst = instrument();

const r = (role: RespondentRole, unitId: string, answers: Record<string, number | null>): SurveyResponse => ({ role, unitId, answers });

describe('scoredValue', () => {
  it('reverses a reverse-scored item around the scale (lowest + highest - value)', () => {
    assert.equal(scoredValue(inst, 'a2', 1), 5);
    assert.equal(scoredValue(inst, 'a2', 4), 2);
    assert.equal(scoredValue(inst, 'a2', 3), 3);
    assert.equal(scoredValue(inst, 'a1', 4), 4);
  });

  it('refuses unknown items and values off the scale', () => {
    assert.throws(() => scoredValue(inst, 'zz', 1), /unknown item 'zz'/);
    assert.throws(() => scoredValue(inst, 'b1', 4), /4 is not a value of scale 'b3'/);
    assert.throws(() => scoredValue(inst, 'a1', 0), RangeError);
  });
});

describe('scoreResponses', () => {
  it('pools at respondent level: each respondent counts once per section, however many items they answered', () => {
    const score = scoreResponses(inst, [
      // Agrees on both items (a2 = 1 reversed is 5): share 1, mean 5.
      r('sagsbehandler', 'u1', { a1: 5, a2: 1, b1: 3 }),
      // Answers one item, disagreeing: share 0, mean 2.
      r('sagsbehandler', 'u1', { a1: 2, a2: null, b1: 1 }),
    ]);
    const a = score.sections.find((s) => s.sectionId === 'A')!;
    assert.equal(a.respondents, 2);
    assert.equal(a.shareAgreeing, 50); // item-pooled would be 2 of 3 answers = 66.7
    assert.equal(a.mean, 3.5); // item-pooled would be (5 + 5 + 2) / 3 = 4
    assert.equal(score.respondents, 2);
    assert.equal(score.total, null, 'no total unless sum scoring');
  });

  it('leaves "don\'t know" out of shares, means and respondent counts', () => {
    const score = scoreResponses(inst, [
      r('sagsbehandler', 'u1', { a1: 4, a2: 2, b1: null }),
      r('sagsbehandler', 'u1', { a1: null, a2: null, b1: 3 }),
      r('mentor', 'u1', { a1: null, a2: null, b1: null }),
    ]);
    const [a, b] = score.sections;
    assert.deepEqual([a!.respondents, a!.shareAgreeing, a!.mean], [1, 100, 4]);
    assert.deepEqual([b!.respondents, b!.shareAgreeing, b!.mean], [1, 100, 3]);
    assert.equal(score.respondents, 3);
  });

  it('gives no figures for a section nobody answered', () => {
    const score = scoreResponses(inst, [r('mentor', 'u1', { a1: 3, a2: 3, b1: null })]);
    assert.deepEqual(score.sections[1], { sectionId: 'B', respondents: 0, shareAgreeing: null, mean: null });
    assert.deepEqual(scoreResponses(inst, []).sections[0], { sectionId: 'A', respondents: 0, shareAgreeing: null, mean: null });
  });

  it('counts the top band of a bands item as agreement', () => {
    const score = scoreResponses(inst, [r('mentor', 'u', { b1: 3 }), r('mentor', 'u', { b1: 2 }), r('mentor', 'u', { b1: 1 }), r('mentor', 'u', { b1: 3 })]);
    assert.equal(score.sections[1]!.shareAgreeing, 50);
    assert.equal(score.sections[1]!.mean, 2.25);
  });

  it('sums complete responses (reverse-scored) over the items of their role and bands the mean total', () => {
    const score = scoreResponses(sumInstrument, [
      r('leder', 'u', { a1: 5, a2: 1, b1: 3, b2: 5 }), // 5 + 5 + 3 + 5 = 18
      r('sagsbehandler', 'u', { a1: 4, a2: 2, b1: 2 }), // 4 + 4 + 2 = 10 (b2 is not asked)
      r('sagsbehandler', 'u', { a1: 4, a2: null, b1: 2 }), // incomplete: left out of the total
    ]);
    assert.deepEqual(score.total, { complete: 2, meanTotal: 14, band: { from: 10, to: 14, label: { da: 'Middel', en: 'Middle' } } });
    assert.equal(score.respondents, 3);
  });

  it('has no band and no mean total when no response is complete', () => {
    assert.deepEqual(scoreResponses(sumInstrument, [r('leder', 'u', { a1: 5 })]).total, { complete: 0, meanTotal: null, band: null });
  });
});

describe('bandOf', () => {
  const b = sumInstrument.scoring.bands!;
  it('finds the band of a total, bounds included', () => {
    assert.equal(bandOf(b, 4)!.label.en, 'Low');
    assert.equal(bandOf(b, 9)!.label.en, 'Low');
    assert.equal(bandOf(b, 10)!.label.en, 'Middle');
    assert.equal(bandOf(b, 18)!.label.en, 'High');
  });
  it('puts a mean total between two bands in the lower one, and nothing outside the range', () => {
    assert.equal(bandOf(b, 9.5)!.label.en, 'Low');
    assert.equal(bandOf(b, 14.99)!.label.en, 'Middle');
    assert.equal(bandOf(b, 3.9), null);
    assert.equal(bandOf(b, 18.1), null);
  });
});

describe('scoreBreakdown', () => {
  const agreeing = (role: RespondentRole, unitId: string) => r(role, unitId, { a1: 5, a2: 1, b1: 3 });
  const disagreeing = (role: RespondentRole, unitId: string) => r(role, unitId, { a1: 1, a2: 5, b1: 1 });

  it('splits by role and by unit, sorted by key, each cell scored like its own responses', () => {
    const responses = [agreeing('leder', 'u2'), agreeing('mentor', 'u1'), disagreeing('mentor', 'u2'), agreeing('leder', 'u1'), disagreeing('leder', 'u1'), agreeing('mentor', 'u2')];
    const byRole = scoreBreakdown(inst, responses, 'role', 3);
    assert.deepEqual(byRole.cells.map((c) => c.key), ['leder', 'mentor']);
    assert.deepEqual(byRole.cells[0]!.score, scoreResponses(inst, responses.filter((x) => x.role === 'leder')));
    const byUnit = scoreBreakdown(inst, responses, 'unit', 3);
    assert.deepEqual(byUnit.cells.map((c) => c.key), ['u1', 'u2']);
    assert.deepEqual(byUnit.cells[1]!.score, scoreResponses(inst, responses.filter((x) => x.unitId === 'u2')));
    assert.deepEqual(byUnit.total, scoreResponses(inst, responses));
    assert.equal(byUnit.minCellSize, 3);
  });

  it('gives only the total for the total dimension', () => {
    const b = scoreBreakdown(inst, [agreeing('leder', 'u'), agreeing('leder', 'u'), disagreeing('mentor', 'u')], 'total', 3);
    assert.deepEqual(b.cells, []);
    assert.equal(b.total!.sections[0]!.shareAgreeing, (200 / 3));
  });

  it('hides a cell under the minimum and one more, so the total minus the shown cells is not that cell', () => {
    const responses = [
      ...[1, 2].map(() => agreeing('mentor', 'small')),
      ...[1, 2, 3].map(() => disagreeing('leder', 'mid')),
      ...[1, 2, 3, 4, 5].map(() => agreeing('sagsbehandler', 'big')),
    ];
    const b = scoreBreakdown(inst, responses, 'unit', 3);
    const hidden = b.cells.filter((c) => c.suppressed).map((c) => c.key);
    assert.deepEqual(hidden, ['mid', 'small']);
    for (const c of b.cells) if (c.suppressed) assert.equal(c.score, null);
    // What subtraction gives: the two hidden units together (5 respondents, 2 agreeing), not 'small' (100 %).
    const shown = b.cells.filter((c) => !c.suppressed).map((c) => c.score!);
    const total = b.total!;
    const n = total.respondents - shown.reduce((s, c) => s + c.respondents, 0);
    const agreeingLeft = (total.sections[0]!.shareAgreeing! * total.respondents - shown.reduce((s, c) => s + c.sections[0]!.shareAgreeing! * c.respondents, 0)) / 100;
    assert.equal(n, 5);
    assert.ok(Math.abs(agreeingLeft - 2) < 1e-9);
  });

  it('suppresses everything, total included, when all respondents together are under the minimum', () => {
    const responses = [agreeing('leder', 'u1'), agreeing('mentor', 'u2')];
    for (const dimension of ['unit', 'role'] as const) {
      const b = scoreBreakdown(inst, responses, dimension, 3);
      assert.equal(b.total, null);
      assert.deepEqual(b.cells.map((c) => [c.suppressed, c.score]), [[true, null], [true, null]]);
    }
    assert.equal(scoreBreakdown(inst, responses, 'total', 3).total, null);
    assert.notEqual(scoreBreakdown(inst, responses, 'total', 2).total, null);
  });

  it("hides a shown cell's section figure answered by too few, with a complement, and the total's too", () => {
    const responses = [
      // u1: 4 respondents, only 1 answers section B.
      r('leder', 'u1', { a1: 5, a2: 1, b1: 3 }),
      ...[1, 2, 3].map(() => r('leder', 'u1', { a1: 4, a2: 2, b1: null })),
      // u2, u3: 3 respondents each, all answer B.
      ...[1, 2, 3].map(() => r('mentor', 'u2', { a1: 2, a2: 4, b1: 1 })),
      ...[1, 2, 3].map(() => r('mentor', 'u3', { a1: 2, a2: 4, b1: 2 })),
    ];
    const b = scoreBreakdown(inst, responses, 'unit', 3);
    assert.ok(b.cells.every((c) => !c.suppressed));
    const sectionB = b.cells.map((c) => c.score!.sections[1]!.shareAgreeing);
    assert.equal(sectionB[0], null, 'u1 B has one respondent');
    assert.equal(sectionB.filter((x) => x === null).length, 2, 'and one complement');
    assert.ok(b.cells.every((c) => c.score!.sections[0]!.shareAgreeing !== null), 'section A is shown everywhere');
    const lonely = scoreBreakdown(inst, responses.slice(0, 4), 'total', 3);
    assert.equal(lonely.total!.sections[1]!.shareAgreeing, null, 'a total section answered by one is hidden');
    assert.equal(lonely.total!.sections[1]!.mean, null);
  });

  it('hides a mean total from fewer complete responses than the minimum, with a complement', () => {
    const complete = (unitId: string) => r('sagsbehandler', unitId, { a1: 5, a2: 1, b1: 3 });
    const partial = (unitId: string) => r('sagsbehandler', unitId, { a1: 5, a2: null, b1: 3 });
    const responses = [complete('u1'), complete('u1'), partial('u1'), ...[1, 2, 3].map(() => complete('u2')), ...[1, 2, 3, 4].map(() => complete('u3'))];
    const b = scoreBreakdown(sumInstrument, responses, 'unit', 3);
    assert.equal(b.total!.total!.complete, 9);
    assert.notEqual(b.total!.total!.meanTotal, null);
    const totals = b.cells.map((c) => c.score!.total!.meanTotal);
    assert.equal(totals[0], null, 'u1 has two complete responses');
    assert.equal(totals.filter((t) => t === null).length, 2, 'so one more mean total is hidden');
  });
});


/**
 * Checks one figure row (counts, one section, or the sum totals) of a breakdown:
 * when the total's figure is shown, subtracting the shown cells from it gives
 * the hidden cells together, so they must hold at least the minimum, and a
 * cell under the minimum is never the only one. For counts no single hidden
 * cell may be left at all. For a section or mean total, one cell hidden only
 * as the complement of a whole cell whose respondents did not answer it may
 * equal the total minus the shown cells: what that reveals is a figure of at
 * least the minimum respondents, and nothing of the small cell
 * (`strict` = false).
 */
function assertUnrecoverable(b: Breakdown, counts: number[], figureHidden: boolean[], totalShown: boolean, what: string, strict = true) {
  if (!totalShown) return;
  const hidden = counts.filter((n, i) => figureHidden[i] && n > 0);
  if (strict || hidden.some((n) => n < b.minCellSize)) {
    assert.notEqual(hidden.length, 1, `${what}: a single hidden cell is the total minus the shown cells (${counts}, hidden ${figureHidden})`);
  }
  if (hidden.length) assert.ok(hidden.reduce((s, n) => s + n, 0) >= b.minCellSize, `${what}: hidden cells together under the minimum (${counts})`);
  counts.forEach((n, i) => {
    if (n > 0 && n < b.minCellSize) assert.ok(figureHidden[i], `${what}: cell ${i} with ${n} is shown`);
  });
}

describe('scoreBreakdown suppression, property checks', () => {
  it('leaves no suppressed count, section figure or mean total recoverable by subtraction', () => {
    const next = random(2026);
    const roles: RespondentRole[] = ['leder', 'sagsbehandler', 'mentor'];
    const value = (scale: 'l5' | 'b3') => (next() < 0.25 ? null : 1 + Math.floor(next() * (scale === 'l5' ? 5 : 3)));
    let hiddenSeen = 0;
    for (let run = 0; run < 400; run++) {
      const min = 2 + Math.floor(next() * 3);
      const units = 1 + Math.floor(next() * 5);
      const responses = Array.from({ length: Math.floor(next() * 25) }, () =>
        r(roles[Math.floor(next() * 3)]!, `u${Math.floor(next() * units)}`, { a1: value('l5'), a2: value('l5'), b1: value('b3'), b2: value('l5') }),
      ).map((x) => (x.role === 'leder' ? x : { ...x, answers: { ...x.answers, b2: null } }));
      for (const instr of [inst, sumInstrument]) {
        for (const dimension of ['unit', 'role'] as const) {
          const b = scoreBreakdown(instr, responses, dimension, min);
          if (responses.length < min) {
            assert.equal(b.total, null);
            assert.ok(b.cells.every((c) => c.suppressed));
            continue;
          }
          const raw = b.cells.map((c) => scoreResponses(instr, responses.filter((x) => (dimension === 'unit' ? x.unitId : x.role) === c.key)));
          const cellHidden = b.cells.map((c) => c.suppressed);
          hiddenSeen += cellHidden.filter(Boolean).length;
          assertUnrecoverable(b, raw.map((c) => c.respondents), cellHidden, true, `${dimension} counts`);
          instr.sections.forEach((_, s) => {
            const counts = raw.map((c) => c.sections[s]!.respondents);
            const hidden = b.cells.map((c) => c.suppressed || c.score!.sections[s]!.shareAgreeing === null);
            assertUnrecoverable(b, counts, hidden, b.total!.sections[s]!.shareAgreeing !== null, `${dimension} section ${s}`, false);
            b.cells.forEach((c, i) => {
              if (!c.suppressed && c.score!.sections[s]!.shareAgreeing !== null) assert.deepEqual(c.score!.sections[s], raw[i]!.sections[s]);
            });
          });
          if (instr.scoring.method === 'sum') {
            const counts = raw.map((c) => c.total!.complete);
            const hidden = b.cells.map((c) => c.suppressed || c.score!.total!.meanTotal === null);
            assertUnrecoverable(b, counts, hidden, b.total!.total!.meanTotal !== null, `${dimension} mean total`, false);
          }
        }
      }
    }
    assert.ok(hiddenSeen > 100, 'the random breakdowns exercise suppression');
  });
});
