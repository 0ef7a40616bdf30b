/**
 * The KPI engine against the seed reports' own numbers (issue 11 §4):
 * 004 Bilag 1's Samlet row from the per-municipality counts, 000's change
 * index and result target on hand-made fixtures, and the FSM tables where
 * their counts allow. Tables: ../shared/reference/seed-tables (README there).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeFigures } from './engine.ts';
import { enrolment, person } from './fixtures.ts';
import { changeIndexMeasure, figureValue, measureById } from './measures.ts';
import { monthIndex } from './months.ts';
import type { PersonPeriods } from './person-periods.ts';

const tablesDir = process.env.JOBSPOR_SEED_TABLES_DIR ?? fileURLToPath(new URL('../../../../shared/reference/seed-tables/', import.meta.url));
const haveTables = existsSync(tablesDir);

/** Rows of a seed table as objects (the tables quote fields holding commas). */
function readTable(name: string): Record<string, string>[] {
  const text = readFileSync(`${tablesDir}/${name}`, 'utf8').trim();
  const rows = text.split('\n').map((line) => {
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    fields.push(field);
    return fields;
  });
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** The reports round half up to whole percent. */
const roundHalfUp = (x: number) => Math.floor(x + 0.5 + 1e-9);

describe('004 Bilag 1: the Samlet row is a sum of counts', { skip: haveTables ? false : `seed tables not found (${tablesDir})` }, () => {
  const municipalities = ['roskilde', 'odense', 'fredericia', 'kolding', 'hoeje_taastrup'] as const;
  const rows = haveTables ? readTable('garanti_bilag1_results.csv') : [];
  const row = (prefix: string) => rows.find((r) => r.label_da!.startsWith(prefix))!;
  const numbers = (r: Record<string, string>) => municipalities.map((m) => Number(r[m]));
  const visited = haveTables ? numbers(row('Antal borgere visiteret')) : [];
  const active = haveTables ? numbers(row('Antal borgere der modtager')) : [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const mean = (xs: number[]) => sum(xs) / xs.length;

  it('the base counts add up: 586 visited, 431 active', () => {
    assert.equal(sum(visited), Number(row('Antal borgere visiteret').samlet));
    assert.equal(sum(active), 431);
  });

  it('"Andel der modtager en aktiv indsats": Σ active / Σ visited = 73.5 → 74, not the mean of percentages (75.6 → 76)', () => {
    const r = row('Andel der modtager');
    const value = figureValue({ kind: 'share' }, sum(active), sum(visited))!;
    assert.equal(roundHalfUp(value), Number(r.samlet));
    assert.notEqual(roundHalfUp(mean(numbers(r))), Number(r.samlet));
  });

  const percentRows = [
    ['Hvor mange borgere har fået udarbejdet et cv', 61.68],
    ['Andel startet i virksomhedspraktik', 37.73],
    ['Andel der har opnået ordinære timer', 14.88],
    ['Antal borgere der har opnået selvforsørgelse', 12.68],
  ] as const;

  for (const [prefix, expected] of percentRows) {
    it(`"${prefix}…": counts = share × active per municipality, summed and divided, round to Samlet`, () => {
      const r = row(prefix);
      const pct = numbers(r);
      const counts = pct.map((p, i) => (p * active[i]!) / 100);
      const value = figureValue({ kind: 'share' }, sum(counts), sum(active))!;
      assert.equal(Math.round(value * 100) / 100, expected);
      assert.equal(roundHalfUp(value), Number(r.samlet));
      // The whole integer counts each printed share allows (share ± 0.5): the Samlet lies within their range.
      const low = sum(pct.map((p, i) => Math.ceil(((p - 0.5) * active[i]!) / 100 - 1e-9)));
      const high = sum(pct.map((p, i) => Math.floor(((p + 0.5) * active[i]!) / 100 + 1e-9)));
      assert.ok((low / 431) * 100 <= Number(r.samlet) + 0.5 && (high / 431) * 100 >= Number(r.samlet) - 0.5, `${low}..${high} of 431`);
    });
  }

  it('a mean of the municipalities’ percentages would NOT give Samlet in any of the four rows', () => {
    const means = percentRows.map(([prefix]) => [prefix, mean(numbers(row(prefix))), Number(row(prefix).samlet)] as const);
    // CV 67.6 vs 62, placement 37.2 vs 38, ordinary hours 18.8 vs 15, self-sufficiency 15.0 vs 13.
    assert.deepEqual(means.map(([, m]) => Math.round(m * 10) / 10), [67.6, 37.2, 18.8, 15]);
    for (const [prefix, m, samlet] of means) assert.notEqual(roundHalfUp(m), samlet, prefix);
  });

  /** Persons per municipality, `yes` of `n` with the row's outcome: the integer count the printed share rounds from. */
  function countFor(pct: number, n: number): number {
    const guess = Math.round((pct * n) / 100);
    const fits = (c: number) => c >= 0 && c <= n && roundHalfUp((c / n) * 100) === pct;
    const found = [guess, guess - 1, guess + 1].find(fits);
    assert.ok(found !== undefined, `no count of ${n} rounds to ${pct} %`);
    return found;
  }

  const engineRows = [
    ['Andel der har opnået ordinære timer', 'ordinary-hours.touched', (yes: boolean) => ({ states: 'K K', hours: yes ? [0, 12] : [] })],
    ['Antal borgere der har opnået selvforsørgelse', 'self-sufficiency.share', (yes: boolean) => ({ states: yes ? 'K J' : 'K K' })],
    ['Andel startet i virksomhedspraktik', 'internship.since-visitation', (yes: boolean) => ({ states: yes ? 'K V' : 'K K' })],
  ] as const;

  for (const [prefix, measureId, build] of engineRows) {
    it(`the engine reproduces "${prefix}…" per municipality and in total (${measureId})`, () => {
      const r = row(prefix);
      const pct = numbers(r);
      const persons: PersonPeriods[] = [];
      const codes = ['265', '461', '607', '621', '169']; // Roskilde, Odense, Fredericia, Kolding, Høje-Taastrup
      municipalities.forEach((_, i) => {
        const yes = countFor(pct[i]!, active[i]!);
        for (let k = 0; k < active[i]!; k++) {
          persons.push(person({ municipality: codes[i]!, from: '2019-06', ...build(k < yes), enrolments: [enrolment('2019-06-03', { model: 'trin-model', group: null })] }));
        }
      });
      const month = monthIndex('2019-07');
      const measure = measureById(measureId);
      const table = computeFigures(persons, { model: 'trin-model', measures: [measure], months: [month], unitsOf: (p) => ['country', `municipality:${p.municipality}`] });
      codes.forEach((code, i) => {
        const cell = table.get(measureId, `municipality:${code}`, month)!;
        assert.equal(roundHalfUp(figureValue(measure, cell.numerator, cell.denominator)!), pct[i], code);
      });
      const total = table.get(measureId, 'country', month)!;
      assert.equal(total.denominator, 431);
      assert.equal(roundHalfUp(figureValue(measure, total.numerator, total.denominator)!), Number(r.samlet));
    });
  }
});

describe('000 Flere skal med: Tabel 1 and 2', { skip: haveTables ? false : `seed tables not found (${tablesDir})` }, () => {
  it('Tabel 1 / §3.3: 1,357 berørte of 12,856 in the indsatsgruppe is 10.6 → 11 %, counted by the engine', () => {
    const t1 = readTable('fsm_tabel1_background.csv');
    const before = Number(t1[0]!.group_before_2018_01_01);
    const after = Number(t1[0]!.visited_after_2018_01_01);
    const touched = Number(readTable('fsm_tabel2_ordinary_hours_by_industry.csv').find((r) => r.label_da === 'Antal')!.intervention_group);
    const persons: PersonPeriods[] = [];
    for (let i = 0; i < before + after; i++) {
      const date = i < before ? '2017-09-01' : '2018-02-01';
      const hours: Record<string, number> = i < touched ? { '2018-03': 10 } : {};
      persons.push(person({ key: `f${i}`, from: '2017-08', months: 8, hours, enrolments: [enrolment(date)] }));
    }
    const month = monthIndex('2018-03');
    const measure = measureById('ordinary-hours.touched');
    const table = computeFigures(persons, { model: 'flere-skal-med', measures: [measure], months: [month], unitsOf: () => ['country'] });
    const cell = table.get(measure.id, 'country', month)!;
    assert.deepEqual([cell.numerator, cell.denominator], [1357, 12856]);
    const value = figureValue(measure, cell.numerator, cell.denominator)!;
    assert.equal(Math.round(value * 10) / 10, 10.6);
    assert.equal(roundHalfUp(value), Number(t1.find((r) => r.label_da === 'Andel med ordinære timer')!.group_before_2018_01_01));
  });

  it('Tabel 2: "Hele målgruppen" is the count-weighted share of the three groups (within their rounding), not the mean', () => {
    const t2 = readTable('fsm_tabel2_ordinary_hours_by_industry.csv');
    const antal = t2.find((r) => r.label_da === 'Antal')!;
    const n = [Number(antal.intervention_group), Number(antal.rehabilitation), Number(antal.health_problems)];
    assert.equal(n[0]! + n[1]! + n[2]!, Number(antal.whole_target_group));
    const industries = t2.filter((r) => r.unit === 'percent' && r.label_da !== 'Total');
    assert.equal(industries.length, 12);
    const unweightedMisses: string[] = [];
    for (const r of industries) {
      const pct = [r.intervention_group, r.rehabilitation, r.health_problems].map((x) => (x === '' ? 0 : Number(x)));
      const counts = pct.map((p, i) => (p * n[i]!) / 100);
      const weighted = figureValue({ kind: 'share' }, counts[0]! + counts[1]! + counts[2]!, 1861)!;
      // Within the source's rounding: the largest gap is Industri, 4.49 vs 5 (seed-tables README check 4).
      assert.ok(Math.abs(weighted - Number(r.whole_target_group)) <= 0.51, `${r.label_en}: ${weighted.toFixed(2)} vs ${r.whole_target_group}`);
      if (Math.abs((pct[0]! + pct[1]! + pct[2]!) / 3 - Number(r.whole_target_group)) > 1) unweightedMisses.push(r.label_en!);
    }
    // The mean of the three percentages misses e.g. public administration (33.3 vs 25) and business services (12 vs 15).
    assert.ok(unweightedMisses.includes('Public administration, education and health'));
    assert.ok(unweightedMisses.includes('Business services'));
  });
});

describe('000 Figure 6 and §3.1 on hand-made municipalities', () => {
  const index = changeIndexMeasure({ history: { from: '2015-06', to: '2017-05' } });
  const fsm = (persons: PersonPeriods[], measures = [index], month = '2018-03') =>
    computeFigures(persons, { model: 'flere-skal-med', measures, months: [monthIndex(month)], unitsOf: (p) => [`municipality:${p.municipality}`] });
  const citizen = (municipality: string, hist: boolean, project: boolean) =>
    person({
      municipality,
      from: '2015-06',
      months: 34,
      hours: { ...(hist ? { '2016-02': 8 } : {}), ...(project ? { '2017-11': 8 } : {}) },
      enrolments: [enrolment('2017-08-15')],
    });

  it('Nordfyn-like: three times as many touched as historically gives +200', () => {
    const persons = [citizen('480', true, true), citizen('480', false, true), citizen('480', false, true), citizen('480', false, false)];
    const cell = fsm(persons).get(index.id, 'municipality:480', monthIndex('2018-03'))!;
    assert.deepEqual([cell.numerator, cell.denominator], [3, 1]);
    assert.equal(figureValue(index, cell.numerator, cell.denominator), 200);
  });

  it('the same level as the historical baseline gives 0; fewer gives a negative index', () => {
    const same = [citizen('101', true, false), citizen('101', false, true)];
    const fewer = [citizen('147', true, false), citizen('147', true, false), citizen('147', false, true)];
    const t = fsm([...same, ...fewer]);
    const v = (m: string) => {
      const c = t.get(index.id, `municipality:${m}`, monthIndex('2018-03'))!;
      return figureValue(index, c.numerator, c.denominator);
    };
    assert.equal(v('101'), 0);
    assert.equal(v('147'), -50);
  });

  it('N_hist = 0: the index is not computed (the figure’s "(*)"), even with persons touched now', () => {
    const t = fsm([citizen('999', false, true), citizen('999', false, false)]);
    const c = t.get(index.id, 'municipality:999', monthIndex('2018-03'))!;
    assert.deepEqual([c.numerator, c.denominator], [1, 0]);
    assert.equal(figureValue(index, c.numerator, c.denominator), null);
  });

  it('Solrød-like (§3.1): 3 to fleksjob and 1 in placement of 10 reach the 40 % target; two months or a gap month do not count', () => {
    const e = [enrolment('2017-08-01')];
    const p = (states: string) => person({ municipality: '269', from: '2017-08', states, enrolments: e });
    const persons = [
      p('K K F F F K K K'),
      p('K K K K F F F F'),
      p('K F F F F F F F'),
      p('K K K V V V K K'),
      p('K K V V K K K K'), // two consecutive months only
      p('K V V K V V K K'), // a gap month between two runs of two
      p('K K K K K K K K'),
      p('K K K K K K K K'),
      p('K K K K K K K K'),
      p('K K K K K K K K'),
    ];
    const measure = measureById('result-target');
    const cell = fsm(persons, [measure]).get(measure.id, 'municipality:269', monthIndex('2018-03'))!;
    assert.deepEqual([cell.numerator, cell.denominator], [4, 10]);
    assert.equal(figureValue(measure, cell.numerator, cell.denominator), 40);
  });
});
