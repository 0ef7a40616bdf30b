import type { Course } from '../../../api/courses.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';

/** Every phase change of the course, newest first. */
export function PhaseHistory({ course }: { course: Course }) {
  const { t, locale } = useI18n();
  const names = new Map(course.phases.map((p) => [p.phase, p.phaseName]));
  // Newest first; changes on the same day keep their recorded order, reversed.
  const entries = course.phases
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => entry);
  return (
    <section className="course-section" aria-labelledby="course-phases-heading">
      <h4 id="course-phases-heading">{t('courses.phases.heading')}</h4>
      {entries.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact table--zebra jobspor-table" data-testid="course-phase-history">
            <thead>
              <tr>
                <th scope="col">{t('courses.phases.date')}</th>
                <th scope="col">{t('courses.phases.change')}</th>
                <th scope="col">{t('courses.phases.by')}</th>
                <th scope="col">{t('courses.phases.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.date}-${entry.phase}-${index}`}>
                  <td className="jobspor-nowrap">{formatDate(locale, entry.date)}</td>
                  <td>
                    {entry.fromPhase ? (
                      <>
                        {names.get(entry.fromPhase) ?? entry.fromPhase} <span aria-hidden="true">→</span>
                        <span className="sr-only"> {t('courses.phases.to')} </span> {entry.phaseName}
                      </>
                    ) : (
                      t('courses.phases.start', { phase: entry.phaseName })
                    )}
                  </td>
                  <td>{entry.by?.name ?? t('common.none')}</td>
                  <td>{entry.reason ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('courses.phases.none')}</p>
      )}
    </section>
  );
}
