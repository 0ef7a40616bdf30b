/**
 * The course's registered matches: company and opening, when and by whom,
 * the rationale, the score at that moment, and the way on: write the work
 * agreement, or withdraw the match with a reason.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { Match, WorkAgreement } from '../../api/placements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { personName } from '../records/labels.ts';
import { formatHours } from './labels.ts';
import { matchOrder } from './lists.ts';
import { agreementPath } from './paths.ts';

function WithdrawForm({ match, onDone, onCancel }: { match: Match; onDone: (match: Match) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const form = useRecordForm(`withdraw-${match.id}`);
  const [on, setOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => {
        const found: Record<string, string> = {};
        if (!isIsoDate(on)) found['withdrawnOn'] = t('rec.dateRequired');
        else if (on < match.matchedOn) found['withdrawnOn'] = t('pl.match.err.withdrawBefore');
        if (!reason.trim()) found['withdrawnReason'] = t('pl.match.err.withdrawReason');
        return found;
      },
      send: () => placementsApi.withdrawMatch(match.id, on, reason.trim()),
      done: onDone,
    });
  }
  return (
    <form onSubmit={submit} noValidate className="jobspor-inline-form placements-inline-form" aria-label={t('pl.match.withdrawTitle', { company: match.company.name })}>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <div className="jobspor-form-row">
        <TextField id={form.id('withdrawnOn')} type="date" label={t('pl.match.withdrawnOn')} value={on} onValue={setOn} error={form.error('withdrawnOn')} />
        <TextField id={form.id('withdrawnReason')} label={t('pl.match.withdrawnReason')} value={reason} onValue={setReason} error={form.error('withdrawnReason')} />
      </div>
      <div className="jobspor-actions">
        <button type="submit" className="button button-secondary jobspor-small-button" disabled={form.saving}>
          {t('pl.match.withdraw')}
        </button>
        <button type="button" className="button button-tertiary jobspor-small-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface MatchTableProps {
  courseId: string;
  matches: Match[];
  agreements: WorkAgreement[];
  canWrite: boolean;
  onChanged: (match: Match) => void;
}

export function MatchTable({ courseId, matches, agreements, canWrite, onChanged }: MatchTableProps) {
  const { t, locale } = useI18n();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const sorted = matchOrder(matches);
  return (
    <div className="table--responsive-scroll placements-scroll" tabIndex={0} role="region" aria-labelledby="matches-caption">
      <table className="table table--compact table--zebra jobspor-table" data-testid="matches-table">
        <caption id="matches-caption" className="records-caption">
          {t('pl.match.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pl.col.company')}</th>
            <th scope="col">{t('pl.match.matchedOn')}</th>
            <th scope="col">{t('pl.match.consultant')}</th>
            <th scope="col">{t('pl.match.rationale')}</th>
            <th scope="col" className="placements-num">
              {t('pl.match.score')}
            </th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">
              <span className="sr-only">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => {
            const agreement = agreements.find((a) => a.matchId === m.id);
            return (
              <tr key={m.id} data-testid="match-row" data-match-id={m.id}>
                <th scope="row" className="jobspor-row-head placements-wrap">
                  <Link to={`/virksomheder/${encodeURIComponent(m.company.id)}`}>{m.company.name}</Link>
                  {m.opening ? <span className="placements-sub">{m.opening.title}</span> : null}
                </th>
                <td>{formatDate(locale, m.matchedOn)}</td>
                <td>{personName(t, m.consultant)}</td>
                <td className="records-note-cell">{m.rationale}</td>
                <td className="placements-num">{m.score ? formatHours(locale, m.score.score) : t('common.none')}</td>
                <td>
                  {m.status === 'agreed' ? (
                    t('pl.match.agreed')
                  ) : (
                    <>
                      {t('pl.match.withdrawn', { date: formatDate(locale, m.withdrawnOn) })}
                      {m.withdrawnReason ? <span className="placements-sub">{m.withdrawnReason}</span> : null}
                    </>
                  )}
                </td>
                <td className="jobspor-row-actions">
                  {agreement ? (
                    <Link to={`/arbejdsaftaler/${encodeURIComponent(agreement.id)}`} className="placements-action-link">
                      {t('pl.match.openAgreement')}
                    </Link>
                  ) : canWrite && m.status === 'agreed' ? (
                    <>
                      <Link
                        to={agreementPath({ courseId, companyId: m.company.id, matchId: m.id })}
                        className="button button-secondary jobspor-small-button"
                        data-testid="match-write-agreement"
                      >
                        {t('pl.writeAgreement')}
                        <span className="sr-only"> {t('pl.match.withCompany', { company: m.company.name })}</span>
                      </Link>
                      {withdrawing === m.id ? (
                        <WithdrawForm
                          match={m}
                          onCancel={() => setWithdrawing(null)}
                          onDone={(updated) => {
                            setWithdrawing(null);
                            onChanged(updated);
                          }}
                        />
                      ) : (
                        <button type="button" className="button button-tertiary jobspor-small-button" onClick={() => setWithdrawing(m.id)}>
                          {t('pl.match.withdraw')}
                          <span className="sr-only"> {t('pl.match.withCompany', { company: m.company.name })}</span>
                        </button>
                      )}
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
