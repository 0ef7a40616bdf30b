/**
 * The company import's file format as the import screen explains it, and a
 * small example file built in the browser. The server decides what it
 * accepts (docs/contracts/companies-api.md, "Import"); the names here are
 * the ones it reads.
 */
import type { Translate } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { toCsv } from '../csv/csv.ts';

export interface ImportColumnInfo {
  /** The server's key for the column (errors and changes name columns by it). */
  key: string;
  /** The Danish header, as the example file writes it. */
  name: string;
  /** Other accepted headers (case does not matter); the first is the English one. */
  aliases: string[];
  required: boolean;
  description: MessageKey;
}

export const importColumnInfo: readonly ImportColumnInfo[] = [
  { key: 'cvr', name: 'cvr', aliases: [], required: true, description: 'companies.import.col.cvr' },
  { key: 'name', name: 'navn', aliases: ['name'], required: true, description: 'companies.import.col.name' },
  { key: 'address', name: 'adresse', aliases: ['address'], required: false, description: 'companies.import.col.address' },
  { key: 'postcode', name: 'postnr', aliases: ['postcode'], required: true, description: 'companies.import.col.postcode' },
  { key: 'city', name: 'by', aliases: ['city'], required: false, description: 'companies.import.col.city' },
  { key: 'industry_code', name: 'branchekode', aliases: ['industry_code'], required: false, description: 'companies.import.col.industryCode' },
  { key: 'size', name: 'størrelse', aliases: ['size', 'stoerrelse'], required: false, description: 'companies.import.col.size' },
  { key: 'sector', name: 'sektor', aliases: ['sector'], required: false, description: 'companies.import.col.sector' },
  { key: 'phone', name: 'telefon', aliases: ['phone'], required: false, description: 'companies.import.col.phone' },
  { key: 'email', name: 'email', aliases: [], required: false, description: 'companies.import.col.email' },
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

/**
 * A column as the user knows it from the file: the Danish header in Danish,
 * the English one in English; 'columns' (a line with too many fields) is the
 * whole line. Unknown keys are shown as they are.
 */
export function importColumnName(t: Translate, locale: string, key: string): string {
  if (key === 'columns') return t('companies.import.wholeLine');
  const column = importColumnInfo.find((c) => c.key === key);
  if (!column) return key;
  return locale.startsWith('da') ? column.name : (column.aliases[0] ?? column.name);
}

/** A server error keyed `row.<line>.<column>` (from a refused import) as line, column and message. */
export function parseRowErrorKey(key: string): { line: number; column: string } | null {
  const match = /^row\.([0-9]+)\.(.+)$/.exec(key);
  if (!match) return null;
  return { line: Number(match[1]), column: match[2] ?? '' };
}
