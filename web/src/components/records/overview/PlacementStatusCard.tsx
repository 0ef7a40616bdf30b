/**
 * Overblik: the citizen's running company placements (all courses): company,
 * type, since when, the latest week's unpaid and paid hours and the next
 * follow-up (marked when overdue), or that none is running.
 */
import { placementsApi } from '../../../api/placements.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { Link } from '../../../router.tsx';
import { Alert } from '../../Alert.tsx';
import { placementTypeLabel } from '../../placements/labels.ts';
import { placementPath } from '../../placements/paths.ts';
import { Spinner } from '../../Spinner.tsx';
import { todayIso } from '../dates.ts';
import { followUpOverdue, latestWeekText, runningPlacements } from './placementStatus.ts';
import { SummaryCard } from './SummaryCard.tsx';

export function PlacementStatusCard({ citizenId, onOpen }: { citizenId: string; onOpen: () => void }) {
  const { t, locale } = useI18n();
  const today = todayIso();
  const loaded = useLoad(() => placementsApi.citizenPlacements(citizenId), [citizenId]);
  const running = runningPlacements(loaded.data?.placements ?? []);
  return (
    <SummaryCard id="overview-company" heading={t('rec.overview.company')} goLabel={t('rec.overview.goCompany')} onGo={onOpen}>
      {loaded.loading && !loaded.data ? <Spinner /> : null}
      {loaded.error ? <Alert variant="error">{errorText(t, loaded.error)}</Alert> : null}
      {loaded.data && !running.length ? <p className="m-0">{t('rec.overview.noPlacement')}</p> : null}
      {running.length ? (
        <ul className="records-plain-list records-due-list">
          {running.map((p) => {
            const overdue = followUpOverdue(p, today);
            return (
              <li key={p.id} data-testid="overview-company-placement" data-placement-id={p.id}>
                <Link to={placementPath(p.id)} className="records-goal-title">
                  {p.company.name}
                </Link>
                <span className="records-goal-meta">{t('rec.overview.placementSince', { type: placementTypeLabel(t, p.type), date: formatDate(locale, p.from) })}</span>
                <dl className="records-team">
                  <div className="records-team-row">
                    <dt>{t('rec.overview.latestWeek')}</dt>
                    <dd data-cell="latest-week">{latestWeekText(t, locale, p.latestWeek)}</dd>
                  </div>
                  <div className="records-team-row">
                    <dt>{t('rec.overview.nextFollowUp')}</dt>
                    <dd data-cell="next-follow-up" data-overdue={overdue ? 'true' : undefined}>
                      {p.nextFollowUpOn ? formatDate(locale, p.nextFollowUpOn) : t('rec.overview.noFollowUp')}
                      {overdue ? <span className="badge badge-error records-badge">{t('pl.followUp.overdue')}</span> : null}
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      ) : null}
    </SummaryCard>
  );
}
