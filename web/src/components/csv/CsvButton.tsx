/**
 * "Eksportér til CSV": a button that builds a list's file in the browser
 * from its columns (csv.ts, for Danish Excel) and saves it, and a link to a
 * CSV file the server makes (all pages of a search).
 */
import { Icon } from '../Icon.tsx';
import { todayIso } from '../records/dates.ts';
import { csvFileName, csvOf } from './csv.ts';
import type { CsvColumn } from './csv.ts';
import { downloadCsv } from './download.ts';
import './csv.css';

interface CsvButtonProps<T> {
  /** The button's text ("Eksportér til CSV"), from the area's texts. */
  label: string;
  /** What is exported, for screen readers after the label ("Eksportér til CSV: Kontaktlog"). */
  what?: string;
  /** File name parts before the date, e.g. ['kontaktlog', cvr]; made safe for file systems. */
  file: readonly string[];
  /** The date in the file name; today when left out. */
  day?: string;
  columns: readonly CsvColumn<T>[];
  rows: readonly T[];
  testId?: string;
}

/** Exports the rows as the columns show them; disabled while there are none. */
export function CsvButton<T>({ label, what, file, day, columns, rows, testId }: CsvButtonProps<T>) {
  return (
    <button
      type="button"
      className="button button-secondary csv-export"
      onClick={() => downloadCsv(csvFileName(file, day ?? todayIso()), csvOf(columns, rows))}
      disabled={!rows.length}
      data-testid={testId}
    >
      <Icon name="file-excel" />
      {label}
      {what ? <span className="sr-only">: {what}</span> : null}
    </button>
  );
}

interface CsvLinkProps {
  href: string;
  label: string;
  what: string;
  testId?: string;
}

/** The server's CSV export, as an ordinary download link. */
export function CsvLink({ href, label, what, testId }: CsvLinkProps) {
  return (
    <a className="button button-secondary csv-export" href={href} download data-testid={testId}>
      <Icon name="file-excel" />
      {label}
      <span className="sr-only">: {what}</span>
    </a>
  );
}
