/**
 * The validation report of an import: rows read, rows kept, and per problem
 * its count and the first examples with line numbers. Example values never
 * hold a CPR number: CPR-like numbers are masked as 'xxxxxx-xxxx', and the
 * person column's digits are masked whatever they are.
 */
import { redactCprLike } from '../identity/cpr.ts';

export const problemCodes = [
  'unknown_code',
  'bad_cpr',
  'bad_week',
  'week_out_of_range',
  'bad_month',
  'duplicate_person_week',
  'duplicate_person_month_employer',
  'duplicate_person',
  'hours_out_of_range',
  'bad_number',
  'bad_value',
  'bad_sex',
  'bad_municipality',
  'bad_birth_year',
  'unknown_model',
  'bad_date',
  'missing_value',
  'missing_column',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** Why a whole file was refused. */
export type RejectedReason = 'missing_columns' | 'bad_week_columns' | 'no_rows' | 'too_many_rejected' | 'dry_run';

export interface ProblemExample {
  line: number;
  value: string;
}

export interface ReportProblem {
  code: ProblemCode;
  count: number;
  examples: ProblemExample[];
}

/** Stored in register_import.report and returned by the API (routes/registers/schemas.ts). */
export interface ValidationReport {
  rowsRead: number;
  rowsKept: number;
  problems: ReportProblem[];
  rejected: boolean;
  rejectedReason: RejectedReason | null;
  periodFrom: string | null;
  periodTo: string | null;
}

export const maxExamples = 10;
const maxValueLength = 80;

/** The example text for a cell: 'column: value', CPR-like numbers masked, long values cut. */
export function exampleValue(column: string, value: string): string {
  const masked = column === 'person' && !value.trim().startsWith('ext:') ? value.replace(/[0-9]/g, 'x') : redactCprLike(value, 'xxxxxx-xxxx');
  const cut = masked.length > maxValueLength ? `${masked.slice(0, maxValueLength)}…` : masked;
  return `${column}: ${cut}`;
}

/** Accumulates problems while a file streams by; keeps only the first examples of each. */
export class ReportBuilder {
  rowsRead = 0;
  rowsKept = 0;
  readonly #problems = new Map<ProblemCode, ReportProblem>();

  /** Records one problem; `value` is the cell as read (masked here). */
  add(code: ProblemCode, line: number, column: string, value: string): void {
    let problem = this.#problems.get(code);
    if (!problem) {
      problem = { code, count: 0, examples: [] };
      this.#problems.set(code, problem);
    }
    problem.count++;
    if (problem.examples.length < maxExamples) problem.examples.push({ line, value: exampleValue(column, value) });
  }

  /** Rows with at least one problem (each row counts once, whatever its problems). */
  get rowsRejected(): number {
    return this.rowsRead - this.rowsKept;
  }

  problemCount(code: ProblemCode): number {
    return this.#problems.get(code)?.count ?? 0;
  }

  build(fields: { rejected: boolean; rejectedReason: RejectedReason | null; periodFrom: string | null; periodTo: string | null }): ValidationReport {
    return {
      rowsRead: this.rowsRead,
      // Rows that passed validation; `rejected` says whether they were written.
      rowsKept: this.rowsKept,
      // In the order problemCodes lists them, so reports read alike.
      problems: problemCodes.flatMap((code) => {
        const p = this.#problems.get(code);
        return p ? [{ ...p, examples: [...p.examples].sort((a, b) => a.line - b.line) }] : [];
      }),
      ...fields,
    };
  }
}
