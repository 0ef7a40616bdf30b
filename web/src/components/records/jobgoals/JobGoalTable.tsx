/** Job goals as a table; current goals can be ended with a date. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../../api/client.ts';
import { recordsApi } from '../../../api/records.ts';
import type { JobGoal } from '../../../api/records.ts';
import { errorText } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { TextField } from '../../FormFields.tsx';
import { isIsoDate, todayIso } from '../dates.ts';

export function occupationOf(goal: JobGoal): string {
  const text = goal.occupationText?.trim();
  const code = goal.occupationCode?.trim();
  if (text && code) return `${text} (DISCO ${code})`;
  return text || (code ? `DISCO ${code}` : '–');
}

interface EndFormProps {
  goal: JobGoal;
  onEnded: (goal: JobGoal) => void;
  onCancel: () => void;
}

function EndForm({ goal, onEnded, onCancel }: EndFormProps) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const id = `jobgoal-end-${goal.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (!isIsoDate(date)) {
      setError(t('rec.dateRequired'));
      document.getElementById(id)?.focus();
      return;
    }
    if (date < goal.setOn) {
      setError(t('rec.jobGoal.endBeforeSet'));
      document.getElementById(id)?.focus();
      return;
    }
    setSaving(true);
    try {
      onEnded(await recordsApi.endJobGoal(goal.id, date));
    } catch (failure) {
      setError((failure instanceof ApiError ? failure.fields['endedOn'] : undefined) ?? errorText(t, failure));
      document.getElementById(id)?.focus();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="records-inline-form" aria-label={t('rec.jobGoal.endTitle', { goal: occupationOf(goal) })}>
      <TextField id={id} type="date" label={t('rec.jobGoal.endedOn')} value={date} onValue={setDate} error={error} autoFocus />
      <button type="submit" className="button button-primary jobspor-small-button" disabled={saving} data-testid="jobgoal-end-confirm">
        {t('rec.jobGoal.endConfirm')}
      </button>
      <button type="button" className="button button-tertiary jobspor-small-button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

interface JobGoalTableProps {
  id: string;
  caption: string;
  goals: JobGoal[];
  canEnd: boolean;
  onEnded?: (goal: JobGoal) => void;
}

export function JobGoalTable({ id, caption, goals, canEnd, onEnded }: JobGoalTableProps) {
  const { t, locale } = useI18n();
  const [ending, setEnding] = useState<string | null>(null);
  const ended = goals.some((g) => g.endedOn);
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table table--compact table--zebra jobspor-table" data-testid={id}>
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rec.jobGoal.tierShort')}</th>
            <th scope="col">{t('rec.jobGoal.occupation')}</th>
            <th scope="col">{t('rec.jobGoal.industry')}</th>
            <th scope="col">{t('rec.jobGoal.concreteShort')}</th>
            <th scope="col">{t('rec.jobGoal.ownWishShort')}</th>
            <th scope="col">{t('rec.jobGoal.setOn')}</th>
            {ended ? <th scope="col">{t('rec.jobGoal.endedOn')}</th> : null}
            {canEnd ? (
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id}>
              <td>
                <span className="badge records-badge records-tier">{goal.tier}</span>
              </td>
              <th scope="row" className="jobspor-row-head">
                {occupationOf(goal)}
                {goal.note ? <span className="records-cell-note">{goal.note}</span> : null}
              </th>
              <td className="jobspor-nowrap">{goal.industryCode ? `DB07 ${goal.industryCode}` : t('common.none')}</td>
              <td>{goal.concrete ? t('rec.yes') : t('rec.no')}</td>
              <td>{goal.ownWish ? t('rec.yes') : t('rec.no')}</td>
              <td className="jobspor-nowrap">{formatDate(locale, goal.setOn)}</td>
              {ended ? <td className="jobspor-nowrap">{formatDate(locale, goal.endedOn)}</td> : null}
              {canEnd ? (
                <td className="jobspor-row-actions">
                  {ending === goal.id ? (
                    <EndForm
                      goal={goal}
                      onCancel={() => setEnding(null)}
                      onEnded={(updated) => {
                        setEnding(null);
                        onEnded?.(updated);
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button-secondary jobspor-small-button"
                      onClick={() => setEnding(goal.id)}
                      data-testid="jobgoal-end"
                    >
                      {t('rec.jobGoal.end')}
                      <span className="sr-only"> {occupationOf(goal)}</span>
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
