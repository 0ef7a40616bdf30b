/**
 * The company list as a dense table. The server pages the list, so only the
 * orders it offers are sortable here: by name, and by last contact (longest
 * without contact, and never contacted, first).
 */
import type { ReactNode } from 'react';
import type { CompanySummary } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { Icon } from '../Icon.tsx';
import type { CompanySort } from './companyFilter.ts';
import { industry10Label } from './labels.ts';
import '../../styles/caseload.css';
import './companies.css';

interface CompanyTableProps {
  companies: readonly CompanySummary[];
  sort: CompanySort;
  onSort: (sort: CompanySort) => void;
  caption: string;
}

export function CompanyTable({ companies, sort, onSort, caption }: CompanyTableProps) {
  const { t, locale } = useI18n();

  const sortable = (key: CompanySort, label: string, hint: string): ReactNode => (
    <th scope="col" aria-sort={sort === key ? 'ascending' : undefined}>
      <button type="button" className="caseload-sort" onClick={() => onSort(key)} aria-pressed={sort === key} data-testid={`companies-sort-${key}`}>
        <span>{label}</span>
        <Icon name={sort === key ? 'sort-table-ascending' : 'sort-table-none'} className="caseload-sort-icon" />
        <span className="sr-only"> {hint}</span>
      </button>
    </th>
  );

  return (
    <div className="table--responsive-scroll caseload-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact caseload-table companies-table" data-testid="companies-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {sortable('name', t('companies.field.name'), t('companies.sort.name'))}
            <th scope="col">{t('companies.field.cvr')}</th>
            <th scope="col">{t('companies.col.industry')}</th>
            <th scope="col">{t('companies.col.place')}</th>
            <th scope="col">{t('companies.col.owner')}</th>
            {sortable('lastInteraction', t('companies.col.lastContact'), t('companies.sort.lastInteraction'))}
            <th scope="col" className="caseload-num">
              {t('companies.col.openOpenings')}
            </th>
            <th scope="col" className="caseload-num">
              {t('companies.col.runningPlacements')}
            </th>
            <th scope="col">{t('companies.col.agreement')}</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id} data-testid="companies-row" data-company-id={c.id}>
              <th scope="row" className="companies-row-head">
                <Link to={`/virksomheder/${encodeURIComponent(c.id)}`}>{c.name}</Link>
              </th>
              <td className="jobspor-nowrap">{c.cvr}</td>
              <td>{c.industry.group10 ? industry10Label(locale, c.industry.group10) : '–'}</td>
              <td>{[c.postcode, c.city].filter(Boolean).join(' ') || '–'}</td>
              <td>{c.owner?.name ?? <span className="companies-muted">{t('companies.noOwner')}</span>}</td>
              <td className="jobspor-nowrap">{c.lastInteractionOn ? formatDate(locale, c.lastInteractionOn) : <span className="companies-muted">{t('companies.never')}</span>}</td>
              <td className="caseload-num">{c.openOpenings}</td>
              <td className="caseload-num">{c.runningPlacements}</td>
              <td>
                <AgreementBadges hasAgreement={c.hasCooperationAgreement} ordinaryHoursReady={c.ordinaryHoursReady} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Samarbejdsaftale" and "Klar til ordinære timer" as badges; – when neither. */
export function AgreementBadges({ hasAgreement, ordinaryHoursReady }: { hasAgreement: boolean; ordinaryHoursReady: boolean }) {
  const { t } = useI18n();
  if (!hasAgreement && !ordinaryHoursReady) return <span className="companies-muted">–</span>;
  return (
    <span className="companies-badges">
      {hasAgreement ? <span className="badge badge-info">{t('companies.badge.agreement')}</span> : null}
      {ordinaryHoursReady ? <span className="badge badge-success">{t('companies.badge.ordinaryHours')}</span> : null}
    </span>
  );
}
