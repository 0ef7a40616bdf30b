/**
 * The shipped Danish postcode list (resources/postcodes-dk.csv, built by
 * scripts/build-postcodes.mjs, sources in resources/NOTICE.md) as a
 * PostcodeDirectory. A file rather than a table because it is reference data
 * that changes only with a release, and reading it needs no network.
 *
 * Parsed once, on first use, so commands that never touch distances pay
 * nothing; the file is ~40 kB and parses in a few milliseconds.
 */
import { readFileSync } from 'node:fs';
import type { GeoPoint, PostcodeDirectory } from '../domain/companies/distance.ts';

/** How a postcode's position was found: see resources/NOTICE.md. */
export type PostcodeMethod = 'town' | 'municipality' | 'override';

export interface PostcodeEntry extends GeoPoint {
  postcode: string;
  name: string;
  method: PostcodeMethod;
}

const HEADER = 'postcode;name;lat;lon;method';
const METHODS: readonly string[] = ['town', 'municipality', 'override'];
// Denmark proper with a margin (Gedser 54.56 N to Skagen 57.75 N, Blåvandshuk
// 8.07 E to Christiansø 15.19 E): a swapped lat/lon or a Greenland/Faroe row
// is caught on load instead of producing 1,000 km distances.
const LAT_RANGE = [54.4, 57.9] as const;
const LON_RANGE = [7.9, 15.3] as const;

/**
 * Parses and validates the postcode CSV. Throws an Error naming the source and
 * line for the first malformed row, so a bad data update fails at start-up
 * instead of silently dropping postcodes.
 */
export function parsePostcodes(text: string, source = 'postcodes-dk.csv'): Map<string, PostcodeEntry> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== HEADER) {
    throw new Error(`${source}:1: expected header "${HEADER}", got "${lines[0] ?? ''}"`);
  }
  const entries = new Map<string, PostcodeEntry>();
  lines.forEach((line, index) => {
    if (index === 0 || line === '') return;
    const where = `${source}:${index + 1}`;
    const fields = line.split(';');
    if (fields.length !== 5) throw new Error(`${where}: expected 5 fields (${HEADER}), got ${fields.length}`);
    const [postcode, name, latText, lonText, method] = fields as [string, string, string, string, string];
    if (!/^\d{4}$/.test(postcode)) throw new Error(`${where}: postcode "${postcode}" is not 4 digits`);
    if (entries.has(postcode)) throw new Error(`${where}: postcode ${postcode} appears twice`);
    if (name.trim() === '') throw new Error(`${where}: name is empty for postcode ${postcode}`);
    const lat = Number(latText);
    const lon = Number(lonText);
    if (latText.trim() === '' || !Number.isFinite(lat) || lat < LAT_RANGE[0] || lat > LAT_RANGE[1]) {
      throw new Error(`${where}: lat "${latText}" is not a latitude in Denmark (${LAT_RANGE[0]}–${LAT_RANGE[1]})`);
    }
    if (lonText.trim() === '' || !Number.isFinite(lon) || lon < LON_RANGE[0] || lon > LON_RANGE[1]) {
      throw new Error(`${where}: lon "${lonText}" is not a longitude in Denmark (${LON_RANGE[0]}–${LON_RANGE[1]})`);
    }
    if (!METHODS.includes(method)) throw new Error(`${where}: method "${method}" is not one of ${METHODS.join(', ')}`);
    entries.set(postcode, { postcode, name, lat, lon, method: method as PostcodeMethod });
  });
  return entries;
}

const FILE = new URL('../../resources/postcodes-dk.csv', import.meta.url);
let cache: Map<string, PostcodeEntry> | undefined;
let directory: Map<string, PostcodeEntry & { approximate: boolean }> | undefined;

/** All shipped postcodes, loaded and validated on first call. */
export function postcodeEntries(): ReadonlyMap<string, PostcodeEntry> {
  cache ??= parsePostcodes(readFileSync(FILE, 'utf8'), FILE.pathname);
  return cache;
}

/** The shipped postcode list as a directory for distanceBetweenPostcodes. */
export function postcodeDirectory(): PostcodeDirectory {
  // Built once: matching looks up the same postcodes for every candidate.
  directory ??= new Map([...postcodeEntries()].map(([code, entry]) => [code, { ...entry, approximate: entry.method === 'municipality' }]));
  const places = directory;
  return { lookup: (postcode) => places.get(postcode.trim()) };
}

/** PostNord's town name for a postcode ("4300" → "Holbæk"), or undefined if unknown. */
export function postcodeName(postcode: string): string | undefined {
  return postcodeEntries().get(postcode.trim())?.name;
}
