import type { CitizenSummary } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { benefitLabel, readinessLabel } from '../labels.ts';
import { Link } from '../router.tsx';

interface CitizenTableProps {
  citizens: CitizenSummary[];
  caption: string;
  showResponsible?: boolean;
  testId?: string;
}

/** Dense DKFDS table of citizens with a link to each citizen's page. */
export function CitizenTable({ citizens, caption, showResponsible = false, testId }: CitizenTableProps) {
  const { t } = useI18n();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact table--zebra jobspor-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col" className="align-text-right">
              {t('col.age')}
            </th>
            <th scope="col">{t('col.benefit')}</th>
            <th scope="col">{t('col.readiness')}</th>
            <th scope="col">{t('col.unit')}</th>
            {showResponsible ? <th scope="col">{t('col.responsible')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {citizens.map((citizen) => (
            <tr key={citizen.id} data-testid="citizen-row">
              <th scope="row" className="jobspor-row-head">
                <Link to={`/borgere/${encodeURIComponent(citizen.id)}`}>
                  {citizen.firstName} {citizen.lastName}
                </Link>
              </th>
              <td className="align-text-right">{citizen.age}</td>
              <td>{citizen.currentBenefit ? benefitLabel(t, citizen.currentBenefit.benefitType) : t('common.none')}</td>
              <td>{citizen.currentBenefit?.readiness ? readinessLabel(t, citizen.currentBenefit.readiness) : t('common.none')}</td>
              <td>{citizen.unitName}</td>
              {showResponsible ? <td>{citizen.responsibleStaffName ?? t('common.none')}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
