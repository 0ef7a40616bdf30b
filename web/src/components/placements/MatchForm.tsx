/**
 * Registering a match with a suggested company (and opening): why this
 * company (required: the match is the job broker's judgement, the score only
 * helps), the date and the consultant responsible. The server stores the
 * score as it is at that moment.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { placementsApi } from '../../api/placements.ts';
import type { Match, MatchSuggestion } from '../../api/placements.ts';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions, SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';

/** Roles that broker matches; the server refuses others as the responsible consultant. */
export const consultantRoles = ['virksomhedskonsulent', 'jobformidler'];

interface Values {
  rationale: string;
  matchedOn: string;
  consultantId: string;
}

function check(t: Translate, v: Values): Record<string, string> {
  const found: Record<string, string> = {};
  if (!v.rationale.trim()) found['rationale'] = t('pl.match.err.rationale');
  if (!v.consultantId) found['consultantId'] = t('pl.match.err.consultant');
  if (!isIsoDate(v.matchedOn)) found['matchedOn'] = t('rec.dateRequired');
  else if (v.matchedOn > todayIso()) found['matchedOn'] = t('pl.match.err.future');
  return found;
}

interface MatchFormProps {
  courseId: string;
  suggestion: MatchSuggestion;
  /** Staff who may be named as the responsible consultant. */
  staff: Staff[];
  onCreated: (match: Match) => void;
  onCancel: () => void;
}

export function MatchForm({ courseId, suggestion, staff, onCreated, onCancel }: MatchFormProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const prefix = `match-${suggestion.rank}`;
  const form = useRecordForm(prefix);
  const brokers = me.roles.some((role) => consultantRoles.includes(role));
  const [values, setValues] = useState<Values>({ rationale: '', matchedOn: todayIso(), consultantId: brokers ? me.id : '' });
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);
  const options = staff.map((s) => ({ value: s.id, label: `${s.displayName} (${s.unitName})` }));
  if (brokers && !staff.some((s) => s.id === me.id)) options.unshift({ value: me.id, label: `${me.displayName} (${me.unit.name})` });
  const target = suggestion.opening ? `${suggestion.company.name}, ${suggestion.opening.title}` : suggestion.company.name;

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values),
      send: () =>
        placementsApi.createMatch(courseId, {
          companyId: suggestion.company.id,
          ...(suggestion.opening ? { openingId: suggestion.opening.id } : {}),
          consultantId: values.consultantId,
          matchedOn: values.matchedOn,
          rationale: values.rationale.trim(),
        }),
      done: onCreated,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form placements-match-form" aria-labelledby={`${prefix}-heading`} data-testid="match-form">
      <h4 id={`${prefix}-heading`}>{t('pl.match.formTitle', { target })}</h4>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <TextAreaField {...bind('rationale')} controlClassName="records-textarea" label={t('pl.match.rationale')} hint={t('pl.match.rationaleHint')} autoFocus />
      <div className="jobspor-form-row">
        <TextField {...bind('matchedOn')} type="date" max={todayIso()} label={t('pl.match.matchedOn')} />
        <SelectField {...bind('consultantId')} label={t('pl.match.consultant')} placeholder={brokers ? undefined : t('rec.choose')} options={options} />
      </div>
      <FormActions saving={form.saving} label={t('pl.match.save')} testId="match-save" onCancel={onCancel} />
    </form>
  );
}
