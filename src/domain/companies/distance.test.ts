import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceBetweenPostcodes, haversineKm, type GeoPoint, type PostcodeDirectory } from './distance.ts';

const copenhagen: GeoPoint = { lat: 55.6759, lon: 12.5655 };
const aarhus: GeoPoint = { lat: 56.1567, lon: 10.2108 };
const roenne: GeoPoint = { lat: 55.1009, lon: 14.7066 };
const esbjerg: GeoPoint = { lat: 55.4765, lon: 8.4594 };

function directory(entries: Record<string, GeoPoint & { name: string }>): PostcodeDirectory {
  return { lookup: (code) => entries[code] };
}

describe('haversineKm', () => {
  it('gives about 156 km between Copenhagen and Aarhus', () => {
    assert.ok(Math.abs(haversineKm(copenhagen, aarhus) - 156) <= 5, String(haversineKm(copenhagen, aarhus)));
  });

  it('gives 0 for the same point', () => {
    assert.equal(haversineKm(aarhus, aarhus), 0);
  });

  it('is symmetric', () => {
    assert.equal(haversineKm(copenhagen, roenne), haversineKm(roenne, copenhagen));
  });

  it('spans Esbjerg to Rønne, the country east to west, at about 400 km', () => {
    const d = haversineKm(esbjerg, roenne);
    assert.ok(d > 390 && d < 410, String(d));
  });

  it('measures one degree of latitude as about 111 km', () => {
    const d = haversineKm({ lat: 55, lon: 10 }, { lat: 56, lon: 10 });
    assert.ok(Math.abs(d - 111.2) < 0.2, String(d));
  });

  it('stays finite for antipodal points', () => {
    const d = haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 });
    assert.ok(Math.abs(d - Math.PI * 6371.0088) < 1e-6, String(d));
  });
});

describe('distanceBetweenPostcodes', () => {
  const dir = directory({
    '1000': { ...copenhagen, name: 'København K' },
    '8000': { ...aarhus, name: 'Aarhus C' },
  });

  it('measures between the two postcodes’ centroids', () => {
    assert.equal(distanceBetweenPostcodes(dir, '1000', '8000'), haversineKm(copenhagen, aarhus));
  });

  it('gives 0 within one postcode', () => {
    assert.equal(distanceBetweenPostcodes(dir, '8000', '8000'), 0);
  });

  it('ignores surrounding whitespace in typed postcodes', () => {
    assert.equal(distanceBetweenPostcodes(dir, ' 1000', '8000 '), haversineKm(copenhagen, aarhus));
  });

  it('is undefined, not 0, when either postcode is unknown', () => {
    assert.equal(distanceBetweenPostcodes(dir, '1000', '9999'), undefined);
    assert.equal(distanceBetweenPostcodes(dir, '9999', '1000'), undefined);
    assert.equal(distanceBetweenPostcodes(dir, '', ''), undefined);
  });
});
