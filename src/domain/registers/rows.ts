/**
 * Row validation of register extracts: one record (CSV line or Parquet row)
 * in, typed rows out, every problem recorded in the report with its line.
 * A row with any problem is not kept. Checks that need the whole file
 * (duplicates) or the database are the store's (store/registers/import.ts).
 */
import { parseRegisterPerson } from './person-key.ts';
import { parseDate, parseIsoWeek, parseMonth, type PeriodResult } from './periods.ts';
import type { ProblemCode, ReportBuilder } from './report.ts';
import type { Layout, WideWeekColumn } from './formats.ts';

export interface PersonRow {
  line: number;
  /** The person cell as given (trimmed): a CPR number or an 'ext:' key. Never logged or stored. */
  person: string;
  birthYear: number;
  sex: 'K' | 'M';
  municipality: string;
  origin: string | null;
  education: number | null;
}

export interface BenefitWeekRow {
  line: number;
  person: string;
  /** Monday of the ISO week. */
  week: string;
  /** Stored state code (states.ts). */
  state: number;
}

export interface HoursRow {
  line: number;
  person: string;
  /** First day of the month. */
  month: string;
  employerCvr: string;
  db07: string | null;
  paidHours: number;
  subsidised: boolean;
}

export interface VisitationRow {
  line: number;
  person: string;
  model: string;
  group: string;
  startDate: string;
  endDate: string | null;
}

export type RegisterRow = PersonRow | BenefitWeekRow | HoursRow | VisitationRow;

export interface ValidationContext {
  /** Source code → stored state code (code-list.ts codeLookup). */
  codes: ReadonlyMap<string, number>;
  /** Known kommunekoder. */
  municipalities: ReadonlySet<string>;
  /** Accepted model names (id, or short name in lower case) → model id. */
  models: ReadonlyMap<string, string>;
}

/** Most paid hours a month can hold: 31 days × 24 hours. */
export const maxMonthlyHours = 744;

const booleans: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, ja: true, nej: false, j: true, n: false, yes: true, no: false, t: true, f: false };

/**
 * Validates records of one layout. Person cells are checked once per
 * distinct value (an extract repeats a person on hundreds of lines).
 */
export class RowValidator {
  readonly #persons = new Map<string, boolean>();
  /** Weeks and months repeat on every person's lines: each text is parsed once. */
  readonly #periods = new Map<string, PeriodResult>();

  constructor(
    readonly layout: Layout,
    readonly context: ValidationContext,
    readonly report: ReportBuilder,
  ) {}

  // The record being validated, and its problems: fields of the instance rather than closures per
  // row, since an extract has millions of rows.
  #fields: readonly (string | null)[] = [];
  readonly #problems: [ProblemCode, string][] = [];

  /** The rows a record yields (the wide layout gives one per filled week cell); problems go to the report. */
  validate(fields: readonly (string | null)[], line: number): RegisterRow[] {
    const layout = this.layout;
    if (layout.wide) return this.#wide(fields, line, layout.weeks);
    this.#fields = fields;
    this.#problems.length = 0;
    const personText = this.#cell('person');
    const person = this.#person(personText);
    if (person === null) this.#problem(personText === '' ? 'missing_value' : 'bad_cpr', 'person');
    let row: RegisterRow | null = null;
    switch (layout.kind) {
      case 'persons':
        row = this.#personRow(line);
        break;
      case 'benefit_weeks':
        row = this.#weekRow(line);
        break;
      case 'hours_monthly':
        row = this.#hoursRow(line);
        break;
      case 'visitations':
        row = this.#visitationRow(line);
        break;
    }
    this.report.rowsRead++;
    if (this.#problems.length || row === null || person === null) {
      for (const [code, column] of this.#problems) this.report.add(code, line, column, this.#cell(column));
      return [];
    }
    this.report.rowsKept++;
    row.person = person;
    return [row];
  }

  #cell(name: string): string {
    const index = this.layout.columns[name]!;
    return index < 0 ? '' : (this.#fields[index] ?? '').trim();
  }

  #problem(code: ProblemCode, column: string): void {
    this.#problems.push([code, column]);
  }

  #period(text: string, parse: (text: string) => PeriodResult): PeriodResult {
    let result = this.#periods.get(text);
    if (result === undefined) {
      result = parse(text);
      // Bounded: a file of garbage must not grow the cache without end.
      if (this.#periods.size < 100_000) this.#periods.set(text, result);
    }
    return result;
  }

  #person(text: string): string | null {
    if (text === '') return null;
    let ok = this.#persons.get(text);
    if (ok === undefined) {
      ok = parseRegisterPerson(text) !== null;
      this.#persons.set(text, ok);
    }
    return ok ? text : null;
  }

  #wide(fields: readonly (string | null)[], line: number, weeks: readonly WideWeekColumn[]): BenefitWeekRow[] {
    const personText = (fields[this.layout.columns.person!] ?? '').trim();
    const person = this.#person(personText);
    const rows: BenefitWeekRow[] = [];
    let filled = 0;
    for (const column of weeks) {
      const code = (fields[column.index] ?? '').trim();
      if (code === '') continue; // no row: no public benefit that week
      filled++;
      const state = this.context.codes.get(code);
      if (state === undefined) {
        this.report.add('unknown_code', line, column.name, code);
        continue;
      }
      if (person !== null) rows.push({ line, person, week: column.week, state });
    }
    this.report.rowsRead += filled;
    // A bad person cell is one problem of the line, but every filled cell is a row not kept.
    if (person === null && filled > 0) {
      this.report.add(personText === '' ? 'missing_value' : 'bad_cpr', line, 'person', personText);
      return [];
    }
    this.report.rowsKept += rows.length;
    return rows;
  }

  #personRow(line: number): PersonRow | null {
    const birthYearText = this.#cell('birth_year');
    const birthYear = /^\d{4}$/.test(birthYearText) ? Number(birthYearText) : NaN;
    if (!(birthYear >= 1900 && birthYear <= 2100)) this.#problem(birthYearText === '' ? 'missing_value' : 'bad_birth_year', 'birth_year');
    const sex = this.#cell('sex').toUpperCase();
    if (sex !== 'K' && sex !== 'M') this.#problem(sex === '' ? 'missing_value' : 'bad_sex', 'sex');
    const municipality = this.#cell('municipality');
    if (!this.context.municipalities.has(municipality)) this.#problem(municipality === '' ? 'missing_value' : 'bad_municipality', 'municipality');
    const educationText = this.#cell('education');
    const education = educationText === '' ? null : /^\d$/.test(educationText) ? Number(educationText) : NaN;
    if (education !== null && !(education >= 0 && education <= 8)) this.#problem('bad_number', 'education');
    const origin = this.#cell('origin');
    return { line, person: '', birthYear, sex: sex as 'K' | 'M', municipality, origin: origin === '' ? null : origin, education };
  }

  #weekRow(line: number): BenefitWeekRow | null {
    const week = this.#period(this.#cell('week'), parseIsoWeek);
    if (!week.ok) this.#problem(this.#cell('week') === '' ? 'missing_value' : week.problem, 'week');
    const code = this.#cell('code');
    const state = this.context.codes.get(code);
    if (state === undefined) this.#problem(code === '' ? 'missing_value' : 'unknown_code', 'code');
    return week.ok && state !== undefined ? { line, person: '', week: week.date, state } : null;
  }

  #hoursRow(line: number): HoursRow | null {
    const month = this.#period(this.#cell('month'), parseMonth);
    if (!month.ok) this.#problem(this.#cell('month') === '' ? 'missing_value' : 'bad_month', 'month');
    const cvr = this.#cell('employer_cvr');
    if (!/^\d{8}$/.test(cvr)) this.#problem(cvr === '' ? 'missing_value' : 'bad_number', 'employer_cvr');
    const hoursText = this.#cell('paid_hours');
    // A decimal comma is what Danish spreadsheets write.
    const hours = /^-?\d+([.,]\d+)?$/.test(hoursText) ? Number(hoursText.replace(',', '.')) : NaN;
    if (Number.isNaN(hours)) this.#problem(hoursText === '' ? 'missing_value' : 'bad_number', 'paid_hours');
    else if (hours < 0 || hours > maxMonthlyHours) this.#problem('hours_out_of_range', 'paid_hours');
    const subsidisedText = this.#cell('subsidised').toLowerCase();
    const subsidised = subsidisedText === '' ? false : booleans[subsidisedText];
    if (subsidised === undefined) this.#problem('bad_value', 'subsidised');
    const db07 = this.#cell('db07');
    if (!month.ok) return null;
    return { line, person: '', month: month.date, employerCvr: cvr, db07: db07 === '' ? null : db07, paidHours: Math.round(hours * 100) / 100, subsidised: subsidised ?? false };
  }

  #visitationRow(line: number): VisitationRow | null {
    const modelText = this.#cell('model');
    const model = this.context.models.get(modelText.toLowerCase());
    if (model === undefined) this.#problem(modelText === '' ? 'missing_value' : 'unknown_model', 'model');
    const group = this.#cell('group');
    if (group === '') this.#problem('missing_value', 'group');
    const start = parseDate(this.#cell('start_date'));
    if (start === null) this.#problem(this.#cell('start_date') === '' ? 'missing_value' : 'bad_date', 'start_date');
    const endText = this.#cell('end_date');
    const end = endText === '' ? null : parseDate(endText);
    if (endText !== '' && (end === null || (start !== null && end < start))) this.#problem('bad_date', 'end_date');
    if (model === undefined || start === null) return null;
    return { line, person: '', model, group, startDate: start, endDate: end };
  }
}
