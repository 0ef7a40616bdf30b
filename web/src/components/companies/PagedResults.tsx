/**
 * A server-paged list on the company screens: the error or spinner while the
 * first page loads, then "123 virksomheder · Viser 1–50 af 123" (announced
 * politely), the server's CSV export of the whole search, the table (or the
 * text for no results) and the pages.
 */
import type { ReactNode } from 'react';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../labels.ts';
import { Alert } from '../Alert.tsx';
import { Pagination } from '../Pagination.tsx';
import { Spinner } from '../Spinner.tsx';
import { CsvLink } from '../csv/CsvButton.tsx';
import './companies.css';

interface PagedResultsProps {
  error: unknown;
  loading: boolean;
  /** The page shown: the total matching and how many rows this page has; null before the first answer. */
  page: { total: number; shown: number } | null;
  /** "{total} virksomheder" with the formatted total. */
  totalText: (total: string) => string;
  csv: { href: string; what: string; testId: string };
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  countTestId: string;
  empty: ReactNode;
  children: ReactNode;
}

export function PagedResults({ error, loading, page, totalText, csv, offset, limit, onOffset, countTestId, empty, children }: PagedResultsProps) {
  const { t, locale } = useI18n();
  return (
    <>
      {error ? <Alert variant="error">{errorText(t, error)}</Alert> : null}
      {loading && !page ? <Spinner /> : null}
      {page ? (
        <div className={loading ? 'jobspor-busy' : undefined} aria-busy={loading}>
          <div className="companies-toolbar">
            <p className="jobspor-count" aria-live="polite" data-testid={countTestId}>
              <strong>{totalText(formatNumber(locale, page.total))}</strong>
              {page.total > 0 ? (
                <span className="jobspor-muted">
                  {' · '}
                  {t('common.showing', { from: offset + 1, to: offset + page.shown, total: formatNumber(locale, page.total) })}
                </span>
              ) : null}
            </p>
            {page.total > 0 ? <CsvLink href={csv.href} label={t('companies.exportCsv')} what={csv.what} testId={csv.testId} /> : null}
          </div>
          {page.shown ? children : empty}
          <Pagination total={page.total} limit={limit} offset={offset} onOffset={onOffset} />
        </div>
      ) : null}
    </>
  );
}
