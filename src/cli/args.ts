/**
 * Declarative command-line parsing. Each command declares its positionals and
 * options once, in a `CommandSpec`; `runCommand` derives everything else from
 * that declaration for every command and subcommand alike: `--help` (and `-h`,
 * and `jobspor help <command>`), the usage text, and the refusal (exit code 2)
 * of unknown options, missing or surplus arguments and missing values. A
 * command body therefore only ever sees arguments it declared.
 *
 * To add a command, write a `CommandSpec` (usually in the command's own
 * module) and list it in `commands` in main.ts.
 */

/** One `--name` option. */
export interface OptionSpec {
  /** Placeholder for the option's value (`--seed N` has `value: 'N'`); absent for a flag. */
  value?: string;
  /** The command refuses to run without it. */
  required?: boolean;
  description: string;
}

/** One positional argument, in order. */
export interface PositionalSpec {
  name: string;
  optional?: boolean;
  description?: string;
}

/** What a command body receives: its positionals, and the options given (flags as `true`). */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** What every command context offers: where to write lines of output. */
export interface CommandOutput {
  out: (line: string) => void;
}

export interface CommandSpec<C extends CommandOutput = CommandOutput> {
  name: string;
  /** One line, shown in the parent's command list and at the top of the command's help. */
  summary: string;
  positionals?: PositionalSpec[];
  /** Options by name without the leading dashes. `help` is implied and must not be declared. */
  options?: Record<string, OptionSpec>;
  /** Further paragraphs of help, after the options. */
  details?: string;
  /** The command body; returns the exit code (0 success, 1 failure). */
  run?: (args: ParsedArgs, context: C) => Promise<number> | number;
  /** A command group (`jobspor models list|show|check`) has subcommands instead of a body. */
  subcommands?: CommandSpec<C>[];
}

/** A command line that does not match the command's declaration. */
export class UsageError extends Error {}

/** An option whose value does not fit (a command's own checks beyond parsing); the message names the option. */
export class OptionValueError extends Error {}

/** A comma-separated option value as its trimmed, non-empty parts ([] when the option is absent or a bare flag). */
export const commaList = (value: string | true | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

const isHelp = (arg: string) => arg === '--help' || arg === '-h';
/** `-x` and `--x`, but not `-` (standard input) or `-1` (a negative number). */
const isOption = (arg: string) => /^--./.test(arg) || /^-[^-\d]/.test(arg);

function optionSynopsis(name: string, option: OptionSpec): string {
  const text = option.value ? `--${name} ${option.value}` : `--${name}`;
  return option.required ? text : `[${text}]`;
}

function positionalSynopsis(positional: PositionalSpec): string {
  return positional.optional ? `[${positional.name}]` : `<${positional.name}>`;
}

/** `backup <file> [--force]`: a command's arguments in one line. */
export function synopsis(spec: CommandSpec<never>): string {
  if (spec.subcommands) return `${spec.name} <command>`;
  const options = Object.entries(spec.options ?? {});
  return [
    spec.name,
    ...options.filter(([, o]) => o.required).map(([n, o]) => optionSynopsis(n, o)),
    ...(spec.positionals ?? []).map(positionalSynopsis),
    ...options.filter(([, o]) => !o.required).map(([n, o]) => optionSynopsis(n, o)),
  ].join(' ');
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd());
}

/** The help text of a command; `path` names its parents (`['jobspor']`). */
export function commandUsage(spec: CommandSpec<never>, path: string[]): string {
  const parents = path.join(' ');
  const lines = [`Usage: ${parents ? `${parents} ` : ''}${synopsis(spec)}`, '', spec.summary];
  if (spec.subcommands) {
    lines.push('', 'Commands:', ...table(spec.subcommands.map((sub) => [synopsis(sub), sub.summary])));
    lines.push('', `"${[...path, spec.name].join(' ')} <command> --help" describes a command's arguments and options.`);
  } else {
    const positionals = (spec.positionals ?? []).filter((p) => p.description);
    if (positionals.length) lines.push('', 'Arguments:', ...table(positionals.map((p) => [positionalSynopsis(p), p.description!])));
    const options: [string, string][] = Object.entries(spec.options ?? {}).map(([name, option]) => [
      option.value ? `--${name} ${option.value}` : `--${name}`,
      option.description,
    ]);
    lines.push('', 'Options:', ...table([...options, ['-h, --help', 'show this help']]));
  }
  if (spec.details) lines.push('', spec.details);
  return lines.join('\n');
}

/**
 * Parses a leaf command's arguments against its declaration. Returns 'help'
 * when `--help`/`-h` is among the options; throws `UsageError` otherwise when
 * the arguments do not fit. `--` ends the options (`backup -- --odd-name`).
 */
export function parseCommandArgs(spec: CommandSpec<never>, argv: string[], commandName = spec.name): ParsedArgs | 'help' {
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some(isHelp)) return 'help';
  const declared = spec.options ?? {};
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--' && !optionsEnded) {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !isOption(arg)) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const option = arg.startsWith('--') ? declared[name] : undefined;
    if (!option || name === 'help') throw new UsageError(`Unknown option ${arg.split('=')[0]} for "${commandName}".`);
    if (flags.has(name)) throw new UsageError(`Option --${name} is given more than once.`);
    if (!option.value) {
      if (inline !== undefined) throw new UsageError(`Option --${name} takes no value.`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && isOption(value))) {
      throw new UsageError(`Option --${name} needs a value: --${name} ${option.value}.`);
    }
    if (inline === undefined) i++;
    flags.set(name, value);
  }
  const expected = spec.positionals ?? [];
  const missing = expected.find((p, index) => !p.optional && positionals[index] === undefined);
  if (missing) throw new UsageError(`Missing ${positionalSynopsis(missing)} for "${commandName}".`);
  if (positionals.length > expected.length) throw new UsageError(`Unexpected argument "${positionals[expected.length]}" for "${commandName}".`);
  const required = Object.entries(declared).find(([name, option]) => option.required && !flags.has(name));
  if (required) throw new UsageError(`Missing ${optionSynopsis(required[0], required[1])} for "${commandName}".`);
  return { positionals, flags };
}

/**
 * Runs a command (or a command group) with its arguments: help and usage
 * errors are answered here; only a command line that fits the declaration
 * reaches `context()` (which may fail, for example on invalid configuration)
 * and the command body. `path` names the parents, for the usage text.
 */
export async function runCommand<C extends CommandOutput>(
  spec: CommandSpec<C>,
  argv: string[],
  out: (line: string) => void,
  context: () => C,
  path: string[] = [],
): Promise<number> {
  const commandName = [...path, spec.name].join(' ');
  const usage = () => commandUsage(spec as CommandSpec<never>, path);
  if (spec.subcommands) {
    const [first, ...rest] = argv;
    if (first === undefined) {
      out(usage());
      return 2;
    }
    if (isHelp(first)) {
      out(usage());
      return 0;
    }
    // `jobspor help backup` is `jobspor backup --help`.
    if (first === 'help') return rest.length ? runCommand(spec, [...rest, '--help'], out, context, path) : (out(usage()), 0);
    const sub = spec.subcommands.find((s) => s.name === first);
    if (sub) return runCommand(sub, rest, out, context, [...path, spec.name]);
    out(
      `${isOption(first) ? `Unknown option ${first}` : `Unknown command "${first}"`}${path.length ? ` for "${commandName}"` : ''}.\n\n${usage()}`,
    );
    return 2;
  }
  let args: ParsedArgs | 'help';
  try {
    args = parseCommandArgs(spec as CommandSpec<never>, argv, commandName);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`${error.message}\n\n${usage()}`);
    return 2;
  }
  if (args === 'help') {
    out(usage());
    return 0;
  }
  if (!spec.run) throw new Error(`The command "${commandName}" has no body.`);
  return spec.run(args, context());
}
