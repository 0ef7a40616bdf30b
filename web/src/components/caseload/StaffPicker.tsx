import { api } from '../../api/client.ts';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';

interface StaffPickerProps {
  /** '' = the logged-in staff member. */
  value: string;
  onValue: (staffId: string) => void;
  meId: string;
  meName: string;
}

/** A leader's choice of whose caseload to see: their own or a job broker's in their units. */
export function StaffPicker({ value, onValue, meId, meName }: StaffPickerProps) {
  const t = useT();
  const staff = useLoad(() => api.staff({ role: 'jobformidler', active: true }), []);
  const options = (staff.data?.staff ?? []).filter((s) => s.id !== meId).sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
  const known = !value || options.some((s) => s.id === value);
  return (
    <div className="form-group caseload-staff-picker">
      <label className="form-label" htmlFor="caseload-staff">
        {t('caseload.staffPicker')}
      </label>
      <select
        id="caseload-staff"
        className="form-select"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        disabled={staff.loading && !staff.data}
        data-testid="caseload-staff"
      >
        <option value="">{t('caseload.staffMine', { name: meName })}</option>
        {!known ? <option value={value}>{t('caseload.staffOther')}</option> : null}
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.displayName} ({s.unitName})
          </option>
        ))}
      </select>
    </div>
  );
}
