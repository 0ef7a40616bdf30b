/**
 * Virksomheder: the municipality's shared company network
 * (GET /api/companies) with search, filters, the two orders the server
 * offers, paging, the server's CSV export of the same search, and creating a
 * company (roles with company.write).
 */
import { useRef, useState } from 'react';
import { companyApi } from '../api/companies.ts';
import type { Company } from '../api/companies.ts';
import { canWriteCompanies } from '../components/companies/access.ts';
import { CompaniesNav } from '../components/companies/CompaniesNav.tsx';
import { CompanyFilters } from '../components/companies/CompanyFilters.tsx';
import { CompanyForm } from '../components/companies/CompanyForm.tsx';
import { CompanyTable } from '../components/companies/CompanyTable.tsx';
import { companyQuery, emptyCompanyFilter, pageSize } from '../components/companies/companyFilter.ts';
import type { CompanyFilter } from '../components/companies/companyFilter.ts';
import { setFlash } from '../components/companies/flash.ts';
import { PagedResults } from '../components/companies/PagedResults.tsx';
import { useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../styles/caseload.css';
import '../components/companies/companies.css';

// Kept in memory only, so "back" from a company restores the search; tied to
// the staff member so it does not outlive a logout.
let remembered: { owner: string; filter: CompanyFilter } = { owner: '', filter: emptyCompanyFilter };

export function CompaniesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('companies.title'));
  const canWrite = canWriteCompanies(me.roles);
  const [filter, setFilterState] = useState<CompanyFilter>(remembered.owner === me.id ? remembered.filter : emptyCompanyFilter);
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);

  const setFilter = (next: CompanyFilter) => {
    remembered = { owner: me.id, filter: next };
    setFilterState(next);
  };

  const params = companyQuery(filter, me.id);
  const list = useLoad(() => companyApi.companies(params), [JSON.stringify(params)]);
  const page = list.data;

  function created(company: Company) {
    const path = `/virksomheder/${encodeURIComponent(company.id)}`;
    setFlash(path, t('companies.created', { name: company.name }));
    navigate(path);
  }

  function cancelCreate() {
    setCreating(false);
    window.requestAnimationFrame(() => createButton.current?.focus());
  }

  return (
    <>
      <CompaniesNav />
      <div className="jobspor-page-heading">
        <h1 data-testid="companies-heading">{t('companies.title')}</h1>
        {canWrite && !creating ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} ref={createButton} data-testid="company-create-open">
            {t('companies.create')}
          </button>
        ) : null}
      </div>
      <p className="font-lead caseload-intro jobspor-prose">{t('companies.intro')}</p>

      {creating ? <CompanyForm onSaved={created} onCancel={cancelCreate} /> : null}

      <CompanyFilters filter={filter} onFilter={setFilter} />

      <PagedResults
        error={list.error}
        loading={list.loading}
        page={page ? { total: page.total, shown: page.companies.length } : null}
        totalText={(total) => t('companies.total', { total })}
        csv={{ href: companyApi.companiesCsvUrl(params), what: t('companies.title'), testId: 'companies-export' }}
        offset={filter.offset}
        limit={pageSize}
        onOffset={(offset) => setFilter({ ...filter, offset })}
        countTestId="companies-total"
        empty={<p data-testid="companies-empty">{t('companies.empty')}</p>}
      >
        {page ? (
          <CompanyTable companies={page.companies} sort={filter.sort} onSort={(sort) => setFilter({ ...filter, sort, offset: 0 })} caption={t('companies.tableCaption')} />
        ) : null}
      </PagedResults>
    </>
  );
}
