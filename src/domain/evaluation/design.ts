/**
 * Model frame / design matrix with R's default treatment contrasts, matching what
 * `model.matrix(y ~ a + b + f, data)` returns for main-effect formulas (no interactions,
 * no transformations):
 *
 * - an intercept column named `(Intercept)` comes first (unless `intercept: false`);
 * - a numeric column is copied as it is, under its own name;
 * - a categorical (string-valued) column becomes one 0/1 dummy column per level except the
 *   first (R's `contr.treatment`), named by pasting column name and level without a separator
 *   as R does: `race` with levels black, hispan, white gives `racehispan`, `racewhite`;
 * - with `intercept: false`, R codes the FIRST categorical term with all its levels (full dummy
 *   coding, since there is no intercept to absorb the reference level); we do the same.
 *
 * Level order: R's `factor()` sorts `unique(x)` with the session's collation. We sort by UTF-16
 * code units (JavaScript's default `sort()`), which is R's order in the C locale and, for ASCII
 * lower-case levels such as black/hispan/white, in every locale. In a non-C locale R sorts
 * differently for mixed case ("Black" vs "asian") and non-ASCII letters (Danish æ, ø, å: code-unit
 * order is å < æ < ø, Danish collation is æ < ø < å). Pass `levels` explicitly to fix the order
 * (and so the reference level), as with `factor(x, levels = ...)`.
 *
 * Differences from R, all deliberate and raising a clear {@link DesignError} instead of silently
 * doing something else:
 * - missing values (null, undefined, NaN, ±Infinity) are an error, where R's default
 *   `na.action = na.omit` would drop the row (callers decide about missing data explicitly);
 * - a constant numeric column (with an intercept), a categorical column with a single level, or a declared level
 *   that no row uses is an error; R would give an aliased (NA) coefficient or, for a one-level
 *   factor, the error "contrasts can be applied only to factors with 2 or more levels".
 */
import { Matrix } from 'ml-matrix';

/** One observation: column name to a number (numeric column) or a string (categorical column). */
export type DesignRow = Readonly<Record<string, number | string | null | undefined>>;

export interface DesignOptions {
  /** Include the `(Intercept)` column first (R's default; `- 1` / `+ 0` in a formula turns it off). */
  readonly intercept?: boolean;
  /**
   * Level order per categorical column, first level = reference category, as
   * `factor(x, levels = ...)`. Columns not listed get their sorted distinct values.
   */
  readonly levels?: Readonly<Record<string, readonly string[]>>;
}

export interface DesignTermNumeric {
  readonly name: string;
  readonly kind: 'numeric';
  /** Index of the column in the design matrix. */
  readonly column: number;
}

export interface DesignTermCategorical {
  readonly name: string;
  readonly kind: 'categorical';
  /** All levels in factor order; the first is the reference level when it has no column. */
  readonly levels: readonly string[];
  /** Levels that have a dummy column, in column order. */
  readonly codedLevels: readonly string[];
  /** Index of the first dummy column in the design matrix. */
  readonly firstColumn: number;
}

export type DesignTerm = DesignTermNumeric | DesignTermCategorical;

export interface DesignMatrix {
  /** n × p matrix, rows in input order. */
  readonly matrix: Matrix;
  /** p column names, as R's `colnames(model.matrix(...))`. */
  readonly columnNames: readonly string[];
  /** The terms in the order given, with how each was coded. */
  readonly terms: readonly DesignTerm[];
}

/** A problem with the input data of a design matrix; the message names column and row (1-based). */
export class DesignError extends Error {
  constructor(
    message: string,
    readonly column?: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = 'DesignError';
  }
}

/** Code-unit order, as R's `sort()` in the C locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Reads the numeric column `name`, throwing on missing or non-numeric values. */
function numericColumn(rows: readonly DesignRow[], name: string): number[] {
  return rows.map((row, i) => {
    const value = row[name];
    if (value === null || value === undefined) {
      throw new DesignError(`missing value in numeric column "${name}" at row ${i + 1}`, name, i + 1);
    }
    if (typeof value !== 'number') {
      throw new DesignError(
        `non-numeric value ${describe(value)} in numeric column "${name}" at row ${i + 1}`,
        name,
        i + 1,
      );
    }
    if (!Number.isFinite(value)) {
      throw new DesignError(`non-finite value ${value} in numeric column "${name}" at row ${i + 1}`, name, i + 1);
    }
    return value;
  });
}

/** Reads the categorical column `name`, throwing on missing or non-string values. */
function categoricalColumn(rows: readonly DesignRow[], name: string): string[] {
  return rows.map((row, i) => {
    const value = row[name];
    if (value === null || value === undefined) {
      throw new DesignError(`missing value in categorical column "${name}" at row ${i + 1}`, name, i + 1);
    }
    if (typeof value !== 'string') {
      throw new DesignError(
        `non-string value ${describe(value)} in categorical column "${name}" at row ${i + 1}`,
        name,
        i + 1,
      );
    }
    return value;
  });
}

/**
 * Builds the design matrix for the main-effect terms `terms` (column names, in formula order) from
 * `rows`. A column is numeric when its value in the first row is a number and categorical when it is
 * a string (as `read.csv` makes a character column of text and a numeric one of numbers); every
 * other row must agree.
 *
 * @throws DesignError for no rows, no or duplicate terms, a column missing from a row, a value of the
 *   wrong type, a missing/non-finite value, a constant numeric column (when there is an intercept), a categorical column with
 *   fewer than two levels, a value not among declared `levels`, or a declared level no row uses.
 */
export function designMatrix(
  rows: readonly DesignRow[],
  terms: readonly string[],
  options: DesignOptions = {},
): DesignMatrix {
  const intercept = options.intercept ?? true;
  if (rows.length === 0) throw new DesignError('cannot build a design matrix from no rows');
  if (terms.length === 0 && !intercept) throw new DesignError('a design matrix needs at least one term or the intercept');
  const seen = new Set<string>();
  for (const name of terms) {
    if (seen.has(name)) throw new DesignError(`term "${name}" is given twice`, name);
    seen.add(name);
  }
  for (const name of Object.keys(options.levels ?? {})) {
    if (!seen.has(name)) throw new DesignError(`levels are given for "${name}", which is not a term`, name);
  }
  rows.forEach((row, i) => {
    for (const name of terms) {
      if (!(name in row)) throw new DesignError(`column "${name}" is missing from row ${i + 1}`, name, i + 1);
    }
  });

  const n = rows.length;
  const columns: number[][] = [];
  const columnNames: string[] = [];
  const designTerms: DesignTerm[] = [];
  if (intercept) {
    columns.push(new Array<number>(n).fill(1));
    columnNames.push('(Intercept)');
  }
  let fullCodingUsed = intercept;

  for (const name of terms) {
    const first = rows[0]?.[name];
    const declared = options.levels?.[name];
    if (typeof first === 'number' && declared === undefined) {
      const values = numericColumn(rows, name);
      if (intercept && values.every((v) => v === values[0])) {
        throw new DesignError(
          `numeric column "${name}" is constant (${values[0]}) and would be aliased with the intercept`,
          name,
        );
      }
      designTerms.push({ name, kind: 'numeric', column: columns.length });
      columns.push(values);
      columnNames.push(name);
      continue;
    }
    if (typeof first !== 'string') {
      if (first === null || first === undefined) {
        throw new DesignError(`missing value in column "${name}" at row 1`, name, 1);
      }
      throw new DesignError(
        `column "${name}" has value ${describe(first)} at row 1, neither a number nor a string`,
        name,
        1,
      );
    }
    const values = categoricalColumn(rows, name);
    const distinct = [...new Set(values)].sort(compareCodeUnits);
    let levels: readonly string[];
    if (declared !== undefined) {
      if (new Set(declared).size !== declared.length) {
        throw new DesignError(`declared levels of "${name}" contain duplicates`, name);
      }
      const declaredSet = new Set(declared);
      values.forEach((v, i) => {
        if (!declaredSet.has(v)) {
          throw new DesignError(`value ${describe(v)} in column "${name}" at row ${i + 1} is not a declared level`, name, i + 1);
        }
      });
      const used = new Set(values);
      const unused = declared.filter((level) => !used.has(level));
      if (unused.length > 0) {
        throw new DesignError(
          `declared level(s) ${unused.map(describe).join(', ')} of "${name}" occur in no row; their dummy column would be constant 0`,
          name,
        );
      }
      levels = [...declared];
    } else {
      levels = distinct;
    }
    if (levels.length < 2) {
      throw new DesignError(
        `categorical column "${name}" has a single level ${describe(levels[0])}; contrasts need two or more levels`,
        name,
      );
    }
    const codedLevels = fullCodingUsed ? levels.slice(1) : levels;
    fullCodingUsed = true;
    designTerms.push({ name, kind: 'categorical', levels, codedLevels, firstColumn: columns.length });
    for (const level of codedLevels) {
      columns.push(values.map((v) => (v === level ? 1 : 0)));
      columnNames.push(`${name}${level}`);
    }
  }

  const duplicates = columnNames.filter((c, i) => columnNames.indexOf(c) !== i);
  if (duplicates.length > 0) {
    throw new DesignError(`design column name(s) ${duplicates.map(describe).join(', ')} occur twice`);
  }

  const matrix = new Matrix(n, columns.length);
  columns.forEach((column, j) => {
    for (let i = 0; i < n; i++) matrix.set(i, j, column[i] as number);
  });
  return { matrix, columnNames, terms: designTerms };
}
