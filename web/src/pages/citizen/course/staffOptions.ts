import { api } from '../../../api/client.ts';
import type { Option } from '../../../components/FormFields.tsx';
import { useLoad } from '../../../hooks.ts';

/** Active staff in the caller's scope (optionally of one role) as select options, by name. */
export function useStaffOptions(role: string | null): { options: Option[]; loading: boolean; error: unknown } {
  const staff = useLoad(() => api.staff({ active: true, ...(role ? { role } : {}) }), [role]);
  const options = (staff.data?.staff ?? [])
    .slice()
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'))
    .map((s) => ({ value: s.id, label: `${s.displayName} (${s.unitName})` }));
  return { options, loading: staff.loading, error: staff.error };
}
