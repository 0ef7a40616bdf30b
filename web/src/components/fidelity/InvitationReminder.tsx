/**
 * The reminder on the start page (Min sagsstamme): open fidelity
 * questionnaires of the signed-in staff member with "Besvar" links; nothing
 * at all when there are none, or when they cannot be read.
 */
import { fidelityApi } from '../../api/fidelity.ts';
import { useLoad } from '../../hooks.ts';
import { plural, useT } from '../../i18n/index.tsx';
import { InvitationList } from './InvitationList.tsx';
import './fidelity.css';

export function InvitationReminder() {
  const t = useT();
  const invitations = useLoad(() => fidelityApi.invitations(), []);
  const list = invitations.data?.invitations ?? [];
  if (!list.length) return null;
  return (
    <section className="fid-reminder" aria-labelledby="fid-reminder-heading" data-testid="fid-reminder">
      <h2 id="fid-reminder-heading" className="h4 mt-0">
        {plural(t, 'fid.reminder.heading', list.length)}
      </h2>
      <p className="fid-note">{t('fid.reminder.body')}</p>
      <InvitationList invitations={list} />
    </section>
  );
}
