import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectSeparator, importErrorFields, parseCsv, planImport, type ExistingCompany } from './company-import.ts';

const towns: Record<string, string> = { '4300': 'Holbæk', '8000': 'Aarhus C', '2100': 'København Ø' };
const postcodeName = (postcode: string) => towns[postcode.trim()];
const none = new Map<string, ExistingCompany>();

function plan(text: string, existing: ReadonlyMap<string, ExistingCompany> = none) {
  const result = planImport(text, existing, postcodeName);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('reading CSV files', () => {
  it('detects ; and , from the header line, ignoring separators inside quotes', () => {
    assert.equal(detectSeparator('cvr;navn;postnr\n1,2,3,4'), ';');
    assert.equal(detectSeparator('cvr,navn,postnr'), ',');
    assert.equal(detectSeparator('"a;b;c",navn,postnr'), ',');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, and CRLF line ends', () => {
    const result = parseCsv('\uFEFFa;b;c\r\n"x;y";"say ""hi""";"two\r\nlines"\r\nlast;;\r\n');
    assert.ok(result.ok);
    assert.deepEqual(result.value, [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x;y', 'say "hi"', 'two\r\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('reads LF and lone CR line ends and a last line without a line break', () => {
    const result = parseCsv('a,b\n1,2\r3,4');
    assert.ok(result.ok);
    assert.deepEqual(result.value.map((r) => r.fields), [['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('refuses a quote that is never closed, naming the line where it opens', () => {
    const result = parseCsv('a;b\n1;"open\n2;3\n');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /Linje 2/);
  });
});

describe('planning a company import', () => {
  it('plans new companies as creates, with the town from the postcode when the city is blank', () => {
    const result = plan('cvr;navn;adresse;postnr;by;branchekode;størrelse;sektor;telefon;email\n24256790;Novo;Vej 1;4300;;47.11.00;37;Privat;12345678;a@b.dk\n');
    assert.deepEqual(result.summary, { total: 1, create: 1, update: 0, unchanged: 0, errors: 0 });
    const row = result.rows[0]!;
    assert.equal(row.action, 'create');
    assert.equal(row.line, 2);
    assert.deepEqual(row.record, {
      name: 'Novo',
      industryCode: '471100',
      sizeBand: '10-49',
      sector: 'private',
      phone: '12345678',
      email: 'a@b.dk',
      main: { addressLine: 'Vej 1', postcode: '4300', city: 'Holbæk' },
    });
  });

  it('accepts English headers in any case, a comma separator and a BOM, and ignores unknown columns', () => {
    const result = plan('\uFEFFCVR,Name,Postcode,Employees note,SECTOR\r\n16427888,"Danmarks Statistik, Kbh",2100,x,public\r\n');
    assert.equal(result.rows[0]!.action, 'create');
    assert.equal(result.rows[0]!.record!.name, 'Danmarks Statistik, Kbh');
    assert.equal(result.rows[0]!.record!.sector, 'public');
  });

  it('reports every error on its line and column and plans nothing for that line', () => {
    const text = [
      'cvr;navn;postnr;branchekode;størrelse;sektor;telefon;email',
      '24256791;Forkert kontrolciffer;4300;;;;;',
      '1234567;;9999;4;mange;halvoffentlig;12;ikke-en-mail',
      '16427888;God;8000;;;;;',
      '16427888;Samme CVR igen;8000;;;;;',
    ].join('\n');
    const result = plan(text);
    assert.deepEqual(result.summary, { total: 4, create: 1, update: 0, unchanged: 0, errors: 3 });
    const fields = importErrorFields(result.rows);
    assert.match(fields['row.2.cvr']!, /modulus 11/);
    assert.match(fields['row.3.cvr']!, /8 cifre/);
    assert.match(fields['row.3.name']!, /mangler/);
    assert.match(fields['row.3.postcode']!, /9999 findes ikke/);
    assert.match(fields['row.3.industry_code']!, /2-6 cifre/);
    assert.match(fields['row.3.size']!, /antal ansatte/);
    assert.match(fields['row.3.sector']!, /privat eller offentlig/);
    assert.match(fields['row.3.phone']!, /8 cifre/);
    assert.match(fields['row.3.email']!, /e-mail/);
    assert.match(fields['row.5.cvr']!, /linje 4/);
    assert.equal(fields['row.4.cvr'], undefined, 'the first line with a CVR number is fine; the later one is the error');
    assert.equal(result.rows[1]!.record, undefined);
  });

  it('refuses a line with more fields than the header (an unquoted separator in a value)', () => {
    const result = plan('cvr,navn,postnr\n24256790,Hansen, Jensen,4300\n');
    assert.equal(result.rows[0]!.action, 'error');
    assert.ok(result.rows[0]!.errors.some((e) => e.column === 'columns'));
  });

  it('compares with registered companies: unchanged, or an update naming the changed columns; blank cells keep stored values', () => {
    const existing = new Map<string, ExistingCompany>([
      [
        '24256790',
        {
          id: 'c1',
          name: 'Novo',
          industryCode: '471100',
          sizeBand: '10-49',
          sector: 'private',
          phone: '12345678',
          email: null,
          main: { addressLine: 'Vej 1', postcode: '4300', city: 'Holbæk' },
        },
      ],
    ]);
    const same = plan('cvr;navn;adresse;postnr;telefon\n24256790;Novo;Vej 1;4300;\n', existing);
    assert.equal(same.rows[0]!.action, 'unchanged');
    assert.deepEqual(same.rows[0]!.changes, []);
    const changed = plan('cvr;navn;adresse;postnr\n24256790;Novo Nordisk;Vej 1;8000\n', existing);
    assert.equal(changed.rows[0]!.action, 'update');
    assert.equal(changed.rows[0]!.existingId, 'c1');
    assert.deepEqual(changed.rows[0]!.changes, ['name', 'postcode', 'city']);
    assert.equal(changed.rows[0]!.record!.main.city, 'Aarhus C', 'a new postcode brings its town');
    assert.equal(changed.rows[0]!.record!.phone, '12345678');
  });

  it('reads back the formula guard a spreadsheet export puts before a leading +', () => {
    const result = plan("cvr;navn;postnr;telefon\n24256790;Novo;4300;'+45 12 34 56 78\n");
    assert.equal(result.rows[0]!.record!.phone, '+45 12 34 56 78');
  });

  it('refuses files it cannot read: empty, without the required columns, a repeated column, or too many lines', () => {
    const reason = (text: string, maxRows = 5000) => {
      const result = planImport(text, none, postcodeName, { maxRows });
      return result.ok ? '' : result.reason;
    };
    assert.match(reason(''), /tom/);
    assert.match(reason('navn;by\nx;y\n'), /kolonnerne CVR, postnr/);
    assert.match(reason('cvr;navn;name;postnr\n'), /to gange/);
    assert.match(reason('cvr;navn;postnr\n'), /ingen virksomheder/);
    assert.match(reason('cvr;navn;postnr\n24256790;a;4300\n16427888;b;4300\n', 1), /højst 1/);
  });

  it('skips blank lines, including lines of separators only', () => {
    const result = plan('cvr;navn;postnr\n\n;;\n24256790;Novo;4300\n\n');
    assert.equal(result.summary.total, 1);
    assert.equal(result.rows[0]!.line, 4);
  });
});
