/**
 * Virksomhed: the citizen's work with companies. The placements (all
 * courses) with their hours across placements as a chart and a table; for
 * the chosen course the way on: find a company (matching view), write a work
 * agreement, start a placement; and the course's matches and agreements.
 * Each list can be exported as CSV.
 * `?aftale=<id>` opens the start form for that agreement (the agreement
 * page links here). A notice left for this page (a placement cancelled on
 * its page) is shown on top.
 */
import { useState } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { Placement } from '../../api/placements.ts';
import type { CourseSummary } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { takeFlash } from '../../components/companies/flash.ts';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { AgreementTable } from '../../components/placements/AgreementTable.tsx';
import { CombinedHours } from '../../components/placements/CombinedHours.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { focusTestIdSoon } from '../../components/placements/focus.ts';
import { ListHeading } from '../../components/placements/ListHeading.tsx';
import { agreementCsvColumns, agreementOrder, matchCsvColumns, matchOrder, placementCsvColumns, placementOrder } from '../../components/placements/lists.ts';
import { MatchTable } from '../../components/placements/MatchTable.tsx';
import { agreementPath, matchingPath, placementPath } from '../../components/placements/paths.ts';
import { PhaseChangeNotice } from '../../components/placements/PhaseChangeNotice.tsx';
import { PlacementTable } from '../../components/placements/PlacementTable.tsx';
import { StartPlacementForm } from '../../components/placements/StartPlacementForm.tsx';
import { CoursePicker } from '../../components/records/CoursePicker.tsx';
import { todayIso } from '../../components/records/dates.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';
import '../../components/placements/placements.css';
import '../../styles/records.css';

interface TabProps {
  citizenId: string;
  /** Matches, agreements and placements (placement.write). */
  canWrite: boolean;
  onOpenCourses?: () => void;
}

export function PlacementsTab({ citizenId, canWrite, onOpenCourses }: TabProps) {
  const t = useT();
  // Read once: the start form opens for this agreement when the tab is first shown.
  const [startAgreement] = useState(() => new URLSearchParams(window.location.search).get('aftale') ?? '');
  const [notice] = useState(() => takeFlash(window.location.pathname));
  return (
    <section aria-labelledby="placements-heading" data-testid="placements-tab">
      <h2 id="placements-heading">{t('pl.tab.title')}</h2>
      {notice ? (
        <FocusedAlert variant="success" testId="placements-notice" focusKey={notice}>
          {notice}
        </FocusedAlert>
      ) : null}
      <p className="jobspor-muted records-intro">{t('pl.tab.intro')}</p>
      <CoursePicker citizenId={citizenId} idPrefix="placements" emptyText={t('pl.tab.noCourse')} onOpenCourses={onOpenCourses}>
        {(course) => <CourseCompanyWork citizenId={citizenId} course={course} canWrite={canWrite} startAgreement={startAgreement} />}
      </CoursePicker>
    </section>
  );
}

interface CourseWorkProps {
  citizenId: string;
  course: CourseSummary;
  canWrite: boolean;
  startAgreement: string;
}

function CourseCompanyWork({ citizenId, course, canWrite, startAgreement }: CourseWorkProps) {
  const { t, locale } = useI18n();
  const today = todayIso();
  const placements = useLoad(() => placementsApi.citizenPlacements(citizenId), [citizenId]);
  const matches = useLoad(() => placementsApi.matches(course.id), [course.id]);
  const agreements = useLoad(() => placementsApi.workAgreements(course.id), [course.id]);
  const active = !course.endDate;
  const [starting, setStarting] = useState<{ agreementId: string } | null>(() =>
    startAgreement && canWrite && active ? { agreementId: startAgreement } : null,
  );
  const [started, setStarted] = useState<Placement | null>(null);

  function created(placement: Placement) {
    setStarting(null);
    setStarted(placement);
    placements.reload();
    agreements.reload();
  }

  const loading = (placements.loading && !placements.data) || (matches.loading && !matches.data) || (agreements.loading && !agreements.data);
  const failure = placements.error ?? matches.error ?? agreements.error;
  const list = placements.data?.placements ?? [];
  // The CSV files are named after the citizen (virksomhedsforloeb-<citizen>-<date>.csv); a match does not carry the name.
  const citizenName = list[0]?.citizen.name ?? agreements.data?.workAgreements[0]?.citizen.name ?? 'borger';

  return (
    <>
      {started ? (
        <FocusedAlert variant="success" testId="placement-started" focusKey={started.id} heading={t('pl.start.done', { company: started.company.name })}>
          <p className="m-0">
            <Link to={placementPath(started.id)} data-testid="placement-started-link">
              {t('pl.start.openPlacement')}
            </Link>
          </p>
        </FocusedAlert>
      ) : null}
      {started?.phaseChange ? <PhaseChangeNotice courseId={started.courseId} change={started.phaseChange} /> : null}

      {canWrite && active ? (
        <div className="records-button-row records-top-actions">
          <Link to={matchingPath(citizenId, course.id)} className="button button-primary" data-testid="placements-find-company">
            <Icon name="search" />
            {t('pl.findCompany')}
          </Link>
          <Link to={agreementPath({ courseId: course.id })} className="button button-secondary" data-testid="placements-write-agreement">
            {t('pl.writeAgreement')}
          </Link>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setStarted(null);
              setStarting({ agreementId: '' });
            }}
            aria-expanded={starting !== null}
            data-testid="placements-start"
          >
            {t('pl.startPlacement')}
          </button>
        </div>
      ) : null}

      {loading ? <Spinner /> : null}
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}

      {starting && matches.data && agreements.data ? (
        <StartPlacementForm
          key={starting.agreementId}
          courseId={course.id}
          matches={matches.data.matches}
          agreements={agreements.data.workAgreements}
          initialAgreementId={starting.agreementId || undefined}
          onCreated={created}
          onCancel={() => {
            setStarting(null);
            focusTestIdSoon('placements-start');
          }}
        />
      ) : null}

      {placements.data ? (
        <section aria-labelledby="placements-list-heading" className="jobspor-section">
          <ListHeading
            id="placements-list-heading"
            level={3}
            heading={t('pl.tab.placements')}
            csv={{ file: ['virksomhedsforloeb', citizenName], columns: placementCsvColumns(t, locale), rows: placementOrder(list), testId: 'placements-export' }}
          />
          {list.length ? (
            <>
              <PlacementTable id="placements-table" caption={t('pl.tab.placementsCaption')} placements={list} today={today} />
              <CombinedHours placements={list} citizenName={citizenName} courseId={course.id} />
            </>
          ) : (
            <p className="jobspor-muted" data-testid="placements-none">
              {t('pl.tab.noPlacements')}
            </p>
          )}
        </section>
      ) : null}

      {matches.data && agreements.data ? (
        <>
          <section aria-labelledby="matches-heading" className="jobspor-section">
            <ListHeading
              id="matches-heading"
              level={3}
              heading={t('pl.tab.matches')}
              csv={{ file: ['match', citizenName], columns: matchCsvColumns(t, locale), rows: matchOrder(matches.data.matches), testId: 'matches-export' }}
            />
            {matches.data.matches.length ? (
              <MatchTable
                courseId={course.id}
                matches={matches.data.matches}
                agreements={agreements.data.workAgreements}
                canWrite={canWrite && active}
                onChanged={(match) => matches.setData({ matches: matches.data!.matches.map((m) => (m.id === match.id ? match : m)) })}
              />
            ) : (
              <p className="jobspor-muted" data-testid="matches-none">
                {t('pl.tab.noMatches')}
              </p>
            )}
          </section>
          <section aria-labelledby="agreements-heading" className="jobspor-section">
            <ListHeading
              id="agreements-heading"
              level={3}
              heading={t('pl.tab.agreements')}
              csv={{
                file: ['arbejdsaftaler', citizenName],
                columns: agreementCsvColumns(t, locale),
                rows: agreementOrder(agreements.data.workAgreements),
                testId: 'agreements-export',
              }}
            />
            {agreements.data.workAgreements.length ? (
              <AgreementTable
                agreements={agreements.data.workAgreements}
                canWrite={canWrite && active}
                onStart={(agreementId) => {
                  setStarted(null);
                  setStarting({ agreementId });
                }}
              />
            ) : (
              <p className="jobspor-muted" data-testid="agreements-none">
                {t('pl.tab.noAgreements')}
              </p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
