/**
 * Paid hours per calendar month against a monthly hours goal (TRIN: 30 a
 * month, 004): a bar chart with the goal line and the same figures as a
 * table (its text alternative), each month that reached the goal marked. The
 * months are the domain's sums of the weekly figures (paidHoursByMonth: a
 * week spanning two months split by its days). Shown only for a model whose
 * goal is monthly; a weekly goal is drawn on the weekly chart.
 */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { formatHours, monthLabel } from './labels.ts';
import { paidHoursByMonth } from './weeks.ts';
import type { HoursGoal, HoursRow } from './weeks.ts';

const MonthlyHoursChart = lazy(() => import('./MonthlyHoursChart.tsx').then((m) => ({ default: m.MonthlyHoursChart })));

interface MonthlyHoursProps {
  /** Prefix of the element ids and test ids ('placement-months', 'combined-months'). */
  id: string;
  rows: readonly HoursRow[];
  goal: HoursGoal;
  headingLevel: 3 | 4;
}

export function MonthlyHours({ id, rows, goal, headingLevel }: MonthlyHoursProps) {
  const { t, locale } = useI18n();
  const months = paidHoursByMonth(rows);
  if (!months.length) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const newestFirst = [...months].reverse();
  return (
    <section aria-labelledby={`${id}-heading`} className="placements-months" data-testid={id} data-goal-hours={goal.hours} data-goal-period={goal.period}>
      <Heading id={`${id}-heading`} className="placements-subheading">
        {t('pl.hours.monthTitle')}
      </Heading>
      <p className="jobspor-muted">{t('pl.hours.monthSplit')}</p>
      <div className="records-chart-grid">
        <Suspense fallback={<Spinner />}>
          <MonthlyHoursChart months={months} goal={goal} description={t('pl.hours.monthChartAlt', { hours: goal.hours })} testId={`${id}-chart`} />
        </Suspense>
        <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <table className="table table--compact table--zebra jobspor-table" data-testid={`${id}-table`}>
            <caption id={`${id}-caption`} className="records-caption">
              {t('pl.hours.monthCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pl.hours.month')}</th>
                <th scope="col" className="placements-num">
                  {t('pl.hours.actualPaid')}
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((m) => (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row" className="jobspor-row-head">
                    {monthLabel(locale, m.month)}
                  </th>
                  <td className="placements-num" data-cell="paid">
                    {formatHours(locale, m.paid)}
                    {m.paid >= goal.hours ? <span className="placements-aim-mark"> {t('pl.hours.goalReached', { hours: goal.hours })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
