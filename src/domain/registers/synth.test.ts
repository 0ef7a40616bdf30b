import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCpr } from '../identity/cpr.ts';
import { codeLookup, identityCodeList } from './code-list.ts';
import { resolveLayout } from './formats.ts';
import { municipalities } from './municipalities.ts';
import { parseIsoWeek } from './periods.ts';
import { ReportBuilder } from './report.ts';
import { RowValidator } from './rows.ts';
import { benefitStateCode } from './states.ts';
import { synthCalendar } from './synth-calendar.ts';
import { SynthCsvFormatter, synthFiles, synthHeaders, type SynthFile } from './synth-csv.ts';
import { passesCprModulus11, passesCvrModulus11, syntheticCvrs } from './synth-identifiers.ts';
import { synthMunicipalities } from './synth-municipalities.ts';
import { synthCalendarOf, synthesizeRegister, type SynthOptions, type SynthPerson } from './synth.ts';
import { fromDay } from '../rules/days.ts';

const small: SynthOptions = { persons: 300, years: 3, endMonth: '2019-12', seed: 11, municipalities: 10 };

function csv(options: SynthOptions): Record<SynthFile, string> {
  const formatter = new SynthCsvFormatter(synthCalendarOf(options));
  const out = { ...synthHeaders };
  for (const p of synthesizeRegister(options)) for (const file of synthFiles) out[file] += formatter.lines(file, p);
  return out;
}

// One larger run shared by the aggregate tests.
const big: SynthOptions = { persons: 3000, years: 5, endMonth: '2019-12', seed: 3 };
const bigCalendar = synthCalendarOf(big);
const bigPersons: SynthPerson[] = [...synthesizeRegister(big)];

test('the same seed gives the same extracts; another seed other ones', () => {
  const a = csv(small);
  assert.deepEqual(csv(small), a);
  const b = csv({ ...small, seed: 12 });
  assert.notEqual(b.persons, a.persons);
  assert.notEqual(b.benefit_weeks, a.benefit_weeks);
});

test('every line of every file passes the import validation without a problem', () => {
  const files = csv(small);
  const models = new Map(['flere-skal-med', 'stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model'].map((m) => [m, m]));
  const context = { codes: codeLookup(identityCodeList), municipalities: new Set(municipalities.map((m) => m.code)), models };
  for (const file of synthFiles) {
    const [header, ...lines] = files[file].trimEnd().split('\n');
    const layout = resolveLayout(file, header!.split(','));
    assert.ok(layout.ok, file);
    const report = new ReportBuilder();
    const validator = new RowValidator(layout.layout, context, report);
    lines.forEach((line, i) => validator.validate(line.split(','), i + 2));
    const built = report.build({ rejected: false, rejectedReason: null, periodFrom: null, periodTo: null });
    assert.deepEqual(built.problems, [], `${file}: ${JSON.stringify(built.problems)}`);
    assert.equal(report.rowsKept, lines.length, file);
    assert.ok(lines.length > 0, file);
  }
});

test('CPR numbers are valid in form, unique, fit birth year and sex, and fail modulus 11', () => {
  const seen = new Set<string>();
  for (const p of bigPersons) {
    const parsed = parseCpr(p.cpr);
    assert.ok(parsed.ok);
    assert.equal(Number(parsed.value.birthDate.slice(0, 4)), p.birthYear);
    assert.equal(parsed.value.sex, p.sex === 'M' ? 'male' : 'female');
    assert.equal(passesCprModulus11(p.cpr), false);
    assert.ok(!seen.has(p.cpr));
    seen.add(p.cpr);
  }
});

test('reserved CPR numbers are never generated', () => {
  const first = [...synthesizeRegister(small)].map((p) => p.cpr);
  const reserved = new Set(first.slice(0, 50));
  for (const p of synthesizeRegister({ ...small, reservedCprs: reserved })) assert.ok(!reserved.has(p.cpr));
});

test('CVR numbers are distinct and valid', () => {
  const cvrs = syntheticCvrs(20_000);
  assert.equal(new Set(cvrs).size, cvrs.length);
  assert.ok(cvrs.every(passesCvrModulus11));
});

test('the 98 municipalities are the import list, names included', () => {
  assert.deepEqual(
    synthMunicipalities.map((m) => [m.code, m.name]),
    municipalities.map((m) => [m.code, m.name]),
  );
});

test('calendar: each week in the month of its Thursday, 4-5 weeks a month, labels are ISO weeks', () => {
  const calendar = synthCalendar('2019-12', 60);
  assert.equal(calendar.months[0], '2015-01');
  assert.equal(calendar.months.length, 60);
  assert.ok(calendar.weeks.length >= 260 && calendar.weeks.length <= 262);
  for (const week of calendar.weeks) {
    assert.equal(fromDay(week.monday + 3).slice(0, 7), calendar.months[week.month]);
    const parsed = parseIsoWeek(week.label);
    assert.ok(parsed.ok);
    assert.equal(parsed.date, fromDay(week.monday));
  }
  for (const m of calendar.monthWeeks) assert.ok(m.count === 4 || m.count === 5);
  // 2015-01-01 is a Thursday: week 2015-W01 belongs to January 2015; 2019-12-30 (Monday) is 2020-W01, Thursday 2 January: not covered.
  assert.equal(calendar.weeks[0]!.label, '2015-W01');
  assert.equal(calendar.weeks.at(-1)!.label, '2019-W52');
});

test('hours rows: within 0-744, one per person, month and employer', () => {
  for (const p of bigPersons) {
    const keys = new Set<string>();
    for (const h of p.hours) {
      assert.ok(h.paidHours > 0 && h.paidHours <= 744);
      const key = `${h.month}:${h.employerCvr}`;
      assert.ok(!keys.has(key));
      keys.add(key);
    }
  }
});

test('aggregates are plausible: hours, company spells, exits, visitation groups, municipalities', () => {
  const n = bigPersons.length;
  // Share with ordinary hours in a year: between a fifth and two thirds (the population includes those who found work).
  for (let year = 2015; year <= 2019; year++) {
    const withHours = bigPersons.filter((p) => p.hours.some((h) => !h.subsidised && bigCalendar.months[h.month]!.startsWith(String(year)))).length;
    assert.ok(withHours / n > 0.2 && withHours / n < 0.65, `${year}: ${withHours / n}`);
  }
  // Ordinary hours that grow: persons on cash benefit with hours rising over three months in a row.
  const growing = bigPersons.filter((p) => {
    const ordinary = p.hours.filter((h) => !h.subsidised);
    for (let i = 3; i < ordinary.length; i++) {
      const [a, b, c, d] = [ordinary[i - 3]!, ordinary[i - 2]!, ordinary[i - 1]!, ordinary[i]!];
      if (d.month - a.month === 3 && a.paidHours < 40 && a.paidHours < b.paidHours && b.paidHours < c.paidHours && c.paidHours < d.paidHours) return true;
    }
    return false;
  }).length;
  assert.ok(growing / n > 0.01, `growing ${growing}`);
  const everIn = (code: number) => bigPersons.filter((p) => p.codes.includes(code)).length / n;
  assert.ok(everIn(benefitStateCode.company_internship) > 0.1, 'internship');
  assert.ok(everIn(benefitStateCode.wage_subsidy) > 0.03, 'wage subsidy');
  assert.ok(everIn(benefitStateCode.fleksjob) > 0.03, 'fleksjob');
  assert.ok(everIn(benefitStateCode.foertidspension) > 0.02, 'førtidspension');
  assert.ok(everIn(benefitStateCode.education) > 0.03, 'education');
  // Exits to job: on cash benefit, then weeks with no row.
  const kh = benefitStateCode.kontanthjaelp;
  const exits = bigPersons.filter((p) => p.codes.some((c, w) => c === kh && p.codes[w + 1] === 0)).length;
  assert.ok(exits / n > 0.05, `exits ${exits / n}`);
  // Persistence: most long-term recipients are still on kontanthjælp in the last week.
  const longTerm = bigPersons.filter((p) => p.profile === 'longTermActivityReady');
  const onBenefit = new Set([kh, benefitStateCode.company_internship, benefitStateCode.wage_subsidy]);
  const stillOn = longTerm.filter((p) => onBenefit.has(p.codes.at(-1)!)).length;
  assert.ok(stillOn / longTerm.length > 0.35, `still on ${stillOn / longTerm.length}`);
  const selfSupporting = longTerm.filter((p) => p.codes.at(-1) === 0).length;
  assert.ok(selfSupporting / longTerm.length < 0.3, `self-supporting ${selfSupporting / longTerm.length}`);
  // Flere skal med groups near 55/34/11 (000 §2), some postponed (6), some persons with several rows.
  const fsmRows = bigPersons.flatMap((p) => p.visitations.filter((v) => v.model === 'flere-skal-med'));
  const share = (g: string) => fsmRows.filter((v) => v.group === g).length / fsmRows.filter((v) => v.group !== '6').length;
  assert.ok(Math.abs(share('1') - 0.55) < 0.08 && Math.abs(share('2') - 0.34) < 0.08 && Math.abs(share('3') - 0.11) < 0.05, `groups ${share('1')} ${share('2')} ${share('3')}`);
  assert.ok(fsmRows.some((v) => v.group === '6'), 'group 6');
  assert.ok(bigPersons.filter((p) => p.visitations.filter((v) => v.model === 'flere-skal-med').length > 1).length > 10, 'several rows');
  for (const model of ['stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model']) {
    assert.ok(bigPersons.some((p) => p.visitations.some((v) => v.model === model)), model);
  }
  for (const v of bigPersons.flatMap((p) => p.visitations)) assert.ok(v.end === null || v.end >= v.start, 'end before start');
  // The extract covers the trial: first visitations in 000 Bilag 1's first window, postponed ones resolved in the second.
  for (const p of bigPersons) {
    const rows = p.visitations.filter((v) => v.model === 'flere-skal-med');
    if (rows.length === 0) continue;
    assert.ok(rows[0]!.start >= '2017-08-01' && rows[0]!.start <= '2018-01-31', rows[0]!.start);
    if (rows[0]!.group === '6' && rows[1]) assert.ok(rows[1].start >= '2018-02-01' && rows[1].start <= '2018-03-31', rows[1].start);
  }
  // Municipalities differ: the share with ordinary hours in the last month spreads across the larger ones.
  const last = bigCalendar.months.length - 1;
  const byMunicipality = new Map<string, [number, number]>();
  for (const p of bigPersons) {
    const cell = byMunicipality.get(p.municipality) ?? [0, 0];
    cell[0]++;
    if (p.hours.some((h) => !h.subsidised && h.month === last)) cell[1]++;
    byMunicipality.set(p.municipality, cell);
  }
  const shares = [...byMunicipality.values()].filter(([k]) => k >= 40).map(([k, h]) => h / k);
  assert.ok(shares.length >= 8, 'municipalities');
  assert.ok(Math.max(...shares) - Math.min(...shares) > 0.12, `spread ${Math.max(...shares) - Math.min(...shares)}`);
});

test('equal sizes spread persons evenly over the chosen municipalities', () => {
  const counts = new Map<string, number>();
  for (const p of synthesizeRegister({ ...small, sizes: 'equal' })) counts.set(p.municipality, (counts.get(p.municipality) ?? 0) + 1);
  assert.equal(counts.size, 10);
  assert.ok([...counts.values()].every((c) => c === 30));
});

test('bad options are refused with the field named', () => {
  assert.throws(() => [...synthesizeRegister({ ...small, persons: 0 })], /persons/);
  assert.throws(() => [...synthesizeRegister({ ...small, municipalities: 99 })], /municipalities/);
  assert.throws(() => [...synthesizeRegister({ ...small, endMonth: '2019-13' })], /YYYY-MM/);
});
