/**
 * `jobspor economics cost|scenario|archetypes`: the economics domain on
 * files, without a database (docs/economics.md). `cost` reads a
 * CostModelInput JSON (or the built-in 002 example) and prints computeCost
 * and the sensitivity; `scenario` reads a ScenarioInput JSON and values it at
 * a unit price set (a file, or the built-in 002 set); `archetypes` prints
 * 002's A-D computed beside the published figures. Exit codes: 0 done, 1 a
 * file that cannot be read or has problems (each printed as path: code),
 * 2 a command line that does not fit.
 */
import { readFileSync } from 'node:fs';
import type { CliCommand } from './main.ts';
import { commandUsage } from './args.ts';
import {
  computeCost,
  costSensitivity,
  evaluateScenario,
  roundToStep,
  socialSupport002CostInput,
  socialSupport002SensitivityCitizens,
  socialSupport002UnitPrices,
  type CostModelInput,
  type EconomicsProblem,
  type ScenarioInput,
  type UnitPriceSet,
} from '../domain/economics/index.ts';
import { defaultSensitivityFactors } from '../store/economics/cost-models.ts';
import { archetypeTable } from '../server/routes/economics/catalogue.ts';
import { unitPriceSet } from '../server/routes/economics/schemas.ts';

class OptionValueError extends Error {}
class FileProblem extends Error {}

/** The built-in examples `--example` knows. */
const examples: Record<string, CostModelInput> = { 'social-support-002': socialSupport002CostInput };
/** The built-in price sets `--prices-builtin` knows. */
const builtinPrices: Record<string, UnitPriceSet> = { '002': socialSupport002UnitPrices };

const str = (flags: Map<string, string | true>, name: string) => {
  const v = flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

/** Reads and parses a JSON file; FileProblem with the reason when it cannot. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileProblem(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileProblem(`${file} is not JSON: ${(error as Error).message}`);
  }
}

function printProblems(out: (line: string) => void, file: string, problems: readonly EconomicsProblem[], json: boolean): number {
  if (json) out(JSON.stringify({ ok: false, file, problems }, null, 2));
  else {
    out(`Error: ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) out(`  ${p.path || '(input)'}: ${p.code}${p.values ? ` ${JSON.stringify(p.values)}` : ''}`);
  }
  return 1;
}

function parseNumbers(text: string | undefined, option: string): number[] | undefined {
  if (text === undefined) return undefined;
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((x) => !(Number.isFinite(x) && x > 0))) throw new OptionValueError(`--${option} must be positive numbers separated by commas (38,50.4,68), not "${text}".`);
  return values;
}

const kr = (x: number) => `${roundToStep(x, 1).toLocaleString('da-DK')} kr.`;

/** Runs a body that may refuse options (exit 2) or files (exit 1). */
function guarded(command: CliCommand, path: string[], out: (line: string) => void, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof OptionValueError) {
      out(`${error.message}\n\n${commandUsage(command as never, path)}`);
      return 2;
    }
    if (error instanceof FileProblem) {
      out(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const costCommand: CliCommand = {
  name: 'cost',
  summary: 'The cost of a model per year and per citizen (computeCost) and its sensitivity to citizens a year.',
  options: {
    input: { value: 'FILE.json', description: 'a CostModelInput (docs/economics.md)' },
    example: { value: 'NAME', description: `a built-in input instead of a file: ${Object.keys(examples).join(', ')}` },
    sensitivity: { value: 'N,N,…', description: 'citizens a year for the sensitivity (default 0.5-1.5 × the input\'s; the example: 38,50.4,68)' },
    json: { description: 'print { cost, sensitivity } as JSON' },
  },
  run: (args, { out }) =>
    guarded(costCommand, ['jobspor', 'economics'], out, () => {
      const file = str(args.flags, 'input');
      const example = str(args.flags, 'example');
      if ((file === undefined) === (example === undefined)) throw new OptionValueError('Give either --input FILE or --example NAME.');
      if (example !== undefined && !examples[example]) throw new OptionValueError(`--example knows ${Object.keys(examples).join(', ')}, not "${example}".`);
      const input = example !== undefined ? examples[example]! : (readJson(file!) as CostModelInput);
      const name = file ?? example!;
      const points = parseNumbers(str(args.flags, 'sensitivity'), 'sensitivity');
      const cost = computeCost(input);
      if (!cost.ok) return printProblems(out, name, cost.problems, args.flags.has('json'));
      const n = cost.value.citizensPerYear;
      const sensitivity = costSensitivity(cost.value, points ?? (example !== undefined ? [...socialSupport002SensitivityCitizens] : defaultSensitivityFactors.map((k) => n * k)));
      if (!sensitivity.ok) return printProblems(out, name, sensitivity.problems, args.flags.has('json'));
      if (args.flags.has('json')) {
        out(JSON.stringify({ ok: true, cost: cost.value, sensitivity: sensitivity.value }, null, 2));
        return 0;
      }
      const c = cost.value;
      out(`Cost of ${c.modelId ?? 'the model'} in ${c.priceYear} prices, ${c.operatingPeriodYears} years of operation, ${n} citizens a year:`);
      out(`  establishment: ${kr(c.establishment.total)} in all, ${kr(c.establishment.perYear)} a year, ${kr(c.establishment.perCitizen)} per citizen`);
      out(`  operation:     ${kr(c.operation.total)} in all, ${kr(c.operation.perYear)} a year, ${kr(c.operation.perCitizen)} per citizen`);
      out(`  total:         ${kr(c.total.total)} in all, ${kr(c.total.perYear)} a year, ${kr(c.total.perCitizen)} per citizen`);
      out('Sensitivity (citizens a year: total per citizen):');
      for (const s of sensitivity.value) out(`  ${s.citizensPerYear}: ${kr(s.totalPerCitizen)}`);
      return 0;
    }),
};

const scenarioCommand: CliCommand = {
  name: 'scenario',
  summary: 'The budget net result of a scenario (evaluateScenario) per citizen and for the cohort.',
  options: {
    input: { value: 'FILE.json', required: true, description: 'a ScenarioInput (docs/economics.md)' },
    prices: { value: 'FILE.json', description: 'a UnitPriceSet' },
    'prices-builtin': { value: 'NAME', description: `a built-in unit price set (default 002): ${Object.keys(builtinPrices).join(', ')}` },
    json: { description: 'print the ScenarioResult as JSON' },
  },
  run: (args, { out }) =>
    guarded(scenarioCommand, ['jobspor', 'economics'], out, () => {
      const pricesFile = str(args.flags, 'prices');
      const builtin = str(args.flags, 'prices-builtin');
      if (pricesFile !== undefined && builtin !== undefined) throw new OptionValueError('Give --prices FILE or --prices-builtin NAME, not both.');
      if (builtin !== undefined && !builtinPrices[builtin]) throw new OptionValueError(`--prices-builtin knows ${Object.keys(builtinPrices).join(', ')}, not "${builtin}".`);
      const file = String(args.flags.get('input'));
      const input = readJson(file) as ScenarioInput;
      let prices = builtinPrices[builtin ?? '002']!;
      if (pricesFile !== undefined) {
        const parsed = unitPriceSet.safeParse(readJson(pricesFile));
        if (!parsed.success) {
          const problems = parsed.error.issues.map((i): EconomicsProblem => ({ path: i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join(''), code: i.code === 'invalid_type' && i.input === undefined ? 'required' : 'unknown_value' }));
          return printProblems(out, pricesFile, problems, args.flags.has('json'));
        }
        prices = parsed.data as UnitPriceSet;
      }
      const result = evaluateScenario(input, prices);
      if (!result.ok) return printProblems(out, file, result.problems, args.flags.has('json'));
      if (args.flags.has('json')) {
        out(JSON.stringify(result.value, null, 2));
        return 0;
      }
      const r = result.value;
      out(`Scenario at ${r.unitPrices.id} ${r.unitPrices.version} (${r.unitPrices.status}), ${r.priceYear} prices, ${r.horizonYears} years, discount rate ${r.discountRate}:`);
      for (const [label, f] of [['per citizen', r.perCitizen], [`cohort of ${r.cohortSize}`, r.cohort]] as const) {
        out(`  ${label}: net ${kr(f.net.total)} (municipality ${kr(f.net.municipality)}, state ${kr(f.net.state)}); investment ${kr(f.investment.total)}, returns ${kr(f.returns.total)}`);
      }
      const b = r.perCitizen.breakEvenYear;
      out(`  break-even year: municipality ${b.municipality ?? 'none'}, state ${b.state ?? 'none'}, total ${b.total ?? 'none'}`);
      return 0;
    }),
};

const archetypesCommand: CliCommand = {
  name: 'archetypes',
  summary: "002's archetypes A-D with the calibrated unit prices, computed beside the published figures.",
  options: { json: { description: 'print the archetypes, their scenarios and results as JSON' } },
  run: (args, { out }) => {
    const table = archetypeTable();
    if (args.flags.has('json')) {
      out(JSON.stringify(table, null, 2));
      return 0;
    }
    out(`002's archetypes (net result per citizen, 2020 prices, rounded to 100 kr.; prices ${table.unitPrices.set.id} ${table.unitPrices.set.version}, calibrated from B and D):`);
    out('  id  weeks  days   computed municipality / state / total     published municipality / state / total');
    for (const a of table.archetypes) {
      const f = (s: { municipality: number; state: number; total: number }) => `${s.municipality} / ${s.state} / ${s.total}`.padEnd(38);
      out(`  ${a.id}   ${String(a.labourMarketWeeksPerYear).padStart(5)}  ${String(a.homeSupportDaysSavedPerYear).padStart(4)}   ${f(a.computedRounded)}   ${f(a.published)}`.trimEnd());
    }
    return 0;
  },
};

export const economicsCommand: CliCommand = {
  name: 'economics',
  summary: 'Economics from files (no database): cost of a model, scenarios, 002 archetypes.',
  subcommands: [costCommand, scenarioCommand, archetypesCommand],
};
