/**
 * Spørgeskemaer (issue 12 §2; every staff role): the signed-in staff
 * member's open fidelity invitations with a "Besvar" link each. Answering is
 * anonymous: the answer keeps the role and unit only.
 */
import { fidelityApi } from '../../api/fidelity.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { InvitationList } from '../../components/fidelity/InvitationList.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import '../../components/fidelity/fidelity.css';

export function QuestionnairesPage() {
  const t = useT();
  usePageTitle(t('fid.answer.listTitle'));
  const invitations = useLoad(() => fidelityApi.invitations(), []);
  return (
    <>
      <h1>{t('fid.answer.listTitle')}</h1>
      <p className="font-lead">{t('fid.answer.listIntro')}</p>
      {invitations.loading && !invitations.data ? <Spinner /> : null}
      {invitations.error ? <Alert variant="error">{errorText(t, invitations.error)}</Alert> : null}
      {invitations.data ? (
        invitations.data.invitations.length ? (
          <InvitationList invitations={invitations.data.invitations} />
        ) : (
          <p data-testid="fid-no-invitations">{t('fid.answer.none')}</p>
        )
      ) : null}
    </>
  );
}
