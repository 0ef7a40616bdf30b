/**
 * The company import's file format as the import screen explains it, and a
 * small example file built in the browser. The server decides what it
 * accepts (docs/contracts/companies-api.md, "Import"); the names here are
 * the ones it reads.
 */
import type { Translate } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { toCsv } from '../caseload/csv.ts';

export interface ImportColumnInfo {
  /** The Danish header, as the example file writes it. */
  name: string;
  /** Other accepted headers (case does not matter). */
  aliases: string[];
  required: boolean;
  description: MessageKey;
}

export const importColumnInfo: readonly ImportColumnInfo[] = [
  { name: 'cvr', aliases: [], required: true, description: 'companies.import.col.cvr' },
  { name: 'navn', aliases: ['name'], required: true, description: 'companies.import.col.name' },
  { name: 'adresse', aliases: ['address'], required: false, description: 'companies.import.col.address' },
  { name: 'postnr', aliases: ['postcode'], required: true, description: 'companies.import.col.postcode' },
  { name: 'by', aliases: ['city'], required: false, description: 'companies.import.col.city' },
  { name: 'branchekode', aliases: ['industry_code'], required: false, description: 'companies.import.col.industryCode' },
  { name: 'størrelse', aliases: ['stoerrelse', 'size'], required: false, description: 'companies.import.col.size' },
  { name: 'sektor', aliases: ['sector'], required: false, description: 'companies.import.col.sector' },
  { name: 'telefon', aliases: ['phone'], required: false, description: 'companies.import.col.phone' },
  { name: 'email', aliases: [], required: false, description: 'companies.import.col.email' },
];

/** The 2 MB limit of one import (UTF-8 bytes). */
export const maxImportBytes = 2 * 1024 * 1024;

/**
 * An example file: the Danish headers and two companies with valid CVR
 * numbers (modulus 11) and real postcodes, `;`-separated with a BOM like an
 * Excel export, so it can be imported as it is to try the screen.
 */
export function importExampleCsv(): string {
  return toCsv(
    importColumnInfo.map((c) => c.name),
    [
      ['12345674', 'Eksempel Byg ApS', 'Industrivej 4', '8000', 'Aarhus C', '412000', '10-49', 'privat', '86 12 34 56', 'kontakt@eksempelbyg.dk'],
      ['23456788', 'Eksempel Plejecenter', 'Parkvej 12', '5000', 'Odense C', '873000', '50-249', 'offentlig', '', ''],
    ],
  );
}

/** The size of a text in UTF-8 bytes, as the server counts it. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "cvr (også: …)" for the columns table. */
export function columnNames(t: Translate, column: ImportColumnInfo): string {
  return column.aliases.length ? t('companies.import.alsoAccepted', { name: column.name, aliases: column.aliases.join(', ') }) : column.name;
}

/** A server error keyed `row.<line>.<column>` (from a refused import) as line, column and message. */
export function parseRowErrorKey(key: string): { line: number; column: string } | null {
  const match = /^row\.([0-9]+)\.(.+)$/.exec(key);
  if (!match) return null;
  return { line: Number(match[1]), column: match[2] ?? '' };
}
