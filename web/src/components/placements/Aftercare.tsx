/**
 * Aftercare (efterværn): contacts with the citizen and/or the company after
 * paid work has started, to help the citizen keep the job (002). Offered on
 * paid outcomes and after a placement converted to paid hours.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { aftercareKinds, aftercareParties, placementsApi } from '../../api/placements.ts';
import type { AftercareContact, AftercareKind, AftercareParty } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, RadioGroup, SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { personName } from '../records/labels.ts';
import { useFocusOnOpen } from './focus.ts';
import { aftercareKindLabel, aftercarePartyLabel } from './labels.ts';
import { aftercareOrder } from './lists.ts';

export function AftercareList({ contacts }: { contacts: AftercareContact[] }) {
  const { t, locale } = useI18n();
  if (!contacts.length) {
    return (
      <p className="jobspor-muted" data-testid="aftercare-none">
        {t('pl.aftercare.none')}
      </p>
    );
  }
  const sorted = aftercareOrder(contacts);
  return (
    <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby="aftercare-caption">
      <table className="table table--compact table--zebra jobspor-table" data-testid="aftercare-table">
        <caption id="aftercare-caption" className="records-caption">
          {t('pl.aftercare.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pl.aftercare.date')}</th>
            <th scope="col">{t('pl.aftercare.kind')}</th>
            <th scope="col">{t('pl.aftercare.withWhom')}</th>
            <th scope="col">{t('col.staff')}</th>
            <th scope="col">{t('pl.aftercare.note')}</th>
            <th scope="col">{t('pl.aftercare.next')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="jobspor-row-head">
                {formatDate(locale, c.date)}
              </th>
              <td>{aftercareKindLabel(t, c.kind)}</td>
              <td>{aftercarePartyLabel(t, c.withWhom)}</td>
              <td>{personName(t, c.staff)}</td>
              <td className="records-note-cell">{c.note ?? ''}</td>
              <td>{formatDate(locale, c.nextContactOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Values {
  date: string;
  kind: string;
  withWhom: string;
  note: string;
  nextContactOn: string;
}

function check(t: Translate, v: Values): Record<string, string> {
  const found: Record<string, string> = {};
  if (!isIsoDate(v.date)) found['date'] = t('rec.dateRequired');
  else if (v.date > todayIso()) found['date'] = t('pl.aftercare.err.future');
  if (!v.kind) found['kind'] = t('pl.aftercare.err.kind');
  if (!v.withWhom) found['withWhom'] = t('pl.aftercare.err.withWhom');
  if (v.nextContactOn && !isIsoDate(v.nextContactOn)) found['nextContactOn'] = t('rec.dateInvalid');
  else if (v.nextContactOn && isIsoDate(v.date) && v.nextContactOn < v.date) found['nextContactOn'] = t('pl.aftercare.err.nextBefore');
  return found;
}

interface AftercareFormProps {
  placementId: string;
  onCreated: (contact: AftercareContact) => void;
  onCancel: () => void;
}

export function AftercareForm({ placementId, onCreated, onCancel }: AftercareFormProps) {
  const { t } = useI18n();
  const form = useRecordForm('aftercare');
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [values, setValues] = useState<Values>({ date: todayIso(), kind: '', withWhom: 'citizen', note: '', nextContactOn: '' });
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values),
      send: () =>
        placementsApi.createAftercare(placementId, {
          date: values.date,
          kind: values.kind as AftercareKind,
          withWhom: values.withWhom as AftercareParty,
          note: values.note.trim() || null,
          nextContactOn: values.nextContactOn || null,
        }),
      done: onCreated,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="aftercare-form-heading" data-testid="aftercare-form">
      <h3 id="aftercare-form-heading" ref={heading} tabIndex={-1}>{t('pl.aftercare.new')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <div className="jobspor-form-row">
        <TextField {...bind('date')} type="date" max={todayIso()} label={t('pl.aftercare.date')} />
        <SelectField
          {...bind('kind')}
          label={t('pl.aftercare.kind')}
          placeholder={t('rec.choose')}
          options={aftercareKinds.map((k) => ({ value: k, label: aftercareKindLabel(t, k) }))}
        />
      </div>
      <RadioGroup
        {...bind('withWhom')}
        name="aftercare-with"
        legend={t('pl.aftercare.withWhom')}
        options={aftercareParties.map((p) => ({ value: p, label: aftercarePartyLabel(t, p) }))}
      />
      <TextAreaField {...bind('note')} controlClassName="records-textarea" label={t('pl.aftercare.note')} optional />
      <TextField {...bind('nextContactOn')} type="date" label={t('pl.aftercare.next')} optional />
      <FormActions saving={form.saving} label={t('pl.aftercare.save')} testId="aftercare-save" onCancel={onCancel} />
    </form>
  );
}
