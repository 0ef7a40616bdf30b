/**
 * Opslag: every opening in the municipality's network (GET /api/openings)
 * with search, filters (industry group, postcode, status, paid from the
 * start), paging and the server's CSV export of the same search.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { companyApi, industry10Groups, openingStatuses } from '../../api/companies.ts';
import type { Industry10, OpeningQuery, OpeningStatus } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { CompaniesNav } from '../../components/companies/CompaniesNav.tsx';
import { CsvLink } from '../../components/companies/CsvButton.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { isIndustry10, pageSize } from '../../components/companies/companyFilter.ts';
import { industry10Label, openingStatusLabel } from '../../components/companies/labels.ts';
import { openingColumns } from '../../components/companies/listColumns.ts';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../components/companies/companies.css';

interface OpeningFilter {
  q: string;
  postcode: string;
  industry10: Industry10 | '';
  status: OpeningStatus | '';
  paidFromStart: '' | 'yes' | 'no';
  offset: number;
}

/** Open openings are what a job broker looks for; the others are one choice away. */
const initialFilter: OpeningFilter = { q: '', postcode: '', industry10: '', status: 'open', paidFromStart: '', offset: 0 };

let remembered: { owner: string; filter: OpeningFilter } = { owner: '', filter: initialFilter };

function toQuery(filter: OpeningFilter): OpeningQuery {
  return {
    q: filter.q,
    postcode: filter.postcode,
    industry10: filter.industry10,
    status: filter.status,
    paidFromStart: filter.paidFromStart === '' ? null : filter.paidFromStart === 'yes',
    limit: pageSize,
    offset: filter.offset,
  };
}

export function OpeningsPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  usePageTitle(t('companies.openings.title'));
  const [filter, setFilterState] = useState<OpeningFilter>(remembered.owner === me.id ? remembered.filter : initialFilter);
  const [q, setQ] = useState(filter.q);
  const [postcode, setPostcode] = useState(filter.postcode);
  const setFilter = (next: OpeningFilter) => {
    remembered = { owner: me.id, filter: next };
    setFilterState(next);
  };
  const apply = (next: Partial<OpeningFilter>) => setFilter({ ...filter, ...next, offset: 0 });
  const params = toQuery(filter);
  const list = useLoad(() => companyApi.openings(params), [JSON.stringify(params)]);
  const page = list.data;
  const columns = openingColumns(t, locale, true);
  const from = page && page.total ? filter.offset + 1 : 0;
  const to = page ? filter.offset + page.openings.length : 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ q: q.trim(), postcode: postcode.trim() });
  }

  return (
    <>
      <CompaniesNav />
      <h1>{t('companies.openings.title')}</h1>
      <p className="font-lead jobspor-prose">{t('companies.openings.intro')}</p>

      <form className="jobspor-filters companies-filters" role="search" aria-label={t('companies.filters')} onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor="openings-q">
            {t('companies.openings.q')}
          </label>
          <input id="openings-q" type="search" className="form-input companies-text-input" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="openings-postcode">
            {t('companies.field.postcode')}
          </label>
          <input
            id="openings-postcode"
            type="text"
            inputMode="numeric"
            className="form-input companies-narrow-input"
            value={postcode}
            onChange={(e) => setPostcode(e.target.value)}
            maxLength={4}
            autoComplete="off"
          />
        </div>
        <div className="form-group">
          <button type="submit" className="button button-secondary">
            {t('common.search')}
          </button>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="openings-industry">
            {t('companies.col.industry')}
          </label>
          <select id="openings-industry" className="form-select" value={filter.industry10} onChange={(e) => apply({ industry10: isIndustry10(e.target.value) ? e.target.value : '' })}>
            <option value="">{t('companies.filter.allIndustries')}</option>
            {industry10Groups.map((group) => (
              <option key={group} value={group}>
                {industry10Label(locale, group)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="openings-status">
            {t('companies.opening.status')}
          </label>
          <select
            id="openings-status"
            className="form-select"
            value={filter.status}
            onChange={(e) => apply({ status: openingStatuses.find((s) => s === e.target.value) ?? '' })}
            data-testid="openings-filter-status"
          >
            <option value="">{t('companies.openings.allStatuses')}</option>
            {openingStatuses.map((s) => (
              <option key={s} value={s}>
                {openingStatusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="openings-paid">
            {t('companies.opening.paidFromStart')}
          </label>
          <select
            id="openings-paid"
            className="form-select"
            value={filter.paidFromStart}
            onChange={(e) => apply({ paidFromStart: e.target.value === 'yes' || e.target.value === 'no' ? e.target.value : '' })}
          >
            <option value="">{t('companies.openings.paidAny')}</option>
            <option value="yes">{t('companies.yes')}</option>
            <option value="no">{t('companies.no')}</option>
          </select>
        </div>
      </form>

      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !page ? <Spinner /> : null}
      {page ? (
        <div className={list.loading ? 'jobspor-busy' : undefined} aria-busy={list.loading}>
          <div className="companies-toolbar">
            <p className="jobspor-count" aria-live="polite" data-testid="openings-total">
              <strong>{t('companies.openings.total', { total: formatNumber(locale, page.total) })}</strong>
              {page.total > 0 ? (
                <span className="jobspor-muted">
                  {' · '}
                  {t('common.showing', { from, to, total: formatNumber(locale, page.total) })}
                </span>
              ) : null}
            </p>
            {page.total > 0 ? <CsvLink href={companyApi.openingsCsvUrl(params)} what={t('companies.openings.title')} testId="openings-export" /> : null}
          </div>
          {page.openings.length ? (
            <DataTable
              caption={t('companies.openings.title')}
              columns={columns}
              rows={page.openings}
              rowKey={(o) => o.id}
              render={{ company: (o) => <Link to={`/virksomheder/${encodeURIComponent(o.companyId)}#opslag`}>{o.companyName}</Link> }}
              testId="openings-table"
              rowTestId="opening-row"
            />
          ) : (
            <p data-testid="openings-empty">{t('companies.openings.empty')}</p>
          )}
          <Pagination total={page.total} limit={pageSize} offset={filter.offset} onOffset={(offset) => setFilter({ ...filter, offset })} />
        </div>
      ) : null}
    </>
  );
}
