/**
 * CSV exports of the web app's lists: columns (header and value of a row)
 * made into a file for Danish Excel by the shared CSV rules
 * (src/domain/csv.ts: ';', decimal commas, BOM, formula guard, file-name
 * slugs). Pure functions (no DOM); download.ts hands the text to the browser.
 */
import { toCsv, type CsvValue } from '../../../../src/domain/csv.ts';

export { csvFileName, fileSlug, toCsv, type CsvValue } from '../../../../src/domain/csv.ts';

/** One column of an export: the header and the value of a row (numbers stay numbers, so Excel can sum them). */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** The whole file of the rows as the columns show them. */
export function csvOf<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}
