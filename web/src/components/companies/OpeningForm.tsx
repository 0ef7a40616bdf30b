/**
 * An opening (opslag / åbning) at the company: a new one (POST), or a change
 * to one, including its status (PATCH with the version). The postcode and
 * industry default to the company's; hours are 0-80 a week, the maximum not
 * below the minimum.
 */
import { useState } from 'react';
import { companyApi, openingStatuses } from '../../api/companies.ts';
import type { ContactPerson, Opening, OpeningInput, OpeningStatus } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { Alert } from '../Alert.tsx';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { openingStatusLabel } from './labels.ts';
import { numberText, parseHours, parseWhole } from './numbers.ts';

const fields = ['title', 'tasks', 'occupationCode', 'industryCode', 'postcode', 'hoursMin', 'hoursMax', 'paidFromStart', 'places', 'openFrom', 'openTo', 'contactPersonId', 'status'] as const;

interface OpeningFormProps {
  companyId: string;
  /** The company's main postcode, the default place of work. */
  defaultPostcode: string;
  /** The company's DB07 code, the opening's industry when the field is left empty. */
  companyIndustryCode: string | null;
  contactPersons: readonly ContactPerson[];
  opening?: Opening;
  onSaved: (opening: Opening) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function OpeningForm({ companyId, defaultPostcode, companyIndustryCode, contactPersons, opening, onSaved, onCancel, onReload }: OpeningFormProps) {
  const { t, locale } = useI18n();
  const prefix = opening ? `opening-edit-${opening.id}` : 'opening-create';
  const form = useCourseForm(prefix, fields);
  const [title, setTitle] = useState(opening?.title ?? '');
  const [tasks, setTasks] = useState(opening?.tasks ?? '');
  const [occupationCode, setOccupationCode] = useState(opening?.occupationCode ?? '');
  const [industryCode, setIndustryCode] = useState(opening?.industry.code ?? '');
  const [postcode, setPostcode] = useState(opening?.postcode ?? defaultPostcode);
  const [hoursMin, setHoursMin] = useState(numberText(locale, opening?.hoursMin));
  const [hoursMax, setHoursMax] = useState(numberText(locale, opening?.hoursMax));
  const [paidFromStart, setPaidFromStart] = useState(opening?.paidFromStart ?? false);
  const [places, setPlaces] = useState(numberText(locale, opening?.places ?? 1));
  const [openFrom, setOpenFrom] = useState(opening?.openFrom ?? todayIso());
  const [openTo, setOpenTo] = useState(opening?.openTo ?? '');
  const [status, setStatus] = useState<OpeningStatus>(opening?.status ?? 'open');
  // Keep a contact person who has since been deactivated choosable on the opening that names them.
  const people = contactPersons.filter((p) => p.active || p.id === opening?.contactPerson?.id);
  const [contactPersonId, setContactPersonId] = useState(opening?.contactPerson?.id ?? '');

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!title.trim()) found['title'] = t('companies.opening.titleRequired');
    if (!tasks.trim()) found['tasks'] = t('companies.opening.tasksRequired');
    if (occupationCode.trim() && !/^[0-9]{1,4}$/.test(occupationCode.trim())) found['occupationCode'] = t('companies.opening.occupationShape');
    if (industryCode.trim() && !/^[0-9]{2,6}$/.test(industryCode.trim().replace(/[.\s]/g, ''))) found['industryCode'] = t('companies.form.industryShape');
    if (!/^[0-9]{4}$/.test(postcode.trim())) found['postcode'] = t('companies.form.postcodeShape');
    const min = parseHours(hoursMin);
    const max = parseHours(hoursMax);
    if (min === null || min > 80) found['hoursMin'] = t('companies.opening.hoursInvalid');
    if (max === null || max > 80) found['hoursMax'] = t('companies.opening.hoursInvalid');
    else if (min !== null && max < min) found['hoursMax'] = t('companies.opening.hoursOrder');
    const n = parseWhole(places);
    if (n === null || n < 1 || n > 100) found['places'] = t('companies.opening.placesInvalid');
    if (!isIsoDate(openFrom)) found['openFrom'] = t('companies.dateRequired');
    if (openTo && !isIsoDate(openTo)) found['openTo'] = t('companies.dateInvalid');
    else if (openTo && isIsoDate(openFrom) && openTo < openFrom) found['openTo'] = t('companies.opening.toBeforeFrom');
    return found;
  }

  function body(): OpeningInput {
    const industry = industryCode.trim().replace(/[.\s]/g, '');
    return {
      title: title.trim(),
      tasks: tasks.trim(),
      occupationCode: occupationCode.trim() || null,
      // Empty: the company's industry (a new opening gets it from the server when the field is left out).
      ...(industry ? { industryCode: industry } : opening ? { industryCode: companyIndustryCode } : {}),
      postcode: postcode.trim(),
      hoursMin: parseHours(hoursMin) ?? 0,
      hoursMax: parseHours(hoursMax) ?? 0,
      paidFromStart,
      places: parseWhole(places) ?? 1,
      openFrom,
      openTo: openTo || null,
      contactPersonId: contactPersonId || null,
    };
  }

  async function save() {
    const saved = await form.submit(check, () =>
      opening ? companyApi.updateOpening(opening.id, { ...body(), status, version: opening.version }) : companyApi.createOpening(companyId, body()),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormFrame
      id={prefix}
      title={opening ? t('companies.opening.editTitle', { title: opening.title }) : t('companies.opening.add')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={opening ? t('common.save') : t('companies.opening.add')}
      headingLevel={3}
    >
      {form.stale ? (
        <Alert variant="error" testId="opening-stale">
          <p className="m-0">{t('companies.opening.stale')}</p>
          <button type="button" className="button button-secondary mt-3" onClick={onReload}>
            {t('companies.reload')}
          </button>
        </Alert>
      ) : null}
      {opening ? (
        <RadioGroup
          id={form.idFor('status')}
          name={form.idFor('status')}
          legend={t('companies.opening.status')}
          options={openingStatuses.map((s) => ({ value: s, label: openingStatusLabel(t, s) }))}
          value={status}
          onValue={(v) => setStatus(openingStatuses.find((s) => s === v) ?? 'open')}
          error={form.errors['status']}
        />
      ) : null}
      <TextField id={form.idFor('title')} label={t('companies.opening.title')} value={title} onValue={setTitle} error={form.errors['title']} maxLength={200} required />
      <TextAreaField id={form.idFor('tasks')} label={t('companies.opening.tasks')} value={tasks} onValue={setTasks} error={form.errors['tasks']} maxLength={4000} rows={4} required />
      <div className="jobspor-form-row">
        <TextField
          id={form.idFor('occupationCode')}
          label={t('companies.opening.occupationCode')}
          hint={t('companies.opening.occupationHint')}
          inputMode="numeric"
          value={occupationCode}
          onValue={setOccupationCode}
          error={form.errors['occupationCode']}
          maxLength={4}
          width="input-width-xs"
          optional
        />
        <TextField
          id={form.idFor('industryCode')}
          label={t('companies.field.industryCode')}
          hint={t('companies.opening.industryHint')}
          inputMode="numeric"
          value={industryCode}
          onValue={setIndustryCode}
          error={form.errors['industryCode']}
          maxLength={9}
          width="input-width-s"
          optional
        />
      </div>
      <TextField
        id={form.idFor('postcode')}
        label={t('companies.opening.postcode')}
        inputMode="numeric"
        value={postcode}
        onValue={setPostcode}
        error={form.errors['postcode']}
        maxLength={4}
        width="input-width-xs"
        required
      />
      <div className="jobspor-form-row">
        <TextField id={form.idFor('hoursMin')} label={t('companies.opening.hoursMin')} inputMode="decimal" value={hoursMin} onValue={setHoursMin} error={form.errors['hoursMin']} maxLength={5} width="input-width-xs" required />
        <TextField id={form.idFor('hoursMax')} label={t('companies.opening.hoursMax')} inputMode="decimal" value={hoursMax} onValue={setHoursMax} error={form.errors['hoursMax']} maxLength={5} width="input-width-xs" required />
      </div>
      <CheckboxField
        id={form.idFor('paidFromStart')}
        label={t('companies.opening.paidFromStartLabel')}
        hint={t('companies.opening.paidFromStartHint')}
        checked={paidFromStart}
        onChecked={setPaidFromStart}
        error={form.errors['paidFromStart']}
      />
      <TextField id={form.idFor('places')} label={t('companies.opening.places')} inputMode="numeric" value={places} onValue={setPlaces} error={form.errors['places']} maxLength={3} width="input-width-xs" required />
      <div className="jobspor-form-row">
        <TextField id={form.idFor('openFrom')} label={t('companies.opening.openFrom')} type="date" value={openFrom} onValue={setOpenFrom} error={form.errors['openFrom']} required />
        <TextField id={form.idFor('openTo')} label={t('companies.opening.openTo')} type="date" value={openTo} onValue={setOpenTo} error={form.errors['openTo']} optional />
      </div>
      <SelectField
        id={form.idFor('contactPersonId')}
        label={t('companies.opening.contactPerson')}
        value={contactPersonId}
        onValue={setContactPersonId}
        options={people.map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }))}
        placeholder={t('companies.interaction.noContactPerson')}
        error={form.errors['contactPersonId']}
        optional
      />
    </FormFrame>
  );
}
