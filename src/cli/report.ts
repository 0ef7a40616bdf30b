/**
 * `jobspor report --month 2018-12 --unit KEY --model ID [--format F] [--out FILE]`:
 * the monthly status report from the command line, the same report and the
 * same files as the web page and the API (store/monitoring/report.ts,
 * server/routes/monitoring/export.ts). `jobspor monitoring recompute`
 * stores the closed months' figures (run it after a register import).
 * The CLI is the operator's: no role or scope applies.
 */
import { writeFileSync } from 'node:fs';
import { registry } from '../domain/models/registry.ts';
import { monthIndex } from '../domain/monitoring/months.ts';
import { migrate } from '../db/migrate.ts';
import { exportFormat, monthKey, unitKey } from '../server/routes/monitoring/schemas.ts';
import { renderExport, type ExportFormat } from '../server/routes/monitoring/export.ts';
import { seedClustersFromRegister } from '../store/monitoring/clusters.ts';
import { recomputeFigures } from '../store/monitoring/recompute.ts';
import { buildReport, ReportError } from '../store/monitoring/report.ts';
import { loadUnitDirectory } from '../store/monitoring/units.ts';
import { withDatabase } from './database.ts';
import type { CliCommand } from './main.ts';
import { userInfo } from 'node:os';

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`--${option}: ${result.error.issues[0]?.message ?? 'ugyldig'}`);
  return result.data;
}

function knownModel(id: string): string {
  if (!registry.get(id)) throw new Error(`--model: unknown model "${id}" (known: ${registry.latest().map((m) => m.id).join(', ')})`);
  return id;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'The monthly status report of a model for a unit: JSON, XLSX, PDF or CSV.',
  options: {
    month: { value: 'YYYY-MM', required: true, description: 'the report month' },
    unit: { value: 'KEY', required: true, description: "country, municipality:<kommunekode>, unit:<uuid> or staff:<uuid>" },
    model: { value: 'ID', required: true, description: 'model id, e.g. flere-skal-med ("jobspor models list")' },
    format: { value: 'json|xlsx|pdf|csv', description: 'default json' },
    out: { value: 'FILE', description: 'write to FILE (required for xlsx and pdf; json and csv go to standard output without it)' },
  },
  details: 'Closed months come from stored figures ("jobspor monitoring recompute"); the running month is computed now.',
  run: async (args, { config, out }) => {
    const month = parsed(monthKey, args.flags.get('month'), 'month');
    const unit = parsed(unitKey, args.flags.get('unit'), 'unit');
    const model = knownModel(String(args.flags.get('model')));
    const format = parsed(exportFormat, args.flags.get('format') ?? 'json', 'format') as ExportFormat;
    const file = args.flags.get('out');
    if (file === true) throw new Error('--out needs a file name');
    if (!file && (format === 'xlsx' || format === 'pdf')) throw new Error(`--format ${format} needs --out FILE`);
    return withDatabase(config, async ({ db }) => {
      await migrate(db);
      const directory = await loadUnitDirectory(db);
      let report;
      try {
        report = await buildReport(db, directory, { model, unit, month, closeAfterDays: config.monitoringCloseDays });
      } catch (error) {
        if (error instanceof ReportError) throw new Error(error.code === 'unknown_unit' ? `--unit: no unit "${unit}"` : error.message);
        throw error;
      }
      const rendered = await renderExport(report, format);
      if (file) {
        writeFileSync(file, rendered.body);
        out(`Wrote the ${format.toUpperCase()} report for ${report.unit.name}, ${report.month} to ${file}.`);
      } else {
        const text = String(rendered.body);
        for (const line of text.replace(/\r\n$|\n$/, '').split(/\r?\n/)) out(line);
      }
      return 0;
    });
  },
};

export const monitoringCommand: CliCommand = {
  name: 'monitoring',
  summary: "The monitoring's stored figures and clusters.",
  subcommands: [
    {
      name: 'recompute',
      summary: "Compute every measure for every unit and closed month and store the figures; corrections become new versions.",
      options: {
        model: { value: 'ID', description: 'only this model (default every model)' },
        from: { value: 'YYYY-MM', description: 'only closed months from this one' },
        'close-after-days': { value: 'N', description: "days after a month's end before it is closed (default JOBSPOR_MONITORING_CLOSE_DAYS)" },
      },
      details: 'Run it after a register import and after seeding the demo; unchanged figures are left as they are.',
      run: async (args, { config, out }) => {
        const model = args.flags.get('model');
        const models = typeof model === 'string' ? [knownModel(model)] : undefined;
        const from = args.flags.get('from');
        const fromMonth = typeof from === 'string' ? monthIndex(parsed(monthKey, from, 'from')) : undefined;
        const days = args.flags.get('close-after-days');
        const closeAfterDays = typeof days === 'string' ? Number(days) : config.monitoringCloseDays;
        if (!Number.isInteger(closeAfterDays) || closeAfterDays < 0) throw new Error('--close-after-days must be a whole number of days, 0 or more');
        return withDatabase(config, async ({ db }) => {
          await migrate(db);
          const summary = await recomputeFigures(db, {
            actor: { staffId: null, label: `cli:${userInfo().username}` },
            models,
            fromMonth,
            closeAfterDays,
            onProgress: out,
          });
          if (!summary.months) {
            out('No closed month with data: nothing to store.');
            return 0;
          }
          out(
            `Stored figures for ${summary.months.from} to ${summary.months.to} (${summary.persons} person-enrolments): ` +
              `${summary.inserted} new or corrected, ${summary.superseded} superseded, ${summary.unchanged} unchanged, in ${(summary.durationMs / 1000).toFixed(1)} s.`,
          );
          return 0;
        });
      },
    },
    {
      name: 'seed-clusters',
      summary: 'Replace the clusters of comparable municipalities with ones seeded from the register.',
      run: (_args, { config, out }) =>
        withDatabase(config, async ({ db }) => {
          await migrate(db);
          if (!(await seedClustersFromRegister(db))) {
            out('The register has no persons with benefit weeks: no clusters seeded.');
            return 1;
          }
          out('Seeded the clusters from the register.');
          return 0;
        }),
    },
  ],
};
