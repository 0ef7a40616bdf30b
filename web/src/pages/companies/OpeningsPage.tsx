/**
 * Opslag: every opening in the municipality's network (GET /api/openings)
 * with search, filters (industry group, postcode, status, paid from the
 * start), paging and the server's CSV export of the same search.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { companyApi, openingStatuses } from '../../api/companies.ts';
import type { Industry10, OpeningQuery, OpeningStatus } from '../../api/companies.ts';
import { CompaniesNav } from '../../components/companies/CompaniesNav.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { isIndustry10, pageSize } from '../../components/companies/companyFilter.ts';
import { FilterInput, FilterSelect, industryOptions } from '../../components/companies/FilterFields.tsx';
import { openingStatusLabel } from '../../components/companies/labels.ts';
import { PagedResults } from '../../components/companies/PagedResults.tsx';
import { openingColumns } from '../../components/companies/listColumns.ts';
import { useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
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
        <FilterInput id="openings-q" type="search" label={t('companies.openings.q')} value={q} onValue={setQ} testId="openings-filter-q" />
        <FilterInput id="openings-postcode" label={t('companies.field.postcode')} value={postcode} onValue={setPostcode} narrow numeric maxLength={4} testId="openings-filter-postcode" />
        <div className="form-group">
          <button type="submit" className="button button-secondary">
            {t('common.search')}
          </button>
        </div>
        <FilterSelect
          id="openings-industry"
          label={t('companies.col.industry')}
          value={filter.industry10}
          onValue={(v) => apply({ industry10: isIndustry10(v) ? v : '' })}
          allLabel={t('companies.filter.allIndustries')}
          options={industryOptions(locale)}
          testId="openings-filter-industry"
        />
        <FilterSelect
          id="openings-status"
          label={t('companies.opening.status')}
          value={filter.status}
          onValue={(v) => apply({ status: openingStatuses.find((s) => s === v) ?? '' })}
          allLabel={t('companies.openings.allStatuses')}
          options={openingStatuses.map((s) => ({ value: s, label: openingStatusLabel(t, s) }))}
          testId="openings-filter-status"
        />
        <FilterSelect
          id="openings-paid"
          label={t('companies.opening.paidFromStart')}
          value={filter.paidFromStart}
          onValue={(v) => apply({ paidFromStart: v === 'yes' || v === 'no' ? v : '' })}
          allLabel={t('companies.openings.paidAny')}
          options={[
            { value: 'yes', label: t('companies.yes') },
            { value: 'no', label: t('companies.no') },
          ]}
          testId="openings-filter-paid"
        />
      </form>

      <PagedResults
        error={list.error}
        loading={list.loading}
        page={page ? { total: page.total, shown: page.openings.length } : null}
        totalText={(total) => t('companies.openings.total', { total })}
        csv={{ href: companyApi.openingsCsvUrl(params), what: t('companies.openings.title'), testId: 'openings-export' }}
        offset={filter.offset}
        limit={pageSize}
        onOffset={(offset) => setFilter({ ...filter, offset })}
        countTestId="openings-total"
        empty={<p data-testid="openings-empty">{t('companies.openings.empty')}</p>}
      >
        <DataTable
          caption={t('companies.openings.title')}
          columns={columns}
          rows={page?.openings ?? []}
          rowKey={(o) => o.id}
          render={{ company: (o) => <Link to={`/virksomheder/${encodeURIComponent(o.companyId)}#opslag`}>{o.companyName}</Link> }}
          testId="openings-table"
          rowTestId="opening-row"
        />
      </PagedResults>
    </>
  );
}
