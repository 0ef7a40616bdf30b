/**
 * New job goal: A/B/C tier, DISCO-08 code or a free-text occupation, DB07
 * industry code, concrete and own wish, the date it was set, and a note.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { jobGoalTiers, recordsApi } from '../../../api/records.ts';
import type { JobGoal, JobGoalCreate, JobGoalTier } from '../../../api/records.ts';
import { useT } from '../../../i18n/index.tsx';
import type { Translate } from '../../../i18n/index.tsx';
import { ErrorSummary } from '../../ErrorSummary.tsx';
import { CheckboxField, FormActions, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
import { todayIso, isIsoDate } from '../dates.ts';
import { useRecordForm } from '../formErrors.ts';

interface Values {
  tier: string;
  occupationCode: string;
  occupationText: string;
  industryCode: string;
  concrete: boolean;
  ownWish: boolean;
  setOn: string;
  note: string;
}

const initial = (): Values => ({
  tier: '',
  occupationCode: '',
  occupationText: '',
  industryCode: '',
  concrete: false,
  ownWish: false,
  setOn: todayIso(),
  note: '',
});

function check(t: Translate, v: Values): Record<string, string> {
  const found: Record<string, string> = {};
  if (!v.tier) found['tier'] = t('rec.jobGoal.tierRequired');
  const code = v.occupationCode.trim();
  if (code && !/^\d{1,4}$/.test(code)) found['occupationCode'] = t('rec.jobGoal.occupationCodeInvalid');
  if (!code && !v.occupationText.trim()) found['occupationText'] = t('rec.jobGoal.occupationRequired');
  const industry = v.industryCode.trim();
  if (industry && !/^\d{2,6}$/.test(industry)) found['industryCode'] = t('rec.jobGoal.industryCodeInvalid');
  if (!isIsoDate(v.setOn)) found['setOn'] = t('rec.dateRequired');
  return found;
}

function body(v: Values): JobGoalCreate {
  const goal: JobGoalCreate = { tier: v.tier as JobGoalTier, concrete: v.concrete, ownWish: v.ownWish, setOn: v.setOn };
  if (v.occupationCode.trim()) goal.occupationCode = v.occupationCode.trim();
  if (v.occupationText.trim()) goal.occupationText = v.occupationText.trim();
  if (v.industryCode.trim()) goal.industryCode = v.industryCode.trim();
  if (v.note.trim()) goal.note = v.note.trim();
  return goal;
}

interface JobGoalFormProps {
  courseId: string;
  onCreated: (goal: JobGoal) => void;
  onCancel: () => void;
}

export function JobGoalForm({ courseId, onCreated, onCancel }: JobGoalFormProps) {
  const t = useT();
  const form = useRecordForm('jobgoal');
  const [values, setValues] = useState<Values>(initial);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values),
      send: () => recordsApi.createJobGoal(courseId, body(values)),
      done: (goal) => {
        setValues(initial());
        onCreated(goal);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="jobgoal-form-heading" data-testid="jobgoal-form">
      <h3 id="jobgoal-form-heading">{t('rec.jobGoal.new')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <SelectField
        {...bind('tier')}
        label={t('rec.jobGoal.tier')}
        hint={t('rec.jobGoal.tierHint')}
        placeholder={t('rec.choose')}
        options={jobGoalTiers.map((tier) => ({ value: tier, label: t(`rec.jobGoal.tier${tier}`) }))}
      />
      <div className="jobspor-form-row">
        <TextField {...bind('occupationText')} label={t('rec.jobGoal.occupationText')} hint={t('rec.jobGoal.occupationTextHint')} />
        <TextField
          {...bind('occupationCode')}
          label={t('rec.jobGoal.occupationCode')}
          hint={t('rec.jobGoal.occupationCodeHint')}
          optional
          inputMode="numeric"
          width="input-width-s"
        />
      </div>
      <div className="jobspor-form-row">
        <TextField {...bind('industryCode')} label={t('rec.jobGoal.industryCode')} hint={t('rec.jobGoal.industryCodeHint')} optional inputMode="numeric" width="input-width-s" />
        <TextField {...bind('setOn')} type="date" label={t('rec.jobGoal.setOn')} />
      </div>
      <CheckboxField
        id={form.id('concrete')}
        name={form.id('concrete')}
        label={t('rec.jobGoal.concrete')}
        hint={t('rec.jobGoal.concreteHint')}
        checked={values.concrete}
        onChecked={(checked) => set('concrete', checked)}
        error={form.error('concrete')}
      />
      <CheckboxField
        id={form.id('ownWish')}
        name={form.id('ownWish')}
        label={t('rec.jobGoal.ownWish')}
        checked={values.ownWish}
        onChecked={(checked) => set('ownWish', checked)}
        error={form.error('ownWish')}
      />
      <TextAreaField {...bind('note')} controlClassName="records-textarea" label={t('rec.jobGoal.note')} optional />
      <FormActions saving={form.saving} label={t('rec.jobGoal.save')} testId="jobgoal-save" onCancel={onCancel} />
    </form>
  );
}
