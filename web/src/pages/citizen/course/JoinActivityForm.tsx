import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { courseApi } from '../../../api/courses.ts';
import type { Course, GroupActivity } from '../../../api/courses.ts';
import { SelectField, TextField } from '../../../components/FormFields.tsx';
import { activityPeriod } from '../../../components/groups/period.ts';
import type { FieldErrors } from '../../../forms.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FormFrame } from './FormFrame.tsx';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['activity', 'joinedOn'] as const;

interface JoinActivityFormProps {
  course: Course;
  /** Activities of the course's unit the course does not take part in yet. */
  activities: GroupActivity[];
  onSaved: (activity: GroupActivity) => void;
  onCancel: () => void;
}

/** Signs the course up for a group activity of its unit (tilmeld) from a day, today by default. */
export function JoinActivityForm({ course, activities, onSaved, onCancel }: JoinActivityFormProps) {
  const { t, locale } = useI18n();
  const form = useCourseForm('join-activity-form', fields);
  const [activityId, setActivityId] = useState(activities.length === 1 ? (activities[0]?.id ?? '') : '');
  const [joinedOn, setJoinedOn] = useState(todayIso());
  const chosen = activities.find((a) => a.id === activityId);

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!chosen) found['activity'] = t('courses.groups.activityRequired');
    if (!isoDatePattern.test(joinedOn)) found['joinedOn'] = t('courses.dateRequired');
    return found;
  }

  async function send(): Promise<GroupActivity> {
    try {
      return await courseApi.joinGroupActivity(activityId, { courseId: course.id, joinedOn });
    } catch (error) {
      // The API names `courseId` when the course already takes part: here that is a fact about the chosen activity.
      if (error instanceof ApiError && error.fields['courseId']) {
        const { courseId, ...rest } = error.fields;
        throw new ApiError(error.status, error.code, error.message, { ...rest, activity: courseId });
      }
      throw error;
    }
  }

  async function save() {
    const updated = await form.submit(check, send);
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="join-activity-form" title={t('courses.groups.joinTitle')} form={form} onSubmit={save} onCancel={onCancel} submitLabel={t('courses.groups.join')}>
      <SelectField
        id={form.idFor('activity')}
        label={t('courses.groups.activity')}
        value={activityId}
        onValue={(value) => {
          setActivityId(value);
          form.clearField('activity');
        }}
        options={activities.map((a) => ({ value: a.id, label: `${a.name} (${activityPeriod(t, locale, a)})` }))}
        placeholder={t('courses.choose')}
        error={form.errors['activity']}
        testId="join-activity-select"
      />
      <TextField
        id={form.idFor('joinedOn')}
        label={t('courses.groups.joinDate')}
        type="date"
        value={joinedOn}
        onValue={setJoinedOn}
        error={form.errors['joinedOn']}
        hint={chosen ? t('courses.groups.runs', { period: activityPeriod(t, locale, chosen) }) : undefined}
        required
      />
    </FormFrame>
  );
}
