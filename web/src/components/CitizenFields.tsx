/**
 * The citizen fields shared by "Opret borger" and "Rediger" (everything but
 * the CPR number): name, contact details, unit and responsible staff member.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Staff, Unit } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { isCaseUnit, unitTree } from '../units.ts';
import { SelectField, TextField } from './FormFields.tsx';
import type { Option } from './FormFields.tsx';

export interface CitizenValues {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  addressLine: string;
  postcode: string;
  city: string;
  unitId: string;
  responsibleStaffId: string;
}

export const citizenFieldNames = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'addressLine',
  'postcode',
  'city',
  'unitId',
  'responsibleStaffId',
] as const satisfies readonly (keyof CitizenValues)[];

export const emptyCitizenValues: CitizenValues = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  addressLine: '',
  postcode: '',
  city: '',
  unitId: '',
  responsibleStaffId: '',
};

/** Job brokers of a unit, for the "Ansvarlig medarbejder" select. */
export function useResponsibleStaff(unitId: string): { staff: Staff[]; loading: boolean } {
  const [state, setState] = useState<{ unitId: string; staff: Staff[]; loading: boolean }>({ unitId: '', staff: [], loading: false });
  useEffect(() => {
    if (!unitId) {
      setState({ unitId, staff: [], loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ unitId, staff: previous.unitId === unitId ? previous.staff : [], loading: true }));
    api.staff({ unitId, role: 'jobformidler', active: true }).then(
      (result) => current && setState({ unitId, staff: result.staff, loading: false }),
      () => current && setState({ unitId, staff: [], loading: false }),
    );
    return () => {
      current = false;
    };
  }, [unitId]);
  return { staff: state.staff, loading: state.loading };
}

interface CitizenFieldsProps {
  idPrefix: string;
  values: CitizenValues;
  onChange: (field: keyof CitizenValues, value: string) => void;
  errors: Partial<Record<string, string>>;
  units: readonly Unit[];
  /** Shown as an option even if not a job broker of the unit (the current responsible). */
  currentResponsible?: { id: string; name: string } | null;
}

export function CitizenFields({ idPrefix, values, onChange, errors, units, currentResponsible }: CitizenFieldsProps) {
  const t = useT();
  const { staff, loading } = useResponsibleStaff(values.unitId);
  const id = (field: string) => `${idPrefix}-${field}`;

  const unitOptions: Option[] = unitTree(units)
    .filter((row) => isCaseUnit(row.unit) || row.unit.id === values.unitId)
    .map((row) => ({ value: row.unit.id, label: row.unit.name }));

  const staffOptions: Option[] = staff.map((s) => ({ value: s.id, label: s.displayName }));
  if (
    currentResponsible &&
    values.responsibleStaffId === currentResponsible.id &&
    !staffOptions.some((o) => o.value === currentResponsible.id)
  ) {
    staffOptions.unshift({ value: currentResponsible.id, label: currentResponsible.name });
  }

  const text = (field: keyof CitizenValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={id(field)}
      name={field}
      label={label}
      value={values[field]}
      onValue={(value) => onChange(field, value)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <>
      <div className="jobspor-form-row">
        {text('firstName', t('citizenForm.firstName'), { autoComplete: 'off', required: true, maxLength: 100 })}
        {text('lastName', t('citizenForm.lastName'), { autoComplete: 'off', required: true, maxLength: 100 })}
      </div>
      <div className="jobspor-form-row">
        {text('phone', t('citizenForm.phone'), { type: 'tel', optional: true, autoComplete: 'off', width: 'input-width-s', maxLength: 30 })}
        {text('email', t('citizenForm.email'), { type: 'email', optional: true, autoComplete: 'off', maxLength: 200 })}
      </div>
      {text('addressLine', t('citizenForm.addressLine'), { optional: true, autoComplete: 'off', maxLength: 200 })}
      <div className="jobspor-form-row">
        {text('postcode', t('citizenForm.postcode'), {
          optional: true,
          inputMode: 'numeric',
          autoComplete: 'off',
          width: 'input-width-xs',
          maxLength: 4,
        })}
        {text('city', t('citizenForm.city'), { optional: true, autoComplete: 'off', maxLength: 100 })}
      </div>
      <div className="jobspor-form-row">
        <SelectField
          id={id('unitId')}
          name="unitId"
          label={t('citizenForm.unit')}
          value={values.unitId}
          onValue={(value) => {
            onChange('unitId', value);
            if (value !== values.unitId) onChange('responsibleStaffId', '');
          }}
          options={unitOptions}
          placeholder={t('citizenForm.chooseUnit')}
          error={errors['unitId']}
          required
        />
        <SelectField
          id={id('responsibleStaffId')}
          name="responsibleStaffId"
          label={t('citizenForm.responsible')}
          value={values.responsibleStaffId}
          onValue={(value) => onChange('responsibleStaffId', value)}
          options={staffOptions}
          placeholder={values.unitId ? t('citizenForm.noResponsible') : t('citizenForm.chooseUnitFirst')}
          error={errors['responsibleStaffId']}
          optional
          disabled={!values.unitId || loading}
        />
      </div>
    </>
  );
}

/** Client-side checks before the API is asked (the API checks again). */
export function checkCitizenValues(t: ReturnType<typeof useT>, values: CitizenValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.firstName.trim()) errors['firstName'] = t('citizenForm.firstNameRequired');
  if (!values.lastName.trim()) errors['lastName'] = t('citizenForm.lastNameRequired');
  if (!values.unitId) errors['unitId'] = t('citizenForm.unitRequired');
  return errors;
}
