/**
 * The citizen's hours across all placements, week by week: unpaid placement
 * hours and paid ordinary hours stacked, with the 30-hour aim as a marker
 * line, and the same figures in a table (the chart's text alternative) and
 * as a CSV file.
 */
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { PlacementSummary } from '../../api/placements.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { HoursTable } from './HoursTable.tsx';
import { ListHeading } from './ListHeading.tsx';
import { hoursCsvColumns, hoursOrder } from './lists.ts';
import { combineRows, PAID_HOURS_AIM, rowsOf } from './weeks.ts';

const HoursChart = lazy(() => import('./HoursChart.tsx').then((m) => ({ default: m.HoursChart })));

/** `citizenName` names the CSV file (timer-<citizen>-<date>.csv). */
export function CombinedHours({ placements, citizenName }: { placements: PlacementSummary[]; citizenName: string }) {
  const { t, locale } = useI18n();
  const key = placements.map((p) => `${p.id}:${p.version}:${p.latestWeek?.weekStart ?? ''}`).join(',');
  const hours = useLoad(() => Promise.all(placements.map((p) => placementsApi.hours(p.id))), [key]);
  const rows = hours.data ? combineRows(hours.data.map((h) => rowsOf(h.hours))) : [];

  let body: ReactNode;
  if (hours.loading && !hours.data) body = <Spinner />;
  else if (hours.error) body = <Alert variant="error">{errorText(t, hours.error)}</Alert>;
  else if (!rows.length) {
    body = (
      <p className="jobspor-muted" data-testid="combined-hours-none">
        {t('pl.hours.none')}
      </p>
    );
  } else {
    body = (
      <div className="records-chart-grid">
        <Suspense fallback={<Spinner />}>
          <HoursChart rows={rows} description={t('pl.hours.combinedChartAlt', { hours: PAID_HOURS_AIM })} testId="combined-hours-chart" />
        </Suspense>
        <HoursTable id="combined-hours-table" caption={t('pl.hours.combinedCaption')} rows={rows} />
      </div>
    );
  }
  return (
    <>
      <ListHeading
        id="combined-hours-heading"
        level={4}
        heading={t('pl.hours.combinedTitle')}
        className="placements-subheading"
        csv={{ file: ['timer', citizenName], columns: hoursCsvColumns(t, locale), rows: hoursOrder(rows), testId: 'combined-hours-export' }}
      />
      {body}
    </>
  );
}
