import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePostcodes, postcodeDirectory, postcodeEntries, postcodeName } from './postcodes.ts';
import { distanceBetweenPostcodes, haversineKm, type GeoPoint } from '../domain/companies/distance.ts';

const HOLBAEK: GeoPoint = { lat: 55.7175, lon: 11.7128 };

function near(code: string, expected: GeoPoint, maxKm: number): void {
  const entry = postcodeDirectory().lookup(code);
  assert.ok(entry, `postcode ${code} missing`);
  const d = haversineKm(entry, expected);
  assert.ok(d <= maxKm, `${code} ${entry.name} is ${d.toFixed(1)} km from the expected point (max ${maxKm})`);
}

describe('shipped postcode list', () => {
  const entries = [...postcodeEntries().values()];

  it('covers all Danish postcodes (at least 1,100)', () => {
    assert.ok(entries.length >= 1100, String(entries.length));
  });

  it('has unique 4-digit postcodes with positions inside Denmark', () => {
    assert.equal(new Set(entries.map((e) => e.postcode)).size, entries.length);
    for (const e of entries) {
      assert.match(e.postcode, /^\d{4}$/);
      assert.ok(e.lat >= 54.5 && e.lat <= 57.8, `${e.postcode} lat ${e.lat}`);
      assert.ok(e.lon >= 8.0 && e.lon <= 15.2, `${e.postcode} lon ${e.lon}`);
    }
  });

  it('places the big cities and Bornholm at their towns', () => {
    near('4300', HOLBAEK, 3);
    near('8000', { lat: 56.1567, lon: 10.2108 }, 3);
    near('5000', { lat: 55.3959, lon: 10.3883 }, 3);
    near('9000', { lat: 57.048, lon: 9.9187 }, 3);
    near('3700', { lat: 55.1009, lon: 14.7066 }, 3);
    near('6700', { lat: 55.4765, lon: 8.4594 }, 4);
  });

  it('places PO-box codes missing from the street list with their city', () => {
    for (const [box, street] of [['8100', '8000'], ['9100', '9000'], ['5100', '5000'], ['6701', '6700']] as const) {
      const dir = postcodeDirectory();
      assert.equal(distanceBetweenPostcodes(dir, box, street), 0, `${box} vs ${street}`);
    }
  });

  // The demo municipality lies around Holbæk: every postcode a citizen or
  // company there is likely to have must be known and plausibly placed.
  const holbaekArea: Record<string, string> = {
    '4000': 'Roskilde',
    '4200': 'Slagelse',
    '4400': 'Kalundborg',
    '4180': 'Sorø',
    '4520': 'Svinninge',
    '4450': 'Jyderup',
    '4390': 'Vipperød',
    '4340': 'Tølløse',
    '4320': 'Lejre',
    '4350': 'Ugerløse',
    '4360': 'Kirke Eskilstrup',
    '4370': 'Store Merløse',
    '4420': 'Regstrup',
    '4440': 'Mørkøv',
    '4460': 'Snertinge',
    '4470': 'Svebølle',
    '4490': 'Jerslev Sjælland',
    '4500': 'Nykøbing Sj',
    '4534': 'Hørve',
    '4550': 'Asnæs',
    '4560': 'Vig',
    '4571': 'Grevinge',
    '4572': 'Nørre Asmindrup',
    '4573': 'Højby',
    '4581': 'Rørvig',
    '4583': 'Sjællands Odde',
    '4591': 'Føllenslev',
    '4592': 'Sejerø',
    '4593': 'Eskebjerg',
  };

  it('knows the postcodes around Holbæk by name, all within 40 km of Holbæk (Slagelse 45)', () => {
    for (const [code, name] of Object.entries(holbaekArea)) {
      assert.equal(postcodeName(code), name, code);
      // Slagelse town itself lies 41.6 km from Holbæk.
      near(code, HOLBAEK, code === '4200' ? 45 : 40);
    }
  });

  it('places the Holbæk-area towns GeoNames knows at the town itself, not a municipal fallback', () => {
    const townMatched = ['4300', '4000', '4200', '4400', '4180', '4520', '4450', '4390', '4340', '4320', '4370', '4440', '4470', '4500', '4534', '4550', '4573', '4581'];
    for (const code of townMatched) assert.equal(postcodeEntries().get(code)?.method, 'town', code);
    // Svinninge and Jyderup also exist as GeoNames places in Odsherred; the
    // postcodes must take the Holbæk Kommune ones.
    near('4520', { lat: 55.7211, lon: 11.4655 }, 1);
    near('4450', { lat: 55.664, lon: 11.4203 }, 1);
  });

  it('answers lookups for typed postcodes with spaces and rejects unknown ones', () => {
    assert.equal(postcodeName(' 4300 '), 'Holbæk');
    assert.equal(postcodeName('0000'), undefined);
    assert.equal(postcodeDirectory().lookup('43OO'), undefined);
  });
});

describe('parsePostcodes', () => {
  const header = 'postcode;name;lat;lon;method';

  it('reads a valid file, BOM and CRLF included', () => {
    const rows = parsePostcodes(`\uFEFF${header}\r\n4300;Holbæk;55.7175;11.7128;town\r\n`);
    assert.deepEqual(rows.get('4300'), { postcode: '4300', name: 'Holbæk', lat: 55.7175, lon: 11.7128, method: 'town' });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['a wrong header', 'code;name;lat;lon\n', /test\.csv:1: expected header/],
    ['a missing field', `${header}\n4300;Holbæk;55.7;11.7\n`, /test\.csv:2: expected 5 fields/],
    ['a 3-digit postcode', `${header}\n430;Holbæk;55.7;11.7;town\n`, /test\.csv:2: postcode "430" is not 4 digits/],
    ['a duplicate postcode', `${header}\n4300;Holbæk;55.7;11.7;town\n4300;Holbæk;55.7;11.7;town\n`, /test\.csv:3: postcode 4300 appears twice/],
    ['an empty name', `${header}\n4300; ;55.7;11.7;town\n`, /test\.csv:2: name is empty/],
    ['swapped coordinates', `${header}\n4300;Holbæk;11.7;55.7;town\n`, /test\.csv:2: lat "11.7"/],
    ['an empty longitude', `${header}\n4300;Holbæk;55.7;;town\n`, /test\.csv:2: lon ""/],
    ['an unknown method', `${header}\n4300;Holbæk;55.7;11.7;guess\n`, /test\.csv:2: method "guess"/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what}, naming the line`, () => {
      assert.throws(() => parsePostcodes(text, 'test.csv'), message);
    });
  }
});
