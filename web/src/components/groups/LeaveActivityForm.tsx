import { courseApi } from '../../api/courses.ts';
import type { GroupActivity, GroupActivityParticipant } from '../../api/courses.ts';
import { useT } from '../../i18n/index.tsx';
import { InlineDateForm } from '../../pages/citizen/course/InlineDateForm.tsx';
import { todayIso } from '../../pages/citizen/course/useCourseForm.ts';

interface LeaveActivityFormProps {
  activity: GroupActivity;
  participant: GroupActivityParticipant;
  /** Called with the activity as the API returned it. */
  onSaved: (activity: GroupActivity) => void;
  onCancel: () => void;
}

/** The day to suggest: today, but not after the activity ended nor before the citizen joined. */
function suggestedDay(activity: GroupActivity, participant: GroupActivityParticipant): string {
  const today = todayIso();
  const capped = activity.endDate && activity.endDate < today ? activity.endDate : today;
  return capped < participant.joinedOn ? participant.joinedOn : capped;
}

/** Signs a participant off a group activity (afmeld) from within the participant's row. */
export function LeaveActivityForm({ activity, participant, onSaved, onCancel }: LeaveActivityFormProps) {
  const t = useT();
  return (
    <InlineDateForm
      id={`leave-${activity.id}-${participant.courseId}`}
      label={
        <>
          {t('courses.groups.leaveDate')}
          <span className="sr-only"> ({t('courses.groups.who', { name: participant.citizenName, activity: activity.name })})</span>
        </>
      }
      initial={suggestedDay(activity, participant)}
      submitLabel={t('courses.groups.leave')}
      check={(day) => (day < participant.joinedOn ? t('courses.groups.leftBeforeJoined') : day > todayIso() ? t('courses.groups.leftInFuture') : null)}
      send={async (day) => onSaved(await courseApi.leaveGroupActivity(activity.id, participant.courseId, day))}
      field="leftOn"
      onCancel={onCancel}
      testId="leave-activity-form"
    />
  );
}
