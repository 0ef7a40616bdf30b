import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { courseApi } from '../api/courses.ts';
import type { TeamMember } from '../api/courses.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { CaseloadBreakdown, CaseloadTotalBadge } from '../components/caseload/CaseloadChecks.tsx';
import { SortableHeader } from '../components/caseload/SortableHeader.tsx';
import type { SortState } from '../components/caseload/SortableHeader.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { plural, useI18n } from '../i18n/index.tsx';
import { formatDate, rolesLabel } from '../labels.ts';
import { Link, useQueryParam } from '../router.tsx';
import { indentedName, unitTree } from '../units.ts';
import '../styles/caseload.css';

type TeamSortKey = 'name' | 'unit' | 'activeCourses' | 'caseload' | 'overdue' | 'due';

const exceeded = (member: TeamMember) => member.caseload.status === 'exceeded';

const sortValue: Record<TeamSortKey, (member: TeamMember) => string | number> = {
  name: (m) => m.name,
  unit: (m) => m.unitName,
  activeCourses: (m) => m.activeCourses,
  // Over the limit first, then the largest caseload (the API's status and total).
  caseload: (m) => (exceeded(m) ? 1_000_000 : 0) + m.caseload.total,
  overdue: (m) => m.overdue,
  due: (m) => m.due,
};

const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });

function sortMembers(members: readonly TeamMember[], sort: SortState<TeamSortKey>): TeamMember[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...members].sort((a, b) => {
    const x = sortValue[sort.key](a);
    const y = sortValue[sort.key](b);
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * primary || collator.compare(a.name, b.name);
  });
}

/**
 * Teamoverblik for leaders (GET /api/team-overview): each staff member's
 * active courses, total caseload (citizens) against the limit the API chose,
 * with the split per model, and overdue and due worklist items, with a link
 * to their caseload. Every figure is the API's; nothing is recomputed here.
 */
export function TeamOverviewPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('team.title'));
  const [unitId, setUnitId] = useQueryParam('unitId');
  const [sort, setSort] = useState<SortState<TeamSortKey>>({ key: 'name', direction: 'ascending' });
  const [onlyExceeded, setOnlyExceeded] = useState(false);
  const units = useLoad(() => api.units(), []);
  const overview = useLoad(() => courseApi.teamOverview(unitId || undefined), [unitId]);

  const unitRows = units.data ? unitTree(units.data.units, locale).filter((row) => row.unit.kind !== 'municipality') : [];
  const members = overview.data?.staff ?? [];
  const shown = useMemo(
    () => sortMembers(onlyExceeded ? members.filter(exceeded) : members, sort),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [overview.data, sort, onlyExceeded],
  );
  const exceededMembers = members.filter(exceeded).length;
  const totalOverdue = members.reduce((sum, m) => sum + m.overdue, 0);
  const totalDue = members.reduce((sum, m) => sum + m.due, 0);
  const totalCourses = members.reduce((sum, m) => sum + m.activeCourses, 0);

  const header = (key: TeamSortKey, label: string, first: 'ascending' | 'descending' = 'ascending', className?: string) => (
    <SortableHeader sortKey={key} sort={sort} onSort={setSort} firstDirection={first} className={className}>
      {label}
    </SortableHeader>
  );

  return (
    <>
      <h1>{t('team.title')}</h1>
      <p className="font-lead caseload-intro">{t('team.intro')}</p>

      <form className="jobspor-filters" role="search" aria-label={t('team.filters')} onSubmit={(event) => event.preventDefault()}>
        {unitRows.length ? (
          <div className="form-group">
            <label className="form-label" htmlFor="team-unit">
              {t('team.unit')}
            </label>
            <select id="team-unit" className="form-select" value={unitId} onChange={(event) => setUnitId(event.target.value)} data-testid="team-unit">
              <option value="">{t('team.allUnits')}</option>
              {unitRows.map((row) => (
                <option key={row.unit.id} value={row.unit.id}>
                  {indentedName({ ...row, depth: Math.max(0, row.depth - 1) })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-group caseload-filter-check">
          <div className="form-group-checkbox">
            <input
              type="checkbox"
              className="form-checkbox"
              id="team-only-exceeded"
              checked={onlyExceeded}
              onChange={(event) => setOnlyExceeded(event.target.checked)}
            />
            <label htmlFor="team-only-exceeded">{t('team.onlyExceeded')}</label>
          </div>
        </div>
      </form>

      {overview.error ? <Alert variant="error">{errorText(t, overview.error)}</Alert> : null}
      {overview.loading && !overview.data ? <Spinner /> : null}
      {overview.data ? (
        <div className={overview.loading ? 'jobspor-busy' : undefined} aria-busy={overview.loading}>
          <p className="jobspor-muted caseload-asof">{t('caseload.asOf', { date: formatDate(locale, overview.data.asOf) })}</p>
          <ul className="caseload-summary unstyled-list no-max-width" data-testid="team-summary" aria-live="polite">
            <li>
              <strong>{members.length}</strong> {t('team.summary.staff')}
            </li>
            <li>
              <strong>{totalCourses}</strong> {t('team.summary.courses')}
            </li>
            <li className={exceededMembers ? 'caseload-summary--exceeded' : undefined}>
              <strong>{exceededMembers}</strong> {t('team.summary.exceeded')}
            </li>
            <li>
              <strong>{totalOverdue}</strong> {plural(t, 'team.summary.overdue', totalOverdue)}
            </li>
            <li>
              <strong>{totalDue}</strong> {plural(t, 'team.summary.due', totalDue)}
            </li>
          </ul>
          {overview.data.teams.length ? (
            <ul className="unstyled-list no-max-width caseload-team-sizes" data-testid="team-sizes" aria-label={t('team.size.heading')}>
              {overview.data.teams.map((team) => (
                <li key={`${team.unitId}-${team.ruleId}`} data-testid="team-size" data-status={team.status} title={team.explanation}>
                  {t('team.size.line', { unit: team.unitName, model: team.modelShortName, count: team.count, min: team.min, max: team.max })}{' '}
                  <span className={`badge ${team.status === 'within' ? 'badge-success' : 'badge-info'} caseload-badge`}>{t(`team.size.${team.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {shown.length ? (
            <div className="table--responsive-scroll caseload-scroll" tabIndex={0} role="region" aria-label={t('team.title')}>
              <table className="table table--compact caseload-table" data-testid="team-table">
                <caption className="sr-only">{t('team.title')}</caption>
                <thead>
                  <tr>
                    {header('name', t('team.col.name'))}
                    {header('unit', t('team.col.unit'))}
                    <th scope="col">{t('team.col.roles')}</th>
                    {header('activeCourses', t('team.col.activeCourses'), 'descending', 'caseload-num')}
                    {header('caseload', t('team.col.caseload'), 'descending')}
                    {header('overdue', t('caseload.col.overdue'), 'descending', 'caseload-num')}
                    {header('due', t('caseload.col.due'), 'descending', 'caseload-num')}
                    <th scope="col">
                      <span className="sr-only">{t('team.col.link')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((member) => (
                    <tr
                      key={member.staffId}
                      data-testid="team-row"
                      data-staff-id={member.staffId}
                      className={exceeded(member) ? 'caseload-row caseload-row--exceeded' : 'caseload-row'}
                    >
                      <th scope="row">{member.name}</th>
                      <td>{member.unitName}</td>
                      <td>{rolesLabel(t, member.roles)}</td>
                      <td className="caseload-num">{member.activeCourses}</td>
                      <td className="caseload-total-cell">
                        <CaseloadTotalBadge caseload={member.caseload} compact />
                        <CaseloadBreakdown caseload={member.caseload} />
                      </td>
                      <td className="caseload-num">
                        {member.overdue > 0 ? <strong className="caseload-overdue-count">{member.overdue}</strong> : member.overdue}
                      </td>
                      <td className="caseload-num">{member.due}</td>
                      <td className="jobspor-nowrap">
                        <Link to={`/sagsstamme?staff=${encodeURIComponent(member.staffId)}`} data-testid="team-caseload-link">
                          {t('team.openCaseload')}
                          <span className="sr-only"> {t('team.openCaseloadOf', { name: member.name })}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p data-testid="team-empty">{members.length ? t('team.noneExceeded') : t('team.empty')}</p>
          )}
        </div>
      ) : null}
    </>
  );
}
