/**
 * `jobspor fidelity report --model M [--rounds a,b] [--by total|role|unit]
 * [--unit ID] [--municipality ID] [--format json|xlsx|pdf] [--out FILE]`:
 * the fidelity report from the command line: the same figures and files as
 * the API (store/fidelity/report.ts, server/routes/fidelity/export.ts). The
 * CLI is the operator's: no role or unit scope applies, but the minimum
 * cell size (JOBSPOR_FIDELITY_MIN_CELL) and the refusal of a unit filter on
 * a suppressed unit do.
 */
import { writeFileSync } from 'node:fs';
import { migrate } from '../../db/migrate.ts';
import { registry } from '../../domain/models/registry.ts';
import { renderFidelityPdf, renderFidelityXlsx } from '../../server/routes/fidelity/export.ts';
import { today } from '../../store/facts.ts';
import { buildFidelityReport, FidelityReportError, type ReportScope } from '../../store/fidelity/report.ts';
import { withDatabase } from '../database.ts';
import type { CliCommand } from '../main.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const breakdowns = ['total', 'role', 'unit'] as const;
const formats = ['json', 'xlsx', 'pdf'] as const;

function option(value: string | true | undefined, name: string): string | undefined {
  if (value === true) throw new Error(`--${name} needs a value`);
  return value;
}

export const reportCommands: CliCommand[] = [
  {
    name: 'report',
    summary: 'The fidelity report of a model: element × round table with changes and colours, as JSON, XLSX or PDF.',
    options: {
      model: { value: 'ID', required: true, description: 'model id, e.g. bedre-ressourceforloeb ("jobspor models list")' },
      rounds: { value: 'ID,ID', description: "round ids in the order to show (default: the model's held rounds of the newest instrument, oldest first)" },
      by: { value: 'total|role|unit', description: 'the breakdown (default total; the XLSX has all three, without roles under --unit)' },
      unit: { value: 'ID', description: "only this unit's subtree (refused when the unit's figures are suppressed)" },
      municipality: { value: 'ID', description: 'the municipality (root unit id) whose rounds to read; needed when several have rounds for the model' },
      format: { value: 'json|xlsx|pdf', description: 'default json' },
      out: { value: 'FILE', description: 'write to FILE (required for xlsx and pdf; json goes to standard output without it)' },
    },
    details: 'Cells with fewer respondents than JOBSPOR_FIDELITY_MIN_CELL (default 3) are suppressed, with a complement, as on the page.',
    run: async (args, { config, out }) => {
      const model = String(args.flags.get('model'));
      if (!registry.get(model)) throw new Error(`--model: unknown model "${model}" (known: ${registry.latest().map((m) => m.id).join(', ')})`);
      const by = option(args.flags.get('by'), 'by') ?? 'total';
      if (!(breakdowns as readonly string[]).includes(by)) throw new Error(`--by: must be one of ${breakdowns.join(', ')}, not "${by}"`);
      const format = option(args.flags.get('format'), 'format') ?? 'json';
      if (!(formats as readonly string[]).includes(format)) throw new Error(`--format: must be one of ${formats.join(', ')}, not "${format}"`);
      const file = option(args.flags.get('out'), 'out');
      if (!file && format !== 'json') throw new Error(`--format ${format} needs --out FILE`);
      const roundsText = option(args.flags.get('rounds'), 'rounds');
      const rounds = roundsText?.split(',').map((s) => s.trim());
      const bad = rounds?.find((id) => !uuid.test(id));
      if (bad !== undefined) throw new Error(`--rounds: "${bad}" is not a round id`);
      const unit = option(args.flags.get('unit'), 'unit');
      if (unit !== undefined && !uuid.test(unit)) throw new Error(`--unit: "${unit}" is not a unit id`);
      const municipalityFlag = option(args.flags.get('municipality'), 'municipality');
      if (municipalityFlag !== undefined && !uuid.test(municipalityFlag)) throw new Error(`--municipality: "${municipalityFlag}" is not a unit id`);
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        let municipalityId = municipalityFlag;
        if (!municipalityId) {
          const held = await db.selectFrom('fidelity_round').select('municipality_id').distinct().where('model_id', '=', model).execute();
          if (held.length === 0) throw new Error(`--model: no survey rounds for "${model}"`);
          if (held.length > 1) throw new Error(`--municipality: several municipalities have rounds for "${model}" (${held.map((h) => h.municipality_id).join(', ')}); choose one`);
          municipalityId = held[0]!.municipality_id;
        }
        const scope: ReportScope = { municipalityId, unitIds: null, homeUnitId: null, minCellSize: config.fidelityMinCellSize, today: today() };
        const build = async (breakdown: (typeof breakdowns)[number]) => {
          try {
            return await buildFidelityReport(db, scope, { model, rounds, by: breakdown, unit });
          } catch (error) {
            if (error instanceof FidelityReportError) throw new Error(`--${error.field}: ${error.message}`);
            throw error;
          }
        };
        const chosen = await build(by as (typeof breakdowns)[number]);
        if (format === 'json') {
          const text = JSON.stringify(chosen, null, 2);
          if (file) {
            writeFileSync(file, text);
            out(`Wrote the fidelity report (${by}) of ${model} to ${file}.`);
          } else for (const line of text.split('\n')) out(line);
          return 0;
        }
        const body =
          format === 'xlsx'
            ? await renderFidelityXlsx([await build('total'), ...(unit ? await build('role').then((r) => [r], () => []) : [await build('role')]), await build('unit')])
            : await renderFidelityPdf(chosen);
        writeFileSync(file!, body);
        out(`Wrote the ${format.toUpperCase()} fidelity report of ${model} (${chosen.rounds.length} rounds) to ${file}.`);
        return 0;
      });
    },
  },
];
