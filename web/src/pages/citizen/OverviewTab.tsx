/**
 * Overblik: the chosen course's due items, team, plan and job goals, the
 * citizen's CV status and running company placements, and a compact timeline.
 */
import { CoursePicker } from '../../components/records/CoursePicker.tsx';
import { CourseSummaryCards } from '../../components/records/overview/CourseSummaryCards.tsx';
import type { TabOpener } from '../../components/records/overview/CourseSummaryCards.tsx';
import { CvStatusCard } from '../../components/records/overview/CvStatusCard.tsx';
import { PlacementStatusCard } from '../../components/records/overview/PlacementStatusCard.tsx';
import { useT } from '../../i18n/index.tsx';
import { TimelineTab } from './TimelineTab.tsx';
import '../../styles/records.css';

export function OverviewTab({ citizenId, onOpen }: { citizenId: string; onOpen: TabOpener }) {
  const t = useT();
  // Not tied to the chosen course: shown beside its cards, or alone when there is no course.
  const citizenCards = (
    <>
      <PlacementStatusCard citizenId={citizenId} onOpen={() => onOpen('virksomhed')} />
      <CvStatusCard citizenId={citizenId} onOpen={() => onOpen('cv')} />
    </>
  );
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="sr-only">
        {t('rec.tab.overview')}
      </h2>
      <CoursePicker
        citizenId={citizenId}
        idPrefix="overview"
        emptyText={t('rec.overview.noCourse')}
        onOpenCourses={() => onOpen('forloeb')}
        fallback={<div className="records-card-grid">{citizenCards}</div>}
      >
        {(course) => (
          <CourseSummaryCards course={course} onOpen={onOpen}>
            {citizenCards}
          </CourseSummaryCards>
        )}
      </CoursePicker>
      <TimelineTab citizenId={citizenId} />
    </section>
  );
}
