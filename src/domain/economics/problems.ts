/**
 * Structured input problems of the economics domain: where (a path into the
 * input, e.g. `items[2].lines[0].hours`) and what (a code). Sentences are
 * composed in the i18n layer from the code and the values.
 */

export type EconomicsProblemCode =
  | 'required'
  | 'not_a_number'
  | 'not_positive'
  | 'negative'
  | 'not_integer'
  | 'out_of_range'
  | 'unknown_value'
  | 'duplicate_id'
  | 'unknown_role'
  | 'salary_missing'
  | 'bad_quarter'
  | 'outside_operating_period'
  | 'price_index_missing'
  | 'unit_price_missing'
  | 'duplicate_consequence'
  | 'ci_order'
  | 'calibration_singular';

export interface EconomicsProblem {
  /** Path into the input ('' for the whole input). */
  path: string;
  code: EconomicsProblemCode;
  /** Numbers or names behind the problem (the bound, the missing year …), for the message. */
  values?: Record<string, number | string>;
}

/** Either a value or the problems that prevented it. */
export type EconomicsResult<T> = { ok: true; value: T } | { ok: false; problems: EconomicsProblem[] };

/** Collects problems while walking an input. */
export class ProblemList {
  readonly problems: EconomicsProblem[] = [];

  add(path: string, code: EconomicsProblemCode, values?: Record<string, number | string>): void {
    this.problems.push(values ? { path, code, values } : { path, code });
  }

  /** A finite number; false (and a problem) otherwise. */
  number(path: string, value: unknown): value is number {
    if (value === undefined || value === null) {
      this.add(path, 'required');
      return false;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, 'not_a_number');
      return false;
    }
    return true;
  }

  /** A number > 0. */
  positive(path: string, value: unknown): boolean {
    if (!this.number(path, value)) return false;
    if (value <= 0) {
      this.add(path, 'not_positive');
      return false;
    }
    return true;
  }

  /** A number >= 0. */
  nonNegative(path: string, value: unknown): boolean {
    if (!this.number(path, value)) return false;
    if (value < 0) {
      this.add(path, 'negative');
      return false;
    }
    return true;
  }

  /** An integer in [min, max]. */
  integer(path: string, value: unknown, min: number, max: number): boolean {
    if (!this.number(path, value)) return false;
    if (!Number.isInteger(value)) {
      this.add(path, 'not_integer');
      return false;
    }
    if (value < min || value > max) {
      this.add(path, 'out_of_range', { min, max });
      return false;
    }
    return true;
  }

  /** A number in [min, max]. */
  range(path: string, value: unknown, min: number, max: number): boolean {
    if (!this.number(path, value)) return false;
    if (value < min || value > max) {
      this.add(path, 'out_of_range', { min, max });
      return false;
    }
    return true;
  }

  /** A non-empty string. */
  text(path: string, value: unknown): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(path, 'required');
      return false;
    }
    return true;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }
}
