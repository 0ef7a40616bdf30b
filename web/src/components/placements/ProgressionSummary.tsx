/**
 * The progression in paid ordinary hours (the server's summary of the weeks):
 * the trend of recent weeks against the weeks before, the first week with
 * paid hours, the latest week's paid hours, and whether 30 paid hours a week
 * (Flere skal med's aim) has been reached.
 */
import type { HoursProgression } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { formatHours, trendLabel, weekLabel } from './labels.ts';
import { PAID_HOURS_AIM } from './weeks.ts';

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
        <div>
          <dt>{t('pl.progression.reached', { hours: PAID_HOURS_AIM })}</dt>
          <dd data-testid="progression-reached">{progression.reached30 ? t('rec.yes') : t('rec.no')}</dd>
        </div>
      </dl>
    </section>
  );
}
