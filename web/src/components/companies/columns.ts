/**
 * One definition per list serves both the table on screen and its CSV
 * export, so the two always show the same columns with the same values.
 */
import { toCsv } from '../caseload/csv.ts';
import type { CsvValue } from '../caseload/csv.ts';

export interface Column<T> {
  id: string;
  header: string;
  /** The value in the CSV file; also the cell's text unless the table renders the cell itself. */
  value: (row: T) => CsvValue;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** The whole CSV file (BOM, ';', CRLF) of the rows as the columns show them. */
export function csvOf<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

/** A value as a table cell shows it: numbers in the locale's format, nothing as –. */
export function cellText(locale: string, value: CsvValue): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return String(value);
}

/** A CSV file name: the parts joined with '-', only characters every file system accepts. */
export function csvFileName(parts: readonly string[], day: string): string {
  const safe = [...parts, day].map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${safe.join('-')}.csv`;
}
