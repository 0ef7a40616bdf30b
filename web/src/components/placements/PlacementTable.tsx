/**
 * A citizen's placements: type, company, period, the latest week's hours,
 * paid hours in total, the next follow-up and what the agreement says about
 * ordinary hours. Each row opens the placement's page.
 */
import type { PlacementSummary } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { ClauseBadge } from './ClauseBadge.tsx';
import { placementOrder } from './lists.ts';
import { placementPath } from './paths.ts';
import { clauseOf, followUpOverdue, formatHours, isOpenPlacement, periodLabel, placementStatusLabel, placementTypeLabel, weekLabel } from './labels.ts';

export function PlacementTable({ id, caption, placements, today }: { id: string; caption: string; placements: PlacementSummary[]; today: string }) {
  const { t, locale } = useI18n();
  const sorted = placementOrder(placements);
  return (
    <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table table--compact table--zebra jobspor-table" data-testid={id}>
        <caption id={`${id}-caption`} className="records-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pl.col.company')}</th>
            <th scope="col">{t('pl.col.type')}</th>
            <th scope="col">{t('pl.col.period')}</th>
            <th scope="col">{t('pl.col.latestWeek')}</th>
            <th scope="col" className="placements-num">
              {t('pl.col.paidTotal')}
            </th>
            <th scope="col">{t('pl.col.nextFollowUp')}</th>
            <th scope="col">{t('pl.col.clause')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => {
            const overdue = followUpOverdue(p, today);
            return (
              <tr key={p.id} data-testid={`${id}-row`} data-placement-id={p.id}>
                <th scope="row" className="jobspor-row-head placements-wrap">
                  <Link to={placementPath(p.id)}>{p.company.name}</Link>
                  {p.opening ? <span className="placements-sub">{p.opening.title}</span> : null}
                </th>
                <td>{placementTypeLabel(t, p.type)}</td>
                <td>
                  {periodLabel(t, locale, p.from, p.to)}
                  <span className="placements-sub">{placementStatusLabel(t, p, today)}</span>
                </td>
                <td>
                  {p.latestWeek ? (
                    <>
                      {weekLabel(t, locale, p.latestWeek.weekStart)}
                      <span className="placements-sub">
                        {p.latestWeek.actualUnpaidHours === null && p.latestWeek.actualPaidHours === null
                          ? t('pl.hours.onlyPlanned', { hours: formatHours(locale, p.latestWeek.plannedUnpaidHours + p.latestWeek.plannedPaidHours) })
                          : t('pl.hours.unpaidPaid', { unpaid: formatHours(locale, p.latestWeek.actualUnpaidHours), paid: formatHours(locale, p.latestWeek.actualPaidHours) })}
                      </span>
                    </>
                  ) : (
                    <span className="jobspor-muted">{t('pl.hours.noneShort')}</span>
                  )}
                </td>
                <td className="placements-num" data-cell="paid-total">
                  {formatHours(locale, p.paidHoursTotal)}
                </td>
                <td className={overdue ? 'placements-overdue' : undefined}>
                  {isOpenPlacement(p) ? formatDate(locale, p.nextFollowUpOn) : t('common.none')}
                  {overdue ? <span className="placements-sub">{t('pl.followUp.overdue')}</span> : null}
                </td>
                <td>
                  <ClauseBadge clause={clauseOf(p)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
