/**
 * A list on the company screens: a heading with the CSV export beside it, an
 * optional introduction, then the table (or the text for an empty list).
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { CsvButton } from '../csv/CsvButton.tsx';
import type { Column } from './columns.ts';
import './companies.css';

interface ListSectionProps<T> {
  id: string;
  heading: string;
  level?: 2 | 3;
  intro?: ReactNode;
  /** The CSV export of the list: file name parts, columns and rows. */
  csv: { file: readonly string[]; columns: readonly Column<T>[]; rows: readonly T[] };
  testId?: string;
  children: ReactNode;
}

export function ListSection<T>({ id, heading, level = 2, intro, csv, testId, children }: ListSectionProps<T>) {
  const { t } = useI18n();
  const Heading = `h${level}` as const;
  return (
    <section className="companies-section" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <div className="companies-section-head">
        <Heading id={`${id}-heading`}>{heading}</Heading>
        <CsvButton label={t('companies.exportCsv')} what={heading} file={csv.file} columns={csv.columns} rows={csv.rows} testId={`${id}-export`} />
      </div>
      {intro ? <p className="jobspor-prose companies-muted">{intro}</p> : null}
      {children}
    </section>
  );
}
