/** Open fidelity invitations as a list with a "Besvar" link each (the questionnaire list and the worklist reminder). */
import type { Invitation } from '../../api/fidelity.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { nameIn } from '../../pages/models/text.ts';
import { Link } from '../../router.tsx';
import { respondentRoleLabel } from './format.ts';

export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const { t, locale, lang } = useI18n();
  return (
    <ul className="nobullet-list fid-invitations" data-testid="fid-invitations">
      {invitations.map((inv) => (
        <li key={inv.id} className="fid-invitation" data-testid="fid-invitation">
          <div>
            <strong>{inv.roundName}</strong> · {nameIn(lang, inv.instrumentName)}
            <br />
            <span className="jobspor-muted">
              {t('fid.answer.as', { role: respondentRoleLabel(t, inv.role), unit: inv.unitName })} ·{' '}
              {inv.closesOn ? t('fid.answer.closesOn', { date: formatDate(locale, inv.closesOn) }) : t('fid.answer.closesByHand')}
            </span>
          </div>
          <Link to={`/spoergeskema/${encodeURIComponent(inv.id)}`} className="button button-primary jobspor-small-button" aria-label={t('fid.answer.answerLabel', { name: inv.roundName })} data-testid="fid-answer-link">
            {t('fid.answer.answer')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
