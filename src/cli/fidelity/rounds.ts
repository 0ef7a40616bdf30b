/**
 * `jobspor fidelity load|rounds|close|import`: instrument versions and survey
 * rounds from the command line (docs/fidelity.md). The CLI is the
 * operator's: no role or scope applies; writes are audited as command-line
 * events.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appendAuditEvent, commandEvent } from '../../db/audit-log.ts';
import { migrate } from '../../db/migrate.ts';
import { importAnswers } from '../../store/fidelity/answer-import.ts';
import { FidelityError, storeInstrument } from '../../store/fidelity/instruments.ts';
import { closeRound, getRound, listRounds, type RoundSummaryRow } from '../../store/fidelity/rounds.ts';
import { today } from '../../store/facts.ts';
import { withDatabase } from '../database.ts';
import { loadDefinitionFile } from '../definition-file.ts';
import type { CliCommand } from '../main.ts';

const operator = () => `cli:${userInfo().username}`;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function roundIdArg(value: string | undefined): string {
  if (!value || !uuidPattern.test(value)) throw new Error(`<roundId> must be a round id (uuid), got "${value ?? ''}"; see "jobspor fidelity rounds"`);
  return value;
}


function roundLine(r: RoundSummaryRow): string {
  const dates = `${r.opensOn} – ${r.closedOn ?? r.closesOn ?? 'lukkes manuelt'}`;
  return `${r.id}  ${r.status.padEnd(7)} ${r.wave.padEnd(8)} ${r.name}  [${r.modelId ?? '-'} · ${r.instrumentId} ${r.instrumentVersion} · ${dates} · ${r.origin} · inviteret ${r.invited}, svar ${r.answered}${r.imported ? ` (heraf ${r.imported} importeret)` : ''} · ${r.units.map((u) => u.name).join(', ')}]`;
}

export const roundCommands: CliCommand[] = [
  {
    name: 'load',
    summary: 'Load a fidelity instrument version (.json, or .ts/.js with a default export) into the database.',
    positionals: [{ name: 'file', description: 'the instrument definition' }],
    details: 'The same id and version again with the same content changes nothing; with other content it is refused (give it a new version).',
    run: async (args, { config, out }) => {
      const file = args.positionals[0]!;
      let input: unknown;
      try {
        input = await loadDefinitionFile(resolve(file));
      } catch (error) {
        const missing = (error as { code?: string }).code === 'ENOENT';
        out(`${file}: ${missing ? `file not found (${resolve(file)})` : error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        try {
          const result = await db.transaction().execute(async (trx) => {
            const stored = await storeInstrument(trx, input);
            const { id, version } = stored.stored.instrument;
            if (stored.status === 'created') await appendAuditEvent(trx, commandEvent('fidelity.instrument.load', { id, version }, operator()));
            return stored;
          });
          const { id, version, sections } = result.stored.instrument;
          const items = sections.reduce((n, s) => n + s.items.length, 0);
          out(`${file}: ${result.status === 'created' ? 'loaded' : 'already loaded, unchanged'} – ${id} version ${version} (${sections.length} sections, ${items} items)`);
          return 0;
        } catch (error) {
          if (!(error instanceof FidelityError)) throw error;
          if (error.kind === 'invalid') {
            out(`${file}: ${error.issues.length} ${error.issues.length === 1 ? 'problem' : 'problems'}`);
            for (const issue of error.issues) out(`  ${issue.path || '(root)'}: ${issue.message}`);
          } else out(`${file}: ${error.message}`);
          return 1;
        }
      });
    },
  },
  {
    name: 'rounds',
    summary: 'List survey rounds with their status, dates and counts.',
    options: {
      model: { value: 'ID', description: 'only rounds of this model' },
      json: { description: 'print JSON' },
    },
    run: async (args, { config, out }) =>
      withDatabase(config, async ({ db }) => {
        await migrate(db);
        const model = args.flags.get('model');
        if (model === true) throw new Error('--model needs a model id');
        const rounds = await listRounds(db, model ? { modelId: model } : {}, today());
        if (args.flags.has('json')) {
          out(JSON.stringify({ rounds }, null, 2));
          return 0;
        }
        if (!rounds.length) out(model ? `No rounds for ${model}.` : 'No rounds.');
        for (const r of rounds) out(roundLine(r));
        return 0;
      }),
  },
  {
    name: 'close',
    summary: 'Close a survey round by hand (no more answers).',
    positionals: [{ name: 'roundId', description: 'the round (see "jobspor fidelity rounds")' }],
    run: async (args, { config, out }) => {
      const id = roundIdArg(args.positionals[0]);
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        try {
          const round = await db.transaction().execute(async (trx) => {
            const closed = await closeRound(trx, id, undefined, today());
            await appendAuditEvent(trx, commandEvent('fidelity.round.close', { round: id }, operator()));
            return closed;
          });
          out(`Closed: ${roundLine(round)}`);
          return 0;
        } catch (error) {
          if (!(error instanceof FidelityError)) throw error;
          out(error.message);
          return 1;
        }
      });
    },
  },
  {
    name: 'import',
    summary: 'Import answers collected elsewhere into a round from CSV; prints the validation report.',
    positionals: [
      { name: 'roundId', description: 'the round (see "jobspor fidelity rounds")' },
      { name: 'file', description: 'CSV: header role,unit,<item id>...; unit by id or name; empty or "ved ikke" = don\'t know' },
    ],
    options: {
      'dry-run': { description: 'check only; store nothing' },
      by: { value: 'USERNAME', description: "the staff member recorded as importer (default the round's creator)" },
    },
    details: 'All or nothing: with any rejected line nothing is stored, and the exit code is 1.',
    run: async (args, { config, out }) => {
      const id = roundIdArg(args.positionals[0]);
      const file = args.positionals[1]!;
      let text: string;
      try {
        text = await readFile(resolve(file), 'utf8');
      } catch {
        out(`${file}: file not found (${resolve(file)})`);
        return 1;
      }
      const dryRun = args.flags.has('dry-run');
      const by = args.flags.get('by');
      if (by === true) throw new Error('--by needs a username');
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        try {
          const round = await getRound(db, id, undefined, today());
          const creator = await db.selectFrom('fidelity_round').select('created_by').where('id', '=', id).executeTakeFirstOrThrow();
          const importer = by ? await db.selectFrom('staff').select('id').where('username', '=', by).executeTakeFirst() : { id: creator.created_by };
          if (!importer) {
            out(`--by: no staff member "${by}"`);
            return 1;
          }
          const report = await db.transaction().execute(async (trx) => {
            const r = await importAnswers(trx, id, text, { fileName: file.split(/[\\/]/).pop() ?? file, dryRun, importedBy: importer.id, today: today() });
            if (r.stored) await appendAuditEvent(trx, commandEvent('fidelity.import', { round: id, import: r.importId, responses: r.rowsAccepted }, operator()));
            return r;
          });
          out(`${file} → ${round.name}: ${report.rowsRead} rows read, ${report.rowsAccepted} accepted, ${report.rejected.length} problems${dryRun ? ' (dry run)' : ''}.`);
          for (const r of report.rejected) out(`  line ${r.line}, ${r.field}: ${r.reason}`);
          out(report.stored ? `Stored ${report.rowsAccepted} responses (import ${report.importId}).` : 'Nothing stored.');
          return report.rejected.length ? 1 : 0;
        } catch (error) {
          if (!(error instanceof FidelityError)) throw error;
          out(error.message);
          return 1;
        }
      });
    },
  },
];
