/**
 * The head of a company's page: name, CVR, industry (code and 10-group),
 * size, sector, addresses and contact details, who owns the relation
 * (shown to everyone: the network is shared, and colleagues should know whom
 * to ask), the agreement badges, and the figures of its placements.
 */
import type { CompanyDetail } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { AgreementBadges } from './CompanyTable.tsx';
import { formatHours, industryText, sectorLabel, sizeBandLabel } from './labels.ts';
import './companies.css';

export function CompanyHeader({ company }: { company: CompanyDetail }) {
  const { t, locale } = useI18n();
  const main = company.addresses.find((a) => a.kind === 'main');
  const workplaces = company.addresses.filter((a) => a.kind === 'workplace');
  const addressText = (a: { addressLine: string | null; postcode: string; city: string | null }) =>
    [a.addressLine, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

  return (
    <header className="companies-header">
      <h1 data-testid="company-name">{company.name}</h1>
      {/* The list shows "–" for no agreement; under the page title that dash would read as a stray mark. */}
      {company.hasCooperationAgreement || company.ordinaryHoursReady ? (
        <AgreementBadges hasAgreement={company.hasCooperationAgreement} ordinaryHoursReady={company.ordinaryHoursReady} />
      ) : null}
      <dl className="companies-facts" data-testid="company-facts">
        <div>
          <dt>{t('companies.field.cvr')}</dt>
          <dd data-testid="company-cvr">{company.cvr}</dd>
        </div>
        <div>
          <dt>{t('companies.col.industry')}</dt>
          <dd data-testid="company-industry">{industryText(locale, company.industry)}</dd>
        </div>
        <div>
          <dt>{t('companies.field.sizeBand')}</dt>
          <dd>{company.sizeBand ? sizeBandLabel(t, company.sizeBand) : t('companies.form.notStated')}</dd>
        </div>
        <div>
          <dt>{t('companies.field.sector')}</dt>
          <dd>{sectorLabel(t, company.sector)}</dd>
        </div>
        <div>
          <dt>{t('companies.form.mainAddress')}</dt>
          <dd>{main ? addressText(main) : '–'}</dd>
        </div>
        {workplaces.length ? (
          <div>
            <dt>{t('companies.workplaces')}</dt>
            <dd>
              <ul className="nobullet-list m-0">
                {workplaces.map((a) => (
                  <li key={a.id}>{addressText(a)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('companies.field.phone')}</dt>
          <dd>{company.phone ? <a href={`tel:${company.phone.replace(/\s/g, '')}`}>{company.phone}</a> : '–'}</dd>
        </div>
        <div>
          <dt>{t('companies.field.email')}</dt>
          <dd>{company.email ? <a href={`mailto:${company.email}`}>{company.email}</a> : '–'}</dd>
        </div>
        {company.website ? (
          <div>
            <dt>{t('companies.field.website')}</dt>
            <dd>{company.website}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('companies.col.lastContact')}</dt>
          <dd>{company.lastInteractionOn ? formatDate(locale, company.lastInteractionOn) : t('companies.never')}</dd>
        </div>
      </dl>
      <p className="companies-owner" data-testid="company-owner">
        {company.owner
          ? company.ownerUnit
            ? t('companies.ownedByUnit', { name: company.owner.name, unit: company.ownerUnit.name })
            : t('companies.ownedBy', { name: company.owner.name })
          : t('companies.ownedByNobody')}
      </p>
      {company.note ? <p className="jobspor-prose">{company.note}</p> : null}
    </header>
  );
}

export function CompanyStatsPanel({ company }: { company: CompanyDetail }) {
  const { t, locale } = useI18n();
  const s = company.stats;
  return (
    <section className="companies-section" aria-labelledby="company-stats-heading">
      <h2 id="company-stats-heading" className="h3">
        {t('companies.stats.heading')}
      </h2>
      <dl className="companies-stats" data-testid="company-stats">
        <div>
          <dt>{t('companies.stats.running')}</dt>
          <dd data-testid="company-stats-running">{s.placementsRunning}</dd>
        </div>
        <div>
          <dt>{t('companies.stats.past')}</dt>
          <dd>{s.placementsPast}</dd>
        </div>
        <div>
          <dt>{t('companies.stats.paidHours')}</dt>
          <dd data-testid="company-stats-paid-hours">{formatHours(locale, s.paidHoursTotal)}</dd>
        </div>
        <div>
          <dt>{t('companies.stats.withPaidHours')}</dt>
          <dd>{s.placementsWithPaidHours}</dd>
        </div>
        <div>
          <dt>{t('companies.stats.conversions')}</dt>
          <dd>{s.conversions}</dd>
        </div>
      </dl>
    </section>
  );
}
