/**
 * CSV for Excel in a Danish locale: ';' between fields (Excel's list
 * separator when the decimal separator is a comma), decimal commas, CRLF
 * line ends and a UTF-8 byte-order mark so æ, ø and å survive the opening.
 * Pure functions (no DOM): every list's export builds its file with these;
 * download.ts hands the text to the browser.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** One column of an export: the header and the value of a row (numbers stay numbers, so Excel can sum them). */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const bom = '\uFEFF';

/**
 * One field: quoted when it holds the separator, a quote or a line break.
 * A field starting with =, +, - or @ is prefixed with ' so Excel shows it as
 * text instead of running it as a formula (names come from user input).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, BOM included. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(';'));
  return `${bom}${lines.join('\r\n')}\r\n`;
}

/** The whole file of the rows as the columns show them. */
export function csvOf<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
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

/** A CSV file name: the parts and the day as slugs joined with '-' (empty parts left out). */
export function csvFileName(parts: readonly string[], day: string): string {
  return `${[...parts, day].map(fileSlug).filter(Boolean).join('-')}.csv`;
}
