import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { Course, CourseStaff } from '../../../api/courses.ts';
import { courseRoleLabel } from '../../../components/caseload/labels.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { InlineDateForm } from './InlineDateForm.tsx';
import { todayIso } from './useCourseForm.ts';

interface StaffAssignmentsProps {
  course: Course;
  canWrite: boolean;
  onSaved: (course: Course) => void;
}

/** Ends one assignment: a date field and a button in the row itself. */
function EndAssignment({ course, assignment, onSaved, onCancel }: { course: Course; assignment: CourseStaff; onSaved: (c: Course) => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <InlineDateForm
      id={`end-assignment-${assignment.id}`}
      label={t('courses.staff.toDate')}
      initial={todayIso()}
      submitLabel={t('courses.staff.end')}
      check={(day) => (day < assignment.fromDate ? t('courses.staff.endBeforeStart') : null)}
      send={async (day) => onSaved(await courseApi.endAssignment(course.id, assignment.id, day))}
      field="toDate"
      onCancel={onCancel}
    />
  );
}

/** Staff on the course, current first; a writer can end an open assignment. */
export function StaffAssignments({ course, canWrite, onSaved }: StaffAssignmentsProps) {
  const { t, locale } = useI18n();
  const [ending, setEnding] = useState('');
  const rows = [...course.staff].sort((a, b) => Number(a.toDate !== null) - Number(b.toDate !== null) || b.fromDate.localeCompare(a.fromDate));
  return (
    <section className="course-section" aria-labelledby="course-staff-heading">
      <h4 id="course-staff-heading">{t('courses.staff.heading')}</h4>
      {rows.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact jobspor-table" data-testid="course-staff">
            <thead>
              <tr>
                <th scope="col">{t('courses.staff.role')}</th>
                <th scope="col">{t('courses.staff.staff')}</th>
                <th scope="col">{t('col.from')}</th>
                <th scope="col">{t('col.to')}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="sr-only">{t('col.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} className={a.toDate ? 'jobspor-muted' : undefined}>
                  <td>{courseRoleLabel(t, a.role)}</td>
                  <th scope="row" className="jobspor-row-head">
                    {a.name}
                  </th>
                  <td className="jobspor-nowrap">{formatDate(locale, a.fromDate)}</td>
                  <td className="jobspor-nowrap">{a.toDate ? formatDate(locale, a.toDate) : t('courses.staff.ongoing')}</td>
                  {canWrite ? (
                    <td>
                      {!a.toDate && !course.endDate ? (
                        ending === a.id ? (
                          <EndAssignment
                            course={course}
                            assignment={a}
                            onSaved={(updated) => {
                              setEnding('');
                              onSaved(updated);
                            }}
                            onCancel={() => setEnding('')}
                          />
                        ) : (
                          <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => setEnding(a.id)}>
                            {t('courses.staff.end')}
                            <span className="sr-only"> {t('courses.staff.endFor', { name: a.name, role: courseRoleLabel(t, a.role) })}</span>
                          </button>
                        )
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('courses.staff.none')}</p>
      )}
    </section>
  );
}
