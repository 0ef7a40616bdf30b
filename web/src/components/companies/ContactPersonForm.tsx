/** Adding (POST) or editing (PATCH) a contact person at the company. */
import { useState } from 'react';
import { companyApi } from '../../api/companies.ts';
import type { ContactPerson, ContactPersonInput } from '../../api/companies.ts';
import { useT } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { TextAreaField, TextField } from '../FormFields.tsx';

const fields = ['name', 'title', 'phone', 'email', 'note'] as const;

interface ContactPersonFormProps {
  companyId: string;
  person?: ContactPerson;
  onSaved: (person: ContactPerson) => void;
  onCancel: () => void;
}

export function ContactPersonForm({ companyId, person, onSaved, onCancel }: ContactPersonFormProps) {
  const t = useT();
  const prefix = person ? `contact-person-edit-${person.id}` : 'contact-person-create';
  const form = useCourseForm(prefix, fields);
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [note, setNote] = useState(person?.note ?? '');

  async function save() {
    const body: ContactPersonInput = {
      name: name.trim(),
      title: title.trim() || null,
      phone: phone.trim() || null,
      email: email.trim() || null,
      note: note.trim() || null,
    };
    const saved = await form.submit(
      (): Record<string, string> => (body.name ? {} : { name: t('companies.contact.nameRequired') }),
      () => (person ? companyApi.updateContactPerson(person.id, body) : companyApi.createContactPerson(companyId, body)),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormFrame
      id={prefix}
      title={person ? t('companies.contact.editTitle', { name: person.name }) : t('companies.contact.add')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={person ? t('common.save') : t('companies.contact.add')}
      headingLevel={3}
    >
      <div className="jobspor-form-row">
        <TextField id={form.idFor('name')} label={t('companies.contact.name')} value={name} onValue={setName} error={form.errors['name']} maxLength={120} required />
        <TextField id={form.idFor('title')} label={t('companies.contact.title')} value={title} onValue={setTitle} error={form.errors['title']} maxLength={120} optional />
      </div>
      <div className="jobspor-form-row">
        <TextField id={form.idFor('phone')} label={t('companies.field.phone')} type="tel" value={phone} onValue={setPhone} error={form.errors['phone']} maxLength={30} optional />
        <TextField id={form.idFor('email')} label={t('companies.field.email')} type="email" value={email} onValue={setEmail} error={form.errors['email']} maxLength={200} optional />
      </div>
      <TextAreaField id={form.idFor('note')} label={t('companies.field.note')} value={note} onValue={setNote} error={form.errors['note']} maxLength={2000} optional />
    </FormFrame>
  );
}
