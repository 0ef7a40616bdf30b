/** Parquet extracts: the same columns as CSV, read through DuckDB in chunks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { forEachDatabase } from '../helpers/suite.ts';
import { importRegisterFile } from '../../src/store/registers/import.ts';
import { openRecordSource } from '../../src/store/registers/source.ts';

const dir = mkdtempSync(join(tmpdir(), 'jobspor-parquet-'));

/** Writes `csv` as a Parquet file through DuckDB (numbers stay numbers, as a data owner's file would have them). */
async function parquetFrom(name: string, csv: string, types: string): Promise<string> {
  const csvPath = join(dir, `${name}.csv`);
  const path = join(dir, `${name}.parquet`);
  writeFileSync(csvPath, csv);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv('${csvPath}', header = true, columns = ${types})) TO '${path}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  return path;
}

test('a Parquet source yields the same records as the CSV, with row numbers as lines', async () => {
  const path = await parquetFrom('weeks', 'person,week,code\next:A,2018-W01,kontanthjaelp\next:A,2018-W02,\n', "{'person': 'VARCHAR', 'week': 'VARCHAR', 'code': 'VARCHAR'}");
  const source = await openRecordSource(path);
  try {
    assert.equal(source.format, 'parquet');
    assert.deepEqual(source.header, ['person', 'week', 'code']);
    const batches = [];
    for await (const batch of source.batches()) batches.push(batch);
    assert.deepEqual(batches, [
      {
        lines: [2, 3],
        records: [
          ['ext:A', '2018-W01', 'kontanthjaelp'],
          ['ext:A', '2018-W02', ''],
        ],
      },
    ]);
  } finally {
    source.close();
  }
});

forEachDatabase('register import from Parquet', (t) => {
  test('hours with numeric columns are imported like the CSV', async () => {
    const path = await parquetFrom(
      'hours',
      'person,month,employer_cvr,db07,paid_hours,subsidised\next:P,2018-07,12345678,471100,37.5,false\next:P,2018-08,12345678,471100,800,false\n',
      "{'person': 'VARCHAR', 'month': 'VARCHAR', 'employer_cvr': 'VARCHAR', 'db07': 'VARCHAR', 'paid_hours': 'DOUBLE', 'subsidised': 'BOOLEAN'}",
    );
    const outcome = await importRegisterFile(t().db.handle.db, path, {
      kind: 'hours_monthly',
      fileName: 'hours.parquet',
      actor: { staffId: null, label: 'test' },
      secret: new Uint8Array(32),
      maxRejectedShare: 0.5,
    });
    assert.ok(outcome.importId);
    assert.equal(outcome.report.rowsKept, 1);
    assert.deepEqual(outcome.report.problems, [{ code: 'hours_out_of_range', count: 1, examples: [{ line: 3, value: 'paid_hours: 800.0' }] }]);
    const rows = await t().db.handle.db.selectFrom('register_hours_month').select(['month', 'paid_hours', 'subsidised']).execute();
    assert.deepEqual(rows, [{ month: '2018-07-01', paid_hours: 37.5, subsidised: false }]);
  });
});
