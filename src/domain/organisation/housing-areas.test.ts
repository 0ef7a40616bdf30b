import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRange, formatAddressRange, housingMembership, parseAddressLine, parseAddressRange, type HousingArea } from './housing-areas.ts';

const area = (name: string, fields: Partial<HousingArea>): HousingArea => ({ id: name, name, postcodes: [], addresses: [], ...fields });
const solbakken = area('Solbakken', { addresses: [{ street: 'Solbakken', postcode: '4300', from: 1, to: 48 }, { street: 'Fjordvej', postcode: '4300', from: 7, to: 7 }] });
const vestby = area('Vestby', { postcodes: ['4390'] });
const parken = area('Parken', { addresses: [{ street: 'Parkvej', postcode: '4300', from: null, to: null }] });

describe('address lines', () => {
  it('reads street and house number from Danish address lines', () => {
    assert.deepEqual(parseAddressLine('Solbakken 12, 2. th'), { street: 'Solbakken', number: 12 });
    assert.deepEqual(parseAddressLine('Holbækvej 7B'), { street: 'Holbækvej', number: 7 });
    assert.deepEqual(parseAddressLine('Christian X’s Vej 3 st. tv'), { street: 'Christian X’s Vej', number: 3 });
    assert.equal(parseAddressLine('Solbakken'), undefined);
  });
});

describe('housing-area membership from the address', () => {
  const areas = [solbakken, vestby, parken];

  it('places an address by street and house-number range, ignoring case and spaces', () => {
    assert.deepEqual(housingMembership({ addressLine: ' solbakken  48, st.', postcode: '4300' }, areas), { status: 'inside', area: 'Solbakken', by: 'address' });
    assert.equal(housingMembership({ addressLine: 'Solbakken 49', postcode: '4300' }, areas).status, 'outside');
    assert.equal(housingMembership({ addressLine: 'Solbakken 12', postcode: '4000' }, areas).status, 'outside');
  });

  it('places an exact address and a whole street', () => {
    assert.equal(housingMembership({ addressLine: 'Fjordvej 7', postcode: '4300' }, areas).status, 'inside');
    assert.equal(housingMembership({ addressLine: 'Fjordvej 9', postcode: '4300' }, areas).status, 'outside');
    assert.deepEqual(housingMembership({ addressLine: 'Parkvej 120A', postcode: '4300' }, areas), { status: 'inside', area: 'Parken', by: 'address' });
  });

  it('places every address of a listed postcode', () => {
    assert.deepEqual(housingMembership({ addressLine: 'Hovedgaden 1', postcode: '4390' }, areas), { status: 'inside', area: 'Vestby', by: 'postcode' });
    assert.deepEqual(housingMembership({ addressLine: null, postcode: '4390' }, areas), { status: 'inside', area: 'Vestby', by: 'postcode' });
  });

  it('separates no address, no areas and outside', () => {
    assert.deepEqual(housingMembership({ addressLine: 'Solbakken 3', postcode: null }, areas), { status: 'no_address' });
    assert.deepEqual(housingMembership({ addressLine: null, postcode: null }, areas), { status: 'no_address' });
    // A postcode alone cannot rule out an address range in it, but it can one in another postcode.
    assert.deepEqual(housingMembership({ addressLine: null, postcode: '4300' }, areas), { status: 'no_address' });
    assert.deepEqual(housingMembership({ addressLine: '', postcode: '4000' }, areas), { status: 'outside', postcode: '4000' });
    assert.deepEqual(housingMembership({ addressLine: 'Solbakken 3', postcode: '4300' }, []), { status: 'no_areas' });
    assert.deepEqual(housingMembership({ addressLine: 'Storegade 1', postcode: '4300' }, areas), { status: 'outside', postcode: '4300' });
  });
});

describe('address ranges as the admin writes them', () => {
  it('reads a range, a single address and a whole street, and writes them back the same way', () => {
    for (const [line, value] of [
      ['Solbakken 1-48, 4300', { street: 'Solbakken', postcode: '4300', from: 1, to: 48 }],
      ['Solbakken 12, 4300', { street: 'Solbakken', postcode: '4300', from: 12, to: 12 }],
      ['Solbakken, 4300', { street: 'Solbakken', postcode: '4300', from: null, to: null }],
    ] as const) {
      assert.deepEqual(parseAddressRange(line), { ok: true, value });
      assert.equal(formatAddressRange(value), line);
    }
  });

  it('names the problem with a bad line', () => {
    assert.deepEqual(parseAddressRange('Solbakken 1-48'), { ok: false, problem: 'format' });
    assert.deepEqual(parseAddressRange('Solbakken 1-48, 43'), { ok: false, problem: 'postcode' });
    assert.deepEqual(parseAddressRange('Solbakken 48-1, 4300'), { ok: false, problem: 'order' });
    assert.deepEqual(parseAddressRange('12, 4300'), { ok: false, problem: 'street' });
    assert.deepEqual(checkRange({ street: 'Solbakken', postcode: '4300', from: 0, to: 3 }), { ok: false, problem: 'number' });
    assert.deepEqual(checkRange({ street: 'Solbakken', postcode: '4300', from: 3, to: null }), { ok: false, problem: 'number' });
  });
});
