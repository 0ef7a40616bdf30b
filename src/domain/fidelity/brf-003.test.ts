/**
 * Fidelity against 003's own tables (issue 12 §4): the colour of every cell
 * of Tabel 1-3 recomputed from start and end by the colour rule, against a
 * hand-checked table; and Tabel 1's total reproduced by pooling a synthetic
 * respondent file whose per-municipality shares are those of Tabel 3.
 * Tables: ../shared/reference/seed-tables (README there, 003 notes and checks 6-9).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readCsvFile, readTable as seedTable, skipWithoutTables as skip } from '../../../test/helpers/seed-tables.ts';
import { fidelityColour, type FidelityColour } from './colour.ts';
import { builtinInstruments } from './instruments/index.ts';
import { scoreResponses, type SurveyResponse } from './scoring.ts';

const haveTables = skip === false;

const elements = ['1a', '1b', '2a', '2b', '2c', '2d', '3a'] as const;

/** 003 prints whole percent, rounded half up. */
const roundHalfUp = (x: number) => Math.floor(x + 0.5 + 1e-9);
const letter = (c: FidelityColour) => ({ green: 'G', yellow: 'Y', red: 'R' })[c];

/*
 * Hand-checked colours, one letter per element 1a 1b 2a 2b 2c 2d 3a: G above
 * +5 pp, Y from -5 to +5 both included, R below -5 (003 §3.1). Worked out
 * from end - start of each cell, and checked against the seed-tables
 * README's counts (checks 7-9).
 */
const table1 = 'GGGGGYG'; // +23 +13 +8 +8 +24 +4 +12: 6 green, 1 yellow
const table2: Record<string, string> = {
  leader: 'GGGGGYG', // 2d 54 -> 59 is exactly +5: yellow
  project_leader: 'GGGGGYG', // 2d -4
  caseworker: 'GGYGGGG', // 2a +4
  company_consultant: 'YGYGGGY', // 1a +1, 2a 0, 3a +3
  mentor: 'GGGYGYG', // 2b +2, 2d -4
};
const table3: Record<string, string> = {
  Albertslund: 'GGGGGGG',
  'Faaborg-Midtfyn': 'GGGYGGG',
  Gentofte: 'GGGGRGG',
  Gribskov: 'GGRGGRG',
  Hedensted: 'GGYGGRG',
  Holbæk: 'GGYGGGG',
  Horsens: 'GGGGGRG',
  Jammerbugt: 'GGGGGYG',
  København: 'RYYYRGR',
  Køge: 'GGRRGGG',
  'Ringkøbing-Skjern': 'RGRGGGG',
  Silkeborg: 'GYYYGGR', // 1b 93 -> 88 is exactly -5: yellow
  Svendborg: 'GGYRGRR',
  Sønderborg: 'GGGYGRG',
  Tønder: 'GGGGGYG',
  Tårnby: 'RGRGYGG',
  Vejen: 'GGGRYRY', // 2c 32 -> 37 is exactly +5: yellow
};

const count = (letters: string, c: string) => [...letters].filter((l) => l === c).length;

describe('003 Tabel 1-3: the colour of every cell', { skip }, () => {
  it('Tabel 1 (total): 6 green, 1 yellow', () => {
    const rows = seedTable('brf_fidelity_total.csv');
    assert.deepEqual(rows.map((r) => r.element_id), [...elements]);
    const got = rows.map((r) => letter(fidelityColour(Number(r.start_pct), Number(r.end_pct)))).join('');
    assert.equal(got, table1);
    assert.deepEqual([count(got, 'G'), count(got, 'Y'), count(got, 'R')], [6, 1, 0]);
  });

  it('Tabel 2 (by role): no red; leder 2d at exactly +5 is yellow', () => {
    const rows = seedTable('brf_fidelity_by_role.csv');
    assert.deepEqual(rows.map((r) => r.element_id), [...elements]);
    for (const [role, expected] of Object.entries(table2)) {
      const got = rows.map((r) => letter(fidelityColour(Number(r[`${role}_start_pct`]), Number(r[`${role}_end_pct`])))).join('');
      assert.equal(got, expected, role);
    }
    const leader2d = rows.find((r) => r.element_id === '2d')!;
    assert.equal(Number(leader2d.leader_end_pct) - Number(leader2d.leader_start_pct), 5);
    const all = Object.values(table2).join('');
    assert.deepEqual([count(all, 'G'), count(all, 'Y'), count(all, 'R')], [27, 8, 0]);
  });

  it('Tabel 3 (by municipality): 82 green, 16 yellow, 21 red over 17 x 7 cells; the ±5 boundaries are yellow', () => {
    const rows = seedTable('brf_fidelity_by_municipality.csv').filter((r) => r.label_da !== 'Total');
    assert.deepEqual(rows.map((r) => r.label_da).sort(), Object.keys(table3).sort());
    for (const r of rows) {
      const got = elements.map((e) => letter(fidelityColour(Number(r[`el_${e}_start_pct`]), Number(r[`el_${e}_end_pct`])))).join('');
      assert.equal(got, table3[r.label_da!], r.label_da);
    }
    const all = Object.values(table3).join('');
    assert.deepEqual([count(all, 'G'), count(all, 'Y'), count(all, 'R')], [82, 16, 21]);
    const change = (name: string, e: string) => {
      const r = rows.find((x) => x.label_da === name)!;
      return Number(r[`el_${e}_end_pct`]) - Number(r[`el_${e}_start_pct`]);
    };
    assert.equal(change('Silkeborg', '1b'), -5);
    assert.equal(change('Vejen', '2c'), 5);
  });

  it("Tabel 3's total row is Tabel 1", () => {
    const total = seedTable('brf_fidelity_by_municipality.csv').find((r) => r.label_da === 'Total')!;
    const t1 = seedTable('brf_fidelity_total.csv');
    for (const r of t1) {
      assert.equal(total[`el_${r.element_id}_start_pct`], r.start_pct);
      assert.equal(total[`el_${r.element_id}_end_pct`], r.end_pct);
    }
  });
});

describe('003 Tabel 1 total = Tabel 3 pooled at respondent level (synthetic respondents)', { skip }, () => {
  const brf = builtinInstruments.find((i) => i.modelId === 'bedre-ressourceforloeb')!;
  const itemOf = Object.fromEntries(brf.sections.map((s) => [s.id, s.items[0]!.id]));
  const counts = haveTables ? readCsvFile(fileURLToPath(new URL('./fixtures/brf-003-synthetic-respondents.csv', import.meta.url))) : [];
  const table3Rows = haveTables ? seedTable('brf_fidelity_by_municipality.csv') : [];
  const total = table3Rows.find((r) => r.label_da === 'Total')!;
  const municipalities = table3Rows.filter((r) => r.label_da !== 'Total');
  const roles = brf.respondentRoles;

  /**
   * The fixture's counts as answers: per municipality and round, `respondents`
   * staff (roles in turn); the first agree_<e> of them answer 'enig' (4) or
   * 'helt enig' (5) on element e, the rest 'uenig' (2) or 'hverken-eller' (3).
   * One respondent count per municipality fits all 14 columns (start and
   * end), so each municipality has the same count in both rounds.
   */
  function responses(round: 'start' | 'end'): SurveyResponse[] {
    return counts
      .filter((c) => c.round === round)
      .flatMap((c) =>
        Array.from({ length: Number(c.respondents) }, (_, j): SurveyResponse => ({
          role: roles[j % roles.length]!,
          unitId: c.municipality!,
          answers: Object.fromEntries(elements.map((e) => [itemOf[e]!, j < Number(c[`agree_${e}`]) ? 4 + (j % 2) : 2 + (j % 2)])),
        })),
      );
  }

  it('has one respondent count per municipality, the same in both rounds', () => {
    for (const m of municipalities) {
      const rows = counts.filter((c) => c.municipality === m.label_da);
      assert.deepEqual(rows.map((c) => c.round).sort(), ['end', 'start'], m.label_da);
      assert.equal(rows[0]!.respondents, rows[1]!.respondents, m.label_da);
    }
  });

  for (const round of ['start', 'end'] as const) {
    it(`${round}: every municipality's shares are Tabel 3's, and pooling them gives Tabel 1 (but their mean does not)`, () => {
      const all = responses(round);
      assert.deepEqual([...new Set(all.map((r) => r.unitId))].sort(), municipalities.map((m) => m.label_da).sort());
      const perUnit = municipalities.map((m) => scoreResponses(brf, all.filter((r) => r.unitId === m.label_da)));
      municipalities.forEach((m, i) => {
        for (const e of elements) {
          const section = perUnit[i]!.sections.find((s) => s.sectionId === e)!;
          assert.equal(roundHalfUp(section.shareAgreeing!), Number(m[`el_${e}_${round}_pct`]), `${m.label_da} ${e} ${round}`);
        }
      });
      const pooled = scoreResponses(brf, all);
      const expected = elements.map((e) => Number(total[`el_${e}_${round}_pct`]));
      assert.deepEqual(
        elements.map((e) => roundHalfUp(pooled.sections.find((s) => s.sectionId === e)!.shareAgreeing!)),
        expected,
      );
      const meanOfUnits = elements.map((e) => roundHalfUp(perUnit.reduce((s, u) => s + u.sections.find((x) => x.sectionId === e)!.shareAgreeing!, 0) / perUnit.length));
      assert.notDeepEqual(meanOfUnits, expected, 'the unweighted mean of the municipalities is not the total');
    });
  }

  it("colours the pooled change like Tabel 1", () => {
    const [start, end] = (['start', 'end'] as const).map((round) => scoreResponses(brf, responses(round)));
    const got = elements
      .map((e) => {
        const share = (c: typeof start) => roundHalfUp(c!.sections.find((s) => s.sectionId === e)!.shareAgreeing!);
        return letter(fidelityColour(share(start), share(end)));
      })
      .join('');
    assert.equal(got, table1);
  });
});
