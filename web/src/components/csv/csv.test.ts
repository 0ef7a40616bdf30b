import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvOf } from './csv.ts';
import type { CsvColumn } from './csv.ts';

// The field, file and file-name rules are tested with them in src/domain/csv.test.ts.

test('columns give the header line and one line per row, numbers kept as numbers', () => {
  const columns: CsvColumn<{ name: string; hours: number | null }>[] = [
    { header: 'Navn', value: (r) => r.name },
    { header: 'Timer', value: (r) => r.hours },
  ];
  assert.equal(csvOf(columns, [{ name: 'Åse', hours: 7.5 }, { name: 'Bo; Bent', hours: null }]), '\uFEFFNavn;Timer\r\nÅse;7,5\r\n"Bo; Bent";\r\n');
  assert.equal(csvOf(columns, []), '\uFEFFNavn;Timer\r\n', 'an empty list still has its headers');
});
