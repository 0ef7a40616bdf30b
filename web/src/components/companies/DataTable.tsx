/**
 * A compact DKFDS table built from column definitions (columns.ts): a
 * caption (the table's accessible name), column headers with scope, the
 * first column as the row header, and cells as the CSV shows them unless
 * `render` draws a cell itself (links, badges).
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { cellText } from './columns.ts';
import type { Column } from './columns.ts';
import '../../styles/caseload.css';
import './companies.css';

interface DataTableProps<T> {
  caption: string;
  /** Show the caption above the table (otherwise it is for screen readers only). */
  showCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  render?: Partial<Record<string, (row: T) => ReactNode>>;
  /** Buttons at the end of each row. */
  actions?: (row: T) => ReactNode;
  rowClass?: (row: T) => string | undefined;
  /** The column whose cell heads each row (default: the first). */
  rowHeaderId?: string;
  /** Extra content under a row (spans all columns), e.g. an edit form. */
  below?: (row: T) => ReactNode;
  testId?: string;
  rowTestId?: string;
}

export function DataTable<T>({ caption, showCaption, columns, rows, rowKey, render, actions, rowClass, rowHeaderId, below, testId, rowTestId }: DataTableProps<T>) {
  const { t, locale } = useI18n();
  const span = columns.length + (actions ? 1 : 0);
  const cell = (column: Column<T>, row: T) => render?.[column.id]?.(row) ?? cellText(locale, column.value(row));
  const headerId = rowHeaderId ?? columns[0]?.id;
  return (
    <div className="table--responsive-scroll caseload-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact caseload-table companies-table" data-testid={testId}>
        <caption className={showCaption ? 'companies-caption' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.id} className={column.numeric ? 'caseload-num' : undefined}>
                {column.header}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const extra = below?.(row);
            return [
              <tr key={rowKey(row)} className={rowClass?.(row)} data-testid={rowTestId}>
                {columns.map((column) => {
                  const numeric = column.numeric ? 'caseload-num' : '';
                  return column.id === headerId ? (
                    <th scope="row" key={column.id} className={['companies-row-head', numeric].filter(Boolean).join(' ')}>
                      {cell(column, row)}
                    </th>
                  ) : (
                    <td key={column.id} className={numeric || undefined}>
                      {cell(column, row)}
                    </td>
                  );
                })}
                {actions ? <td className="jobspor-row-actions">{actions(row)}</td> : null}
              </tr>,
              extra ? (
                <tr key={`${rowKey(row)}-below`} className="companies-below-row">
                  <td colSpan={span}>{extra}</td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
