import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Company } from '../../api/companies.ts';
import { format } from '../../i18n/index.tsx';
import { da } from '../../i18n/da.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { checkDraft, draftFieldNames, draftFromCompany, emptyDraft, inputFromDraft, newAddress, patchFromDraft } from './companyDraft.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(da[key], params);

const company: Company = {
  id: 'c1',
  cvr: '12345674',
  name: 'Eksempel Byg ApS',
  industry: { code: '412000', group10: 'construction', label: 'Bygge og anlæg' },
  sizeBand: '10-49',
  sector: 'private',
  postcode: '8000',
  city: 'Aarhus C',
  owner: { id: 's1', name: 'Vera Konsulent' },
  ownerUnit: { id: 'u1', name: 'Virksomhedsteam' },
  lastInteractionOn: null,
  openOpenings: 0,
  runningPlacements: 0,
  hasCooperationAgreement: false,
  ordinaryHoursReady: false,
  phone: '86 12 34 56',
  email: null,
  website: null,
  note: null,
  addresses: [
    { id: 'a2', kind: 'workplace', addressLine: 'Lagervej 1', postcode: '8200', city: 'Aarhus N' },
    { id: 'a1', kind: 'main', addressLine: 'Industrivej 4', postcode: '8000', city: 'Aarhus C' },
  ],
  version: 3,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
};

test('a new company needs a CVR number of 8 digits, a name and a 4-digit postcode; the errors are keyed by the API field paths', () => {
  const draft = { ...emptyDraft('me'), workplaces: [{ ...newAddress(), postcode: '82' }] };
  assert.deepEqual(Object.keys(checkDraft(t, draft)).sort(), ['addresses.0.postcode', 'addresses.1.postcode', 'cvr', 'name']);
  const typed = { ...draft, cvr: '1234 5674', name: 'A', main: { ...draft.main, postcode: '8000' }, workplaces: [{ ...newAddress(), postcode: '8200' }] };
  assert.deepEqual(checkDraft(t, typed), {});
  assert.equal(checkDraft(t, { ...typed, cvr: '1234567' })['cvr'], 'Et CVR-nummer består af 8 cifre.');
});

test('the modulus-11 check is left to the server, so its message is the one shown', () => {
  const draft = { ...emptyDraft('me'), cvr: '12345678', name: 'A', main: { ...newAddress(), postcode: '8000' } };
  assert.deepEqual(checkDraft(t, draft), {});
});

test('the POST body has the main address first, empty fields as null and the CVR without spaces', () => {
  const draft = { ...emptyDraft('me'), cvr: ' 1234 5674 ', name: ' Eksempel ', main: { ...newAddress(), postcode: '8000', city: ' ' } };
  const body = inputFromDraft(draft);
  assert.equal(body.cvr, '12345674');
  assert.equal(body.name, 'Eksempel');
  assert.equal(body.ownerStaffId, 'me');
  assert.equal(body.sizeBand, null);
  assert.deepEqual(body.addresses, [{ kind: 'main', addressLine: null, postcode: '8000', city: null }]);
  assert.ok(draftFieldNames(draft).includes('addresses.0.postcode'));
});

test('an edit sends only what changed plus the version; addresses only when one of them changed, and then all of them', () => {
  const draft = draftFromCompany(company);
  assert.equal(draft.main.postcode, '8000', 'the main address is found wherever it is in the list');
  assert.deepEqual(patchFromDraft(draft, company), { version: 3 });
  assert.deepEqual(patchFromDraft({ ...draft, phone: '', name: 'Nyt navn' }, company), { version: 3, name: 'Nyt navn', phone: null });
  const moved = patchFromDraft({ ...draft, workplaces: [] }, company);
  assert.deepEqual(moved.addresses, [{ kind: 'main', addressLine: 'Industrivej 4', postcode: '8000', city: 'Aarhus C' }]);
});
