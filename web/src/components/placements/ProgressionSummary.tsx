/**
 * The progression in paid ordinary hours (the server's summary of the weeks):
 * the trend of recent weeks against the weeks before, the first week with
 * paid hours, the latest week's paid hours, and whether the course's model's
 * hours goal (30 a week in Flere skal med, 30 a month in TRIN) has been
 * reached, or that the model has none.
 */
import type { HoursProgression } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { formatHours, trendLabel, weekLabel } from './labels.ts';

export function ProgressionSummary({ progression, loading }: { progression: HoursProgression | null; loading: boolean }) {
  const { t, locale } = useI18n();
  if (!progression) return loading ? <Spinner /> : null;
  return (
    <section aria-labelledby="progression-heading" className="placements-progression" data-testid="progression">
      <h3 id="progression-heading" className="h4">
        {t('pl.progression.title')}
      </h3>
      <dl className="placements-facts">
        <div>
          <dt>{t('pl.progression.trend')}</dt>
          <dd data-testid="progression-trend" data-trend={progression.trend}>
            {trendLabel(t, progression.trend)}
          </dd>
        </div>
        <div>
          <dt>{t('pl.progression.firstPaid')}</dt>
          <dd data-testid="progression-first-paid">{progression.firstPaidWeek ? weekLabel(t, locale, progression.firstPaidWeek) : t('pl.progression.noPaidYet')}</dd>
        </div>
        <div>
          <dt>{t('pl.progression.latestPaid')}</dt>
          <dd>{progression.latestPaid === null ? t('common.none') : t('pl.wa.hoursValue', { hours: formatHours(locale, progression.latestPaid) })}</dd>
        </div>
        {progression.goal ? (
          <div>
            <dt>{t(`pl.progression.reached.${progression.goal.period}`, { hours: progression.goal.hours })}</dt>
            <dd data-testid="progression-reached" data-goal-hours={progression.goal.hours} data-goal-period={progression.goal.period}>
              {progression.reached ? t('rec.yes') : t('rec.no')}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('pl.progression.goal')}</dt>
            <dd data-testid="progression-reached">{t('pl.progression.noGoal')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
