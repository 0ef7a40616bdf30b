/**
 * The head of the Borger page: name, age, unit, responsible staff member and
 * the masked CPR number, which roles with citizen.cpr.reveal can show (the
 * reveal is audited by the server); a notice when the citizen has moved to
 * another municipality (the record is closed).
 */
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Citizen } from '../../api/types.ts';
import { canRevealCpr } from '../../access.ts';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { useSession } from '../../session.tsx';

export function CitizenHeader({ citizen }: { citizen: Citizen }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const [cpr, setCpr] = useState<string | null>(null);
  const [cprShown, setCprShown] = useState(false);
  const [cprError, setCprError] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);

  async function reveal() {
    if (cpr) {
      setCprShown(true);
      return;
    }
    setRevealing(true);
    setCprError(null);
    try {
      const result = await api.revealCpr(citizen.id);
      setCpr(result.cpr);
      setCprShown(true);
    } catch (error) {
      setCprError(errorText(t, error));
    } finally {
      setRevealing(false);
    }
  }

  return (
    <header className="records-citizen-header">
      <h1 data-testid="citizen-name">
        {citizen.firstName} {citizen.lastName}
      </h1>
      <dl className="records-citizen-facts">
        <div>
          <dt>{t('citizen.age')}</dt>
          <dd data-testid="citizen-age">{t('common.years', { age: citizen.age })}</dd>
        </div>
        <div>
          <dt>{t('citizen.unit')}</dt>
          <dd data-testid="citizen-unit">{citizen.unitName}</dd>
        </div>
        <div>
          <dt>{t('citizen.responsible')}</dt>
          <dd data-testid="citizen-responsible">{citizen.responsibleStaffName ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('citizen.cpr')}</dt>
          <dd>
            <span className="jobspor-cpr" data-testid="citizen-cpr" aria-live="polite">
              {cprShown && cpr ? cpr : citizen.cprMasked}
            </span>
            {canRevealCpr(me.roles) ? (
              cprShown ? (
                <button type="button" className="button button-tertiary jobspor-inline-button" onClick={() => setCprShown(false)}>
                  {t('citizen.hideCpr')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-tertiary jobspor-inline-button"
                  onClick={reveal}
                  disabled={revealing}
                  aria-describedby="cpr-reveal-note"
                  data-testid="reveal-cpr"
                >
                  {t('citizen.revealCpr')}
                </button>
              )
            ) : null}
            {cprError ? <span className="form-error-message">{cprError}</span> : null}
          </dd>
        </div>
      </dl>
      {citizen.transfer ? (
        <p className="form-hint" data-testid="citizen-transfer">
          {t('citizen.movedAway', { to: citizen.transfer.toMunicipality, date: formatDate(locale, citizen.transfer.movedOn) })}
        </p>
      ) : null}
      {canRevealCpr(me.roles) ? (
        <p id="cpr-reveal-note" className="form-hint records-reveal-note">
          {t('citizen.revealNote')}
        </p>
      ) : null}
    </header>
  );
}
