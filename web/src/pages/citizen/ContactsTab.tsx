/** Kontakter: log a contact with the citizen and see all contacts, newest first. */
import { useState } from 'react';
import { recordsApi } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { ContactForm } from '../../components/records/contacts/ContactForm.tsx';
import { ContactList } from '../../components/records/contacts/ContactList.tsx';
import { contactKindLabel } from '../../components/records/labels.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import '../../styles/records.css';

export function ContactsTab({ citizenId, canRecord }: { citizenId: string; canRecord: boolean }) {
  const { t, locale } = useI18n();
  const contacts = useLoad(() => recordsApi.contacts(citizenId), [citizenId]);
  const courses = useLoad(() => recordsApi.courses(citizenId).catch(() => ({ courses: [] })), [citizenId]);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const active = (courses.data?.courses ?? []).filter((c) => !c.endDate);
  const list = contacts.data?.contacts ?? [];

  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('rec.tab.contacts')}</h2>
      {notice ? (
        // Takes focus: the form and the button that opened it are gone.
        <FocusedAlert variant="success" testId="contact-saved" focusKey={notice}>
          {notice}
        </FocusedAlert>
      ) : null}
      {adding && courses.data ? (
        <ContactForm
          citizenId={citizenId}
          courses={active}
          onCancel={() => setAdding(false)}
          onCreated={(contact) => {
            contacts.setData({ contacts: [contact, ...list] });
            setAdding(false);
            setNotice(t('rec.contact.saved', { kind: contactKindLabel(t, contact.kind), date: formatDate(locale, contact.date) }));
          }}
        />
      ) : canRecord ? (
        <div className="jobspor-actions records-top-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            disabled={!courses.data}
            data-testid="contact-add"
          >
            {t('rec.contact.add')}
          </button>
        </div>
      ) : null}

      <section aria-labelledby="contacts-list-heading" className="jobspor-section">
        <h3 id="contacts-list-heading">{t('rec.contact.list')}</h3>
        {contacts.loading && !contacts.data ? <Spinner /> : null}
        {contacts.error ? <Alert variant="error">{errorText(t, contacts.error)}</Alert> : null}
        {contacts.data && !list.length ? <p data-testid="contacts-none">{t('rec.contact.none')}</p> : null}
        {list.length ? <ContactList contacts={list} caption={t('rec.contact.list')} /> : null}
      </section>
    </section>
  );
}
