import { Fragment } from 'react';
import type { CaseloadRow } from '../../api/courses.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { Icon } from '../Icon.tsx';
import '../../styles/caseload.css';
import { contactOverdue, placementTypeLabel } from './caseloadRows.ts';
import type { Sort, SortKey } from './caseloadRows.ts';
import { SortableHeader } from './SortableHeader.tsx';
import { StatusMark } from './StatusMark.tsx';
import { WorklistItems } from './WorklistItems.tsx';

interface CaseloadTableProps {
  rows: readonly CaseloadRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  expanded: ReadonlySet<string>;
  onToggle: (courseId: string) => void;
  caption: string;
}

const columnCount = 13;

/**
 * The caseload as a dense table: one row per active course, sortable by
 * column; each row opens the course's worklist items in a row underneath.
 */
export function CaseloadTable({ rows, sort, onSort, expanded, onToggle, caption }: CaseloadTableProps) {
  const { t, locale } = useI18n();
  const header = (key: SortKey, label: string, first: 'ascending' | 'descending' = 'ascending', className?: string) => (
    <SortableHeader sortKey={key} sort={sort} onSort={onSort} firstDirection={first} className={className}>
      {label}
    </SortableHeader>
  );

  return (
    <div className="table--responsive-scroll caseload-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact caseload-table" data-testid="caseload-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {header('citizen', t('caseload.col.citizen'))}
            {header('age', t('caseload.col.age'), 'ascending', 'caseload-num')}
            {header('model', t('caseload.col.model'))}
            {header('group', t('caseload.col.group'))}
            {header('phase', t('caseload.col.phase'))}
            {header('contact', t('caseload.col.contact'), 'descending', 'caseload-num')}
            {header('cv', t('caseload.col.cv'))}
            {header('jobGoal', t('caseload.col.jobGoal'))}
            {header('plan', t('caseload.col.plan'))}
            {header('placement', t('caseload.col.placement'))}
            {header('paidHours', t('caseload.col.paidHours'), 'descending', 'caseload-num')}
            {header('overdue', t('caseload.col.overdue'), 'descending', 'caseload-num')}
            {header('due', t('caseload.col.due'), 'descending', 'caseload-num')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = expanded.has(row.courseId);
            const detailsId = `caseload-items-${row.courseId}`;
            const stale = contactOverdue(row);
            const itemCount = row.items.length;
            return (
              <Fragment key={row.courseId}>
                <tr
                  className={row.overdue > 0 ? 'caseload-row caseload-row--overdue' : 'caseload-row'}
                  data-testid="caseload-row"
                  data-citizen-id={row.citizenId}
                  data-course-id={row.courseId}
                >
                  <th scope="row" className="caseload-citizen">
                    <span className="caseload-citizen-inner">
                      {itemCount ? (
                        <button
                          type="button"
                          className="caseload-toggle"
                          aria-expanded={open}
                          aria-controls={open ? detailsId : undefined}
                          onClick={() => onToggle(row.courseId)}
                          title={open ? t('caseload.hideItems') : t('caseload.showItems', { count: itemCount })}
                          data-testid="caseload-toggle"
                        >
                          <Icon name={open ? 'chevron-down' : 'chevron-right'} />
                          <span className="sr-only">
                            {open ? t('caseload.hideItems') : t('caseload.showItems', { count: itemCount })} {t('caseload.forCitizen', { name: row.citizenName })}
                          </span>
                        </button>
                      ) : (
                        <span className="caseload-toggle-space" aria-hidden="true"></span>
                      )}
                      <Link to={`/borgere/${encodeURIComponent(row.citizenId)}`}>{row.citizenName}</Link>
                    </span>
                  </th>
                  <td className="caseload-num">{row.age}</td>
                  <td>{row.modelShortName}</td>
                  <td>{row.group ?? t('common.none')}</td>
                  <td>{row.phaseName ?? t('caseload.unknownPhase')}</td>
                  <td className={`caseload-num${stale ? ' caseload-stale' : ''}`} data-testid="caseload-contact">
                    {row.daysSinceLastContact === null ? (
                      <span className="jobspor-muted" title={t(`caseload.contactKinds.${row.contactCounts}`)}>
                        {t('caseload.noContact')}
                        {stale ? <span className="sr-only"> {t('caseload.check.exceeded')}</span> : null}
                      </span>
                    ) : (
                      <span
                        title={`${row.lastContactDate ? `${t('caseload.lastContactOn', { date: formatDate(locale, row.lastContactDate) })}. ` : ''}${t(`caseload.contactKinds.${row.contactCounts}`)}`}
                      >
                        {row.daysSinceLastContact}
                        {stale && row.contactRule ? <span className="sr-only"> {t('caseload.contactStale', { days: row.contactRule.maxDays })}</span> : null}
                      </span>
                    )}
                  </td>
                  <td>
                    <StatusMark value={row.hasCv} yes={t('caseload.cvYes')} no={t('caseload.cvNo')} />
                  </td>
                  <td>
                    <StatusMark value={row.hasJobGoal} yes={t('caseload.jobGoalYes')} no={t('caseload.jobGoalNo')} />
                  </td>
                  <td>
                    <StatusMark value={row.hasPlan} yes={t('caseload.planYes')} no={t('caseload.planNo')} />
                  </td>
                  <td data-testid="caseload-placement">
                    {row.currentPlacement ? (
                      <span title={formatDate(locale, row.currentPlacement.from)}>
                        {row.currentPlacement.companyName}
                        <br />
                        <span className="jobspor-muted">{placementTypeLabel(t, row.currentPlacement.type)}</span>
                      </span>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td className="caseload-num" data-testid="caseload-paid-hours">
                    {row.paidHoursLast4Weeks === null ? t('common.none') : formatNumber(locale, row.paidHoursLast4Weeks)}
                  </td>
                  <td className="caseload-num">
                    {row.overdue > 0 ? <strong className="caseload-overdue-count">{row.overdue}</strong> : row.overdue}
                  </td>
                  <td className="caseload-num">{row.due}</td>
                </tr>
                {open ? (
                  <tr className="caseload-details-row" id={detailsId}>
                    <td colSpan={columnCount}>
                      <WorklistItems items={row.items} showModel={false} testId="caseload-row-items" />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
