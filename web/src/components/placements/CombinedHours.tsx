/**
 * The citizen's hours across all placements, week by week: unpaid placement
 * hours and paid ordinary hours stacked, with the model's weekly hours goal
 * as a marker line, and the same figures in a table (the chart's text
 * alternative) and as a CSV file. A monthly goal (TRIN) gets the paid hours
 * per calendar month with the goal line below. The goal is that of the chosen
 * course's model (`combinedGoal`).
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
import { combinedGoal } from './goal.ts';
import { MonthlyHours } from './MonthlyHours.tsx';
import { combineRows, rowsOf } from './weeks.ts';

const HoursChart = lazy(() => import('./HoursChart.tsx').then((m) => ({ default: m.HoursChart })));

/** `citizenName` names the CSV file (timer-<citizen>-<date>.csv); `courseId` is the chosen course, whose model's hours goal applies. */
export function CombinedHours({ placements, citizenName, courseId }: { placements: PlacementSummary[]; citizenName: string; courseId: string }) {
  const { t, locale } = useI18n();
  const key = placements.map((p) => `${p.id}:${p.version}:${p.latestWeek?.weekStart ?? ''}`).join(',');
  const hours = useLoad(() => Promise.all(placements.map((p) => placementsApi.hours(p.id))), [key]);
  const rows = hours.data ? combineRows(hours.data.map((h) => rowsOf(h.hours))) : [];
  const goal = hours.data ? combinedGoal(hours.data.map((h, i) => ({ courseId: placements[i]!.courseId, goal: h.progression.goal })), courseId) : null;
  const weeklyGoal = goal?.period === 'week' ? goal : null;

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
      <>
        <div className="records-chart-grid">
          <Suspense fallback={<Spinner />}>
            <HoursChart
              rows={rows}
              goal={goal}
              description={weeklyGoal ? t('pl.hours.combinedChartAltGoal', { hours: weeklyGoal.hours }) : t('pl.hours.combinedChartAlt')}
              testId="combined-hours-chart"
            />
          </Suspense>
          <HoursTable id="combined-hours-table" caption={t('pl.hours.combinedCaption')} rows={rows} goal={goal} />
        </div>
        {goal?.period === 'month' ? <MonthlyHours id="combined-months" rows={rows} goal={goal} headingLevel={4} /> : null}
      </>
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
