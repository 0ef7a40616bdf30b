import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvFileName, fileSlug, slugFileName, toCsv } from './csv.ts';

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

test('booleans are true/false, or Ja/Nej with the danishBooleans option (in every field of the file)', () => {
  assert.equal(csvField(true), 'true');
  assert.equal(csvField(false), 'false');
  assert.equal(csvField(true, { danishBooleans: true }), 'Ja');
  assert.equal(csvField(false, { danishBooleans: true }), 'Nej');
  assert.equal(toCsv(['Aftale', 'Timer'], [[true, 7.5], [false, null]], { danishBooleans: true }), '\uFEFFAftale;Timer\r\nJa;7,5\r\nNej;\r\n');
  assert.equal(toCsv(['Aftale'], [[true]]), '\uFEFFAftale\r\ntrue\r\n');
});

test('file names: the parts and the day as lower-case slugs, æ, ø and å spelt out, empty parts left out', () => {
  assert.equal(csvFileName(['kontaktlog', '12345674'], '2026-11-23'), 'kontaktlog-12345674-2026-11-23.csv');
  assert.equal(csvFileName(['a/b c'], '2026-11-23'), 'a-b-c-2026-11-23.csv');
  assert.equal(csvFileName(['virksomhedsforløb', 'Åse Ørum-Bæk', ''], '2026-11-23'), 'virksomhedsforloeb-aase-oerum-baek-2026-11-23.csv');
  assert.equal(fileSlug('  Zoë Müller '), 'zoe-muller');
  assert.equal(slugFileName(['arbejdsaftale', 'Søren Ågård', 'v2'], 'pdf'), 'arbejdsaftale-soeren-aagaard-v2.pdf');
  assert.equal(slugFileName(['kompetence-cv', ' ', ''], 'pdf'), 'kompetence-cv.pdf');
});
