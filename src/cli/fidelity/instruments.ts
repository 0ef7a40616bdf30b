/**
 * `jobspor fidelity check <file>` validates an instrument definition file
 * (.json, or a .ts/.js module's default export, like `jobspor models check`),
 * also against the model it names; `jobspor fidelity instruments [--json]`
 * lists the built-in instruments. Exit codes: 0 success, 1 invalid or
 * unreadable file, 2 usage error.
 */
import { validateInstrument, type Instrument } from '../../domain/fidelity/instrument.ts';
import { builtinInstruments } from '../../domain/fidelity/instruments/index.ts';
import { modelIssues } from '../../domain/fidelity/instruments/model-check.ts';
import { registry } from '../../domain/models/registry.ts';
import type { CliCommand } from '../main.ts';
import { readDefinitionArgument } from '../definition-file.ts';

const itemCount = (inst: Instrument) => inst.sections.reduce((n, s) => n + s.items.length, 0);

/** The summary the API also gives (schemas.ts instrumentSummary), without the load time. */
export function instrumentSummary(inst: Instrument, builtin: boolean) {
  return {
    id: inst.id,
    version: inst.version,
    name: inst.name,
    modelId: inst.modelId ?? null,
    builtin,
    scoring: inst.scoring.method,
    sections: inst.sections.length,
    items: itemCount(inst),
    respondentRoles: [...inst.respondentRoles],
  };
}

async function check(file: string, out: (line: string) => void): Promise<number> {
  const read = await readDefinitionArgument(file, out);
  if (!read) return 1;
  const input = read.input;
  const result = validateInstrument(input);
  const issues = result.ok ? modelIssues(result.instrument, registry.latest()) : result.issues;
  if (result.ok && issues.length === 0) {
    const inst = result.instrument;
    const model = inst.modelId ? `, model ${inst.modelId}` : '';
    out(
      `${file}: OK – ${inst.id} version ${inst.version} (${inst.sections.length} afsnit, ${itemCount(inst)} spørgsmål, ${inst.scales.length} ${inst.scales.length === 1 ? 'skala' : 'skalaer'}, scoring ${inst.scoring.method}${model})`,
    );
    return 0;
  }
  out(`${file}: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`);
  for (const issue of issues) out(`  ${issue.path || '(root)'}: ${issue.message}`);
  return 1;
}

function list(json: boolean, out: (line: string) => void): number {
  const summaries = builtinInstruments.map((i) => instrumentSummary(i, true));
  if (json) {
    out(JSON.stringify({ instruments: summaries }, null, 2));
    return 0;
  }
  const rows = summaries.map((s) => [s.id, s.version, s.modelId ?? '-', `${s.sections} afsnit, ${s.items} spørgsmål`, s.scoring, s.respondentRoles.join(', ')]);
  const header = ['id', 'version', 'model', 'indhold', 'scoring', 'roller'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  out(line(header));
  for (const row of rows) out(line(row));
  return 0;
}

export const instrumentCommands: CliCommand[] = [
  {
    name: 'check',
    summary: 'Validate a fidelity instrument definition file.',
    positionals: [{ name: 'file', description: 'a .json file, or a .ts/.js module whose default export is the definition' }],
    details: 'Prints OK with the counts, or each problem as <path>: <reason>, and exits 1 on problems. docs/fidelity.md describes the format.',
    run: ({ positionals: [file] }, { out }) => check(file!, out),
  },
  {
    name: 'instruments',
    summary: 'List the built-in fidelity instruments.',
    options: { json: { description: 'print JSON ({"instruments": [...]}) instead of a table' } },
    run: (args, { out }) => list(args.flags.has('json'), out),
  },
];
