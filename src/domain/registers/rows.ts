/**
 * Row validation of register extracts: one record (CSV line or Parquet row)
 * in, typed rows out, every problem recorded in the report with its line.
 * A row with any problem is not kept. Checks that need the whole file
 * (duplicates) or the database are the store's (store/registers/import.ts).
 */
import { parseRegisterPerson } from './person-key.ts';
import { parseDate, parseIsoWeek, parseMonth } from './periods.ts';
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

  constructor(
    readonly layout: Layout,
    readonly context: ValidationContext,
    readonly report: ReportBuilder,
  ) {}

  /** The rows a record yields (the wide layout gives one per filled week cell); problems go to the report. */
  validate(fields: readonly (string | null)[], line: number): RegisterRow[] {
    const layout = this.layout;
    if (layout.wide) return this.#wide(fields, line, layout.weeks);
    const problems: [ProblemCode, string, string][] = [];
    const cell = (name: string) => {
      const index = layout.columns[name]!;
      return index < 0 ? '' : (fields[index] ?? '').trim();
    };
    const problem = (code: ProblemCode, column: string) => problems.push([code, column, cell(column)]);
    const person = this.#person(cell('person'));
    if (person === null) problem(cell('person') === '' ? 'missing_value' : 'bad_cpr', 'person');
    let row: RegisterRow | null = null;
    switch (layout.kind) {
      case 'persons':
        row = this.#personRow(cell, problem, line);
        break;
      case 'benefit_weeks':
        row = this.#weekRow(cell, problem, line);
        break;
      case 'hours_monthly':
        row = this.#hoursRow(cell, problem, line);
        break;
      case 'visitations':
        row = this.#visitationRow(cell, problem, line);
        break;
    }
    this.report.rowsRead++;
    if (problems.length || row === null || person === null) {
      for (const [code, column, value] of problems) this.report.add(code, line, column, value);
      return [];
    }
    this.report.rowsKept++;
    row.person = person;
    return [row];
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

  #personRow(cell: (name: string) => string, problem: (code: ProblemCode, column: string) => void, line: number): PersonRow | null {
    const birthYearText = cell('birth_year');
    const birthYear = /^\d{4}$/.test(birthYearText) ? Number(birthYearText) : NaN;
    if (!(birthYear >= 1900 && birthYear <= 2100)) problem(birthYearText === '' ? 'missing_value' : 'bad_birth_year', 'birth_year');
    const sex = cell('sex').toUpperCase();
    if (sex !== 'K' && sex !== 'M') problem(sex === '' ? 'missing_value' : 'bad_sex', 'sex');
    const municipality = cell('municipality');
    if (!this.context.municipalities.has(municipality)) problem(municipality === '' ? 'missing_value' : 'bad_municipality', 'municipality');
    const educationText = cell('education');
    const education = educationText === '' ? null : /^\d$/.test(educationText) ? Number(educationText) : NaN;
    if (education !== null && !(education >= 0 && education <= 8)) problem('bad_number', 'education');
    const origin = cell('origin');
    return { line, person: '', birthYear, sex: sex as 'K' | 'M', municipality, origin: origin === '' ? null : origin, education };
  }

  #weekRow(cell: (name: string) => string, problem: (code: ProblemCode, column: string) => void, line: number): BenefitWeekRow | null {
    const week = parseIsoWeek(cell('week'));
    if (!week.ok) problem(cell('week') === '' ? 'missing_value' : week.problem, 'week');
    const code = cell('code');
    const state = this.context.codes.get(code);
    if (state === undefined) problem(code === '' ? 'missing_value' : 'unknown_code', 'code');
    return week.ok && state !== undefined ? { line, person: '', week: week.date, state } : null;
  }

  #hoursRow(cell: (name: string) => string, problem: (code: ProblemCode, column: string) => void, line: number): HoursRow | null {
    const month = parseMonth(cell('month'));
    if (!month.ok) problem(cell('month') === '' ? 'missing_value' : 'bad_month', 'month');
    const cvr = cell('employer_cvr');
    if (!/^\d{8}$/.test(cvr)) problem(cvr === '' ? 'missing_value' : 'bad_number', 'employer_cvr');
    const hoursText = cell('paid_hours');
    // A decimal comma is what Danish spreadsheets write.
    const hours = /^-?\d+([.,]\d+)?$/.test(hoursText) ? Number(hoursText.replace(',', '.')) : NaN;
    if (Number.isNaN(hours)) problem(hoursText === '' ? 'missing_value' : 'bad_number', 'paid_hours');
    else if (hours < 0 || hours > maxMonthlyHours) problem('hours_out_of_range', 'paid_hours');
    const subsidisedText = cell('subsidised').toLowerCase();
    const subsidised = subsidisedText === '' ? false : booleans[subsidisedText];
    if (subsidised === undefined) problem('bad_value', 'subsidised');
    const db07 = cell('db07');
    if (!month.ok) return null;
    return { line, person: '', month: month.date, employerCvr: cvr, db07: db07 === '' ? null : db07, paidHours: Math.round(hours * 100) / 100, subsidised: subsidised ?? false };
  }

  #visitationRow(cell: (name: string) => string, problem: (code: ProblemCode, column: string) => void, line: number): VisitationRow | null {
    const modelText = cell('model');
    const model = this.context.models.get(modelText.toLowerCase());
    if (model === undefined) problem(modelText === '' ? 'missing_value' : 'unknown_model', 'model');
    const group = cell('group');
    if (group === '') problem('missing_value', 'group');
    const start = parseDate(cell('start_date'));
    if (start === null) problem(cell('start_date') === '' ? 'missing_value' : 'bad_date', 'start_date');
    const endText = cell('end_date');
    const end = endText === '' ? null : parseDate(endText);
    if (endText !== '' && (end === null || (start !== null && end < start))) problem('bad_date', 'end_date');
    if (model === undefined || start === null) return null;
    return { line, person: '', model, group, startDate: start, endDate: end };
  }
}
