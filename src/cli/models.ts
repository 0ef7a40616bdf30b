/**
 * `jobspor models list | show <id> [version] | check <file>`.
 * Exit codes: 0 success, 1 unknown model or invalid definition, 2 usage error.
 */
import { renderModel } from '../domain/models/docs.ts';
import { registry } from '../domain/models/registry.ts';
import { validateDefinition } from '../domain/models/schema.ts';
import { runCommand, type CommandSpec } from './args.ts';
import { readDefinitionArgument } from './definition-file.ts';

/** `jobspor models ...`: a command group; args.ts handles help and usage errors. */
export const modelsCommandSpec: CommandSpec = {
  name: 'models',
  summary: 'The intervention model definitions.',
  subcommands: [
    { name: 'list', summary: 'List the models with version and content.', run: (_args, { out }) => list(out) },
    {
      name: 'show',
      summary: 'Print one model with its core elements and rules.',
      positionals: [
        { name: 'id', description: 'model id, as in "jobspor models list"' },
        { name: 'version', optional: true, description: 'version (default: the latest)' },
      ],
      run: ({ positionals: [id, version] }, { out }) => show(id!, version, out),
    },
    {
      name: 'check',
      summary: 'Validate a model definition file.',
      positionals: [{ name: 'file', description: 'a .ts, .js or .json file whose default export (or content) is a definition' }],
      run: ({ positionals: [file] }, { out }) => check(file!, out),
    },
  ],
};

/** Runs `jobspor models <args>`. */
export function modelsCommand(args: string[], out: (line: string) => void): Promise<number> {
  return runCommand(modelsCommandSpec, args, out, () => ({ out }), ['jobspor']);
}

function list(out: (line: string) => void): number {
  const rows = registry.latest().map((m) => {
    const rules = m.coreElements.reduce((n, e) => n + e.rules.length, 0);
    return [m.id, m.version, m.shortName, m.name.da, `${m.coreElements.length} elementer, ${rules} regler`];
  });
  const header = ['id', 'version', 'kort', 'navn', 'indhold'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  out(line(header));
  for (const row of rows) out(line(row));
  return 0;
}

function show(id: string, version: string | undefined, out: (line: string) => void): number {
  const model = registry.get(id, version);
  if (!model) {
    const known = registry.latest().map((m) => m.id).join(', ');
    out(
      registry.get(id)
        ? `Model "${id}" has no version ${version} (versions: ${registry.versions(id).join(', ')}).`
        : `Unknown model "${id}". Known models: ${known}.`,
    );
    return 1;
  }
  for (const line of renderModel(model, 1).split('\n')) out(line);
  return 0;
}

async function check(file: string, out: (line: string) => void): Promise<number> {
  const read = await readDefinitionArgument(file, out);
  if (!read) return 1;
  const input = read.input;
  const result = validateDefinition(input);
  if (result.ok) {
    const d = result.definition;
    const rules = d.coreElements.reduce((n, e) => n + e.rules.length, 0);
    out(`${file}: OK – ${d.id} version ${d.version} (${d.coreElements.length} kerneelementer, ${rules} regler, ${d.phases.length} faser)`);
    return 0;
  }
  out(`${file}: ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}`);
  for (const issue of result.issues) out(`  ${issue.path || '(root)'}: ${issue.message}`);
  return 1;
}

