/**
 * `jobspor synth register`: writes a synthetic register (persons,
 * benefit_weeks, hours_monthly, visitations as CSV in the import's formats)
 * for demos, trials of the import and the monitoring benchmark. Progress goes
 * to standard error (a bar on a terminal, a line per tenth otherwise); the
 * summary to standard output.
 */
import { performance } from 'node:perf_hooks';
import type { CommandSpec, CommandOutput } from './args.ts';
import { parseMonthKey } from '../domain/registers/synth-calendar.ts';
import { synthMunicipalities } from '../domain/registers/synth-municipalities.ts';
import { writeSyntheticRegister, type RegisterFilesProgress } from '../seed/register-files.ts';

/** The last closed month before `now`, 'YYYY-MM'. */
export function lastClosedMonth(now = new Date()): string {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth(); // 0-based: the previous month's number, 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

function wholeNumber(name: string, text: string | true | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (typeof text !== 'string' || !/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got '${String(text)}'.`);
  }
  return value;
}

/** A progress reporter on a stream: a redrawn bar on a terminal, a line every 10 % otherwise. */
export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastTenth = -1;
  return (p: RegisterFilesProgress) => {
    const share = total ? p.persons / total : 1;
    const seconds = (performance.now() - started) / 1000;
    const text = `${p.persons.toLocaleString('en')}/${total.toLocaleString('en')} persons, ${(p.bytes / 1e6).toFixed(0)} MB, ${seconds.toFixed(1)} s`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${text}`);
      if (p.persons >= total) stream.write('\n');
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${(share * 100).toFixed(0)} % ${text}\n`);
      }
    }
  };
}

const registerCommand: CommandSpec<CommandOutput> = {
  name: 'register',
  summary: 'Write a synthetic register (persons, benefit weeks, monthly hours, visitations) as CSV files.',
  options: {
    out: { value: 'DIR', required: true, description: 'directory for persons.csv, benefit_weeks.csv, hours_monthly.csv, visitations.csv' },
    persons: { value: 'N', description: 'number of persons (default 10000)' },
    years: { value: 'Y', description: 'years covered, ending with --end-month (default 5)' },
    municipalities: { value: 'M', description: `municipalities taking part, 1-${synthMunicipalities.length} (default ${synthMunicipalities.length})` },
    seed: { value: 'S', description: 'random seed; the same seed and options give the same files (default 1)' },
    'end-month': { value: 'YYYY-MM', description: 'last month covered (default: the last closed month)' },
  },
  details:
    'The persons are the five models\' target groups with realistic histories: persistence on cash benefit,\n' +
    'company-oriented spells, ordinary hours that grow for some, exits to job, education, fleksjob and\n' +
    'førtidspension, and municipalities that differ in performance. CPR numbers are synthetic: valid in\n' +
    'form but failing the modulus-11 check. Import them with "jobspor register import <file> --kind ...".',
  run: async (args, { out }) => {
    const persons = wholeNumber('persons', args.flags.get('persons'), 10_000, 1, 10_000_000);
    const years = wholeNumber('years', args.flags.get('years'), 5, 1, 30);
    const municipalities = wholeNumber('municipalities', args.flags.get('municipalities'), synthMunicipalities.length, 1, synthMunicipalities.length);
    const seed = wholeNumber('seed', args.flags.get('seed'), 1, 0, Number.MAX_SAFE_INTEGER);
    const endMonth = String(args.flags.get('end-month') ?? lastClosedMonth());
    try {
      parseMonthKey(endMonth);
    } catch {
      throw new Error(`--end-month must be a month YYYY-MM, got '${endMonth}'.`);
    }
    const dir = String(args.flags.get('out'));
    const started = performance.now();
    const summary = await writeSyntheticRegister(dir, { persons, years, municipalities, seed, endMonth }, progressReporter(persons));
    const seconds = (performance.now() - started) / 1000;
    out(`Wrote a synthetic register of ${summary.persons} persons, ${years} years to ${endMonth}, ${municipalities} municipalities (seed ${seed}) in ${seconds.toFixed(1)} s:`);
    for (const file of Object.values(summary.files)) {
      out(`  ${file.path}  ${file.rows.toLocaleString('en')} rows, ${(file.bytes / 1e6).toFixed(1)} MB`);
    }
    return 0;
  },
};

/** `jobspor synth ...`: synthetic data. */
export const synthCommandSpec: CommandSpec<CommandOutput> = {
  name: 'synth',
  summary: 'Synthetic data for demos and benchmarks.',
  subcommands: [registerCommand],
};
