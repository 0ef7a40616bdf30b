import { api } from '../../../api/client.ts';
import type { CourseRole } from '../../../api/courses.ts';
import type { Option } from '../../../components/FormFields.tsx';
import { useLoad } from '../../../hooks.ts';
import { canHoldCourseRole } from '../../../../../src/domain/cases/course-roles.ts';

/** Active staff in the caller's scope (optionally of one role) as select options, by name. */
export function useStaffOptions(role: string | null): { options: Option[]; loading: boolean; error: unknown } {
  return useStaffOptionsWhere(role, () => true);
}

/** Active staff whose roles allow them to hold `courseRole` on a course (the rule the API applies). */
export function useStaffOptionsFor(courseRole: CourseRole | null): { options: Option[]; loading: boolean; error: unknown } {
  return useStaffOptionsWhere(null, (roles) => courseRole !== null && canHoldCourseRole(roles, courseRole));
}

function useStaffOptionsWhere(role: string | null, keep: (roles: readonly string[]) => boolean) {
  const staff = useLoad(() => api.staff({ active: true, ...(role ? { role } : {}) }), [role]);
  const options = (staff.data?.staff ?? [])
    .filter((s) => keep(s.roles))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'))
    .map((s) => ({ value: s.id, label: `${s.displayName} (${s.unitName})` }));
  return { options, loading: staff.loading, error: staff.error };
}
