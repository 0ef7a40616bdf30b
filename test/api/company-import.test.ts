import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cvrCheckDigit } from '../../src/domain/companies/cvr.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Valid CVR numbers (modulus 11), a fresh one per call. */
let serial = 5000000;
function newCvr(): string {
  for (;;) {
    const seven = String(serial++);
    const digit = cvrCheckDigit(seven);
    if (digit !== null) return `${seven}${digit}`;
  }
}

forEachDatabase('company import', (t) => {
  const db = () => t().db.handle.db;
  const post = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'POST', url, payload: payload as object });
  const companyCount = async () => Number((await db().selectFrom('company').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const addressCount = async () => Number((await db().selectFrom('company_address').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('a file with bad lines reports every error by line and column, and neither preview nor import writes anything', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const good = newCvr();
    const csv = [
      'CVR;Navn;Adresse;Postnr;By;Branchekode;Størrelse;Sektor;Telefon;Email',
      `${good};Godt Firma ApS;Ahlgade 1;4300;;471100;12;privat;;`,
      '24256791;Forkert kontrolciffer;;4300;;;;;;',
      '1234567;;;9999;;4;mange;halvt;12;ikke-en-mail',
      `${good};Samme CVR igen;;4300;;;;;;`,
      `${newCvr()};"Citat ""med"" semikolon; ApS";"Vej 2";8000;;;;;;`,
    ].join('\r\n');
    const before = [await companyCount(), await addressCount()];

    const preview = await post(cookie, '/api/companies/import/preview', { csv });
    assert.equal(preview.statusCode, 200, preview.body);
    const { rows, summary } = preview.json();
    assert.deepEqual(summary, { total: 5, create: 2, update: 0, unchanged: 0, errors: 3 });
    assert.deepEqual(
      rows.map((r: { line: number; action: string }) => [r.line, r.action]),
      [
        [2, 'create'],
        [3, 'error'],
        [4, 'error'],
        [5, 'error'],
        [6, 'create'],
      ],
    );
    assert.equal(rows[4].name, 'Citat "med" semikolon; ApS');
    assert.deepEqual(
      rows[2].errors.map((e: { column: string }) => e.column),
      ['cvr', 'name', 'postcode', 'industry_code', 'size', 'sector', 'phone', 'email'],
    );
    assert.deepEqual([await companyCount(), await addressCount()], before, 'the preview writes nothing');

    const imported = await post(cookie, '/api/companies/import', { csv });
    assert.equal(imported.statusCode, 400, imported.body);
    const error = imported.json().error;
    assert.match(error.message, /3 linjer.*intet er importeret/);
    assert.match(error.fields['row.3.cvr'], /modulus 11/);
    assert.match(error.fields['row.4.cvr'], /8 cifre/);
    assert.match(error.fields['row.4.name'], /mangler/);
    assert.match(error.fields['row.4.postcode'], /9999 findes ikke/);
    assert.match(error.fields['row.4.industry_code'], /2-6 cifre/);
    assert.match(error.fields['row.4.size'], /antal ansatte/);
    assert.match(error.fields['row.4.sector'], /privat eller offentlig/);
    assert.match(error.fields['row.4.phone'], /8 cifre/);
    assert.match(error.fields['row.4.email'], /e-mail/);
    assert.match(error.fields['row.5.cvr'], /linje 2/);
    assert.equal(Object.keys(error.fields).length, 10);
    assert.deepEqual([await companyCount(), await addressCount()], before, 'nothing is imported, not even the good lines');
  });

  test('a good file imports; re-importing it with one name changed updates that company without duplicates', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const cvrs = [newCvr(), newCvr(), newCvr()];
    const lines = (secondName: string) =>
      [
        'cvr,navn,adresse,postnr,by,branchekode,stoerrelse,sektor,telefon,email',
        `${cvrs[0]},Import Et ApS,Ahlgade 1,4300,,471100,1-9,privat,20304050,et@firma.dk`,
        `${cvrs[1]},${secondName},"Søndergade 3, 2. sal",8000,Aarhus,862100,50-249,offentlig,,`,
        `${cvrs[2]},Import Tre ApS,,4000,,,,,,`,
      ].join('\n');
    const before = await companyCount();
    const first = await post(cookie, '/api/companies/import', { csv: `\uFEFF${lines('Import To A/S')}` });
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json(), { created: 3, updated: 0, unchanged: 0 });
    assert.equal(await companyCount(), before + 3);

    const stored = await db()
      .selectFrom('company')
      .innerJoin('company_address', 'company_address.company_id', 'company.id')
      .select(['company.cvr', 'company.name', 'company.sector', 'company.size_band', 'company.owner_staff_id', 'company.owner_unit_id', 'company_address.kind', 'company_address.address_line', 'company_address.city'])
      .where('company.cvr', '=', cvrs[1]!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, {
      cvr: cvrs[1],
      name: 'Import To A/S',
      sector: 'public',
      size_band: '50-249',
      owner_staff_id: t().fixture.staff.virksomhedskonsulent!.id,
      owner_unit_id: t().fixture.teamA,
      kind: 'main',
      address_line: 'Søndergade 3, 2. sal',
      city: 'Aarhus',
    });

    const preview = await post(cookie, '/api/companies/import/preview', { csv: lines('Import To og Søn A/S') });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.deepEqual(preview.json().summary, { total: 3, create: 0, update: 1, unchanged: 2, errors: 0 });
    assert.deepEqual(preview.json().rows[1].changes, ['name']);

    const again = await post(cookie, '/api/companies/import', { csv: lines('Import To og Søn A/S') });
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual(again.json(), { created: 0, updated: 1, unchanged: 2 });
    assert.equal(await companyCount(), before + 3, 'no duplicates');
    const renamed = await db().selectFrom('company').select(['name', 'version']).where('cvr', '=', cvrs[1]!).executeTakeFirstOrThrow();
    assert.deepEqual(renamed, { name: 'Import To og Søn A/S', version: 2 });
    const addresses = await db().selectFrom('company_address').innerJoin('company', 'company.id', 'company_address.company_id').select('company_address.id').where('company.cvr', 'in', cvrs).execute();
    assert.equal(addresses.length, 3, 'one main address each, not duplicated');
  });

  test('a company exported to CSV imports back unchanged', async () => {
    const cookie = await t().login('jobformidler');
    const created = await post(cookie, '/api/companies', {
      cvr: newCvr(),
      name: 'Rundtur; "Eksport" ApS',
      industryCode: '561010',
      sizeBand: '10-49',
      sector: 'public',
      phone: '+45 59 59 59 59',
      email: 'rundtur@eksport.dk',
      addresses: [{ kind: 'main', addressLine: 'Torvet 1', postcode: '4300' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const exported = await t().request(cookie, { method: 'GET', url: '/api/companies.csv?q=Rundtur' });
    assert.equal(exported.statusCode, 200);
    const preview = await post(cookie, '/api/companies/import/preview', { csv: exported.body });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.deepEqual(preview.json().summary, { total: 1, create: 0, update: 0, unchanged: 1, errors: 0 }, JSON.stringify(preview.json().rows));
  });

  test('a file that cannot be read is refused on fields.csv: missing columns, an open quote, too many lines, more than 2 MB', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const refused = async (csv: string, pattern: RegExp) => {
      const response = await post(cookie, '/api/companies/import/preview', { csv });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.json().error.fields.csv, pattern);
      const imported = await post(cookie, '/api/companies/import', { csv });
      assert.equal(imported.statusCode, 400);
    };
    await refused('navn;by\nFirma;Holbæk\n', /mangler kolonnerne CVR, postnr/);
    await refused('cvr;navn;postnr\n24256790;"Åben;4300\n', /Linje 2.*lukkes aldrig/);
    await refused(`cvr;navn;postnr\n${Array.from({ length: 5001 }, (_, i) => `24256790;Firma ${i};4300`).join('\n')}`, /5001 linjer.*højst 5000/);
    await refused(`cvr;navn;postnr;note\n24256790;Firma;4300;${'x'.repeat(2 * 1024 * 1024)}\n`, /højst 2 MB/);
  });

  test('only roles that write companies may import; the analyst and the mentor may not', async () => {
    const csv = `cvr;navn;postnr\n${newCvr()};Rolle ApS;4300\n`;
    for (const username of ['mentor', 'analytiker']) {
      const cookie = await t().login(username);
      assert.equal((await post(cookie, '/api/companies/import/preview', { csv })).statusCode, 403, username);
      assert.equal((await post(cookie, '/api/companies/import', { csv })).statusCode, 403, username);
    }
    const leder = await t().login('leder');
    const imported = await post(leder, '/api/companies/import', { csv });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(imported.json(), { created: 1, updated: 0, unchanged: 0 });
  });
});
