/**
 * Virksomhedsforløb (/virksomhedsforloeb/:id): one placement. The header
 * (citizen, company, type, period, agreement, ordinary-hours clause); the
 * hours per week as a chart (actual unpaid and paid stacked, planned as
 * lines, the course's model's weekly hours goal marked) with the same figures
 * in a table whose rows open in the week form; for a monthly goal (TRIN) the
 * paid hours per calendar month with the goal line; the progression in paid
 * hours against the goal; the follow-ups at
 * the company; ending the placement (with the phase change it may cause),
 * or cancelling one registered ahead before it starts; and aftercare where
 * it applies. The hours, follow-ups and aftercare can be
 * exported as CSV.
 */
import { lazy, Suspense, useState } from 'react';
import { allowsAftercare, placementsApi } from '../../api/placements.ts';
import type { HoursWeek, Placement } from '../../api/placements.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { canRecordCase, canWritePlacements } from '../../components/placements/access.ts';
import { AftercareForm, AftercareList } from '../../components/placements/Aftercare.tsx';
import { ClauseBadge } from '../../components/placements/ClauseBadge.tsx';
import { CancelPlacementForm, canCancelPlacement } from '../../components/placements/CancelPlacementForm.tsx';
import { EndPlacementForm } from '../../components/placements/EndPlacementForm.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { focusTestIdSoon } from '../../components/placements/focus.ts';
import { FollowUpForm } from '../../components/placements/FollowUpForm.tsx';
import { FollowUpList } from '../../components/placements/FollowUpList.tsx';
import { HoursForm } from '../../components/placements/HoursForm.tsx';
import { HoursTable } from '../../components/placements/HoursTable.tsx';
import { ListHeading } from '../../components/placements/ListHeading.tsx';
import { clauseOf, endReasonLabel, followUpOverdue, isOpenPlacement, periodLabel, placementStatusLabel, placementTypeLabel } from '../../components/placements/labels.ts';
import { aftercareCsvColumns, aftercareOrder, followUpCsvColumns, followUpOrder, hoursCsvColumns, hoursOrder } from '../../components/placements/lists.ts';
import { PhaseChangeNotice } from '../../components/placements/PhaseChangeNotice.tsx';
import { ProgressionSummary } from '../../components/placements/ProgressionSummary.tsx';
import { MonthlyHours } from '../../components/placements/MonthlyHours.tsx';
import { defaultWeek, placementWeeks, rowsOf } from '../../components/placements/weeks.ts';
import { todayIso } from '../../components/records/dates.ts';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import '../../components/placements/placements.css';
import '../../styles/records.css';

const HoursChart = lazy(() => import('../../components/placements/HoursChart.tsx').then((m) => ({ default: m.HoursChart })));

export function PlacementPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const loaded = useLoad(() => placementsApi.placement(id), [id]);
  const placement = loaded.data;
  const hoursKey = placement ? placement.hours.map((h) => `${h.weekStart}:${h.actualPaidHours}:${h.actualUnpaidHours}:${h.plannedPaidHours}:${h.plannedUnpaidHours}`).join(',') : '';
  const progression = useLoad(() => placementsApi.hours(id), [id, hoursKey]);
  const goal = progression.data?.progression.goal ?? null;
  const today = todayIso();
  const [week, setWeek] = useState<string | null>(null);
  const [followUpOpen, setFollowUpOpen] = useState(false);
  const [followUpSaved, setFollowUpSaved] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [ended, setEnded] = useState<Placement | null>(null);
  const [aftercareOpen, setAftercareOpen] = useState(false);
  const [aftercareSaved, setAftercareSaved] = useState<string | null>(null);
  usePageTitle(placement ? t('pl.page.title', { citizen: placement.citizen.name, company: placement.company.name }) : t('pl.page.titleShort'));

  if (loaded.loading && !placement) return <Spinner />;
  if (!placement) {
    const notFound = loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 403);
    return (
      <>
        <h1>{t('pl.page.titleShort')}</h1>
        <Alert variant="error">{notFound ? t('pl.page.notFound') : errorText(t, loaded.error)}</Alert>
      </>
    );
  }

  const canWrite = canWritePlacements(me.roles);
  const canRecord = canRecordCase(me.roles);
  const weeks = placementWeeks({ from: placement.from, to: placement.to }, today);
  const chosenWeek = week ?? defaultWeek(weeks, placement.hours, today);
  const rows = rowsOf(placement.hours);
  const notes = Object.fromEntries(placement.hours.map((h) => [h.weekStart, h.note]));
  const overdue = followUpOverdue(placement, today);
  // The CSV files: <list>-<citizen>-<company>-<date>.csv.
  const csvFile = (list: string) => [list, placement.citizen.name, placement.company.name];

  function hoursSaved(saved: HoursWeek) {
    const others = placement!.hours.filter((h) => h.weekStart !== saved.weekStart);
    const hours = [...others, saved].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
    loaded.setData({ ...placement!, hours, latestWeek: hours[hours.length - 1] ?? null, paidHoursTotal: Math.round(hours.reduce((s, h) => s + (h.actualPaidHours ?? 0), 0) * 10) / 10 });
  }

  return (
    <>
      <div>
        <Link to={`/borgere/${encodeURIComponent(placement.citizen.id)}#virksomhed`} className="back-link">
          <Icon name="chevron-left" />
          {t('pl.backToCitizen')}
        </Link>
      </div>
      <header className="records-citizen-header">
        <h1 data-testid="placement-heading">{t('pl.page.title', { citizen: placement.citizen.name, company: placement.company.name })}</h1>
        <dl className="records-citizen-facts">
          <div>
            <dt>{t('pl.col.citizen')}</dt>
            <dd>
              <Link to={`/borgere/${encodeURIComponent(placement.citizen.id)}#virksomhed`}>{placement.citizen.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('pl.col.company')}</dt>
            <dd>
              <Link to={`/virksomheder/${encodeURIComponent(placement.company.id)}`}>{placement.company.name}</Link>
              {placement.opening ? <span className="jobspor-muted"> · {placement.opening.title}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t('pl.col.type')}</dt>
            <dd data-testid="placement-type">{placementTypeLabel(t, placement.type)}</dd>
          </div>
          <div>
            <dt>{t('pl.col.period')}</dt>
            <dd data-testid="placement-period">
              {periodLabel(t, locale, placement.from, placement.to)}
              <span className="jobspor-muted"> · {placementStatusLabel(t, placement, today)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('pl.page.agreement')}</dt>
            <dd>
              {placement.workAgreementId ? (
                <Link to={`/arbejdsaftaler/${encodeURIComponent(placement.workAgreementId)}`} data-testid="placement-agreement-link">
                  {t('pl.page.openAgreement')}
                </Link>
              ) : (
                t('pl.page.noAgreement')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('pl.col.clause')}</dt>
            <dd>
              <ClauseBadge clause={clauseOf(placement)} testId="placement-clause" />
            </dd>
          </div>
          <div>
            <dt>{t('pl.col.nextFollowUp')}</dt>
            <dd data-testid="placement-next-followup" className={overdue ? 'placements-overdue' : undefined}>
              {isOpenPlacement(placement) ? formatDate(locale, placement.nextFollowUpOn) : t('common.none')}
              {overdue ? <span className="placements-sub">{t('pl.followUp.overdue')}</span> : null}
            </dd>
          </div>
        </dl>
        {placement.endNote ? <p className="records-prewrap">{placement.endNote}</p> : null}
      </header>

      {ended ? (
        <FocusedAlert variant="success" testId="placement-ended" focusKey={ended.version} heading={t('pl.end.done', { date: formatDate(locale, ended.to) })}>
          <p className="m-0">{endReasonLabel(t, ended.endReason)}</p>
        </FocusedAlert>
      ) : null}
      {ended?.phaseChange ? <PhaseChangeNotice courseId={ended.courseId} change={ended.phaseChange} /> : null}

      <section aria-labelledby="hours-heading" className="jobspor-section">
        <ListHeading
          id="hours-heading"
          level={2}
          heading={t('pl.hours.title')}
          csv={{ file: csvFile('timer'), columns: hoursCsvColumns(t, locale, { planned: true, notes }), rows: hoursOrder(rows), testId: 'placement-hours-export' }}
        />
        {rows.length ? (
          <div className="records-chart-grid">
            <Suspense fallback={<Spinner />}>
              <HoursChart
                rows={rows}
                showPlanned
                goal={goal}
                description={goal?.period === 'week' ? t('pl.hours.chartAltGoal', { hours: goal.hours }) : t('pl.hours.chartAlt')}
                testId="placement-hours-chart"
              />
            </Suspense>
            <HoursTable
              id="placement-hours-table"
              caption={t('pl.hours.caption', { company: placement.company.name })}
              rows={rows}
              goal={goal}
              showPlanned
              notes={notes}
              onEdit={canRecord ? (w) => {
                setWeek(w);
                document.getElementById('hours-weekStart')?.focus();
              } : undefined}
              editing={week}
            />
          </div>
        ) : (
          <p className="jobspor-muted" data-testid="placement-hours-none">
            {t('pl.hours.none')}
          </p>
        )}
        {goal?.period === 'month' ? <MonthlyHours id="placement-months" rows={rows} goal={goal} headingLevel={3} /> : null}
        <ProgressionSummary progression={progression.data?.progression ?? null} loading={progression.loading} />
        {canRecord ? <HoursForm placementId={placement.id} weeks={weeks} hours={placement.hours} week={chosenWeek} onWeek={setWeek} onSaved={hoursSaved} /> : null}
      </section>

      <section aria-labelledby="followups-heading" className="jobspor-section">
        <ListHeading
          id="followups-heading"
          level={2}
          heading={t('pl.followUp.title')}
          csv={{ file: csvFile('opfoelgninger'), columns: followUpCsvColumns(t, locale), rows: followUpOrder(placement.followUps), testId: 'followups-export' }}
        >
          {canRecord && !followUpOpen ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setFollowUpSaved(null);
                setFollowUpOpen(true);
              }}
              data-testid="followup-add"
            >
              {t('pl.followUp.add')}
            </button>
          ) : null}
        </ListHeading>
        {followUpSaved ? (
          <FocusedAlert variant="success" testId="followup-saved" focusKey={followUpSaved}>
            {followUpSaved}
          </FocusedAlert>
        ) : null}
        {followUpOpen ? (
          <FollowUpForm
            placementId={placement.id}
            placementFrom={placement.from}
            onCancel={() => {
              setFollowUpOpen(false);
              focusTestIdSoon('followup-add');
            }}
            onCreated={(followUp) => {
              setFollowUpOpen(false);
              const saved = (next: Placement) => {
                loaded.setData(next);
                setFollowUpSaved(next.nextFollowUpOn ? t('pl.followUp.savedNext', { date: formatDate(locale, next.nextFollowUpOn) }) : t('pl.followUp.saved'));
              };
              // The server decides the next follow-up (the date the follow-up set, else the
              // agreement's cadence from it): read the placement back rather than guess.
              placementsApi.placement(placement.id).then(saved, () =>
                saved({ ...placement, followUps: [followUp, ...placement.followUps], nextFollowUpOn: followUp.nextFollowUpOn ?? placement.nextFollowUpOn }),
              );
            }}
          />
        ) : null}
        <FollowUpList followUps={placement.followUps} />
      </section>

      {allowsAftercare(placement) ? (
        <section aria-labelledby="aftercare-heading" className="jobspor-section">
          <ListHeading
            id="aftercare-heading"
            level={2}
            heading={t('pl.aftercare.title')}
            csv={{ file: csvFile('efterværn'), columns: aftercareCsvColumns(t, locale), rows: aftercareOrder(placement.aftercare), testId: 'aftercare-export' }}
          >
            {canRecord && !aftercareOpen ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setAftercareSaved(null);
                  setAftercareOpen(true);
                }}
                data-testid="aftercare-add"
              >
                {t('pl.aftercare.add')}
              </button>
            ) : null}
          </ListHeading>
          <p className="jobspor-muted records-intro">{t('pl.aftercare.intro')}</p>
          {aftercareSaved ? (
            <FocusedAlert variant="success" testId="aftercare-saved" focusKey={aftercareSaved}>
              {aftercareSaved}
            </FocusedAlert>
          ) : null}
          {aftercareOpen ? (
            <AftercareForm
              placementId={placement.id}
              onCancel={() => {
                setAftercareOpen(false);
                focusTestIdSoon('aftercare-add');
              }}
              onCreated={(contact) => {
                setAftercareOpen(false);
                setAftercareSaved(t('pl.aftercare.saved', { date: formatDate(locale, contact.date) }));
                loaded.setData({ ...placement, aftercare: [contact, ...placement.aftercare] });
              }}
            />
          ) : null}
          <AftercareList contacts={placement.aftercare} />
        </section>
      ) : null}

      {canWrite && canCancelPlacement(placement, today) ? (
        <section aria-labelledby="cancel-heading" className="jobspor-section">
          <h2 id="cancel-heading">{t('pl.cancel.heading')}</h2>
          <p className="jobspor-muted records-intro">{t('pl.cancel.intro')}</p>
          {cancelling ? (
            <CancelPlacementForm
              placement={placement}
              onClose={() => {
                setCancelling(false);
                focusTestIdSoon('cancel-open');
              }}
            />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setCancelling(true)} data-testid="cancel-open">
              {t('pl.cancel.open')}
            </button>
          )}
        </section>
      ) : null}

      {isOpenPlacement(placement) && canWrite ? (
        <section aria-labelledby="end-heading" className="jobspor-section">
          <h2 id="end-heading">{t('pl.end.heading')}</h2>
          {ending ? (
            <EndPlacementForm
              placement={placement}
              onCancel={() => {
                setEnding(false);
                focusTestIdSoon('end-open');
              }}
              onEnded={(result) => {
                setEnding(false);
                setEnded(result);
                loaded.setData(result);
              }}
            />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setEnding(true)} data-testid="end-open">
              {t('pl.end.open')}
            </button>
          )}
        </section>
      ) : null}
    </>
  );
}
