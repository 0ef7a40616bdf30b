/**
 * The company list's search: what the user chose, and the API query it
 * becomes. The list and the CSV export use the same query, so the file holds
 * exactly the companies the filters select (all pages).
 */
import type { CompanyQuery, Industry10, Sector } from '../../api/companies.ts';
import { industry10Groups, sectors } from '../../api/companies.ts';

export type CompanySort = 'name' | 'lastInteraction';

export interface CompanyFilter {
  q: string;
  postcode: string;
  industry10: Industry10 | '';
  sector: Sector | '';
  /** Only the companies whose relation the caller owns. */
  mine: boolean;
  agreement: 'any' | 'ordinary_hours' | '';
  /** Days as typed; '' = no limit. */
  notContactedDays: string;
  sort: CompanySort;
  offset: number;
}

export const emptyCompanyFilter: CompanyFilter = {
  q: '',
  postcode: '',
  industry10: '',
  sector: '',
  mine: false,
  agreement: '',
  notContactedDays: '',
  sort: 'name',
  offset: 0,
};

export const pageSize = 50;

/** A whole number of days within min-max (default 1-3650), or null for anything else (the field is then ignored and flagged). */
export function parseDays(text: string, min = 1, max = 3650): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]{1,4}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= min && days <= max ? days : null;
}

export function companyQuery(filter: CompanyFilter, meId: string): CompanyQuery {
  return {
    q: filter.q.trim(),
    postcode: filter.postcode.trim(),
    industry10: filter.industry10,
    sector: filter.sector,
    ownerId: filter.mine ? meId : '',
    agreement: filter.agreement,
    notContactedDays: parseDays(filter.notContactedDays),
    sort: filter.sort,
    limit: pageSize,
    offset: filter.offset,
  };
}

/** True when anything narrows the list (the "Nulstil" button shows then). */
export function isFiltered(filter: CompanyFilter): boolean {
  return Boolean(filter.q || filter.postcode || filter.industry10 || filter.sector || filter.mine || filter.agreement || filter.notContactedDays);
}

export const isIndustry10 = (value: string): value is Industry10 => (industry10Groups as readonly string[]).includes(value);
export const isSector = (value: string): value is Sector => (sectors as readonly string[]).includes(value);
