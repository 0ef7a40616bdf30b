import { useState } from 'react';
import { courseApi, courseRoles } from '../../../api/courses.ts';
import type { CourseRole } from '../../../api/courses.ts';
import { CheckboxField, SelectField, TextField } from '../../../components/FormFields.tsx';
import { courseRoleLabel } from '../../../components/caseload/labels.ts';
import type { FieldErrors } from '../../../forms.ts';
import { useT } from '../../../i18n/index.tsx';
import { staffRoleFor } from './features.ts';
import { FormFrame } from './FormFrame.tsx';
import { useStaffOptions } from './staffOptions.ts';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['role', 'staffId', 'fromDate'] as const;

/**
 * Assigns a staff member to a course role from a date; the API ends the
 * current holder of the role the day before (continuity is measured from it).
 */
export function StaffAssignmentForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const t = useT();
  const form = useCourseForm('staff-form', fields);
  const [role, setRole] = useState<CourseRole>('job_broker');
  const [showAll, setShowAll] = useState(false);
  const narrowTo = showAll ? null : staffRoleFor[role];
  const staff = useStaffOptions(narrowTo);
  const [staffId, setStaffId] = useState('');
  const [fromDate, setFromDate] = useState(todayIso());
  const current = course.staff.find((s) => s.role === role && !s.toDate);

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!staffId) found['staffId'] = t('courses.staff.staffRequired');
    if (!isoDatePattern.test(fromDate)) found['fromDate'] = t('courses.dateRequired');
    return found;
  }

  async function save() {
    const updated = await form.submit(check, () => courseApi.assignStaff(course.id, { staffId, role, fromDate }));
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="staff-form" title={t('courses.staff.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('courses.staff.submit')}>
      <SelectField
        id={form.idFor('role')}
        label={t('courses.staff.role')}
        value={role}
        onValue={(value) => {
          setRole(value as CourseRole);
          setStaffId('');
        }}
        options={courseRoles.map((r) => ({ value: r, label: courseRoleLabel(t, r) }))}
        error={form.errors['role']}
        hint={current ? t('courses.staff.replaces', { name: current.name }) : undefined}
        testId="staff-role"
      />
      <SelectField
        id={form.idFor('staffId')}
        label={t('courses.staff.staff')}
        value={staffId}
        onValue={(value) => {
          setStaffId(value);
          form.clearField('staffId');
        }}
        options={staff.options}
        placeholder={staff.loading ? t('common.loading') : t('courses.choose')}
        error={form.errors['staffId']}
        testId="staff-staff"
      />
      {staffRoleFor[role] ? (
        <CheckboxField id={form.idFor('showAll')} label={t('courses.staff.showAll')} checked={showAll} onChecked={setShowAll} />
      ) : null}
      <TextField id={form.idFor('fromDate')} label={t('courses.staff.fromDate')} type="date" value={fromDate} onValue={setFromDate} error={form.errors['fromDate']} required />
    </FormFrame>
  );
}
