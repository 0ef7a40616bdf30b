/**
 * Reading an extract as records (one string per column, '' for empty), in
 * batches, without holding the file: CSV line by line from a read stream,
 * Parquet in DuckDB's chunks (@duckdb/node-api). A source can be read more
 * than once (the import scans the file, then writes it).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { detectDelimiter, splitCsvLine } from '../../domain/registers/formats.ts';

export interface RecordBatch {
  /** Line in the file (the header is line 1); for Parquet the row number + 1, so both read alike. */
  lines: number[];
  records: string[][];
}

export interface RecordSource {
  format: 'csv' | 'parquet';
  header: string[];
  bytesTotal: number;
  /** Bytes consumed by the current reading (estimated from rows for Parquet). */
  bytesRead(): number;
  /** The data records, in batches; starts from the beginning on each call. */
  batches(): AsyncIterable<RecordBatch>;
  /** Releases what the reader holds (DuckDB's connection). */
  close(): void;
}

/** SHA-256 (hex) of the file's bytes, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function isParquet(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return bytesRead === 4 && buffer.toString('latin1') === 'PAR1';
  } finally {
    await handle.close();
  }
}

/** Opens an extract: Parquet when the file starts with Parquet's magic bytes, else CSV. */
export async function openRecordSource(path: string): Promise<RecordSource> {
  const size = (await stat(path)).size;
  return (await isParquet(path)) ? openParquet(path, size) : openCsv(path, size);
}

/** Text lines of a file, a chunk's worth at a time (CR LF or LF; a leading BOM dropped). */
async function* lineChunks(path: string, counter: { bytes: number }): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    counter.bytes += (chunk as Buffer).length;
    let text = rest + decoder.write(chunk as Buffer);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    const lines: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (lines.length) yield lines;
  }
  rest += decoder.end();
  if (rest.length) yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

async function openCsv(path: string, size: number): Promise<RecordSource> {
  let headerLine: string | undefined;
  for await (const lines of lineChunks(path, { bytes: 0 })) {
    headerLine = lines[0];
    break;
  }
  const delimiter = detectDelimiter(headerLine ?? '');
  const header = splitCsvLine(headerLine ?? '', delimiter);
  const counter = { bytes: 0 };
  return {
    format: 'csv',
    header,
    bytesTotal: size,
    bytesRead: () => counter.bytes,
    close: () => {},
    async *batches() {
      counter.bytes = 0;
      let line = 0;
      for await (const chunk of lineChunks(path, counter)) {
        const batch: RecordBatch = { lines: [], records: [] };
        for (const text of chunk) {
          line++;
          // The header, and blank lines (a trailing newline, an editor's empty last line).
          if (line === 1 || text.trim() === '') continue;
          batch.lines.push(line);
          batch.records.push(splitCsvLine(text, delimiter));
        }
        if (batch.lines.length) yield batch;
      }
    },
  };
}

async function openParquet(path: string, size: number): Promise<RecordSource> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const file = path.replace(/'/g, "''");
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
  const header = described.getRowObjectsJS().map((row) => String(row.column_name));
  const count = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`);
  const totalRows = Number(count.getRowsJS()[0]![0]);
  let rowsRead = 0;
  return {
    format: 'parquet',
    header,
    bytesTotal: size,
    bytesRead: () => (totalRows === 0 ? size : Math.round((rowsRead / totalRows) * size)),
    async *batches() {
      rowsRead = 0;
      // Every column as text, so CSV and Parquet are validated by the same code.
      const columns = header.map((name) => `CAST("${name.replace(/"/g, '""')}" AS VARCHAR)`).join(', ');
      const result = await connection.stream(`SELECT ${columns} FROM read_parquet('${file}')`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const batch: RecordBatch = { lines: [], records: [] };
        for (const row of chunk.getRows()) {
          rowsRead++;
          batch.lines.push(rowsRead + 1);
          batch.records.push(row.map((value) => (value === null || value === undefined ? '' : String(value))));
        }
        yield batch;
      }
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
