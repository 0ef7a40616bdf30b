import { useRef, useState } from 'react';
import { courseApi } from '../../api/courses.ts';
import type { GroupActivity, GroupActivityParticipant } from '../../api/courses.ts';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { todayIso } from '../../pages/citizen/course/useCourseForm.ts';
import { LeaveActivityForm } from './LeaveActivityForm.tsx';

interface ParticipationActionsProps {
  activity: GroupActivity;
  participant: GroupActivityParticipant;
  /** The activity as the API returned it, and a sentence saying what was done. */
  onSaved: (activity: GroupActivity, message: string) => void;
}

/**
 * The action cell of one participation: sign the citizen off (afmeld, with
 * the day), or undo a sign-off recorded by mistake.
 */
export function ParticipationActions({ activity, participant, onSaved }: ParticipationActionsProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const who = { name: participant.citizenName, activity: activity.name };

  function close() {
    setOpen(false);
    window.requestAnimationFrame(() => button.current?.focus());
  }

  async function undo() {
    if (saving) return;
    setSaving(true);
    setError('');
    try {
      onSaved(await courseApi.leaveGroupActivity(activity.id, participant.courseId, null), t('courses.groups.saved.rejoined', who));
    } catch (failure) {
      setError(errorText(t, failure));
      setSaving(false);
    }
  }

  if (participant.leftOn === null) {
    if (open) {
      return (
        <LeaveActivityForm
          activity={activity}
          participant={participant}
          onSaved={(updated) => {
            const left = updated.participants.find((p) => p.courseId === participant.courseId)?.leftOn ?? null;
            setOpen(false);
            onSaved(updated, t('courses.groups.saved.left', { ...who, date: formatDate(locale, left) }));
          }}
          onCancel={close}
        />
      );
    }
    return (
      <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => setOpen(true)} ref={button} data-testid="leave-activity-open">
        {t('courses.groups.leave')}
        <span className="sr-only"> {t('courses.groups.who', who)}</span>
      </button>
    );
  }

  // Once the activity is over, its participations are history; undoing a sign-off would reopen one.
  if (activity.endDate && activity.endDate < todayIso()) return null;

  return (
    <>
      {error ? (
        <span className="form-error-message" role="alert">
          {error}
        </span>
      ) : null}
      <button type="button" className="button button-tertiary jobspor-small-button" onClick={undo} disabled={saving} data-testid="rejoin-activity">
        {saving ? t('common.saving') : t('courses.groups.undoLeave')}
        <span className="sr-only"> {t('courses.groups.who', who)}</span>
      </button>
    </>
  );
}
