/**
 * Hours per week as a table: the figures behind the hours chart and its text
 * alternative. On a placement's page it also shows the planned hours and the
 * note, and each row can be opened in the week form. Weeks that reach a
 * weekly hours goal are marked.
 */
import { useI18n } from '../../i18n/index.tsx';
import { formatHours, weekLabel } from './labels.ts';
import { hoursOrder } from './lists.ts';
import { actualTotal } from './weeks.ts';
import type { HoursGoal, HoursRow } from './weeks.ts';

interface HoursTableProps {
  id: string;
  caption: string;
  rows: HoursRow[];
  /** The course's model's hours goal: weeks that reach a weekly goal are marked. */
  goal: HoursGoal | null;
  showPlanned?: boolean;
  notes?: Record<string, string | null>;
  /** Opens a week in the form; the button names the week. */
  onEdit?: ((weekStart: string) => void) | undefined;
  editing?: string | null;
}

export function HoursTable({ id, caption, rows, goal, showPlanned = false, notes, onEdit, editing }: HoursTableProps) {
  const { t, locale } = useI18n();
  const newestFirst = hoursOrder(rows);
  return (
    <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table table--compact table--zebra jobspor-table placements-hours-table" data-testid={id}>
        <caption id={`${id}-caption`} className="records-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pl.hours.week')}</th>
            {showPlanned ? (
              <>
                <th scope="col" className="placements-num">
                  {t('pl.hours.plannedUnpaid')}
                </th>
                <th scope="col" className="placements-num">
                  {t('pl.hours.plannedPaid')}
                </th>
              </>
            ) : null}
            <th scope="col" className="placements-num">
              {t('pl.hours.actualUnpaid')}
            </th>
            <th scope="col" className="placements-num">
              {t('pl.hours.actualPaid')}
            </th>
            <th scope="col" className="placements-num">
              {t('pl.hours.actualTotal')}
            </th>
            {notes ? <th scope="col">{t('pl.hours.note')}</th> : null}
            {onEdit ? (
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((row) => {
            const label = weekLabel(t, locale, row.weekStart);
            const reached = goal?.period === 'week' && (row.paid ?? 0) >= goal.hours;
            return (
              <tr key={row.weekStart} data-week={row.weekStart} data-testid={`${id}-row`}>
                <th scope="row" className="jobspor-row-head">
                  {label}
                </th>
                {showPlanned ? (
                  <>
                    <td className="placements-num">{formatHours(locale, row.plannedUnpaid)}</td>
                    <td className="placements-num">{formatHours(locale, row.plannedPaid)}</td>
                  </>
                ) : null}
                <td className="placements-num" data-cell="unpaid">
                  {formatHours(locale, row.unpaid)}
                </td>
                <td className="placements-num" data-cell="paid">
                  {formatHours(locale, row.paid)}
                  {reached ? <span className="placements-aim-mark"> {t('pl.hours.goalReached', { hours: goal.hours })}</span> : null}
                </td>
                <td className="placements-num">{formatHours(locale, actualTotal(row))}</td>
                {notes ? <td className="records-note-cell">{notes[row.weekStart] ?? ''}</td> : null}
                {onEdit ? (
                  <td className="jobspor-row-actions">
                    <button
                      type="button"
                      className="button button-tertiary jobspor-small-button"
                      onClick={() => onEdit(row.weekStart)}
                      aria-pressed={editing === row.weekStart}
                      data-testid={`${id}-edit-${row.weekStart}`}
                    >
                      {t('pl.hours.edit')}
                      <span className="sr-only"> {label}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
