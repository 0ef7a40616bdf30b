/**
 * The company network's vocabulary and the checks shared by the API and the
 * CSV import: size bands, sectors, contact kinds, cooperation agreements and
 * openings, with their Danish labels. Pure: postcodes are looked up through a
 * function the caller passes, so tests can use a fake.
 */
import { industry10Labels, industry10Of, isDb07Code, type Industry10 } from './industry.ts';

export const sizeBands = ['1-9', '10-49', '50-249', '250+'] as const;
export type SizeBand = (typeof sizeBands)[number];

export const sectors = ['private', 'public'] as const;
export type Sector = (typeof sectors)[number];

export const sectorLabels: Record<Sector, { da: string; en: string }> = {
  private: { da: 'Privat', en: 'Private' },
  public: { da: 'Offentlig', en: 'Public' },
};

export const interactionKinds = ['visit', 'call', 'email', 'job_order', 'ringedag', 'meeting'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const agreementKinds = ['fixed_places', 'open'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const openingStatuses = ['open', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof openingStatuses)[number];

export const openingStatusLabels: Record<OpeningStatus, { da: string; en: string }> = {
  open: { da: 'Åben', en: 'Open' },
  filled: { da: 'Besat', en: 'Filled' },
  closed: { da: 'Lukket', en: 'Closed' },
};

/** The industry as the API shows it: the DB07 code, its 10-group and the group's Danish name. */
export interface Industry {
  code: string | null;
  group10: Industry10 | null;
  label: string | null;
}

/** The Industry object for a stored DB07 code; all null when no code is recorded. */
export function industryOf(code: string | null | undefined): Industry {
  if (!code) return { code: null, group10: null, label: null };
  const group10 = industry10Of(code);
  return { code, group10, label: industry10Labels[group10].da };
}

/** The two-digit DB07 main groups that fall in a 10-group, for filtering in SQL without repeating the grouping. */
export function db07MainGroupsOf(group: Industry10): string[] {
  const all = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
  return all.filter((prefix) => industry10Of(prefix) === group);
}

/** A DB07 code as typed ("47.11.00", "47 11") made into digits, or a Danish reason why it is not one. */
export function normaliseIndustryCode(input: string): { ok: true; code: string } | { ok: false; reason: string } {
  const code = input.trim().replace(/[.\s]/g, '');
  if (!isDb07Code(code)) return { ok: false, reason: 'En DB07-branchekode er 2-6 cifre (fx 471100).' };
  return { ok: true, code };
}

/**
 * A size band from a band as written ("10-49", "250+", "10-49 ansatte" as
 * the CSV export writes it) or an employee count ("37"), or a Danish reason.
 * Registers often give the count, so both are read.
 */
export function parseSizeBand(input: string): { ok: true; band: SizeBand } | { ok: false; reason: string } {
  const text = input.trim().replace(/\s*ansatte$/i, '').replace(/\s/g, '').replace(/–/g, '-');
  const band = sizeBands.find((b) => b === text);
  if (band) return { ok: true, band };
  if (/^[0-9]+$/.test(text)) {
    const count = Number(text);
    if (count >= 1) return { ok: true, band: count <= 9 ? '1-9' : count <= 49 ? '10-49' : count <= 249 ? '50-249' : '250+' };
  }
  return { ok: false, reason: `Størrelsen skal være ${sizeBands.join(', ')} eller et antal ansatte.` };
}

/** The sector from Danish or English words (case-insensitive), or a Danish reason. */
export function parseSector(input: string): { ok: true; sector: Sector } | { ok: false; reason: string } {
  const text = input.trim().toLowerCase();
  if (text === 'privat' || text === 'private') return { ok: true, sector: 'private' };
  if (text === 'offentlig' || text === 'public') return { ok: true, sector: 'public' };
  return { ok: false, reason: 'Sektoren skal være privat eller offentlig.' };
}

/** Phone numbers as Danish job centres write them: 8 digits, optionally a +country code, spaces or dashes. */
export function checkPhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\+?[0-9]{8,15}$/.test(digits) ? null : 'Telefonnummeret skal være mindst 8 cifre (evt. med landekode).';
}

/** A plain check of an e-mail address's shape (name@domain.tld); the mail server has the last word. */
export function checkEmail(input: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim()) ? null : 'Ugyldig e-mailadresse.';
}

export interface AddressInput {
  kind: 'main' | 'workplace';
  postcode: string;
}

/**
 * A company has at least one address and exactly one main (registered)
 * address, and every postcode is a Danish one. Errors are keyed by field path
 * (`addresses`, `addresses.<i>.postcode`).
 */
export function checkAddresses(addresses: readonly AddressInput[], postcodeKnown: (postcode: string) => boolean): Record<string, string> {
  const fields: Record<string, string> = {};
  if (addresses.length === 0) {
    fields.addresses = 'Angiv mindst én adresse (hovedadressen).';
    return fields;
  }
  const mains = addresses.filter((a) => a.kind === 'main').length;
  if (mains === 0) fields.addresses = 'Angiv virksomhedens hovedadresse (én adresse af typen hovedadresse).';
  else if (mains > 1) fields.addresses = `Der kan kun være én hovedadresse (her er der ${mains}); de øvrige er arbejdssteder.`;
  addresses.forEach((address, i) => {
    if (!postcodeKnown(address.postcode)) fields[`addresses.${i}.postcode`] = unknownPostcode(address.postcode);
  });
  return fields;
}

/** The message for a postcode not in the Danish postcode list. */
export function unknownPostcode(postcode: string): string {
  return /^[0-9]{4}$/.test(postcode.trim())
    ? `Postnummeret ${postcode.trim()} findes ikke i den danske postnummerliste.`
    : 'Postnummeret skal være 4 cifre.';
}

export interface AgreementTerms {
  kind: AgreementKind;
  places: number | null;
  from: string;
  to: string | null;
}

/**
 * A cooperation agreement with fixed places names how many (1-1000); an open
 * pre-agreement names none; it cannot end before it starts. Errors by field.
 */
export function checkAgreementTerms(terms: AgreementTerms): Record<string, string> {
  const fields: Record<string, string> = {};
  if (terms.kind === 'fixed_places' && terms.places === null) fields.places = 'Angiv antallet af pladser for en aftale med faste pladser.';
  if (terms.kind === 'open' && terms.places !== null) fields.places = 'En åben forhåndsaftale har ikke et fast antal pladser; lad feltet være tomt.';
  if (terms.places !== null && (!Number.isInteger(terms.places) || terms.places < 1 || terms.places > 1000)) {
    fields.places = 'Antallet af pladser skal være et helt tal mellem 1 og 1000.';
  }
  if (terms.to !== null && terms.to < terms.from) fields.to = `Aftalen kan ikke slutte før den begynder (${terms.from}).`;
  return fields;
}

export interface OpeningHours {
  hoursMin: number;
  hoursMax: number;
  openFrom: string;
  openTo: string | null;
}

/** Hours a week are 0-80 with the maximum not below the minimum; the opening cannot close before it opens. */
export function checkOpening(opening: OpeningHours): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of ['hoursMin', 'hoursMax'] as const) {
    const value = opening[key];
    if (!Number.isFinite(value) || value < 0 || value > 80) fields[key] = 'Timer om ugen skal ligge mellem 0 og 80.';
  }
  if (!fields.hoursMin && !fields.hoursMax && opening.hoursMax < opening.hoursMin) {
    fields.hoursMax = `Højeste antal timer kan ikke være lavere end laveste (${formatHours(opening.hoursMin)}).`;
  }
  if (opening.openTo !== null && opening.openTo < opening.openFrom) fields.openTo = `Opslaget kan ikke lukke før det åbner (${opening.openFrom}).`;
  return fields;
}

/** Hours with one decimal, as stored (numeric(4,1)). */
export const roundHours = (hours: number): number => Math.round(hours * 10) / 10;

/** Hours written the Danish way, '7,5': one decimal, a decimal comma, no trailing ",0". */
export function formatHours(hours: number): string {
  return String(roundHours(hours)).replace('.', ',');
}
