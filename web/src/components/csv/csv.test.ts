import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvFileName, csvOf, fileSlug, toCsv } from './csv.ts';
import type { CsvColumn } from './csv.ts';

test('a CSV file for Danish Excel starts with a UTF-8 BOM, separates with ";" and ends lines with CRLF', () => {
  const text = toCsv(['Borger', 'Alder'], [['Åse Ørum', 61], ['Bo', 30]]);
  assert.equal(text, '\uFEFFBorger;Alder\r\nÅse Ørum;61\r\nBo;30\r\n');
  assert.deepEqual([...new TextEncoder().encode(text).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
});

test('fields holding the separator, quotes or line breaks are quoted, quotes doubled', () => {
  assert.equal(csvField('a;b'), '"a;b"');
  assert.equal(csvField('Han sagde "ja"'), '"Han sagde ""ja"""');
  assert.equal(csvField('linje 1\nlinje 2'), '"linje 1\nlinje 2"');
  assert.equal(csvField('plain'), 'plain');
});

test('empty values are empty fields and decimals use a comma', () => {
  assert.equal(csvField(null), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(12.5), '12,5');
  assert.equal(csvField(0), '0');
});

test('text that Excel would run as a formula is kept as text', () => {
  assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField('+45 12345678'), "'+45 12345678");
  assert.equal(csvField('@navn'), "'@navn");
  assert.equal(csvField(-3), '-3', 'negative numbers stay numbers');
});

test('columns give the header line and one line per row, numbers kept as numbers', () => {
  const columns: CsvColumn<{ name: string; hours: number | null }>[] = [
    { header: 'Navn', value: (r) => r.name },
    { header: 'Timer', value: (r) => r.hours },
  ];
  assert.equal(csvOf(columns, [{ name: 'Åse', hours: 7.5 }, { name: 'Bo; Bent', hours: null }]), '\uFEFFNavn;Timer\r\nÅse;7,5\r\n"Bo; Bent";\r\n');
  assert.equal(csvOf(columns, []), '\uFEFFNavn;Timer\r\n', 'an empty list still has its headers');
});

test('file names: the parts and the day as lower-case slugs, æ, ø and å spelt out, empty parts left out', () => {
  assert.equal(csvFileName(['kontaktlog', '12345674'], '2026-11-23'), 'kontaktlog-12345674-2026-11-23.csv');
  assert.equal(csvFileName(['a/b c'], '2026-11-23'), 'a-b-c-2026-11-23.csv');
  assert.equal(csvFileName(['virksomhedsforløb', 'Åse Ørum-Bæk', ''], '2026-11-23'), 'virksomhedsforloeb-aase-oerum-baek-2026-11-23.csv');
  assert.equal(fileSlug('  Zoë Müller '), 'zoe-muller');
});
