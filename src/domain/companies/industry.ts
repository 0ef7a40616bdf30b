/**
 * Industries: DB07 codes (Danmarks Statistik's Dansk Branchekode 2007, 2-6
 * digits) and the 10-group level ("10-grupperingen") the seeds' tables use,
 * e.g. 000 Tabel 2 (ordinary hours by industry). The grouping follows the
 * first two digits (the DB07 main groups); a code we cannot place is
 * 'unknown' ("uoplyst aktivitet").
 */

export const industry10Groups = [
  'agriculture',
  'industry',
  'construction',
  'trade_transport',
  'information',
  'finance',
  'real_estate',
  'business_services',
  'public_education_health',
  'culture_other',
  'unknown',
] as const;
export type Industry10 = (typeof industry10Groups)[number];

/** Danish names as in the seeds' tables (000 Tabel 2), English beside them. */
export const industry10Labels: Record<Industry10, { da: string; en: string }> = {
  agriculture: { da: 'Landbrug, skovbrug og fiskeri', en: 'Agriculture, forestry and fishing' },
  industry: { da: 'Industri, råstofindvinding og forsyningsvirksomhed', en: 'Manufacturing, mining and utilities' },
  construction: { da: 'Bygge og anlæg', en: 'Construction' },
  trade_transport: { da: 'Handel og transport mv.', en: 'Trade and transport etc.' },
  information: { da: 'Information og kommunikation', en: 'Information and communication' },
  finance: { da: 'Finansiering og forsikring', en: 'Financial and insurance' },
  real_estate: { da: 'Ejendomshandel og udlejning', en: 'Real estate' },
  business_services: { da: 'Erhvervsservice', en: 'Other business services' },
  public_education_health: { da: 'Offentlig administration, undervisning og sundhed', en: 'Public administration, education and health' },
  culture_other: { da: 'Kultur, fritid og anden service', en: 'Arts, entertainment and other services' },
  unknown: { da: 'Uoplyst aktivitet', en: 'Activity not stated' },
};

/** First two DB07 digits (inclusive ranges) of each group, per DB07's sections A-U. */
const ranges: readonly [number, number, Industry10][] = [
  [1, 3, 'agriculture'], // A
  [5, 39, 'industry'], // B, C, D, E
  [41, 43, 'construction'], // F
  [45, 56, 'trade_transport'], // G, H, I
  [58, 63, 'information'], // J
  [64, 66, 'finance'], // K
  [68, 68, 'real_estate'], // L
  [69, 82, 'business_services'], // M, N
  [84, 88, 'public_education_health'], // O, P, Q
  [90, 99, 'culture_other'], // R, S, T, U
];

/** True for a DB07 code written as 2-6 digits. */
export function isDb07Code(code: string): boolean {
  return /^[0-9]{2,6}$/.test(code);
}

/** The 10-group of a DB07 code; 'unknown' when the code is missing or outside DB07's main groups. */
export function industry10Of(code: string | null | undefined): Industry10 {
  if (!code || !isDb07Code(code)) return 'unknown';
  const main = Number(code.slice(0, 2));
  for (const [from, to, group] of ranges) if (main >= from && main <= to) return group;
  return 'unknown';
}

/** How closely two DB07 codes agree: the number of leading digits they share (0-6). */
export function sharedIndustryDigits(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
