/** Logging a contact with the company (POST /api/companies/:id/interactions); the staff member is the caller. */
import { useState } from 'react';
import { companyApi, interactionKinds } from '../../api/companies.ts';
import type { ContactPerson, Interaction, InteractionKind } from '../../api/companies.ts';
import { useT } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { interactionKindLabel } from './labels.ts';

const fields = ['kind', 'date', 'contactPersonId', 'note'] as const;

interface InteractionFormProps {
  companyId: string;
  contactPersons: readonly ContactPerson[];
  onSaved: (interaction: Interaction) => void;
  onCancel: () => void;
}

export function InteractionForm({ companyId, contactPersons, onSaved, onCancel }: InteractionFormProps) {
  const t = useT();
  const form = useCourseForm('interaction-form', fields);
  const [kind, setKind] = useState<InteractionKind | ''>('');
  const [date, setDate] = useState(todayIso());
  const [contactPersonId, setContactPersonId] = useState('');
  const [note, setNote] = useState('');
  const today = todayIso();

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!kind) found['kind'] = t('companies.interaction.kindRequired');
    if (!isIsoDate(date)) found['date'] = t('companies.dateRequired');
    else if (date > today) found['date'] = t('companies.interaction.dateFuture');
    return found;
  }

  async function save() {
    const saved = await form.submit(check, () =>
      companyApi.createInteraction(companyId, {
        kind: kind || 'call',
        date,
        contactPersonId: contactPersonId || null,
        note: note.trim() || null,
      }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormFrame id="interaction-form" title={t('companies.interaction.add')} form={form} onSubmit={save} onCancel={onCancel} submitLabel={t('companies.interaction.save')} headingLevel={3}>
      <div className="jobspor-form-row">
        <SelectField
          id={form.idFor('kind')}
          label={t('companies.interaction.kind')}
          value={kind}
          onValue={(v) => {
            setKind(interactionKinds.find((k) => k === v) ?? '');
            form.clearField('kind');
          }}
          options={interactionKinds.map((k) => ({ value: k, label: interactionKindLabel(t, k) }))}
          placeholder={t('companies.choose')}
          error={form.errors['kind']}
          required
        />
        <TextField id={form.idFor('date')} label={t('companies.interaction.date')} type="date" max={today} value={date} onValue={setDate} error={form.errors['date']} required />
      </div>
      <SelectField
        id={form.idFor('contactPersonId')}
        label={t('companies.interaction.contactPerson')}
        value={contactPersonId}
        onValue={setContactPersonId}
        options={contactPersons.filter((p) => p.active).map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }))}
        placeholder={t('companies.interaction.noContactPerson')}
        error={form.errors['contactPersonId']}
        optional
      />
      <TextAreaField id={form.idFor('note')} label={t('companies.field.note')} hint={t('companies.interaction.noteHint')} value={note} onValue={setNote} error={form.errors['note']} maxLength={4000} rows={4} optional />
    </FormFrame>
  );
}
