/**
 * The measurement schedule as a matrix: one row per planned point (with its
 * date), one column per instrument, each cell saying whether it is taken.
 */
import type { ScheduledPoint } from '../../../api/records.ts';
import { instrumentIds } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { todayIso } from '../dates.ts';
import { instrumentName, pointLabel } from './scales.ts';

interface Row {
  key: string;
  point: number;
  dueDate: string;
  byInstrument: Map<string, ScheduledPoint>;
}

function rowsOf(schedule: readonly ScheduledPoint[]): Row[] {
  const rows = new Map<string, Row>();
  for (const entry of schedule) {
    const key = `${entry.courseId}|${entry.point}`;
    const row = rows.get(key) ?? { key, point: entry.point, dueDate: entry.dueDate, byInstrument: new Map() };
    row.byInstrument.set(entry.instrument, entry);
    if (entry.dueDate < row.dueDate) row.dueDate = entry.dueDate;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.point - b.point);
}

export function ScheduleTable({ schedule }: { schedule: ScheduledPoint[] }) {
  const { t, locale } = useI18n();
  const today = todayIso();
  const present = new Set(schedule.map((p) => p.instrument));
  const columns = [...instrumentIds.filter((id) => present.has(id)), ...[...present].filter((id) => !(instrumentIds as readonly string[]).includes(id))];
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('rec.measure.schedule')}>
      <table className="table table--compact table--zebra jobspor-table" data-testid="measure-schedule">
        <caption className="sr-only">{t('rec.measure.schedule')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rec.measure.point')}</th>
            <th scope="col">{t('rec.measure.dueDate')}</th>
            {columns.map((id) => (
              <th scope="col" key={id}>
                {instrumentName(t, id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowsOf(schedule).map((row) => (
            <tr key={row.key}>
              <th scope="row" className="jobspor-row-head">
                {pointLabel(t, row.point)}
              </th>
              <td className="jobspor-nowrap">{formatDate(locale, row.dueDate)}</td>
              {columns.map((id) => {
                const entry = row.byInstrument.get(id);
                if (!entry) return <td key={id}>{t('common.none')}</td>;
                const status = entry.done ? 'done' : entry.dueDate < today ? 'late' : 'planned';
                const variant = status === 'done' ? 'badge-success' : status === 'late' ? 'badge-error' : 'badge-info';
                return (
                  <td key={id} data-status={status}>
                    <span className={`badge ${variant} records-badge records-badge-cell`}>{t(`rec.measure.status.${status}`)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
