/**
 * The outreach details (housing area, served from the outreach office) as
 * both the enrol form and the outreach form ask them; only the radio group's
 * name and whether "unknown" may be chosen differ.
 */
import { RadioGroup, TextField } from '../../../components/FormFields.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { CourseForm } from './useCourseForm.ts';

interface OutreachFieldsProps {
  form: CourseForm;
  housingArea: string;
  onHousingArea: (value: string) => void;
  /** 'yes', 'no' or '' (not known / not chosen). */
  served: string;
  onServed: (value: string) => void;
  /** The radio group's name, unique on the page. */
  radioName: string;
  /** Offer "unknown" ('') as an answer, for editing an existing course. */
  allowUnknown?: boolean;
}

export function OutreachFields({ form, housingArea, onHousingArea, served, onServed, radioName, allowUnknown }: OutreachFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        id={form.idFor('housingArea')}
        label={t('courses.outreach.housingArea')}
        value={housingArea}
        onValue={onHousingArea}
        error={form.errors['housingArea']}
        hint={t('courses.outreach.housingAreaHint')}
        maxLength={120}
        optional
      />
      <RadioGroup
        id={form.idFor('servedFromOutreach')}
        name={radioName}
        legend={t('courses.outreach.served')}
        options={[
          { value: 'yes', label: t('caseload.yes') },
          { value: 'no', label: t('caseload.no') },
          ...(allowUnknown ? [{ value: '', label: t('courses.outreach.unknown') }] : []),
        ]}
        value={served}
        onValue={onServed}
        error={form.errors['servedFromOutreach']}
      />
    </>
  );
}
