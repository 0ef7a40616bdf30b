import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companyApi, companyQueryString } from '../../api/companies.ts';
import { companyQuery, emptyCompanyFilter, isFiltered, parseDays } from './companyFilter.ts';

test('the filters become the API query; "mine" is the caller as owner and empty choices are left out', () => {
  const query = companyQuery({ ...emptyCompanyFilter, q: ' bager ', mine: true, agreement: 'ordinary_hours', notContactedDays: '90', offset: 50 }, 'staff-1');
  assert.equal(companyQueryString(query), '?q=bager&ownerId=staff-1&agreement=ordinary_hours&notContactedDays=90&sort=name&limit=50&offset=50');
  assert.equal(companyQueryString(companyQuery(emptyCompanyFilter, 'staff-1')), '?sort=name&limit=50&offset=0');
});

test('the CSV link carries the same filters but no paging', () => {
  const query = companyQuery({ ...emptyCompanyFilter, industry10: 'construction', sector: 'public', offset: 100 }, 'me');
  assert.equal(companyApi.companiesCsvUrl(query), '/api/companies.csv?industry10=construction&sector=public&sort=name');
});

test('days without contact: whole numbers 1-3650, anything else is ignored', () => {
  assert.equal(parseDays('90'), 90);
  assert.equal(parseDays(' 30 '), 30);
  assert.equal(parseDays('0'), null);
  assert.equal(parseDays('4000'), null);
  assert.equal(parseDays('2,5'), null);
  assert.equal(parseDays(''), null);
  assert.equal(companyQuery({ ...emptyCompanyFilter, notContactedDays: 'abc' }, 'me').notContactedDays, null);
});

test('the sort order alone does not count as a filter', () => {
  assert.equal(isFiltered({ ...emptyCompanyFilter, sort: 'lastInteraction' }), false);
  assert.equal(isFiltered({ ...emptyCompanyFilter, postcode: '8000' }), true);
});

test('the worklist narrows the range of days to what its route accepts', () => {
  assert.equal(parseDays('5', 7, 730), null);
  assert.equal(parseDays('7', 7, 730), 7);
  assert.equal(parseDays('731', 7, 730), null);
});
