import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { courseApi } from '../../../api/courses.ts';
import type { Course } from '../../../api/courses.ts';
import { Alert } from '../../../components/Alert.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { useCaseUnits } from '../../../components/groups/useCaseUnits.ts';
import { localName } from '../../../components/caseload/labels.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/index.tsx';
import { CourseFacts } from './CourseFacts.tsx';
import { EndCourseForm } from './EndCourseForm.tsx';
import { courseFeatures, showsGroupActivities } from './features.ts';
import { GroupActivities } from './GroupActivities.tsx';
import { MoveUnitForm } from './MoveUnitForm.tsx';
import { NextPhases } from './NextPhases.tsx';
import { OutreachForm } from './OutreachForm.tsx';
import { PhaseChangeForm } from './PhaseChangeForm.tsx';
import { PhaseHistory } from './PhaseHistory.tsx';
import { RehabTrackForm, RehabTrackView } from './RehabTrack.tsx';
import { RuleResults } from './RuleResults.tsx';
import { StaffAssignmentForm } from './StaffAssignmentForm.tsx';
import { StaffAssignments } from './StaffAssignments.tsx';
import { SupportCourseForm, SupportCourseView } from './SupportCourse.tsx';
import { VisitationForm } from './VisitationForm.tsx';

type Action = 'visitation' | 'phase' | 'staff' | 'rehab' | 'support' | 'outreach' | 'move' | 'end';

const actionLabel: Record<Action, MessageKey> = {
  visitation: 'courses.action.visitation',
  phase: 'courses.action.phase',
  staff: 'courses.action.staff',
  rehab: 'courses.action.rehab',
  support: 'courses.action.support',
  outreach: 'courses.action.outreach',
  move: 'courses.action.move',
  end: 'courses.action.end',
};

const savedText: Record<Action, MessageKey> = {
  visitation: 'courses.saved.visitation',
  phase: 'courses.saved.phase',
  staff: 'courses.saved.staff',
  rehab: 'courses.saved.rehab',
  support: 'courses.saved.support',
  outreach: 'courses.saved.outreach',
  move: 'courses.saved.move',
  end: 'courses.saved.end',
};

interface CoursePanelProps {
  courseId: string;
  canWrite: boolean;
  /** Tells the course list that a summary field (phase, group, end) may have changed. */
  onChanged: () => void;
}

/** One course in detail (GET /api/courses/:id) with its actions. */
export function CoursePanel({ courseId, canWrite, onChanged }: CoursePanelProps) {
  const { t, lang } = useI18n();
  const course = useLoad(() => courseApi.course(courseId), [courseId]);
  const data = course.data;
  const modelKey = data ? `${data.modelId}@${data.modelVersion}` : '';
  const model = useLoad(() => (data ? courseApi.model(data.modelId, data.modelVersion) : Promise.resolve(null)), [modelKey]);
  const definition = model.data?.definition ?? null;
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState('');
  const buttons = useRef<Partial<Record<Action, HTMLButtonElement | null>>>({});
  const units = useCaseUnits();

  if (course.error && !data) {
    const gone = course.error instanceof ApiError && (course.error.status === 404 || course.error.status === 403);
    return <Alert variant="error">{gone ? t('courses.notFound') : errorText(t, course.error)}</Alert>;
  }
  if (!data) return <Spinner />;

  const features = courseFeatures(data);
  const active = !data.endDate;
  const actions: Action[] = active
    ? [
        ...(definition?.visitation ? (['visitation'] as const) : []),
        'phase' as const,
        'staff' as const,
        ...(features.rehabTrack ? (['rehab'] as const) : []),
        ...(features.supportCourse ? (['support'] as const) : []),
        ...(features.outreach ? (['outreach'] as const) : []),
        'move' as const,
        'end' as const,
      ]
    : [];

  function open(next: Action) {
    setNotice('');
    setAction(next);
  }

  function close() {
    const was = action;
    setAction(null);
    if (was) window.requestAnimationFrame(() => buttons.current[was]?.focus());
  }

  function saved(updated: Course) {
    const was = action;
    course.setData(updated);
    setAction(null);
    if (was) setNotice(t(savedText[was], { unit: updated.unitName }));
    onChanged();
  }

  function savedInline(updated: Course) {
    course.setData(updated);
    setNotice(t('courses.saved.staffEnded'));
    onChanged();
  }

  const formProps = { course: data, onSaved: saved, onCancel: close, onReload: course.reload };
  const modelName = definition ? localName(definition.name, lang) : localName(data.modelName, lang);

  return (
    <article className="course-panel" aria-labelledby="course-panel-heading" data-testid="course-panel" data-course-id={data.id}>
      <div className="course-panel-heading">
        <h3 id="course-panel-heading">
          {modelName || data.modelShortName} <span className="jobspor-muted">({data.modelShortName})</span>
        </h3>
        {active ? <span className="badge badge-success">{t('courses.active')}</span> : <span className="badge">{t('courses.ended')}</span>}
      </div>
      {course.loading ? <Spinner text={t('courses.reloading')} /> : null}
      {course.error ? <Alert variant="error">{errorText(t, course.error)}</Alert> : null}
      {notice ? (
        <Alert variant="success" testId="course-saved">
          {notice}
        </Alert>
      ) : null}

      <CourseFacts course={data} />

      {canWrite && actions.length ? (
        <div className="course-actions" role="group" aria-label={t('courses.actions')}>
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className={`button ${a === 'end' ? 'button-tertiary' : 'button-secondary'} jobspor-small-button`}
              aria-expanded={action === a}
              aria-controls={action === a ? `${a}-form` : undefined}
              onClick={() => (action === a ? close() : open(a))}
              ref={(node) => {
                buttons.current[a] = node;
              }}
              data-testid={`course-action-${a}`}
            >
              {t(actionLabel[a])}
            </button>
          ))}
        </div>
      ) : null}

      {action === 'visitation' && definition ? <VisitationForm {...formProps} definition={definition} /> : null}
      {action === 'phase' ? <PhaseChangeForm {...formProps} /> : null}
      {action === 'staff' ? <StaffAssignmentForm {...formProps} /> : null}
      {action === 'rehab' ? <RehabTrackForm {...formProps} /> : null}
      {action === 'support' ? <SupportCourseForm {...formProps} /> : null}
      {action === 'outreach' ? <OutreachForm {...formProps} /> : null}
      {action === 'move' ? <MoveUnitForm {...formProps} units={units} /> : null}
      {action === 'end' ? <EndCourseForm {...formProps} /> : null}

      {model.error ? <Alert variant="warning">{t('courses.modelMissing')}</Alert> : null}
      <RuleResults rules={data.rules} definition={definition} />
      {active ? <NextPhases course={data} /> : null}
      <PhaseHistory course={data} />
      <StaffAssignments course={data} canWrite={canWrite} onSaved={savedInline} />
      {showsGroupActivities(data, units.byId(data.unitId)?.kind) ? <GroupActivities course={data} canWrite={canWrite} /> : null}
      {data.rehabTrack ? <RehabTrackView track={data.rehabTrack} /> : null}
      {data.supportCourse ? <SupportCourseView support={data.supportCourse} /> : null}
    </article>
  );
}
