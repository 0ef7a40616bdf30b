/**
 * Propensity-score matching analysis from a table of rows to an ATT, the whole pipeline of
 *
 *   m  <- matchit(treat ~ a + b + c, data, method = "nearest", distance = "glm",
 *                 [link = "linear.logit"], ratio, replace, caliper, exact = ~ e + f, m.order)
 *   summary(m)                                               # balance before / after
 *   md <- match.data(m)
 *   fit <- lm(y ~ treat, data = md, weights = weights)
 *   coeftest(fit, vcov. = vcovCL, cluster = ~subclass)      # without replacement
 *   coeftest(fit, vcov. = vcovHC, type = "HC3")             # with replacement
 *
 * built from the modules next to it: design.ts (R's model matrix; categorical covariates are
 * dummy-coded with the first level in code-unit order as reference), glm.ts (the logistic
 * propensity model), nearest.ts (greedy nearest-neighbour matching), balance.ts (MatchIt's
 * summary) and att.ts (the weighted outcome regression with robust SEs). Pure: rows in, result
 * out; the CLI (`jobspor evaluate match`) and any later API or page reuse it.
 *
 * Choices, following MatchIt 4.5.1 and its vignette "Estimating Effects After Matching":
 * - distance 'ps' is the fitted probability; 'logit' is the linear predictor, as MatchIt's
 *   `link = "linear.logit"`;
 * - the caliper is in standard deviations of the distance (MatchIt's default `std.caliper = TRUE`);
 * - exact variables are combined into one stratum key per row (all of them must agree);
 * - balance is reported on the distance, the covariates and then exact-matching variables that are
 *   not covariates (as MatchIt's summary), with every level of a categorical variable as its own
 *   0/1 column (MatchIt's `get.covs.matrix`);
 * - the SE is cluster-robust by matched set (`vcovCL(fit, cluster = ~subclass)`, sandwich's
 *   default HC1 with the G/(G-1) adjustment) without replacement. With replacement there is no
 *   subclass (a control can belong to several matched sets), and the vignette recommends robust
 *   SEs with `vcov = "HC3"` (Hill & Reiter 2006), which we use. Weights are treated as fixed.
 */
import { parseCsv } from '../companies/company-import.ts';
import { designMatrix, type DesignMatrix, type DesignRow } from './design.ts';
import { logisticRegression, type GlmWarning } from './glm.ts';
import { nearestNeighbourMatch, type MatchOrder, type NearestResult } from './nearest.ts';
import { summarizeMatch, type BalanceRow, type SampleSizes } from './balance.ts';
import { estimateAtt, type AttEstimate, type AttVcov } from './att.ts';

/** A problem with the data or the specification, reported to the user as it is (exit 1 in the CLI). */
export class MatchAnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatchAnalysisError';
  }
}

/** A data table: column names in file order and one row per unit (numbers or strings). */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly DesignRow[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Cells R's `read.csv` reads as missing (`na.strings = "NA"`) and empty cells. */
const isMissing = (cell: string) => cell === '' || cell === 'NA';

/**
 * Reads CSV text (`,` or `;` separated, detected from the header line; quotes as RFC 4180) into a
 * table. As R's `read.csv`: a column whose every non-missing cell is a decimal number is numeric,
 * any other column is text (a categorical variable); cells that are empty or `NA` are missing
 * (null). Surrounding spaces are trimmed.
 *
 * @throws MatchAnalysisError for an unclosed quote, no header, an empty or duplicate column name,
 *   or a row with a different number of fields than the header.
 */
export function parseDataCsv(text: string): DataTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new MatchAnalysisError(parsed.reason);
  const records = parsed.value.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  const header = records[0];
  if (!header) throw new MatchAnalysisError('the CSV file is empty (no header line)');
  const columns = header.fields.map((f) => f.trim());
  columns.forEach((name, j) => {
    if (name === '') throw new MatchAnalysisError(`column ${j + 1} of the header has no name`);
    if (columns.indexOf(name) !== j) throw new MatchAnalysisError(`column "${name}" occurs twice in the header`);
  });
  const body = records.slice(1);
  body.forEach((r) => {
    if (r.fields.length !== columns.length) {
      throw new MatchAnalysisError(`line ${r.line} has ${r.fields.length} fields, the header ${columns.length}`);
    }
  });
  const cells = body.map((r) => r.fields.map((f) => f.trim()));
  const numeric = columns.map((_, j) => cells.every((row) => isMissing(row[j]!) || NUMBER.test(row[j]!)));
  const rows = cells.map((row) => {
    const out: Record<string, number | string | null> = {};
    columns.forEach((name, j) => {
      const cell = row[j]!;
      out[name] = isMissing(cell) ? null : numeric[j] ? Number(cell) : cell;
    });
    return out;
  });
  return { columns, rows };
}

export type DistanceKind = 'ps' | 'logit';

export interface MatchAnalysisSpec {
  /** The 0/1 treatment column (1 = treated). */
  readonly treatment: string;
  /** Covariates of the propensity model, in formula order. */
  readonly covariates: readonly string[];
  /** The numeric outcome column. */
  readonly outcome: string;
  /** k in k:1 matching (default 1). */
  readonly ratio?: number;
  readonly replace?: boolean;
  /** Caliper in standard deviations of the distance; null/undefined for none. */
  readonly caliper?: number | null;
  /** Columns to match exactly on. */
  readonly exact?: readonly string[];
  /** Default 'ps' (MatchIt's default link "logit" gives the probability as distance). */
  readonly distance?: DistanceKind;
  /** Default 'largest'. */
  readonly mOrder?: MatchOrder;
  /** Reproduce MatchIt 4.5.1's matching bugs (see nearest.ts). */
  readonly emulateMatchIt?: '4.5.1' | null;
  /** Column identifying units in `pairs`; default `id` when the table has it, else row numbers. */
  readonly idColumn?: string | null;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

export interface MatchPair {
  /** Treated unit: its id or 1-based row number. */
  readonly treated: string | number;
  /** Matched controls (ratio entries; null where none was found). */
  readonly controls: readonly (string | number | null)[];
}

export interface MatchAnalysis {
  readonly spec: {
    readonly treatment: string;
    readonly covariates: readonly string[];
    readonly outcome: string;
    readonly ratio: number;
    readonly replace: boolean;
    readonly caliper: number | null;
    readonly exact: readonly string[];
    readonly distance: DistanceKind;
    readonly mOrder: MatchOrder;
    readonly emulateMatchIt: '4.5.1' | null;
  };
  readonly glm: {
    readonly names: readonly string[];
    readonly coefficients: readonly number[];
    readonly standardErrors: readonly number[];
    readonly deviance: number;
    readonly aic: number;
    readonly iterations: number;
    readonly converged: boolean;
    readonly warnings: readonly GlmWarning[];
  };
  /** The distance per row (probability or logit). */
  readonly distance: readonly number[];
  /** The caliper in distance units, or null. */
  readonly caliperRaw: number | null;
  readonly nTreated: number;
  readonly nControl: number;
  readonly nMatchedTreated: number;
  readonly nMatchedControl: number;
  readonly weights: readonly number[];
  /** Matched set per row (1-based), null when unmatched or with replacement. */
  readonly subclass: readonly (number | null)[] | null;
  readonly pairs: readonly MatchPair[];
  /** Whether `pairs` name units by `idColumn` ('id') or by row number ('row'). */
  readonly pairKey: { readonly kind: 'id'; readonly column: string } | { readonly kind: 'row' };
  readonly att: {
    readonly estimate: number;
    readonly se: number;
    readonly t: number;
    readonly p: number;
    readonly ciLow: number;
    readonly ciHigh: number;
    readonly level: number;
    readonly df: number;
    readonly vcov: AttVcov;
  };
  readonly balance: { readonly before: readonly BalanceRow[]; readonly after: readonly BalanceRow[] };
  readonly sampleSizes: SampleSizes;
}

function requireColumn(table: DataTable, name: string, role: string): void {
  if (!table.columns.includes(name)) {
    throw new MatchAnalysisError(`the ${role} column "${name}" is not in the data (columns: ${table.columns.join(', ')})`);
  }
}

function numericValues(table: DataTable, name: string, role: string): number[] {
  return table.rows.map((row, i) => {
    const v = row[name];
    if (v === null || v === undefined) throw new MatchAnalysisError(`the ${role} "${name}" is missing at data row ${i + 1}`);
    if (typeof v !== 'number') {
      throw new MatchAnalysisError(`the ${role} "${name}" must be numeric; data row ${i + 1} has ${JSON.stringify(v)}`);
    }
    return v;
  });
}

/**
 * The balance columns of MatchIt's `get.covs.matrix` for the covariates of a design: a numeric
 * covariate as it is, a categorical one as one 0/1 column per level (every level, not only the
 * coded ones), named by pasting covariate and level.
 */
export function balanceCovariateColumns(
  rows: readonly DesignRow[],
  covariates: readonly string[],
  design: DesignMatrix,
): { name: string; values: number[] }[] {
  const out: { name: string; values: number[] }[] = [];
  for (const c of covariates) {
    const term = design.terms.find((t) => t.name === c);
    if (!term) throw new MatchAnalysisError(`the covariate "${c}" is not a term of the design`);
    if (term.kind === 'numeric') {
      out.push({ name: c, values: design.matrix.getColumn(term.column) });
    } else {
      const full = designMatrix(rows, [c], { intercept: false, levels: { [c]: term.levels } });
      full.columnNames.forEach((name, j) => out.push({ name, values: full.matrix.getColumn(j) }));
    }
  }
  return out;
}

/**
 * The ATT after nearest-neighbour matching as the MatchIt vignette estimates it:
 * `lm(y ~ treat, weights)` with `vcovCL(cluster = ~subclass)` without replacement and
 * `vcovHC(type = "HC3")` with replacement (no subclasses then).
 */
export function nearestMatchAtt(
  treat: readonly number[],
  y: readonly number[],
  match: Pick<NearestResult, 'weights' | 'subclass'>,
  replace: boolean,
  level = 0.95,
): AttEstimate {
  const subclassLabels = match.subclass ? match.subclass.map((s) => s ?? 0) : undefined;
  return estimateAtt({ treat, y, weights: match.weights, subclass: subclassLabels }, { vcov: replace ? 'HC3' : 'cluster', level });
}

/** Runs the whole analysis; see the module doc. @throws MatchAnalysisError (and DesignError, GlmError) on bad input. */
export function analyseMatch(table: DataTable, spec: MatchAnalysisSpec): MatchAnalysis {
  const ratio = spec.ratio ?? 1;
  const replace = spec.replace ?? false;
  const caliper = spec.caliper ?? null;
  const exact = spec.exact ?? [];
  const distanceKind = spec.distance ?? 'ps';
  const mOrder = spec.mOrder ?? 'largest';
  const emulate = spec.emulateMatchIt ?? null;
  if (!Number.isInteger(ratio) || ratio < 1) throw new MatchAnalysisError(`ratio must be a positive whole number, not ${ratio}`);
  if (caliper !== null && !(caliper > 0 && Number.isFinite(caliper))) throw new MatchAnalysisError(`caliper must be a positive number, not ${caliper}`);
  if (spec.covariates.length === 0) throw new MatchAnalysisError('at least one covariate is needed');
  if (table.rows.length === 0) throw new MatchAnalysisError('the data has no rows');

  requireColumn(table, spec.treatment, 'treatment');
  requireColumn(table, spec.outcome, 'outcome');
  for (const c of spec.covariates) requireColumn(table, c, 'covariate');
  for (const c of exact) requireColumn(table, c, 'exact');
  for (const c of [spec.treatment, spec.outcome]) {
    if (spec.covariates.includes(c)) throw new MatchAnalysisError(`"${c}" cannot be both a covariate and the treatment or outcome`);
  }

  const treat = numericValues(table, spec.treatment, 'treatment');
  treat.forEach((t, i) => {
    if (t !== 0 && t !== 1) {
      throw new MatchAnalysisError(`the treatment "${spec.treatment}" must be 0 or 1; data row ${i + 1} has ${t}`);
    }
  });
  const y = numericValues(table, spec.outcome, 'outcome');
  const nTreated = treat.filter((t) => t === 1).length;
  const nControl = treat.length - nTreated;
  if (nTreated === 0 || nControl === 0) {
    throw new MatchAnalysisError(`the treatment "${spec.treatment}" must have both treated (1) and control (0) rows`);
  }

  // Propensity model: glm(treat ~ covariates, family = binomial).
  const design = designMatrix(table.rows, spec.covariates);
  const fit = logisticRegression(design.matrix, treat, { columnNames: design.columnNames });
  const distance = distanceKind === 'ps' ? fit.fittedValues : fit.linearPredictors;

  let exactKeys: string[] | null = null;
  if (exact.length > 0) {
    exactKeys = table.rows.map((row, i) =>
      JSON.stringify(
        exact.map((c) => {
          const v = row[c];
          if (v === null || v === undefined) throw new MatchAnalysisError(`the exact variable "${c}" is missing at data row ${i + 1}`);
          return v;
        }),
      ),
    );
  }

  const match = nearestNeighbourMatch(treat, distance, {
    ratio,
    replace,
    caliper,
    exact: exactKeys,
    mOrder,
    emulateMatchIt451Bugs: emulate === '4.5.1',
  });

  const balanceCovariates = balanceCovariateColumns(table.rows, spec.covariates, design);
  // MatchIt's summary also covers exact-matching variables that are not covariates, after them.
  for (const c of exact) {
    if (spec.covariates.includes(c)) continue;
    const first = table.rows.find((r) => r[c] !== null && r[c] !== undefined)?.[c];
    if (typeof first === 'number') {
      balanceCovariates.push({ name: c, values: numericValues(table, c, 'exact variable') });
    } else {
      const full = designMatrix(table.rows, [c], { intercept: false });
      full.columnNames.forEach((name, j) => balanceCovariates.push({ name, values: full.matrix.getColumn(j) }));
    }
  }
  const summary = summarizeMatch({
    treat,
    covariates: balanceCovariates,
    distance,
    weights: match.weights,
    matchMatrix: match.matchMatrix,
    treatedIndex: match.treatedIndex,
  });

  const nMatchedTreated = treat.filter((t, i) => t === 1 && match.weights[i]! > 0).length;
  const nMatchedControl = treat.filter((t, i) => t === 0 && match.weights[i]! > 0).length;
  if (nMatchedTreated === 0 || nMatchedControl === 0) {
    throw new MatchAnalysisError('no treated unit found a control to match (is the caliper too narrow?)');
  }

  const level = spec.level ?? 0.95;
  let att: ReturnType<typeof estimateAtt>;
  try {
    att = nearestMatchAtt(treat, y, match, replace, level);
  } catch (error) {
    throw new MatchAnalysisError(
      `the outcome regression on the ${nMatchedTreated + nMatchedControl} matched units cannot be fitted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const idColumn = spec.idColumn === undefined ? (table.columns.includes('id') ? 'id' : null) : spec.idColumn;
  if (idColumn !== null) requireColumn(table, idColumn, 'id');
  const unitKey = (i: number): string | number => (idColumn === null ? i + 1 : String(table.rows[i]![idColumn]));
  const pairs = match.matchMatrix.map((row, r) => ({
    treated: unitKey(match.treatedIndex[r]!),
    controls: row.map((c) => (c === null ? null : unitKey(c))),
  }));

  return {
    spec: {
      treatment: spec.treatment,
      covariates: [...spec.covariates],
      outcome: spec.outcome,
      ratio,
      replace,
      caliper,
      exact: [...exact],
      distance: distanceKind,
      mOrder: replace ? 'data' : mOrder,
      emulateMatchIt: emulate,
    },
    glm: {
      names: fit.columnNames,
      coefficients: fit.coefficients,
      standardErrors: fit.standardErrors,
      deviance: fit.deviance,
      aic: fit.aic,
      iterations: fit.iterations,
      converged: fit.converged,
      warnings: fit.warnings,
    },
    distance,
    caliperRaw: match.caliperRaw,
    nTreated,
    nControl,
    nMatchedTreated,
    nMatchedControl,
    weights: match.weights,
    subclass: match.subclass,
    pairs,
    pairKey: idColumn === null ? { kind: 'row' } : { kind: 'id', column: idColumn },
    att: {
      estimate: att.att,
      se: att.se,
      t: att.t,
      p: att.p,
      ciLow: att.ciLow,
      ciHigh: att.ciHigh,
      level: att.level,
      df: att.df,
      vcov: att.vcov,
    },
    balance: { before: summary.sumAll, after: summary.sumMatched },
    sampleSizes: summary.nn,
  };
}
