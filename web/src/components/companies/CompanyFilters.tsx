/**
 * The company list's filters: free text (name or CVR), postcode and "not
 * contacted for N days" are applied with "Søg"; the choices apply at once.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { sectors } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { emptyCompanyFilter, isFiltered, isIndustry10, isSector, parseDays } from './companyFilter.ts';
import type { CompanyFilter } from './companyFilter.ts';
import { FilterInput, FilterSelect, industryOptions } from './FilterFields.tsx';
import { sectorLabel } from './labels.ts';
import '../../styles/caseload.css';

interface CompanyFiltersProps {
  filter: CompanyFilter;
  onFilter: (filter: CompanyFilter) => void;
}

const agreementChoices = ['any', 'ordinary_hours'] as const;

export function CompanyFilters({ filter, onFilter }: CompanyFiltersProps) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState(filter.q);
  const [postcode, setPostcode] = useState(filter.postcode);
  const [days, setDays] = useState(filter.notContactedDays);
  const daysInvalid = days.trim() !== '' && parseDays(days) === null;
  const apply = (next: Partial<CompanyFilter>) => onFilter({ ...filter, ...next, offset: 0 });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (daysInvalid) return;
    apply({ q: q.trim(), postcode: postcode.trim(), notContactedDays: days.trim() });
  }

  function reset() {
    setQ('');
    setPostcode('');
    setDays('');
    onFilter({ ...emptyCompanyFilter, sort: filter.sort });
  }

  return (
    <form className="jobspor-filters companies-filters" role="search" aria-label={t('companies.filters')} onSubmit={submit}>
      <FilterInput id="companies-q" type="search" label={t('companies.filter.q')} value={q} onValue={setQ} testId="companies-filter-q" />
      <FilterInput id="companies-postcode" label={t('companies.field.postcode')} value={postcode} onValue={setPostcode} narrow numeric maxLength={4} testId="companies-filter-postcode" />
      <FilterInput
        id="companies-days"
        label={t('companies.filter.notContactedDays')}
        value={days}
        onValue={setDays}
        narrow
        numeric
        maxLength={4}
        error={daysInvalid ? t('companies.filter.daysInvalid') : undefined}
        testId="companies-filter-days"
      />
      <div className="form-group">
        <button type="submit" className="button button-secondary" data-testid="companies-search">
          {t('common.search')}
        </button>
      </div>
      <FilterSelect
        id="companies-industry"
        label={t('companies.col.industry')}
        value={filter.industry10}
        onValue={(v) => apply({ industry10: isIndustry10(v) ? v : '' })}
        allLabel={t('companies.filter.allIndustries')}
        options={industryOptions(locale)}
        testId="companies-filter-industry"
      />
      <FilterSelect
        id="companies-sector"
        label={t('companies.field.sector')}
        value={filter.sector}
        onValue={(v) => apply({ sector: isSector(v) ? v : '' })}
        allLabel={t('companies.filter.allSectors')}
        options={sectors.map((s) => ({ value: s, label: sectorLabel(t, s) }))}
        testId="companies-filter-sector"
      />
      <FilterSelect
        id="companies-agreement"
        label={t('companies.filter.agreement')}
        value={filter.agreement}
        onValue={(v) => apply({ agreement: agreementChoices.find((c) => c === v) ?? '' })}
        allLabel={t('companies.filter.agreementAll')}
        options={[
          { value: 'any', label: t('companies.filter.agreementAny') },
          { value: 'ordinary_hours', label: t('companies.filter.agreementOrdinaryHours') },
        ]}
        testId="companies-filter-agreement"
      />
      <div className="form-group caseload-filter-check">
        <div className="form-group-checkbox">
          <input type="checkbox" className="form-checkbox" id="companies-mine" checked={filter.mine} onChange={(e) => apply({ mine: e.target.checked })} data-testid="companies-filter-mine" />
          <label htmlFor="companies-mine">{t('companies.filter.mine')}</label>
        </div>
      </div>
      {isFiltered(filter) ? (
        <div className="form-group">
          <button type="button" className="button button-tertiary" onClick={reset}>
            {t('companies.filter.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
