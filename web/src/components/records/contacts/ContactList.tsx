/** The citizen's contacts, newest first. */
import type { Contact } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { attendeeLabel, categoryLabel, contactKindLabel, durationLabel, personName } from '../labels.ts';

export function newestFirst(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}

export function ContactList({ contacts, caption }: { contacts: Contact[]; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact table--zebra jobspor-table records-contact-table" data-testid="contact-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rec.contact.date')}</th>
            <th scope="col">{t('rec.contact.kind')}</th>
            <th scope="col">{t('rec.contact.durationShort')}</th>
            <th scope="col">{t('rec.contact.content')}</th>
            <th scope="col">{t('rec.contact.note')}</th>
            <th scope="col">{t('rec.contact.by')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst(contacts).map((contact) => (
            <tr key={contact.id}>
              <td className="jobspor-nowrap">{formatDate(locale, contact.date)}</td>
              <th scope="row" className="jobspor-row-head">
                {contactKindLabel(t, contact.kind)}
                {contact.place ? <span className="records-cell-note">{contact.place}</span> : null}
                {contact.attendeeRoles?.length ? (
                  <span className="records-cell-note">
                    {t('rec.contact.attendeesShort')}: {contact.attendeeRoles.map((r) => attendeeLabel(t, r)).join(', ')}
                  </span>
                ) : null}
              </th>
              <td className="jobspor-nowrap">{contact.durationBand ? durationLabel(t, contact.durationBand) : t('common.none')}</td>
              <td>{contact.contentCategories?.length ? contact.contentCategories.map((c) => categoryLabel(t, c)).join(', ') : t('common.none')}</td>
              <td className="records-prewrap records-note-cell">{contact.note || t('common.none')}</td>
              <td>{personName(t, contact.staff)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
