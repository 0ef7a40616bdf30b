/**
 * `jobspor evaluate cohort`: the effect of a model on the imported register.
 * The treated come from case data (courses of the model in a unit and the
 * units below it, first start in a period) or a `person,time_zero` file; the
 * comparison pool, covariates and outcomes from the register
 * (store/evaluation/cohort-data.ts, domain/evaluation/cohort.ts); the
 * analysis is domain/evaluation/analysis.ts's runEvaluation. Prints a short
 * table, or with --json the whole result with snake_case keys. The CLI is
 * the operator's: no role applies. Exit codes: 0 done, 1 a problem with the
 * data (field and reason), 2 a command line that does not fit.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sql } from 'kysely';
import type { CliCommand } from './main.ts';
import { commandUsage } from './args.ts';
import { withDatabase } from './database.ts';
import { migrate } from '../db/migrate.ts';
import { registry } from '../domain/models/registry.ts';
import { defaultTargetGroupRule, mainOutcome, runEvaluation } from '../domain/evaluation/analysis.ts';
import { AnalysisError } from '../domain/evaluation/analysis-error.ts';
import {
  evaluationMethods,
  outcomeWindows,
  survivalOutcomes,
  windowOutcomes,
  type AnalysisOutcome,
  type AnalysisResult,
  type AnalysisSpec,
  type CohortSummary,
  type EvaluationMethod,
  type TreatedSource,
  type WindowName,
} from '../domain/evaluation/analysis-spec.ts';
import { checkRule, type TargetGroupRule } from '../domain/evaluation/cohort.ts';
import type { BenefitState } from '../domain/registers/states.ts';
import { parseDate } from '../domain/registers/periods.ts';
import { loadCohortData, resolveTreated, type CohortData } from '../store/evaluation/cohort-data.ts';

class OptionValueError extends Error {}

const list = (value: string | true | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** What the command line asks, checked against the option rules (no database needed). */
export interface CohortCommand {
  modelId: string;
  /** A file (path) or case data (unit id or name, resolved against the database). */
  treated: { kind: 'file'; path: string } | { kind: 'case_data'; unit: string; from: string; to: string; by: 'course' | 'visitation' };
  rule: TargetGroupRule;
  seed: number;
  spec: AnalysisSpec;
}

/** The options as a CohortCommand; OptionValueError names the option that does not fit. */
export function cohortCommandFromFlags(flags: Map<string, string | true>): CohortCommand {
  const str = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const modelId = str('model')!;
  const model = registry.get(modelId);
  if (!model) throw new OptionValueError(`--model: unknown model "${modelId}" (known: ${registry.latest().map((m) => m.id).join(', ')}).`);

  const file = str('treated');
  const caseOptions = ['unit', 'from', 'to', 'by'].filter((n) => flags.has(n));
  let treated: CohortCommand['treated'];
  if (file !== undefined) {
    if (caseOptions.length) throw new OptionValueError(`--treated takes the treated from a file; --${caseOptions[0]} is for treated from case data.`);
    treated = { kind: 'file', path: file };
  } else {
    for (const n of ['unit', 'from', 'to']) if (!flags.has(n)) throw new OptionValueError(`Give --treated FILE.csv, or --unit, --from and --to (missing --${n}).`);
    const from = str('from')!;
    const to = str('to')!;
    if (parseDate(from) === null) throw new OptionValueError(`--from must be a date YYYY-MM-DD, not "${from}".`);
    if (parseDate(to) === null) throw new OptionValueError(`--to must be a date YYYY-MM-DD, not "${to}".`);
    if (from > to) throw new OptionValueError(`--to (${to}) is before --from (${from}).`);
    const by = str('by') ?? 'course';
    if (by !== 'course' && by !== 'visitation') throw new OptionValueError(`--by must be course or visitation, not "${by}".`);
    treated = { kind: 'case_data', unit: str('unit')!, from, to, by };
  }

  const method = (str('method') ?? 'nearest') as EvaluationMethod;
  if (!evaluationMethods.includes(method)) throw new OptionValueError(`--method must be one of ${evaluationMethods.join(', ')}, not "${method}".`);
  const main = mainOutcome(model);
  const outcome = (str('outcome') ?? (method === 'cox' ? 'time_to_hours' : main.outcome)) as AnalysisOutcome;
  const isSurvival = (survivalOutcomes as readonly string[]).includes(outcome);
  if (!isSurvival && !(windowOutcomes as readonly string[]).includes(outcome)) {
    throw new OptionValueError(`--outcome must be one of ${[...windowOutcomes, ...survivalOutcomes].join(', ')}, not "${outcome}".`);
  }
  if (method === 'cox' && !isSurvival) throw new OptionValueError(`--method cox needs a survival outcome (${survivalOutcomes.join(', ')}), not "${outcome}".`);
  if (method !== 'cox' && isSurvival) throw new OptionValueError(`--outcome ${outcome} is a survival outcome: use --method cox.`);
  const window = (str('window') ?? main.window) as WindowName;
  if (!(window in outcomeWindows)) throw new OptionValueError(`--window must be one of ${Object.keys(outcomeWindows).join(', ')}, not "${window}".`);

  const ratioText = str('ratio');
  const ratio = ratioText === undefined ? 1 : Number(ratioText);
  if (!Number.isInteger(ratio) || ratio < 1) throw new OptionValueError(`--ratio must be a positive whole number, not "${ratioText}".`);
  const caliperText = str('caliper');
  const caliper = caliperText === undefined ? null : Number(caliperText);
  if (caliper !== null && !(caliper > 0 && Number.isFinite(caliper))) throw new OptionValueError(`--caliper must be a positive number (standard deviations of the distance), not "${caliperText}".`);
  const seedText = str('seed');
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!Number.isSafeInteger(seed)) throw new OptionValueError(`--seed must be a whole number, not "${seedText}".`);
  const covariates = list(flags.get('covariates'));
  if (flags.has('covariates') && covariates.length === 0) throw new OptionValueError('--covariates needs at least one name (a,b,c).');

  const defaults = defaultTargetGroupRule(model);
  const whole = (name: string, fallback: number) => {
    const text = str(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new OptionValueError(`--${name} must be a whole number of weeks, not "${text}".`);
    return n;
  };
  const ruleStates = list(flags.get('rule-states'));
  const rule: TargetGroupRule = {
    states: ruleStates.length ? (ruleStates as BenefitState[]) : defaults.states,
    atLeast: whole('rule-at-least', defaults.atLeast),
    ofLast: whole('rule-of-last', defaults.ofLast),
  };
  try {
    checkRule(rule);
  } catch (error) {
    throw new OptionValueError(`Target-group rule (--rule-states, --rule-at-least, --rule-of-last): ${(error as Error).message.replace(/^rule\./, '')}.`);
  }

  const spec: AnalysisSpec = {
    method,
    outcome,
    window,
    ratio,
    replace: flags.has('replace'),
    caliper,
    ...(covariates.length ? { covariates } : {}),
  };
  return { modelId, treated, rule, seed, spec };
}

/** A unit by its id or its exact name; an AnalysisError when none or several. */
async function resolveUnit(db: Parameters<typeof loadCohortData>[0], unit: string): Promise<{ id: string; name: string }> {
  const rows = (await sql<{ id: string; name: string }>`SELECT id, name FROM unit WHERE id::text = ${unit} OR name = ${unit} ORDER BY id`.execute(db)).rows;
  if (rows.length === 0) throw new AnalysisError('unknown_unit', '--unit', `no unit with the id or name "${unit}"`);
  if (rows.length > 1) throw new AnalysisError('ambiguous_unit', '--unit', `${rows.length} units are called "${unit}": give the id (${rows.map((r) => r.id).join(', ')})`);
  return rows[0]!;
}

/**
 * An AnalysisError (code, field, message): also one thrown by the runner while it still declares its own
 * class (analysis.ts), so matched by shape, not by class.
 */
function asAnalysisError(error: unknown): { code: string; field: string | null; message: string } | null {
  if (error instanceof AnalysisError) return error;
  if (error instanceof Error && error.name === 'AnalysisError' && typeof (error as { code?: unknown }).code === 'string') {
    return error as Error & { code: string; field: string | null };
  }
  return null;
}

const analysisErrorLine = (e: { field: string | null; message: string }) => `Error: ${e.field ? `${e.field}: ` : ''}${e.message}`;

const snakeKey = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** camelCase keys as snake_case, deeply (values untouched). */
export function snakeCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCase);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [snakeKey(k), snakeCase(v)]));
  return value;
}

interface CohortRun {
  command: CohortCommand;
  source: { kind: 'case_data'; unitId: string; unitName: string; from: string; to: string; by: string; notInRegister: number } | { kind: 'file'; fileName: string; sha256: string };
  data: Pick<CohortData, 'dataPeriod' | 'registerImports'> & { persons: number };
  cohort: CohortSummary;
  result: AnalysisResult;
}

/** The JSON document `--json` prints (snake_case keys). */
export function cohortRunJson(run: CohortRun): Record<string, unknown> {
  const r = run.result;
  const effectKey = r.estimand === 'hazard_ratio' ? 'hazard_ratio' : r.estimand === 'did' ? 'did' : 'att';
  return {
    model: run.command.modelId,
    treated_source: snakeCase(run.source),
    ...(snakeCase(r) as Record<string, unknown>),
    [effectKey]: r.effect.estimate,
    se: r.effect.se,
    ci_low: r.effect.ciLow,
    ci_high: r.effect.ciHigh,
    p: r.effect.p,
    cohort: snakeCase(run.cohort),
    data_period: snakeCase(run.data.dataPeriod),
    register_persons: run.data.persons,
    register_imports: snakeCase(run.data.registerImports),
    spec: snakeCase(run.command.spec),
  };
}

function fmt(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(digits - 1);
  return x.toFixed(digits);
}

/** The short report printed without `--json`. */
export function cohortRunText(run: CohortRun): string[] {
  const { command, source, data, cohort, result: r } = run;
  const lines: string[] = [];
  lines.push(
    `Evaluation of ${command.modelId}: ` +
      (source.kind === 'case_data'
        ? `treated from case data, ${source.unitName}, first ${source.by === 'course' ? 'course start' : 'visitation'} ${source.from} to ${source.to}` +
          (source.notInRegister ? ` (${source.notInRegister} citizens not in the register)` : '')
        : `treated from ${source.fileName} (sha256 ${source.sha256.slice(0, 12)}…)`),
    `Register: ${data.persons} persons; benefit weeks ${data.dataPeriod.benefitFrom ?? '—'} to ${data.dataPeriod.benefitTo ?? '—'}, hours ${data.dataPeriod.hoursFrom ?? '—'} to ${data.dataPeriod.hoursTo ?? '—'}`,
    `Target group: at least ${cohort.rule.atLeast} of the last ${cohort.rule.ofLast} weeks in ${cohort.rule.states.join(', ')}; seed ${cohort.seed}`,
    `Cohort: ${cohort.nTreated} treated, ${cohort.nControl} controls; time zero ${cohort.timeZeroFrom ?? '—'} to ${cohort.timeZeroTo ?? '—'}`,
  );
  const excluded = Object.entries(cohort.excluded).filter(([, n]) => n > 0);
  if (excluded.length) lines.push(`Excluded: ${excluded.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const outcomeName = r.window ? `${r.outcome} months ${r.window}` : r.outcome;
  const label = r.estimand === 'hazard_ratio' ? 'Hazard ratio' : r.estimand === 'did' ? 'DiD' : 'ATT';
  const rows: [string, string][] = [
    ['method', r.method],
    ['outcome', outcomeName],
    [label, fmt(r.effect.estimate)],
    ['SE', fmt(r.effect.se)],
    [`${Math.round(r.level * 100)}% CI`, `[${fmt(r.effect.ciLow)}, ${fmt(r.effect.ciHigh)}]`],
    ['p', fmt(r.effect.p)],
    ['mean treated / control', `${fmt(r.meanTreated)} / ${fmt(r.meanControl)}`],
    ['naive difference', r.naive ? fmt(r.naive.estimate) : '—'],
    ['treated / controls', `${r.nTreated} / ${r.nControl}`],
    ['matched treated / controls', `${r.nMatchedTreated} / ${r.nMatchedControl}`],
  ];
  if (r.balance) {
    // Over the covariates (not the distance row); the full table is in --json.
    const worst = (rows: typeof r.balance.before) => rows.reduce((m, b) => (b.name === 'distance' ? m : Math.max(m, Math.abs(b.stdMeanDiff ?? 0))), 0);
    rows.push(['max |std. mean diff| before / after', `${fmt(worst(r.balance.before), 3)} / ${fmt(worst(r.balance.after), 3)}`]);
  }
  if (r.survival?.hazardRatio) rows.push(['hazard ratio (matched, Cox)', fmt(r.survival.hazardRatio.estimate)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  lines.push('', ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`));
  if (r.droppedCovariates.length) lines.push('', `Dropped covariates: ${r.droppedCovariates.map((d) => `${d.name} (${d.reason})`).join(', ')}`);
  if (r.warnings.length) lines.push('', `Warnings: ${r.warnings.map((w) => w.code + (w.values ? ` ${JSON.stringify(w.values)}` : '')).join('; ')}`);
  return lines;
}

export const cohortCommand: CliCommand = {
  name: 'cohort',
  summary: "A model's effect on the imported register: treated from case data or a file, matched or weighted controls.",
  options: {
    model: { value: 'ID', required: true, description: 'the evaluated model, e.g. flere-skal-med' },
    treated: { value: 'FILE.csv', description: 'the treated: a person,time_zero CSV (person = register pseudonym)' },
    unit: { value: 'ID|NAME', description: 'treated from case data: courses in this unit and the units below it' },
    from: { value: 'YYYY-MM-DD', description: 'first course start (or visitation) from this day' },
    to: { value: 'YYYY-MM-DD', description: '... to this day (inclusive)' },
    by: { value: 'course|visitation', description: 'time zero: first course start (default) or first register visitation' },
    method: { value: 'nearest|cem|ipw|did|cox', description: 'default nearest' },
    outcome: { value: 'NAME', description: `${[...windowOutcomes, ...survivalOutcomes].join(', ')} (default the model's main outcome)` },
    window: { value: Object.keys(outcomeWindows).join('|'), description: "months after the time-zero month (default the model's)" },
    ratio: { value: 'K', description: 'controls per treated (nearest, cox; default 1)' },
    replace: { description: 'match with replacement' },
    caliper: { value: 'X', description: 'caliper in standard deviations of the distance' },
    covariates: { value: 'a,b', description: 'covariates (default the standard set)' },
    seed: { value: 'N', description: "seed of the controls' time-zero draw (default 1)" },
    'rule-states': { value: 'a,b', description: "target group: benefit states (default the model's)" },
    'rule-at-least': { value: 'N', description: 'target group: at least N weeks ...' },
    'rule-of-last': { value: 'N', description: '... of the last N weeks before time zero' },
    json: { description: 'print JSON (snake_case keys) instead of a table' },
  },
  details:
    'Give either --treated FILE.csv or --unit, --from and --to. The comparison pool is every register person never\n' +
    'treated with the model who meets the target-group rule at a treated time zero (docs/evaluation.md "Designs").',
  run: async (args, { config, out }) => {
    let command: CohortCommand;
    try {
      command = cohortCommandFromFlags(args.flags);
    } catch (error) {
      const analysis = asAnalysisError(error); // e.g. a model without a default target-group rule
      if (analysis) {
        out(analysisErrorLine(analysis));
        return 1;
      }
      if (!(error instanceof OptionValueError)) throw error;
      out(`${error.message}\n\n${commandUsage(cohortCommand as never, ['jobspor', 'evaluate'])}`);
      return 2;
    }
    let csv: string | null = null;
    if (command.treated.kind === 'file') {
      try {
        csv = readFileSync(command.treated.path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        out(`Error: --treated: cannot read ${command.treated.path}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`);
        return 1;
      }
    }
    return withDatabase(config, async ({ db }) => {
      await migrate(db);
      try {
        let source: TreatedSource;
        let unitName = '';
        if (command.treated.kind === 'file') source = { kind: 'file', fileName: basename(command.treated.path), csv: csv! };
        else {
          const unit = await resolveUnit(db, command.treated.unit);
          unitName = unit.name;
          source = { kind: 'case_data', unitId: unit.id, from: command.treated.from, to: command.treated.to, by: command.treated.by };
        }
        // The treated first: a bad file is refused before the register is read.
        const treated = await resolveTreated(db, command.modelId, source);
        const data = await loadCohortData(db, command.modelId);
        const { cohort, result } = runEvaluation({ persons: data.persons, clusters: data.clusters, treated: treated.treated, rule: command.rule, seed: command.seed }, command.spec);
        const run: CohortRun = {
          command,
          source:
            source.kind === 'file'
              ? { kind: 'file', fileName: source.fileName, sha256: treated.fileSha256! }
              : { kind: 'case_data', unitId: source.unitId, unitName, from: source.from, to: source.to, by: source.by, notInRegister: treated.notInRegister },
          data: { dataPeriod: data.dataPeriod, registerImports: data.registerImports, persons: data.persons.length },
          cohort,
          result,
        };
        if (args.flags.has('json')) out(JSON.stringify(cohortRunJson(run), null, 2));
        else for (const line of cohortRunText(run)) out(line);
        return 0;
      } catch (error) {
        const analysis = asAnalysisError(error);
        if (!analysis) throw error;
        out(analysisErrorLine(analysis));
        return 1;
      }
    });
  },
};
