/**
 * One definition per list serves both the table on screen and its CSV
 * export (../csv), so the two always show the same columns with the same
 * values.
 */
import type { CsvColumn, CsvValue } from '../csv/csv.ts';

/** A column of a table and its CSV: `value` is also the cell's text unless the table renders the cell itself. */
export interface Column<T> extends CsvColumn<T> {
  id: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** A value as a table cell shows it: numbers in the locale's format, nothing as –. */
export function cellText(locale: string, value: CsvValue): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return String(value);
}
