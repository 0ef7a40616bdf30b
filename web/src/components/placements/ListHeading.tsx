/**
 * A list's heading on the placement screens with "Eksportér til CSV" beside
 * it (and the list's own buttons, e.g. "Registrér opfølgning", as children).
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { CsvButton } from '../csv/CsvButton.tsx';
import type { CsvColumn } from '../csv/csv.ts';

interface ListHeadingProps<T> {
  /** The heading's id (the section's aria-labelledby). */
  id: string;
  level: 2 | 3 | 4;
  heading: string;
  /** File name parts before the date, the columns and the rows in the table's order. */
  csv: { file: readonly string[]; columns: readonly CsvColumn<T>[]; rows: readonly T[]; testId: string };
  className?: string;
  children?: ReactNode;
}

export function ListHeading<T>({ id, level, heading, csv, className, children }: ListHeadingProps<T>) {
  const { t } = useI18n();
  const Heading = `h${level}` as const;
  return (
    <div className={['records-heading-row', className].filter(Boolean).join(' ')}>
      <Heading id={id}>{heading}</Heading>
      <div className="records-button-row">
        <CsvButton label={t('pl.exportCsv')} what={heading} file={csv.file} columns={csv.columns} rows={csv.rows} testId={csv.testId} />
        {children}
      </div>
    </div>
  );
}
