import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCvr } from '../../../../src/domain/companies/cvr.ts';
import { importColumnInfo, importExampleCsv, parseRowErrorKey, utf8Bytes } from './importFormat.ts';

test('the example file has the Danish headers, two companies with valid CVR numbers, ";" and a BOM', () => {
  const text = importExampleCsv();
  assert.ok(text.startsWith('\uFEFF'));
  const lines = text.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0]?.split(';'), importColumnInfo.map((c) => c.name));
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    assert.equal(cells.length, importColumnInfo.length);
    assert.equal(checkCvr(cells[0] ?? '').ok, true, `CVR ${cells[0]}`);
    assert.match(cells[3] ?? '', /^[0-9]{4}$/);
  }
});

test('the required columns are the contract\'s: cvr, navn and postnr', () => {
  assert.deepEqual(importColumnInfo.filter((c) => c.required).map((c) => c.name), ['cvr', 'navn', 'postnr']);
});

test('a refused import names its errors row.<line>.<column>', () => {
  assert.deepEqual(parseRowErrorKey('row.4.postnr'), { line: 4, column: 'postnr' });
  assert.deepEqual(parseRowErrorKey('row.12.industry_code'), { line: 12, column: 'industry_code' });
  assert.equal(parseRowErrorKey('csv'), null);
});

test('size is counted in UTF-8 bytes, as the server limits it', () => {
  assert.equal(utf8Bytes('æøå'), 6);
});

test('errors and changes name columns by the server\'s key; the screen shows the header the user knows', async () => {
  const { importColumnName } = await import('./importFormat.ts');
  const { format } = await import('../../i18n/index.tsx');
  const { da } = await import('../../i18n/da.ts');
  const t = (key: keyof typeof da) => format(da[key]);
  assert.equal(importColumnName(t, 'da-DK', 'postcode'), 'postnr');
  assert.equal(importColumnName(t, 'en-GB', 'postcode'), 'postcode');
  assert.equal(importColumnName(t, 'da-DK', 'industry_code'), 'branchekode');
  assert.equal(importColumnName(t, 'en-GB', 'size'), 'size');
  assert.equal(importColumnName(t, 'da-DK', 'columns'), 'hele linjen');
  assert.equal(importColumnName(t, 'da-DK', 'something'), 'something');
});
