/**
 * The company list's filters: free text (name or CVR) and postcode and "not
 * contacted for N days" are applied with "Søg"; the choices apply at once.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { industry10Groups, sectors } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { emptyCompanyFilter, isFiltered, isIndustry10, isSector, parseDays } from './companyFilter.ts';
import type { CompanyFilter } from './companyFilter.ts';
import { industry10Label, sectorLabel } from './labels.ts';

interface CompanyFiltersProps {
  filter: CompanyFilter;
  onFilter: (filter: CompanyFilter) => void;
}

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
      <div className="form-group">
        <label className="form-label" htmlFor="companies-q">
          {t('companies.filter.q')}
        </label>
        <input id="companies-q" type="search" className="form-input companies-text-input" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" data-testid="companies-filter-q" />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="companies-postcode">
          {t('companies.field.postcode')}
        </label>
        <input
          id="companies-postcode"
          type="text"
          inputMode="numeric"
          className="form-input companies-narrow-input"
          value={postcode}
          onChange={(e) => setPostcode(e.target.value)}
          maxLength={4}
          autoComplete="off"
          data-testid="companies-filter-postcode"
        />
      </div>
      <div className={`form-group${daysInvalid ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="companies-days">
          {t('companies.filter.notContactedDays')}
        </label>
        {daysInvalid ? (
          <span className="form-error-message" id="companies-days-error">
            <span className="sr-only">{t('common.errorPrefix')} </span>
            {t('companies.filter.daysInvalid')}
          </span>
        ) : null}
        <input
          id="companies-days"
          type="text"
          inputMode="numeric"
          className="form-input companies-narrow-input"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-invalid={daysInvalid || undefined}
          aria-describedby={daysInvalid ? 'companies-days-error' : undefined}
          maxLength={4}
          autoComplete="off"
          data-testid="companies-filter-days"
        />
      </div>
      <div className="form-group">
        <button type="submit" className="button button-secondary" data-testid="companies-search">
          {t('common.search')}
        </button>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="companies-industry">
          {t('companies.col.industry')}
        </label>
        <select
          id="companies-industry"
          className="form-select"
          value={filter.industry10}
          onChange={(e) => apply({ industry10: isIndustry10(e.target.value) ? e.target.value : '' })}
          data-testid="companies-filter-industry"
        >
          <option value="">{t('companies.filter.allIndustries')}</option>
          {industry10Groups.map((group) => (
            <option key={group} value={group}>
              {industry10Label(locale, group)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="companies-sector">
          {t('companies.field.sector')}
        </label>
        <select
          id="companies-sector"
          className="form-select"
          value={filter.sector}
          onChange={(e) => apply({ sector: isSector(e.target.value) ? e.target.value : '' })}
          data-testid="companies-filter-sector"
        >
          <option value="">{t('companies.filter.allSectors')}</option>
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {sectorLabel(t, sector)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="companies-agreement">
          {t('companies.filter.agreement')}
        </label>
        <select
          id="companies-agreement"
          className="form-select"
          value={filter.agreement}
          onChange={(e) => apply({ agreement: e.target.value === 'any' || e.target.value === 'ordinary_hours' ? e.target.value : '' })}
          data-testid="companies-filter-agreement"
        >
          <option value="">{t('companies.filter.agreementAll')}</option>
          <option value="any">{t('companies.filter.agreementAny')}</option>
          <option value="ordinary_hours">{t('companies.filter.agreementOrdinaryHours')}</option>
        </select>
      </div>
      <div className="form-group companies-filter-check">
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id="companies-mine"
            checked={filter.mine}
            onChange={(e) => apply({ mine: e.target.checked })}
            data-testid="companies-filter-mine"
          />
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
