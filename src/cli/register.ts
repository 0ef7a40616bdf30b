/**
 * `jobspor register import | imports | rollback | code-list load`: register
 * extracts from the command line (docs/registers.md). The import shows a
 * progress bar on stderr (a line per phase and every 10 seconds when stderr
 * is not a terminal) and prints the validation report; it exits 1 when the
 * file was refused. Person keys are keyed with the installation secret
 * (JOBSPOR_SECRET_FILE), the same the server uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { userInfo } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CliCommand } from './main.ts';
import { withDatabase } from './database.ts';
import { migrate } from '../db/migrate.ts';
import { installationSecretFile } from '../config.ts';
import { loadInstallationSecret } from '../platform/installation-secret.ts';
import { isRegisterKind, registerKinds } from '../domain/registers/formats.ts';
import { parseCodeListCsv } from '../domain/registers/code-list.ts';
import type { ValidationReport } from '../domain/registers/report.ts';
import { importRegisterFile, type ImportActor, type ImportProgress } from '../store/registers/import.ts';
import { listImports, rollbackImport } from '../store/registers/imports.ts';
import { describeRefresh, refreshMonitoring } from '../store/monitoring/refresh.ts';
import { listCodeLists, storeCodeList } from '../store/registers/code-lists.ts';
import { RegisterError } from '../store/registers/errors.ts';

/** The operating-system user, as the import record's "who". */
function cliActor(): ImportActor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (a container): keep 'unknown'.
  }
  return { staffId: null, label: `cli:${name}` };
}

const phaseLabel: Record<ImportProgress['phase'], string> = { reading: 'Scanning', writing: 'Importing', deriving: 'Deriving timelines', done: 'Done' };

/** A progress bar on a terminal; otherwise a line at each phase change and every 10 seconds. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  let lastPhase = '';
  let lastLine = 0;
  return (p) => {
    const share = p.bytesTotal ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
    const rows = p.rowsRead.toLocaleString('en-US');
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r${phaseLabel[p.phase].padEnd(19)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} %  ${rows} rows `);
      if (p.phase === 'done') stream.write('\n');
      return;
    }
    const now = Date.now();
    if (p.phase === lastPhase && now - lastLine < 10_000) return;
    lastPhase = p.phase;
    lastLine = now;
    stream.write(`${phaseLabel[p.phase]}: ${Math.round(share * 100)} %, ${rows} rows\n`);
  };
}

const rejectedText: Record<string, string> = {
  missing_columns: 'a required column is missing',
  bad_week_columns: 'a y_YYWW column names a week that does not exist',
  no_rows: 'the file has no data rows',
  too_many_rejected: 'too many rows have problems',
  dry_run: 'dry run',
};

/** The validation report as lines (no CPR numbers: the report's examples are masked). */
export function reportLines(report: ValidationReport, maxRejectedShare: number): string[] {
  const lines = [`Rows read: ${report.rowsRead}, rows kept: ${report.rowsKept}${report.periodFrom ? `, period ${report.periodFrom} – ${report.periodTo}` : ''}.`];
  if (report.problems.length) {
    lines.push('Problems:');
    const width = Math.max(...report.problems.map((p) => p.code.length));
    for (const problem of report.problems) {
      lines.push(`  ${problem.code.padEnd(width)}  ${String(problem.count).padStart(8)}`);
      for (const example of problem.examples) lines.push(`      line ${example.line}: ${example.value}`);
    }
  }
  if (report.rejected) {
    const share = report.rowsRead ? ((report.rowsRead - report.rowsKept) / report.rowsRead) * 100 : 0;
    const detail = report.rejectedReason === 'too_many_rejected' ? ` (${share.toFixed(1)} % rejected, at most ${(maxRejectedShare * 100).toFixed(1)} % allowed)` : '';
    lines.push(`Nothing written: ${rejectedText[report.rejectedReason ?? ''] ?? report.rejectedReason}${detail}.`);
  }
  return lines;
}

/**
 * The code list of `--code-list`: a CSV file (stored as the next version of
 * a list named after the file, unless an identical list is stored already),
 * or NAME:VERSION of a stored list.
 */
async function codeListOption(db: Kysely<Database>, value: string, out: (line: string) => void): Promise<{ name: string; version: number }> {
  const reference = /^(.+):(\d+)$/.exec(value);
  if (!existsSync(value) && reference) return { name: reference[1]!, version: Number(reference[2]) };
  const parsed = parseCodeListCsv(readFileSync(value, 'utf8'));
  if (!parsed.ok) throw new RegisterError('bad_code_list', `${value}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  const same = JSON.stringify(Object.entries(parsed.entries).sort());
  const stored = (await listCodeLists(db)).find((l) => JSON.stringify(Object.entries(l.entries).sort()) === same);
  if (stored) return { name: stored.name, version: stored.version };
  const list = await storeCodeList(db, basename(value, extname(value)), parsed.entries);
  out(`Stored code list "${list.name}" version ${list.version} (${Object.keys(list.entries).length} codes).`);
  return { name: list.name, version: list.version };
}

function registerErrorMessage(error: unknown): never {
  if (error instanceof RegisterError) throw new Error(error.message);
  throw error;
}

export const registerCommand: CliCommand = {
  name: 'register',
  summary: 'Register extracts: import, list and roll back imports, load code lists.',
  subcommands: [
    {
      name: 'import',
      summary: 'Import a register extract (CSV or Parquet); prints the validation report, exits 1 when nothing was written.',
      positionals: [{ name: 'file', description: 'the extract: CSV (UTF-8, header row, "," or ";") or Parquet with the same columns' }],
      options: {
        kind: { value: 'KIND', required: true, description: `the extract's kind: ${registerKinds.join(', ')}` },
        'code-list': { value: 'FILE', description: 'benefit codes: a CSV file source_code,state, or NAME:VERSION of a stored list (default: Jobspor\'s state names)' },
        'max-rejected': { value: 'SHARE', description: 'write nothing when more than this share of rows has problems (default 0.01)' },
        'dry-run': { description: 'validate and report, write nothing' },
        'no-recompute': { description: 'leave the stored monitoring figures as they are (run "jobspor monitoring recompute" later)' },
      },
      details: 'An extract replaces the period it covers (its first to last week or month); importing the same file again changes nothing.\nThe formats are described in docs/registers.md.',
      run: async (args, { config, out }) => {
        const file = args.positionals[0]!;
        const kind = String(args.flags.get('kind'));
        if (!isRegisterKind(kind)) throw new Error(`--kind must be one of ${registerKinds.join(', ')}`);
        if (!existsSync(file)) throw new Error(`${file}: file not found`);
        const maxRejected = args.flags.has('max-rejected') ? Number(args.flags.get('max-rejected')) : 0.01;
        if (!(maxRejected >= 0 && maxRejected <= 1)) throw new Error('--max-rejected must be a share between 0 and 1, e.g. 0.05');
        const secret = loadInstallationSecret(installationSecretFile(config));
        return withDatabase(config, async ({ db }) => {
          await migrate(db);
          const codeListValue = args.flags.get('code-list');
          const codeList = typeof codeListValue === 'string' ? await codeListOption(db, codeListValue, out).catch(registerErrorMessage) : undefined;
          const outcome = await importRegisterFile(db, file, {
            kind,
            fileName: basename(file),
            actor: cliActor(),
            secret,
            codeList,
            maxRejectedShare: maxRejected,
            dryRun: args.flags.has('dry-run'),
            onProgress: progressPrinter(),
          }).catch(registerErrorMessage);
          for (const line of reportLines(outcome.report, maxRejected)) out(line);
          if (outcome.importId !== null) {
            out(`Import ${outcome.importId} written (${kind}).`);
            if (!args.flags.has('no-recompute')) out(describeRefresh(await refreshMonitoring(db, cliActor(), config.monitoringCloseDays)));
          }
          return outcome.report.rejected && outcome.report.rejectedReason !== 'dry_run' ? 1 : 0;
        });
      },
    },
    {
      name: 'imports',
      summary: 'List the register imports, newest first.',
      options: { json: { description: 'print JSON (with each validation report)' } },
      run: (args, { config, out }) =>
        withDatabase(config, async ({ db }) => {
          await migrate(db);
          const imports = await listImports(db);
          if (args.flags.has('json')) {
            out(JSON.stringify(imports, null, 2));
            return 0;
          }
          if (imports.length === 0) {
            out('No register imports.');
            return 0;
          }
          const header = ['id', 'kind', 'period', 'rows', 'kept', 'imported', 'by', 'status', 'file'];
          const rows = imports.map((i) => [
            String(i.id),
            i.kind,
            i.periodFrom ? `${i.periodFrom}..${i.periodTo}` : '',
            String(i.rowsRead),
            String(i.rowsKept),
            i.importedAt.slice(0, 16).replace('T', ' '),
            i.importedBy,
            i.rolledBackAt ? `rolled back ${i.rolledBackAt.slice(0, 10)}` : i.canRollBack ? 'active (latest)' : 'active',
            i.fileName,
          ]);
          const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
          const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
          out(line(header));
          for (const row of rows) out(line(row));
          return 0;
        }),
    },
    {
      name: 'rollback',
      summary: 'Roll back an import (the latest active one of its kind): its rows go, the rows it replaced come back.',
      positionals: [{ name: 'id', description: 'the import id, as in "jobspor register imports"' }],
      run: (args, { config, out }) => {
        const id = Number(args.positionals[0]);
        if (!Number.isInteger(id) || id < 1) throw new Error('<id> must be an import id (a whole number)');
        return withDatabase(config, async ({ db }) => {
          await migrate(db);
          await rollbackImport(db, id, cliActor()).catch(registerErrorMessage);
          out(`Import ${id} rolled back.`);
          out(describeRefresh(await refreshMonitoring(db, cliActor(), config.monitoringCloseDays)));
          return 0;
        });
      },
    },
    {
      name: 'code-list',
      summary: 'Code lists mapping source benefit codes to Jobspor states.',
      subcommands: [
        {
          name: 'load',
          summary: 'Store a code list from a CSV file (source_code,state) as the next version of NAME.',
          positionals: [{ name: 'file', description: 'CSV with the columns source_code and state' }],
          options: { name: { value: 'NAME', required: true, description: 'the list\'s name, e.g. "dream"' } },
          run: async (args, { config, out }) => {
            const file = args.positionals[0]!;
            if (!existsSync(file)) throw new Error(`${file}: file not found`);
            const parsed = parseCodeListCsv(readFileSync(file, 'utf8'));
            if (!parsed.ok) {
              out(`${file}: ${parsed.problems.length} ${parsed.problems.length === 1 ? 'problem' : 'problems'}`);
              for (const problem of parsed.problems) out(`  line ${problem.line}: ${problem.message}`);
              return 1;
            }
            return withDatabase(config, async ({ db }) => {
              await migrate(db);
              const list = await storeCodeList(db, String(args.flags.get('name')), parsed.entries).catch(registerErrorMessage);
              out(`Stored code list "${list.name}" version ${list.version} (${Object.keys(list.entries).length} codes); use it with --code-list ${list.name}:${list.version}.`);
              return 0;
            });
          },
        },
        {
          name: 'list',
          summary: 'List the stored code lists.',
          run: (_args, { config, out }) =>
            withDatabase(config, async ({ db }) => {
              await migrate(db);
              const lists = await listCodeLists(db);
              if (lists.length === 0) out("No stored code lists; imports use Jobspor's own state names.");
              for (const list of lists) out(`${list.name}:${list.version}  ${Object.keys(list.entries).length} codes  loaded ${list.loadedAt.slice(0, 10)}`);
              return 0;
            }),
        },
      ],
    },
  ],
};
