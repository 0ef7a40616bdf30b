/**
 * A cooperation agreement: a new one (POST), or a renegotiation of one in
 * force (PUT with its version and the reason; the old terms are kept as a
 * version). Fixed places name how many; an open pre-agreement names none.
 */
import { useState } from 'react';
import { agreementKinds, companyApi } from '../../api/companies.ts';
import type { AgreementInput, AgreementKind, CooperationAgreement } from '../../api/companies.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { Alert } from '../Alert.tsx';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { agreementKindLabel } from './labels.ts';
import { numberText, parseWhole } from './numbers.ts';

const fields = ['kind', 'places', 'ordinaryHoursReadiness', 'from', 'to', 'note', 'reason'] as const;

interface AgreementFormProps {
  companyId: string;
  /** The agreement being renegotiated; absent for a new one. */
  agreement?: CooperationAgreement;
  onSaved: (agreement: CooperationAgreement) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function AgreementForm({ companyId, agreement, onSaved, onCancel, onReload }: AgreementFormProps) {
  const { t, locale } = useI18n();
  const prefix = agreement ? `agreement-renegotiate-${agreement.id}` : 'agreement-create';
  const form = useCourseForm(prefix, fields);
  const [kind, setKind] = useState<AgreementKind>(agreement?.kind ?? 'fixed_places');
  const [places, setPlaces] = useState(numberText(locale, agreement?.places));
  const [readiness, setReadiness] = useState(agreement?.ordinaryHoursReadiness ?? false);
  const [from, setFrom] = useState(agreement?.from ?? todayIso());
  const [to, setTo] = useState(agreement?.to ?? '');
  const [note, setNote] = useState(agreement?.note ?? '');
  const [reason, setReason] = useState('');

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (kind === 'fixed_places') {
      const n = parseWhole(places);
      if (n === null || n < 1 || n > 1000) found['places'] = t('companies.agreement.placesInvalid');
    }
    if (!isIsoDate(from)) found['from'] = t('companies.dateRequired');
    if (to && !isIsoDate(to)) found['to'] = t('companies.dateInvalid');
    else if (to && isIsoDate(from) && to < from) found['to'] = t('companies.agreement.toBeforeFrom');
    if (agreement && !reason.trim()) found['reason'] = t('companies.agreement.reasonRequired');
    return found;
  }

  async function save() {
    const body: AgreementInput = {
      kind,
      places: kind === 'fixed_places' ? parseWhole(places) : null,
      ordinaryHoursReadiness: readiness,
      from,
      to: to || null,
      note: note.trim() || null,
    };
    const saved = await form.submit(check, () =>
      agreement
        ? companyApi.renegotiateAgreement(agreement.id, { ...body, version: agreement.version, reason: reason.trim() })
        : companyApi.createAgreement(companyId, body),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormFrame
      id={prefix}
      title={agreement ? t('companies.agreement.renegotiateTitle') : t('companies.agreement.add')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={agreement ? t('companies.agreement.renegotiateSave') : t('companies.agreement.add')}
      headingLevel={3}
    >
      {form.stale ? (
        <Alert variant="error" testId="agreement-stale">
          <p className="m-0">{t('companies.agreement.stale')}</p>
          <button type="button" className="button button-secondary mt-3" onClick={onReload}>
            {t('companies.reload')}
          </button>
        </Alert>
      ) : null}
      <RadioGroup
        id={form.idFor('kind')}
        name={form.idFor('kind')}
        legend={t('companies.agreement.kind')}
        options={agreementKinds.map((k) => ({ value: k, label: agreementKindLabel(t, k) }))}
        value={kind}
        onValue={(v) => setKind(v === 'open' ? 'open' : 'fixed_places')}
        error={form.errors['kind']}
      />
      {kind === 'fixed_places' ? (
        <TextField
          id={form.idFor('places')}
          label={t('companies.agreement.places')}
          inputMode="numeric"
          value={places}
          onValue={setPlaces}
          error={form.errors['places']}
          width="input-width-xs"
          maxLength={4}
          required
        />
      ) : null}
      <CheckboxField
        id={form.idFor('ordinaryHoursReadiness')}
        label={t('companies.agreement.readinessLabel')}
        hint={t('companies.agreement.readinessHint')}
        checked={readiness}
        onChecked={setReadiness}
        error={form.errors['ordinaryHoursReadiness']}
      />
      <div className="jobspor-form-row">
        <TextField id={form.idFor('from')} label={t('companies.agreement.from')} type="date" value={from} onValue={setFrom} error={form.errors['from']} required />
        <TextField id={form.idFor('to')} label={t('companies.agreement.to')} hint={t('companies.agreement.toHint')} type="date" value={to} onValue={setTo} error={form.errors['to']} optional />
      </div>
      <TextAreaField id={form.idFor('note')} label={t('companies.field.note')} value={note} onValue={setNote} error={form.errors['note']} maxLength={2000} optional />
      {agreement ? (
        <TextAreaField
          id={form.idFor('reason')}
          label={t('companies.agreement.reason')}
          hint={t('companies.agreement.reasonHint')}
          value={reason}
          onValue={setReason}
          error={form.errors['reason']}
          maxLength={2000}
          required
        />
      ) : null}
    </FormFrame>
  );
}
