/**
 * Housing areas (boligområder) and whether a citizen's address lies in one.
 *
 * The TRIN model's target group is activity-ready citizens on cash benefit,
 * education benefit or integration benefit who live ("har bopæl") in the
 * deprived housing areas where the outreach effort runs (004, "Målgruppen for
 * indsatsen"; the five areas of the pool are listed in its Tabel 1). The
 * report names areas, not their borders, so each municipality defines its
 * areas itself: whole postcodes, and/or streets with house-number ranges or
 * single addresses. Membership is then decided from the citizen's registered
 * address, never typed in by hand.
 *
 * Pure: no database; the web's admin form parses its lines with the same
 * functions the API uses to check them.
 */

/** A street, or a range of house numbers on it, in one postcode. */
export interface AddressRange {
  street: string;
  postcode: string;
  /** First house number covered; null with `to` null = the whole street. */
  from: number | null;
  /** Last house number covered (inclusive); equal to `from` for a single address. */
  to: number | null;
}

export interface HousingArea {
  id: string;
  name: string;
  /** Four-digit postcodes wholly inside the area. */
  postcodes: readonly string[];
  addresses: readonly AddressRange[];
}

/** A citizen's registered address as stored on the citizen. */
export interface RegisteredAddress {
  addressLine: string | null;
  postcode: string | null;
}

/**
 * The outcome of placing an address in the municipality's housing areas.
 * - `no_areas`: the municipality has defined no housing area, so nobody can be placed;
 * - `no_address`: the citizen has no address (or no postcode) registered;
 * - `inside`: the address is in `area` (by its postcode or an address range);
 * - `outside`: the address is registered and lies in no defined area.
 */
export type HousingMembership =
  | { status: 'no_areas' }
  | { status: 'no_address' }
  | { status: 'inside'; area: string; by: 'postcode' | 'address' }
  | { status: 'outside'; postcode: string };

const postcodePattern = /^[0-9]{4}$/;
export const maxHouseNumber = 9999;

/** Street and area names compared without case, surrounding spaces or doubled spaces. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/**
 * The street and house number of a Danish address line: "Solbakken 12, 2. th"
 * -> Solbakken, 12; "Holbækvej 7B" -> Holbækvej, 7. Undefined when the line
 * has no house number after the street name.
 */
export function parseAddressLine(line: string): { street: string; number: number } | undefined {
  const head = line.split(',')[0]?.trim() ?? '';
  const match = /^(.*?\S)\s+(\d{1,4})\s*[a-zæøå]?(?:\s.*)?$/i.exec(head);
  if (!match) return undefined;
  return { street: match[1]!, number: Number(match[2]) };
}

function inRange(range: AddressRange, street: string, postcode: string, number: number | undefined): boolean {
  if (range.postcode !== postcode || normaliseName(range.street) !== street) return false;
  if (range.from === null || range.to === null) return true;
  return number !== undefined && range.from <= number && number <= range.to;
}

/**
 * Places a registered address in the areas; the first area that covers it
 * wins (areas are checked in the order given). A postcode without a street
 * counts as no address when an area lists addresses in that postcode.
 */
export function housingMembership(address: RegisteredAddress, areas: readonly HousingArea[]): HousingMembership {
  if (areas.length === 0) return { status: 'no_areas' };
  const postcode = address.postcode?.trim() ?? '';
  if (!postcodePattern.test(postcode)) return { status: 'no_address' };
  const byPostcode = areas.find((a) => a.postcodes.includes(postcode));
  if (byPostcode) return { status: 'inside', area: byPostcode.name, by: 'postcode' };
  const head = address.addressLine?.split(',')[0]?.trim() ?? '';
  // Only a postcode: outside the postcode areas, but an address range in that postcode cannot be ruled out.
  if (!head && areas.some((a) => a.addresses.some((r) => r.postcode === postcode))) return { status: 'no_address' };
  // A line without a house number can still lie on a whole street that is listed.
  const parsed = parseAddressLine(head);
  const street = normaliseName(parsed?.street ?? head);
  if (street) {
    const byAddress = areas.find((a) => a.addresses.some((r) => inRange(r, street, postcode, parsed?.number)));
    if (byAddress) return { status: 'inside', area: byAddress.name, by: 'address' };
  }
  return { status: 'outside', postcode };
}

/** The defined area called `name` (case and spaces ignored), if any. */
export function areaNamed(areas: readonly HousingArea[], name: string): HousingArea | undefined {
  const wanted = normaliseName(name);
  return areas.find((a) => normaliseName(a.name) === wanted);
}

// ------------------------------------------------------------ admin input

export type RangeProblem = 'format' | 'postcode' | 'street' | 'number' | 'order';
export type ParsedRange = { ok: true; value: AddressRange } | { ok: false; problem: RangeProblem };

/**
 * One line of the admin form: "Solbakken 1-48, 4300" (a range),
 * "Solbakken 12, 4300" (one address) or "Solbakken, 4300" (the whole street).
 */
export function parseAddressRange(line: string): ParsedRange {
  const parts = line.split(',').map((p) => p.trim());
  if (parts.length !== 2) return { ok: false, problem: 'format' };
  const [left, postcode] = parts as [string, string];
  if (!postcodePattern.test(postcode)) return { ok: false, problem: 'postcode' };
  const match = /^(.*?\S)\s+(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/.exec(left);
  if (!match) return checkRange({ street: left, postcode, from: null, to: null });
  const from = Number(match[2]);
  return checkRange({ street: match[1]!, postcode, from, to: match[3] === undefined ? from : Number(match[3]) });
}

/** Checks a structured range (the API's input): postcode, a street with a letter, numbers 1-9999 with from ≤ to, or both null. */
export function checkRange(range: AddressRange): ParsedRange {
  if (!postcodePattern.test(range.postcode)) return { ok: false, problem: 'postcode' };
  const street = range.street.trim().replace(/\s+/g, ' ');
  if (!/\p{L}/u.test(street)) return { ok: false, problem: 'street' };
  if ((range.from === null) !== (range.to === null)) return { ok: false, problem: 'number' };
  if (range.from !== null && range.to !== null) {
    const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= maxHouseNumber;
    if (!valid(range.from) || !valid(range.to)) return { ok: false, problem: 'number' };
    if (range.from > range.to) return { ok: false, problem: 'order' };
  }
  return { ok: true, value: { street, postcode: range.postcode, from: range.from, to: range.to } };
}

/** A range as the admin form writes it: "Solbakken 1-48, 4300", "Solbakken 12, 4300", "Solbakken, 4300". */
export function formatAddressRange(range: AddressRange): string {
  const numbers = range.from === null || range.to === null ? '' : range.from === range.to ? ` ${range.from}` : ` ${range.from}-${range.to}`;
  return `${range.street}${numbers}, ${range.postcode}`;
}
