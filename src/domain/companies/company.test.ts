import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkAddresses,
  checkAgreementTerms,
  checkOpening,
  db07MainGroupsOf,
  industryOf,
  normaliseIndustryCode,
  parseSector,
  parseSizeBand,
} from './company.ts';
import { isRunning } from '../placements/placement.ts';

const known = (postcode: string) => postcode === '4300' || postcode === '8000';

describe('company checks', () => {
  it('describes an industry by code, 10-group and Danish label, and nothing for a missing code', () => {
    assert.deepEqual(industryOf('471100'), { code: '471100', group10: 'trade_transport', label: 'Handel og transport mv.' });
    assert.deepEqual(industryOf(null), { code: null, group10: null, label: null });
    assert.deepEqual(db07MainGroupsOf('construction'), ['41', '42', '43']);
    assert.ok(db07MainGroupsOf('unknown').includes('00'));
  });

  it('requires exactly one main address and Danish postcodes, by field path', () => {
    assert.deepEqual(checkAddresses([{ kind: 'main', postcode: '4300' }, { kind: 'workplace', postcode: '8000' }], known), {});
    assert.match(checkAddresses([], known).addresses!, /mindst én/);
    assert.match(checkAddresses([{ kind: 'workplace', postcode: '4300' }], known).addresses!, /hovedadresse/);
    assert.match(checkAddresses([{ kind: 'main', postcode: '4300' }, { kind: 'main', postcode: '4300' }], known).addresses!, /kun være én/);
    assert.match(checkAddresses([{ kind: 'main', postcode: '4300' }, { kind: 'workplace', postcode: '9999' }], known)['addresses.1.postcode']!, /9999/);
  });

  it('reads size bands as bands or employee counts, and sectors in Danish or English', () => {
    assert.deepEqual(parseSizeBand('250+'), { ok: true, band: '250+' });
    assert.deepEqual(parseSizeBand('9'), { ok: true, band: '1-9' });
    assert.deepEqual(parseSizeBand('10-49 ansatte'), { ok: true, band: '10-49' });
    assert.deepEqual(parseSizeBand('50'), { ok: true, band: '50-249' });
    assert.equal(parseSizeBand('0').ok, false);
    assert.equal(parseSizeBand('mange').ok, false);
    assert.deepEqual(parseSector('Offentlig'), { ok: true, sector: 'public' });
    assert.deepEqual(parseSector('PRIVATE'), { ok: true, sector: 'private' });
    assert.deepEqual(normaliseIndustryCode('47.11.00'), { ok: true, code: '471100' });
    assert.equal(normaliseIndustryCode('4').ok, false);
  });

  it('ties places to fixed-places agreements and refuses an end before the start', () => {
    assert.deepEqual(checkAgreementTerms({ kind: 'fixed_places', places: 3, from: '2025-01-01', to: null }), {});
    assert.ok(checkAgreementTerms({ kind: 'fixed_places', places: null, from: '2025-01-01', to: null }).places);
    assert.ok(checkAgreementTerms({ kind: 'open', places: 2, from: '2025-01-01', to: null }).places);
    assert.ok(checkAgreementTerms({ kind: 'open', places: null, from: '2025-01-01', to: '2024-12-31' }).to);
    assert.equal(isRunning({ from: '2025-01-01', to: '2025-06-30' }, '2025-06-30'), true);
    assert.equal(isRunning({ from: '2025-01-01', to: '2025-06-30' }, '2025-07-01'), false);
    assert.equal(isRunning({ from: '2025-01-01', to: null }, '2024-12-31'), false);
  });

  it('refuses an opening whose maximum hours are below the minimum, or out of 0-80', () => {
    assert.deepEqual(checkOpening({ hoursMin: 5, hoursMax: 10, openFrom: '2025-01-01', openTo: null }), {});
    assert.match(checkOpening({ hoursMin: 10, hoursMax: 5, openFrom: '2025-01-01', openTo: null }).hoursMax!, /lavere/);
    assert.ok(checkOpening({ hoursMin: 0, hoursMax: 81, openFrom: '2025-01-01', openTo: null }).hoursMax);
    assert.ok(checkOpening({ hoursMin: 1, hoursMax: 2, openFrom: '2025-01-02', openTo: '2025-01-01' }).openTo);
  });
});
