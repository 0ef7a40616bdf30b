/**
 * Writes register extracts (persons.csv, benefit_weeks.csv,
 * hours_monthly.csv, visitations.csv) from a stream of synthetic persons.
 * Streaming: each file's text is collected in a buffer of about a megabyte
 * and handed to a file stream, waiting for 'drain' whenever the stream says
 * its queue is full, so 26 million benefit-week lines never sit in memory.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { SynthCalendar } from '../domain/registers/synth-calendar.ts';
import { SynthCsvFormatter, synthFiles, synthHeaders, type SynthFile } from '../domain/registers/synth-csv.ts';
import { synthCalendarOf, synthesizeRegister, type SynthOptions, type SynthPerson } from '../domain/registers/synth.ts';

export interface RegisterFilesProgress {
  persons: number;
  /** Bytes handed to the files so far. */
  bytes: number;
}

export interface RegisterFilesSummary {
  persons: number;
  /** Path, data lines (header not counted) and bytes per file. */
  files: Record<SynthFile, { path: string; rows: number; bytes: number }>;
}

const flushAt = 1 << 20;

class BufferedFile {
  readonly stream: WriteStream;
  #buffer = '';
  rows = 0;
  bytes = 0;

  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 4 << 20 });
    this.#buffer = header;
  }

  /** Adds lines; resolves at once unless the buffer was handed over and the stream asked to wait. */
  add(text: string): Promise<void> | null {
    if (text === '') return null;
    this.#buffer += text;
    return this.#buffer.length >= flushAt ? this.flush() : null;
  }

  flush(): Promise<void> | null {
    if (this.#buffer === '') return null;
    const chunk = this.#buffer;
    this.#buffer = '';
    this.bytes += Buffer.byteLength(chunk);
    return this.stream.write(chunk) ? null : once(this.stream, 'drain').then(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Counts the data lines of a chunk (one per newline). */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Writes the four files into `dir` (created if missing) from `persons`, reporting progress every `every` persons. */
export async function writeRegisterFiles(
  dir: string,
  calendar: SynthCalendar,
  persons: Iterable<SynthPerson>,
  onProgress?: (p: RegisterFilesProgress) => void,
  every = 1000,
): Promise<RegisterFilesSummary> {
  mkdirSync(dir, { recursive: true });
  const formatter = new SynthCsvFormatter(calendar);
  const files = Object.fromEntries(synthFiles.map((f) => [f, new BufferedFile(join(dir, `${f}.csv`), synthHeaders[f])])) as Record<SynthFile, BufferedFile>;
  let count = 0;
  try {
    for (const person of persons) {
      for (const file of synthFiles) {
        const text = formatter.lines(file, person);
        files[file].rows += file === 'persons' ? 1 : lineCount(text);
        const wait = files[file].add(text);
        if (wait) await wait;
      }
      count++;
      if (onProgress && count % every === 0) onProgress({ persons: count, bytes: synthFiles.reduce((s, f) => s + files[f].bytes, 0) });
    }
    for (const file of synthFiles) await files[file].close();
  } catch (error) {
    for (const file of synthFiles) files[file].stream.destroy();
    throw error;
  }
  onProgress?.({ persons: count, bytes: synthFiles.reduce((s, f) => s + files[f].bytes, 0) });
  return {
    persons: count,
    files: Object.fromEntries(synthFiles.map((f) => [f, { path: files[f].path, rows: files[f].rows, bytes: files[f].bytes }])) as RegisterFilesSummary['files'],
  };
}

/** Generates a synthetic register (domain/registers/synth.ts) straight into files. */
export function writeSyntheticRegister(
  dir: string,
  options: SynthOptions,
  onProgress?: (p: RegisterFilesProgress) => void,
): Promise<RegisterFilesSummary> {
  return writeRegisterFiles(dir, synthCalendarOf(options), synthesizeRegister(options), onProgress);
}
