/**
 * The company form's draft: made from a company (editing) or empty
 * (creating), checked before sending, and turned into the POST body or a
 * PATCH of only what changed. Field errors are keyed by the API's field
 * paths (`cvr`, `addresses.0.postcode`) so the server's messages land on the
 * same controls as the form's own.
 */
import type { Address, AddressInput, Company, CompanyInput, CompanyPatch, Sector, SizeBand } from '../../api/companies.ts';
import type { Translate } from '../../i18n/index.tsx';

export interface AddressDraft {
  /** Stable React key. */
  key: string;
  addressLine: string;
  postcode: string;
  city: string;
}

export interface CompanyDraft {
  cvr: string;
  name: string;
  industryCode: string;
  sizeBand: SizeBand | '';
  sector: Sector;
  phone: string;
  email: string;
  website: string;
  note: string;
  ownerStaffId: string;
  main: AddressDraft;
  workplaces: AddressDraft[];
}

let counter = 0;
export function newAddress(): AddressDraft {
  counter += 1;
  return { key: `new-${counter}`, addressLine: '', postcode: '', city: '' };
}

export function emptyDraft(ownerStaffId: string): CompanyDraft {
  return {
    cvr: '',
    name: '',
    industryCode: '',
    sizeBand: '',
    sector: 'private',
    phone: '',
    email: '',
    website: '',
    note: '',
    ownerStaffId,
    main: newAddress(),
    workplaces: [],
  };
}

function addressDraft(address: Address): AddressDraft {
  return { key: address.id, addressLine: address.addressLine ?? '', postcode: address.postcode, city: address.city ?? '' };
}

export function draftFromCompany(company: Company): CompanyDraft {
  const main = company.addresses.find((a) => a.kind === 'main');
  return {
    cvr: company.cvr,
    name: company.name,
    industryCode: company.industry.code ?? '',
    sizeBand: company.sizeBand ?? '',
    sector: company.sector,
    phone: company.phone ?? '',
    email: company.email ?? '',
    website: company.website ?? '',
    note: company.note ?? '',
    ownerStaffId: company.owner?.id ?? '',
    main: main ? addressDraft(main) : newAddress(),
    workplaces: company.addresses.filter((a) => a.kind === 'workplace').map(addressDraft),
  };
}

const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** Main address first (index 0), then the workplaces, as the API takes them. */
export function addressesOf(draft: CompanyDraft): AddressInput[] {
  const one = (kind: 'main' | 'workplace', a: AddressDraft): AddressInput => ({
    kind,
    addressLine: orNull(a.addressLine),
    postcode: a.postcode.trim(),
    city: orNull(a.city),
  });
  return [one('main', draft.main), ...draft.workplaces.map((a) => one('workplace', a))];
}

/** The API's field names for the draft, so errors on them go next to their controls. */
export function draftFieldNames(draft: CompanyDraft): string[] {
  const fields = ['cvr', 'name', 'industryCode', 'sizeBand', 'sector', 'phone', 'email', 'website', 'note', 'ownerStaffId', 'addresses'];
  addressesOf(draft).forEach((_, i) => fields.push(`addresses.${i}.addressLine`, `addresses.${i}.postcode`, `addresses.${i}.city`));
  return fields;
}

/**
 * What the form checks itself: the required fields and the shape of a CVR
 * number and postcodes. The modulus-11 check of the CVR number, unknown
 * postcodes and duplicates are the server's (its messages say which).
 */
export function checkDraft(t: Translate, draft: CompanyDraft): Record<string, string> {
  const found: Record<string, string> = {};
  const cvr = draft.cvr.replace(/\s/g, '');
  if (!cvr) found['cvr'] = t('companies.form.cvrRequired');
  else if (!/^[0-9]{8}$/.test(cvr)) found['cvr'] = t('companies.form.cvrShape');
  if (!draft.name.trim()) found['name'] = t('companies.form.nameRequired');
  addressesOf(draft).forEach((address, i) => {
    if (!address.postcode) found[`addresses.${i}.postcode`] = t('companies.form.postcodeRequired');
    else if (!/^[0-9]{4}$/.test(address.postcode)) found[`addresses.${i}.postcode`] = t('companies.form.postcodeShape');
  });
  return found;
}

export function inputFromDraft(draft: CompanyDraft): CompanyInput {
  return {
    cvr: draft.cvr.replace(/\s/g, ''),
    name: draft.name.trim(),
    industryCode: orNull(draft.industryCode),
    sizeBand: draft.sizeBand || null,
    sector: draft.sector,
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    website: orNull(draft.website),
    note: orNull(draft.note),
    ownerStaffId: draft.ownerStaffId || null,
    addresses: addressesOf(draft),
  };
}

/** Only the fields that differ from the company, plus its version; addresses (which replace all) only when one changed. */
export function patchFromDraft(draft: CompanyDraft, company: Company): CompanyPatch {
  const next = inputFromDraft(draft);
  const before = inputFromDraft(draftFromCompany(company));
  const patch: CompanyPatch = { version: company.version };
  const keys = ['cvr', 'name', 'industryCode', 'sizeBand', 'sector', 'phone', 'email', 'website', 'note', 'ownerStaffId'] as const;
  for (const key of keys) {
    if (next[key] !== before[key]) Object.assign(patch, { [key]: next[key] });
  }
  if (JSON.stringify(next.addresses) !== JSON.stringify(before.addresses)) patch.addresses = next.addresses;
  return patch;
}
