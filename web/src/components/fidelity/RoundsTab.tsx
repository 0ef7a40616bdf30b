/**
 * Runder: the model's survey rounds (name, wave, status, units, invited and
 * answered, dates), "Luk runden" for an open round (asked once more before
 * it happens), "Importér svar" for an open or closed round (the panel in
 * ImportAnswers.tsx), and the form that starts a new round.
 */
import { useState } from 'react';
import { fidelityApi } from '../../api/fidelity.ts';
import type { InstrumentSummary, RoundSummary } from '../../api/fidelity.ts';
import { Alert } from '../Alert.tsx';
import { errorText } from '../../hooks.ts';
import { plural, useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { ImportAnswers } from './ImportAnswers.tsx';
import { NewRoundForm } from './NewRoundForm.tsx';
import { waveLabel } from './format.ts';

interface RoundsTabProps {
  model: string;
  rounds: RoundSummary[];
  instruments: InstrumentSummary[];
  onChanged: () => void;
}

export function RoundsTab({ model, rounds, instruments, onChanged }: RoundsTabProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const [message, setMessage] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [importing, setImporting] = useState<string | null>(null);
  const importRound = importing ? rounds.find((r) => r.id === importing) : undefined;

  /** Closes the import panel and gives focus back to the round's "Importér svar" button. */
  function endImport(roundId: string) {
    setImporting(null);
    document.querySelector<HTMLButtonElement>(`[data-testid="fid-round-row"][data-round="${roundId}"] [data-testid="fid-import-open"]`)?.focus();
  }
  const sorted = [...rounds].sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.name.localeCompare(b.name, locale));

  async function close(round: RoundSummary) {
    setClosing(true);
    try {
      await fidelityApi.closeRound(round.id);
      setMessage({ variant: 'success', text: t('fid.rounds.closedDone', { name: round.name }) });
      setConfirming(null);
      onChanged();
    } catch (error) {
      setMessage({ variant: 'error', text: errorText(t, error) });
    } finally {
      setClosing(false);
    }
  }

  return (
    <>
      {message ? (
        <Alert variant={message.variant} testId="fid-rounds-message">
          <p className="m-0">{message.text}</p>
        </Alert>
      ) : null}
      {sorted.length === 0 ? (
        <p data-testid="fid-rounds-empty">{t('fid.rounds.empty')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="fid-rounds-caption">
          <table className="table table--compact table--zebra jobspor-table fid-rounds" data-testid="fid-rounds">
            <caption id="fid-rounds-caption">{t('fid.rounds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fid.rounds.name')}</th>
                <th scope="col">{t('fid.rounds.wave')}</th>
                <th scope="col">{t('fid.rounds.status')}</th>
                <th scope="col">{t('fid.rounds.units')}</th>
                <th scope="col" className="fid-num">{t('fid.rounds.answered')}</th>
                <th scope="col">{t('fid.rounds.dates')}</th>
                <th scope="col">
                  <span className="sr-only">{t('fid.rounds.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((round) => (
                <tr key={round.id} data-testid="fid-round-row" data-round={round.id}>
                  <th scope="row" className="jobspor-row-head">
                    {round.name}
                    {round.origin === 'import' ? <span className="jobspor-muted"> · {t('fid.rounds.imported')}</span> : null}
                  </th>
                  <td>{waveLabel(t, round.wave)}</td>
                  <td>
                    <span className={`fid-status fid-status-${round.status}`} data-testid="fid-round-status">
                      {t(`fid.status.${round.status}`)}
                    </span>
                  </td>
                  <td>{round.units.map((u) => u.name).join(', ')}</td>
                  <td className="fid-num" data-testid="fid-round-answered">
                    {t('fid.rounds.answeredOf', { answered: round.answered - round.imported, invited: round.invited })}
                    {round.imported > 0 && <div className="fid-fraction">{t('fid.rounds.importedCount', { count: round.imported })}</div>}
                  </td>
                  <td className="jobspor-nowrap">
                    {formatDate(locale, round.opensOn)} – {round.closedOn ? formatDate(locale, round.closedOn) : round.closesOn ? formatDate(locale, round.closesOn) : t('fid.rounds.closesByHand')}
                  </td>
                  <td className="jobspor-nowrap">
                    {round.status === 'open' ? (
                      confirming === round.id ? (
                        <span className="fid-confirm" role="group" aria-label={t('fid.rounds.confirm', { name: round.name })}>
                          <span>{t('fid.rounds.confirm', { name: round.name })}</span>{' '}
                          <button type="button" className="button button-primary jobspor-small-button" disabled={closing} onClick={() => void close(round)} data-testid="fid-close-confirm">
                            {t('fid.rounds.confirmYes')}
                          </button>{' '}
                          <button type="button" className="button button-secondary jobspor-small-button" onClick={() => setConfirming(null)}>
                            {t('common.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="button button-secondary jobspor-small-button"
                          onClick={() => {
                            setMessage(null);
                            setConfirming(round.id);
                          }}
                          aria-label={t('fid.rounds.closeLabel', { name: round.name })}
                          data-testid="fid-close-round"
                        >
                          {t('fid.rounds.close')}
                        </button>
                      )
                    ) : null}
                    {round.status !== 'planned' ? (
                      <>
                        {round.status === 'open' ? ' ' : null}
                        <button
                          type="button"
                          className="button button-secondary jobspor-small-button"
                          onClick={() => {
                            setMessage(null);
                            setImporting(round.id);
                          }}
                          aria-label={t('fid.rounds.importLabel', { name: round.name })}
                          aria-expanded={importing === round.id}
                          data-testid="fid-import-open"
                        >
                          {t('fid.rounds.import')}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {importRound ? (
        <ImportAnswers
          key={importRound.id}
          round={importRound}
          onCancel={() => endImport(importRound.id)}
          onImported={(stored) => {
            endImport(importRound.id);
            setMessage({ variant: 'success', text: plural(t, 'fid.rounds.importedDone', stored, { name: importRound.name }) });
            onChanged();
          }}
        />
      ) : null}

      <section aria-labelledby="fid-new-heading" className="jobspor-section">
        <h2 id="fid-new-heading">{t('fid.new.title')}</h2>
        {formOpen ? (
          <NewRoundForm
            model={model}
            instruments={instruments}
            onCancel={() => setFormOpen(false)}
            onStarted={(round) => {
              setFormOpen(false);
              setMessage({ variant: 'success', text: t('fid.new.started', { name: round.name, invited: round.invited }) });
              onChanged();
            }}
          />
        ) : (
          <>
            <p>{t('fid.new.intro')}</p>
            {instruments.length === 0 ? (
              <p data-testid="fid-no-instrument">{t('fid.new.noInstrument')}</p>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setMessage(null);
                  setFormOpen(true);
                }}
                data-testid="fid-new-open"
              >
                {t('fid.new.open')}
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}
