/**
 * The citizen's hours across all placements, week by week: unpaid placement
 * hours and paid ordinary hours stacked, with the 30-hour aim as a marker
 * line, and the same figures in a table (the chart's text alternative).
 */
import { lazy, Suspense } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { PlacementSummary } from '../../api/placements.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { HoursTable } from './HoursTable.tsx';
import { combineRows, PAID_HOURS_AIM, rowsOf } from './weeks.ts';

const HoursChart = lazy(() => import('./HoursChart.tsx').then((m) => ({ default: m.HoursChart })));

export function CombinedHours({ placements }: { placements: PlacementSummary[] }) {
  const t = useT();
  const key = placements.map((p) => `${p.id}:${p.version}:${p.latestWeek?.weekStart ?? ''}`).join(',');
  const hours = useLoad(() => Promise.all(placements.map((p) => placementsApi.hours(p.id))), [key]);
  if (hours.loading && !hours.data) return <Spinner />;
  if (hours.error) return <Alert variant="error">{errorText(t, hours.error)}</Alert>;
  const rows = combineRows((hours.data ?? []).map((h) => rowsOf(h.hours)));
  if (!rows.length) {
    return (
      <p className="jobspor-muted" data-testid="combined-hours-none">
        {t('pl.hours.none')}
      </p>
    );
  }
  return (
    <div className="records-chart-grid">
      <Suspense fallback={<Spinner />}>
        <HoursChart rows={rows} description={t('pl.hours.combinedChartAlt', { hours: PAID_HOURS_AIM })} testId="combined-hours-chart" />
      </Suspense>
      <HoursTable id="combined-hours-table" caption={t('pl.hours.combinedCaption')} rows={rows} />
    </div>
  );
}
