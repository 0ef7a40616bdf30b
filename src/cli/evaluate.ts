/**
 * `jobspor evaluate match`: propensity-score matching on a CSV file and the effect on the treated
 * (ATT), as MatchIt's `matchit(method = "nearest")` followed by the vignette's weighted regression
 * with robust standard errors. The analysis itself is domain/evaluation/match-analysis.ts; this
 * module reads the file, maps options to the specification and prints the result (a table, or
 * JSON with snake_case keys). Needs no database. Exit codes: 0 done, 1 a problem with the file or
 * its columns, 2 a command line that does not fit (including invalid option values).
 */
import { readFileSync } from 'node:fs';
import type { CliCommand } from './main.ts';
import { commandUsage } from './args.ts';
import { cohortCommand } from './evaluate-cohort.ts';
import {
  analyseMatch,
  parseDataCsv,
  type DistanceKind,
  type MatchAnalysis,
  type MatchAnalysisSpec,
} from '../domain/evaluation/match-analysis.ts';
import type { BalanceRow } from '../domain/evaluation/balance.ts';
import type { MatchOrder } from '../domain/evaluation/nearest.ts';

class OptionValueError extends Error {}

const list = (value: string | true | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function specFromFlags(flags: Map<string, string | true>): MatchAnalysisSpec {
  const str = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const covariates = list(flags.get('covariates'));
  if (covariates.length === 0) throw new OptionValueError('--covariates needs at least one column name (a,b,c).');
  const ratioText = str('ratio');
  const ratio = ratioText === undefined ? 1 : Number(ratioText);
  if (!Number.isInteger(ratio) || ratio < 1) throw new OptionValueError(`--ratio must be a positive whole number, not "${ratioText}".`);
  const caliperText = str('caliper');
  const caliper = caliperText === undefined ? null : Number(caliperText);
  if (caliper !== null && !(caliper > 0 && Number.isFinite(caliper))) {
    throw new OptionValueError(`--caliper must be a positive number (standard deviations of the distance), not "${caliperText}".`);
  }
  const distance = (str('distance') ?? 'ps') as DistanceKind;
  if (distance !== 'ps' && distance !== 'logit') throw new OptionValueError(`--distance must be ps or logit, not "${distance}".`);
  const mOrder = (str('m-order') ?? 'largest') as MatchOrder;
  if (!['largest', 'smallest', 'data'].includes(mOrder)) {
    throw new OptionValueError(`--m-order must be largest, smallest or data, not "${mOrder}".`);
  }
  const emulate = str('emulate-matchit');
  if (emulate !== undefined && emulate !== '4.5.1') {
    throw new OptionValueError(`--emulate-matchit knows only 4.5.1, not "${emulate}".`);
  }
  const levelText = str('level');
  const level = levelText === undefined ? 0.95 : Number(levelText);
  if (!(level > 0 && level < 1)) throw new OptionValueError(`--level must be between 0 and 1, not "${levelText}".`);
  return {
    treatment: str('treatment')!,
    covariates,
    outcome: str('outcome')!,
    ratio,
    replace: flags.has('replace'),
    caliper,
    exact: list(flags.get('exact')),
    distance,
    mOrder,
    emulateMatchIt: emulate === '4.5.1' ? '4.5.1' : null,
    idColumn: str('id') ?? undefined,
    level,
  };
}

const balanceJson = (row: BalanceRow, after: boolean) => ({
  variable: row.name,
  means_treated: row.meansTreated,
  means_control: row.meansControl,
  std_mean_diff: row.stdMeanDiff,
  var_ratio: row.varRatio,
  ecdf_mean: row.ecdfMean,
  ecdf_max: row.ecdfMax,
  ...(after ? { std_pair_dist: row.stdPairDist } : {}),
});

/** The JSON document `--json` prints (snake_case keys). */
export function matchAnalysisJson(result: MatchAnalysis, withPairs: boolean): Record<string, unknown> {
  const byName = (values: readonly number[]) => Object.fromEntries(result.glm.names.map((n, j) => [n, values[j]]));
  return {
    spec: {
      treatment: result.spec.treatment,
      covariates: result.spec.covariates,
      outcome: result.spec.outcome,
      ratio: result.spec.ratio,
      replace: result.spec.replace,
      caliper: result.spec.caliper,
      caliper_raw: result.caliperRaw,
      exact: result.spec.exact,
      distance: result.spec.distance,
      m_order: result.spec.mOrder,
      emulate_matchit: result.spec.emulateMatchIt,
    },
    glm: {
      coefficients: byName(result.glm.coefficients),
      se: byName(result.glm.standardErrors),
      deviance: result.glm.deviance,
      aic: result.glm.aic,
      iterations: result.glm.iterations,
      converged: result.glm.converged,
      warnings: result.glm.warnings.map((w) => w.message),
    },
    n_treated: result.nTreated,
    n_control: result.nControl,
    n_matched_treated: result.nMatchedTreated,
    n_matched_control: result.nMatchedControl,
    att: result.att.estimate,
    se: result.att.se,
    ci_low: result.att.ciLow,
    ci_high: result.att.ciHigh,
    level: result.att.level,
    t: result.att.t,
    df: result.att.df,
    p: result.att.p,
    vcov: result.att.vcov === 'cluster' ? 'cluster-robust by subclass (vcovCL, HC1)' : `heteroskedasticity-robust (vcovHC, ${result.att.vcov})`,
    balance: {
      before: result.balance.before.map((r) => balanceJson(r, false)),
      after: result.balance.after.map((r) => balanceJson(r, true)),
    },
    ...(withPairs
      ? {
          matched: {
            key: result.pairKey.kind === 'id' ? result.pairKey.column : 'row',
            pairs: result.pairs.map((p) => ({ treated: p.treated, controls: p.controls })),
          },
        }
      : {}),
  };
}

function fmt(x: number | null, digits = 4): string {
  if (x === null || !Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(digits - 1);
  return x.toFixed(digits);
}

function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]) => cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The readable report printed without `--json`. */
export function matchAnalysisText(result: MatchAnalysis, withPairs: boolean): string[] {
  const s = result.spec;
  const lines: string[] = [];
  lines.push(
    `Propensity-score matching: ${s.treatment} ~ ${s.covariates.join(' + ')}; outcome ${s.outcome}`,
    `Nearest neighbour ${s.ratio}:1 ${s.replace ? 'with' : 'without'} replacement, distance ${s.distance === 'ps' ? 'propensity score' : 'logit of the propensity score'}, order ${s.mOrder}` +
      (s.caliper !== null ? `, caliper ${s.caliper} SD (${fmt(result.caliperRaw, 6)})` : '') +
      (s.exact.length ? `, exact on ${s.exact.join(', ')}` : '') +
      (s.emulateMatchIt ? `, emulating MatchIt ${s.emulateMatchIt}` : ''),
    '',
    'Propensity model (logistic regression):',
    ...textTable(
      ['term', 'estimate', 'std. error'],
      result.glm.names.map((n, j) => [n, fmt(result.glm.coefficients[j]!, 6), fmt(result.glm.standardErrors[j]!, 6)]),
    ).map((l) => `  ${l}`),
  );
  for (const w of result.glm.warnings) lines.push(`  Warning: ${w.message}`);
  lines.push(
    '',
    `Units: ${result.nTreated} treated, ${result.nControl} control; matched ${result.nMatchedTreated} treated, ${result.nMatchedControl} control.`,
    '',
  );
  const balanceRows = (rows: readonly BalanceRow[]) =>
    rows.map((r) => [r.name, fmt(r.meansTreated), fmt(r.meansControl), fmt(r.stdMeanDiff), fmt(r.varRatio), fmt(r.ecdfMean), fmt(r.ecdfMax)]);
  const balanceHeader = ['variable', 'mean treated', 'mean control', 'std. mean diff', 'var. ratio', 'eCDF mean', 'eCDF max'];
  lines.push('Balance before matching:', ...textTable(balanceHeader, balanceRows(result.balance.before)).map((l) => `  ${l}`), '');
  lines.push('Balance after matching:', ...textTable(balanceHeader, balanceRows(result.balance.after)).map((l) => `  ${l}`), '');
  const a = result.att;
  const vcov = a.vcov === 'cluster' ? 'cluster-robust by matched set' : `robust ${a.vcov}`;
  lines.push(
    `Effect on the treated (ATT) on ${s.outcome}: ${fmt(a.estimate)}`,
    `  SE ${fmt(a.se)} (${vcov}), ${Math.round(a.level * 100)}% CI [${fmt(a.ciLow)}, ${fmt(a.ciHigh)}], t = ${fmt(a.t)}, df = ${a.df}, p = ${fmt(a.p)}`,
  );
  if (withPairs) {
    lines.push('', `Matched sets (${result.pairKey.kind === 'id' ? result.pairKey.column : 'row number'}): treated -> controls`);
    for (const p of result.pairs) lines.push(`  ${p.treated} -> ${p.controls.map((c) => c ?? '(none)').join(', ')}`);
  }
  return lines;
}

const matchCommand: CliCommand = {
  name: 'match',
  summary: 'Propensity-score matching on a CSV file and the effect on the treated (ATT), as MatchIt.',
  options: {
    data: { value: 'FILE.csv', required: true, description: 'the data, one row per unit (, or ; separated, header line)' },
    treatment: { value: 'COL', required: true, description: 'the treatment column, 0 or 1' },
    covariates: { value: 'a,b,c', required: true, description: 'covariates of the propensity model (text columns are dummy-coded)' },
    outcome: { value: 'COL', required: true, description: 'the numeric outcome column' },
    ratio: { value: 'K', description: 'controls per treated unit (default 1)' },
    replace: { description: 'match with replacement (SE: robust HC3 instead of clustered by matched set)' },
    caliper: { value: 'X', description: 'caliper in standard deviations of the distance' },
    exact: { value: 'a,b', description: 'columns to match exactly on' },
    distance: { value: 'ps|logit', description: 'the propensity score (default) or its logit' },
    'm-order': { value: 'largest|smallest|data', description: 'order in which treated units are matched (default largest)' },
    'emulate-matchit': { value: '4.5.1', description: "reproduce MatchIt 4.5.1's matching bugs, to compare with its output" },
    id: { value: 'COL', description: 'column naming units in --pairs (default id when present, else row numbers)' },
    level: { value: 'P', description: 'confidence level (default 0.95)' },
    pairs: { description: 'also list the matched sets' },
    json: { description: 'print JSON (snake_case keys) instead of a table' },
  },
  details:
    'The propensity score is a logistic regression of the treatment on the covariates (R glm, first level of\n' +
    'a text column as reference). Greedy nearest-neighbour matching as MatchIt 4.5.1 intends it; the ATT is\n' +
    'the treatment coefficient of lm(outcome ~ treat, weights) with SEs clustered by matched set (vcovCL), or\n' +
    'HC3 with --replace, as the MatchIt vignette recommends.',
  run: (args, { out }) => {
    let spec: MatchAnalysisSpec;
    try {
      spec = specFromFlags(args.flags);
    } catch (error) {
      if (!(error instanceof OptionValueError)) throw error;
      out(`${error.message}\n\n${commandUsage(matchCommand as never, ['jobspor', 'evaluate'])}`);
      return 2;
    }
    const file = String(args.flags.get('data'));
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out(`Error: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`);
      return 1;
    }
    let result: MatchAnalysis;
    try {
      result = analyseMatch(parseDataCsv(text), spec);
    } catch (error) {
      out(`Error: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const withPairs = args.flags.has('pairs');
    if (args.flags.has('json')) out(JSON.stringify(matchAnalysisJson(result, withPairs), null, 2));
    else for (const line of matchAnalysisText(result, withPairs)) out(line);
    return 0;
  },
};

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'Effect evaluation: matching on a data file (no database), or a cohort from the imported register.',
  subcommands: [matchCommand, cohortCommand],
};
