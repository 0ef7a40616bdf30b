/** Kontaktpersoner: the company's contact persons, adding, editing and (de)activating them. */
import { useState } from 'react';
import { companyApi } from '../../api/companies.ts';
import type { CompanyDetail, ContactPerson } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { AddPanel } from '../../components/companies/AddPanel.tsx';
import { ContactPersonForm } from '../../components/companies/ContactPersonForm.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { ListSection } from '../../components/companies/ListSection.tsx';
import { contactPersonColumns } from '../../components/companies/listColumns.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { errorText } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';

interface ContactPersonsTabProps {
  company: CompanyDetail;
  canWrite: boolean;
  onChanged: () => void;
}

export function ContactPersonsTab({ company, canWrite, onChanged }: ContactPersonsTabProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState('');
  const [message, setMessage] = useState(noNotice);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState('');
  const columns = contactPersonColumns(t);
  // Active people first, then by name.
  const people = [...company.contactPersons].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'da'));

  function saved(person: ContactPerson, key: MessageKey) {
    setAdding(false);
    setEditing('');
    setMessage((m) => notice(m, t(key, { name: person.name })));
    onChanged();
  }

  async function setActive(person: ContactPerson, active: boolean) {
    setBusy(person.id);
    setFailure(null);
    try {
      const updated = await companyApi.updateContactPerson(person.id, { active });
      saved(updated, active ? 'companies.contact.reactivated' : 'companies.contact.deactivated');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy('');
    }
  }

  return (
    <ListSection id="contact-persons" heading={t('companies.tab.contactPersons')} csv={{ file: ['kontaktpersoner', company.cvr], columns, rows: people }}>
      <Notice state={message} testId="contact-persons-notice" />
      {failure ? <Alert variant="error">{errorText(t, failure)}</Alert> : null}
      {people.length ? (
        <DataTable
          caption={t('companies.contact.caption', { name: company.name })}
          columns={columns}
          rows={people}
          rowKey={(p) => p.id}
          rowClass={(p) => (p.active ? undefined : 'companies-row--inactive')}
          render={{ email: (p) => (p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '–') }}
          actions={
            canWrite
              ? (p) => (
                  <>
                    <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => setEditing(editing === p.id ? '' : p.id)} aria-expanded={editing === p.id}>
                      {t('companies.edit')}
                      <span className="sr-only"> {p.name}</span>
                    </button>
                    <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => setActive(p, !p.active)} disabled={busy === p.id}>
                      {p.active ? t('companies.contact.deactivate') : t('companies.contact.reactivate')}
                      <span className="sr-only"> {p.name}</span>
                    </button>
                  </>
                )
              : undefined
          }
          below={(p) =>
            editing === p.id ? <ContactPersonForm companyId={company.id} person={p} onSaved={(s) => saved(s, 'companies.contact.updated')} onCancel={() => setEditing('')} /> : null
          }
          testId="contact-persons-table"
        />
      ) : (
        <p data-testid="contact-persons-empty">{t('companies.contact.empty')}</p>
      )}
      {canWrite ? (
        <AddPanel label={t('companies.contact.add')} open={adding} onOpen={() => setAdding(true)} onClose={() => setAdding(false)} testId="contact-person-add">
          {(cancel) => <ContactPersonForm companyId={company.id} onSaved={(s) => saved(s, 'companies.contact.created')} onCancel={cancel} />}
        </AddPanel>
      ) : null}
    </ListSection>
  );
}
