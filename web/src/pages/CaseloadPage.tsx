import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { courseApi } from '../api/courses.ts';
import type { Caseload, Worklist } from '../api/courses.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { CaseloadChecks } from '../components/caseload/CaseloadChecks.tsx';
import { CaseloadFilters } from '../components/caseload/CaseloadFilters.tsx';
import { CaseloadTable } from '../components/caseload/CaseloadTable.tsx';
import { caseloadCsvColumns, defaultSort, emptyFilter, matchesFilter, sortRows } from '../components/caseload/caseloadRows.ts';
import type { CaseloadFilter, Sort } from '../components/caseload/caseloadRows.ts';
import { CsvButton } from '../components/csv/CsvButton.tsx';
import { fileSlug } from '../components/csv/csv.ts';
import { StaffPicker } from '../components/caseload/StaffPicker.tsx';
import { useQueryParam } from '../router.tsx';
import { WorklistPanel } from '../components/caseload/WorklistPanel.tsx';
import { InvitationReminder } from '../components/fidelity/InvitationReminder.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDate } from '../labels.ts';
import { useSession } from '../session.tsx';
import '../styles/caseload.css';

type View = 'courses' | 'worklist';

interface ViewState {
  filter: CaseloadFilter;
  sort: Sort;
  view: View;
}

const initialState: ViewState = { filter: emptyFilter, sort: defaultSort, view: 'courses' };

// Kept in memory only, so "back" from a citizen restores the filters, sort
// and tab; tied to the logged-in staff member and the caseload shown.
let remembered: { owner: string; state: ViewState } = { owner: '', state: initialState };

function canPickStaff(roles: readonly string[]): boolean {
  return roles.includes('leder');
}

/**
 * Min sagsstamme: the job broker's active courses from GET /api/caseload,
 * with the model engine's worklist (GET /api/worklist), the caseload check,
 * filters, sorting and a CSV export of what is shown. A leader can open a
 * colleague's caseload (?staff=).
 */
export function CaseloadPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [staffParam, setStaffParam] = useQueryParam('staff');
  const staff = staffParam === me.id ? '' : staffParam;
  // The name of the colleague shown, as the worklist reports it.
  const [names, setNames] = useState<Record<string, string>>({});
  const onName = useCallback((id: string, name: string) => setNames((known) => (known[id] === name ? known : { ...known, [id]: name })), []);
  const title = staff ? t('caseload.titleOther', { name: names[staff] ?? '…' }) : t('caseload.title');
  usePageTitle(title);

  return (
    <>
      <div className="jobspor-page-heading">
        <h1 data-testid="caseload-heading">{title}</h1>
      </div>
      <p className="font-lead caseload-intro">{staff ? t('caseload.introOther') : t('caseload.introCourses')}</p>
      {/* Open fidelity questionnaires of the signed-in staff member (issue 12), only when there are any. */}
      {staff ? null : <InvitationReminder />}
      {canPickStaff(me.roles) ? <StaffPicker value={staff} onValue={setStaffParam} meId={me.id} meName={me.displayName} /> : null}
      {/* Another staff member's caseload starts from a fresh view (filters, opened rows). */}
      <CaseloadView key={staff} staff={staff} title={title} onName={onName} />
    </>
  );
}

interface CaseloadViewProps {
  staff: string;
  title: string;
  onName: (staffId: string, name: string) => void;
}

function CaseloadView({ staff, title, onName }: CaseloadViewProps) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const owner = `${me.id}|${staff}`;
  const [state, setStateRaw] = useState<ViewState>(remembered.owner === owner ? remembered.state : initialState);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const setState = (next: ViewState) => {
    remembered = { owner, state: next };
    setStateRaw(next);
  };

  const caseload = useLoad<Caseload>(() => courseApi.caseload(staff || undefined), [staff]);
  const worklist = useLoad<Worklist>(() => courseApi.worklist(staff || undefined), [staff]);

  const viewingOther = Boolean(staff);
  const staffName = worklist.data?.staffName ?? '';
  useEffect(() => {
    if (staff && staffName) onName(staff, staffName);
  }, [staff, staffName, onName]);

  const allRows = caseload.data?.rows ?? [];
  const rows = useMemo(
    () => sortRows(allRows.filter((row) => matchesFilter(row, state.filter)), state.sort),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [caseload.data, state.filter, state.sort],
  );

  // The worklist follows the same filters: only items of the courses shown.
  const worklistCitizens = useMemo(() => {
    if (!worklist.data) return [];
    const shown = new Set(rows.map((row) => row.courseId));
    return worklist.data.citizens
      .map((citizen) => ({
        ...citizen,
        items: citizen.items.filter((item) => shown.has(item.courseId) && (!state.filter.onlyOverdue || item.status === 'overdue')),
      }))
      .filter((citizen) => citizen.items.length > 0);
  }, [worklist.data, rows, state.filter.onlyOverdue]);

  const tabs: { id: View; label: string }[] = [
    { id: 'courses', label: t('caseload.tab.courses', { count: rows.length }) },
    { id: 'worklist', label: t('caseload.tab.worklist', { count: worklistCitizens.length }) },
  ];
  const tabButtons = useRef<Record<string, HTMLButtonElement | null>>({});

  function selectView(view: View, focus = false) {
    setState({ ...state, view });
    if (focus) tabButtons.current[view]?.focus();
  }

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === state.view);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    selectView(tab.id, true);
  }

  function toggle(courseId: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(courseId)) next.delete(courseId);
      else next.add(courseId);
      return next;
    });
  }

  // The export's file: sagsstamme-<who>-<as of>.csv.
  const who = viewingOther ? fileSlug(staffName) || 'medarbejder' : fileSlug(me.displayName) || 'mig';

  const loading = caseload.loading || worklist.loading;
  const failure = caseload.error ?? worklist.error;

  return (
    <>
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}
      {loading && !caseload.data ? <Spinner /> : null}

      {caseload.data && worklist.data && !failure ? (
        <div className={loading ? 'jobspor-busy' : undefined} aria-busy={loading}>
          <p className="jobspor-muted caseload-asof">{t('caseload.asOf', { date: formatDate(locale, caseload.data.asOf) })}</p>
          <CaseloadChecks caseload={worklist.data.caseload} headingId="caseload-check-heading" />

          {allRows.length === 0 ? (
            <p className="caseload-empty" data-testid="caseload-empty">
              {viewingOther ? t('caseload.emptyOther', { name: staffName }) : t('caseload.emptyCourses')}
            </p>
          ) : (
            <>
              <CaseloadFilters rows={allRows} filter={state.filter} onFilter={(filter) => setState({ ...state, filter })} />
              <div className="caseload-toolbar">
                <p className="jobspor-count caseload-count" aria-live="polite" data-testid="caseload-count">
                  <strong>{t('caseload.showing', { shown: rows.length, total: allRows.length })}</strong>
                </p>
                <CsvButton
                  label={t('caseload.export')}
                  file={['sagsstamme', who]}
                  day={caseload.data.asOf}
                  columns={caseloadCsvColumns(t, locale)}
                  rows={rows}
                  testId="caseload-export"
                />
              </div>

              <div className="tab-container caseload-tabs">
                <div className="tab-list" role="tablist" aria-label={t('caseload.views')} onKeyDown={onTabKey}>
                  {tabs.map((tab) => (
                    <button
                      key={tab.id}
                      type="button"
                      className="tab-button"
                      role="tab"
                      id={`caseload-tab-${tab.id}`}
                      aria-controls={state.view === tab.id ? `caseload-panel-${tab.id}` : undefined}
                      aria-selected={state.view === tab.id}
                      tabIndex={state.view === tab.id ? 0 : -1}
                      onClick={() => selectView(tab.id)}
                      ref={(node) => {
                        tabButtons.current[tab.id] = node;
                      }}
                      data-testid={`caseload-tab-${tab.id}`}
                    >
                      <span>{tab.label}</span>
                    </button>
                  ))}
                </div>
                <div className="tab-panel" role="tabpanel" id={`caseload-panel-${state.view}`} aria-labelledby={`caseload-tab-${state.view}`}>
                  {state.view === 'courses' ? (
                    rows.length ? (
                      <CaseloadTable
                        rows={rows}
                        sort={state.sort}
                        onSort={(sort) => setState({ ...state, sort })}
                        expanded={expanded}
                        onToggle={toggle}
                        caption={title}
                      />
                    ) : (
                      <p data-testid="caseload-no-match">{t('caseload.noMatch')}</p>
                    )
                  ) : (
                    <WorklistPanel citizens={worklistCitizens} />
                  )}
                </div>
              </div>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
