/**
 * CSV for Excel in a Danish locale, shared by the web app's list exports and
 * the server's CSV downloads: ';' between fields (Excel's list separator when
 * the decimal separator is a comma), decimal commas, CRLF line ends and a
 * UTF-8 byte-order mark so æ, ø and å survive the opening. A text starting
 * with =, +, - or @ gets a ' before it so Excel shows it instead of running it
 * as a formula (names come from user input and imported files). Also the
 * file-name slugs of downloads. Pure functions (no DOM, no I/O).
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Booleans as 'Ja'/'Nej' (the server's exports); otherwise 'true'/'false'. */
  danishBooleans?: boolean;
}

const bom = '\uFEFF';

/** One field, quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'boolean' && options.danishBooleans ? (value ? 'Ja' : 'Nej') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, BOM included. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const lines = [headers, ...rows].map((row) => row.map((value) => csvField(value, options)).join(';'));
  return `${bom}${lines.join('\r\n')}\r\n`;
}

/** A part of a file name: lower case, æ/ø/å spelt out, accents dropped, no spaces or characters Windows refuses. */
export function fileSlug(text: string): string {
  return text
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A download's file name: the parts as slugs joined with '-' (empty parts left out) and the extension. */
export function slugFileName(parts: readonly string[], extension: string): string {
  return `${parts.map(fileSlug).filter(Boolean).join('-')}.${extension}`;
}

/** A CSV file name: the parts and the day as slugs joined with '-' (empty parts left out). */
export function csvFileName(parts: readonly string[], day: string): string {
  return slugFileName([...parts, day], 'csv');
}
