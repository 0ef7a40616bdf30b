import { useI18n } from '../../i18n/index.tsx';
import { Icon } from '../Icon.tsx';
import { downloadCsv } from '../caseload/csv.ts';
import { csvFileName, csvOf } from './columns.ts';
import type { Column } from './columns.ts';
import { todayIso } from '../records/dates.ts';

interface CsvButtonProps<T> {
  /** What is exported, for screen readers ("Eksportér til CSV: Kontaktlog"). */
  what: string;
  /** File name parts before the date, e.g. ['kontaktlog', cvr]. */
  file: readonly string[];
  columns: readonly Column<T>[];
  rows: readonly T[];
  testId?: string;
}

/** "Eksportér til CSV" for a list already on screen: built in the browser, for Danish Excel. */
export function CsvButton<T>({ what, file, columns, rows, testId }: CsvButtonProps<T>) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button-secondary companies-csv"
      onClick={() => downloadCsv(csvFileName(file, todayIso()), csvOf(columns, rows))}
      disabled={!rows.length}
      data-testid={testId}
    >
      <Icon name="file-excel" />
      {t('companies.exportCsv')}
      <span className="sr-only">: {what}</span>
    </button>
  );
}

interface CsvLinkProps {
  href: string;
  what: string;
  testId?: string;
}

/** The server's CSV export of a search (all pages), as an ordinary download link. */
export function CsvLink({ href, what, testId }: CsvLinkProps) {
  const { t } = useI18n();
  return (
    <a className="button button-secondary companies-csv" href={href} download data-testid={testId}>
      <Icon name="file-excel" />
      {t('companies.exportCsv')}
      <span className="sr-only">: {what}</span>
    </a>
  );
}
