/**
 * The course's work agreements: company, the version in force and when it
 * was made, what it says about ordinary hours, how many of the three parties
 * have agreed, and the placement it belongs to (or a way to start one).
 */
import type { WorkAgreement } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { ClauseBadge } from './ClauseBadge.tsx';
import { clauseOf, placementTypeLabel } from './labels.ts';
import { agreementOrder } from './lists.ts';
import { placementPath } from './paths.ts';

interface AgreementTableProps {
  agreements: WorkAgreement[];
  canWrite: boolean;
  onStart: (agreementId: string) => void;
}

export function AgreementTable({ agreements, canWrite, onStart }: AgreementTableProps) {
  const { t, locale } = useI18n();
  const sorted = agreementOrder(agreements);
  return (
    <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby="agreements-caption">
      <table className="table table--compact table--zebra jobspor-table" data-testid="agreements-table">
        <caption id="agreements-caption" className="records-caption">
          {t('pl.agreements.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pl.col.company')}</th>
            <th scope="col">{t('pl.agreements.version')}</th>
            <th scope="col">{t('pl.col.type')}</th>
            <th scope="col">{t('pl.col.clause')}</th>
            <th scope="col">{t('pl.agreements.parties')}</th>
            <th scope="col">{t('pl.agreements.placement')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => {
            const v = a.current;
            const agreed = [v.citizenAgreedOn, v.companyAgreedOn, v.jobcentreAgreedOn].filter(Boolean).length;
            return (
              <tr key={a.id} data-testid="agreement-row" data-agreement-id={a.id}>
                <th scope="row" className="jobspor-row-head placements-wrap">
                  <Link to={`/arbejdsaftaler/${encodeURIComponent(a.id)}`}>{t('pl.agreements.open', { company: a.company.name })}</Link>
                </th>
                <td>{t('pl.agreements.versionMade', { no: v.versionNo, date: formatDate(locale, v.madeOn) })}</td>
                <td>{placementTypeLabel(t, v.content.placementType)}</td>
                <td>
                  <ClauseBadge clause={clauseOf(v)} />
                </td>
                <td>{t('pl.agreements.partiesCount', { count: agreed })}</td>
                <td>
                  {a.placementId ? (
                    <Link to={placementPath(a.placementId)}>{t('pl.agreements.openPlacement')}</Link>
                  ) : canWrite ? (
                    <button type="button" className="button button-secondary jobspor-small-button" onClick={() => onStart(a.id)} data-testid="agreement-start">
                      {t('pl.startPlacement')}
                      <span className="sr-only"> {t('pl.match.withCompany', { company: a.company.name })}</span>
                    </button>
                  ) : (
                    <span className="jobspor-muted">{t('pl.agreements.noPlacement')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
