/**
 * A follow-up at the company, following the agenda of the seeds' follow-up
 * conversation: is the job goal still right, are the sub-goals adjusted, is
 * another offer needed, which tasks the citizen solves on equal terms with
 * colleagues (and so could be paid for), the development since last time
 * rated 1-5 on five points (003's form), the company's view of the citizen's
 * effectiveness 0-10 (001), a note and the date of the next follow-up.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { placementsApi, ratingKeys } from '../../api/placements.ts';
import type { FollowUp, FollowUpCreate, RatingKey } from '../../api/placements.ts';
import { attendeeRoles } from '../../api/records.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { CheckboxGroup, FormActions, RadioGroup, TextAreaField, TextField } from '../FormFields.tsx';
import { isIsoDate, todayIso } from '../records/dates.ts';
import { useRecordForm } from '../records/formErrors.ts';
import { attendeeLabel } from '../records/labels.ts';
import { useFocusOnOpen } from './focus.ts';
import { ratingLabel } from './labels.ts';

interface Values {
  heldOn: string;
  attendeeRoles: string[];
  goalStillRight: '' | 'yes' | 'no';
  goalNote: string;
  subGoalsAdjusted: string;
  otherOffersNeeded: string;
  equalTermsTasks: string;
  ratings: Record<RatingKey, string>;
  effectiveness: string;
  note: string;
  nextFollowUpOn: string;
}

const initial = (): Values => ({
  heldOn: todayIso(),
  attendeeRoles: ['citizen', 'employer'],
  goalStillRight: '',
  goalNote: '',
  subGoalsAdjusted: '',
  otherOffersNeeded: '',
  equalTermsTasks: '',
  ratings: { tasksSolved: '', stability: '', independence: '', cooperation: '', appearance: '' },
  effectiveness: '',
  note: '',
  nextFollowUpOn: '',
});

function check(t: Translate, v: Values, placementFrom: string): Record<string, string> {
  const found: Record<string, string> = {};
  if (!isIsoDate(v.heldOn)) found['heldOn'] = t('rec.dateRequired');
  else if (v.heldOn > todayIso()) found['heldOn'] = t('pl.followUp.err.future');
  else if (v.heldOn < placementFrom) found['heldOn'] = t('pl.followUp.err.beforeStart');
  if (v.nextFollowUpOn) {
    if (!isIsoDate(v.nextFollowUpOn)) found['nextFollowUpOn'] = t('rec.dateInvalid');
    else if (!found['heldOn'] && v.nextFollowUpOn < v.heldOn) found['nextFollowUpOn'] = t('pl.followUp.err.nextBefore');
  }
  return found;
}

const orNull = (text: string) => text.trim() || null;
const numberOrNull = (text: string) => (text === '' ? null : Number(text));

function body(v: Values): FollowUpCreate {
  const ratings: Partial<Record<RatingKey, number | null>> = {};
  for (const key of ratingKeys) ratings[key] = numberOrNull(v.ratings[key]);
  return {
    heldOn: v.heldOn,
    attendeeRoles: v.attendeeRoles,
    goalStillRight: v.goalStillRight === '' ? null : v.goalStillRight === 'yes',
    goalNote: orNull(v.goalNote),
    subGoalsAdjusted: orNull(v.subGoalsAdjusted),
    otherOffersNeeded: orNull(v.otherOffersNeeded),
    equalTermsTasks: orNull(v.equalTermsTasks),
    ratings,
    effectiveness: numberOrNull(v.effectiveness),
    note: orNull(v.note),
    nextFollowUpOn: v.nextFollowUpOn || null,
  };
}

interface FollowUpFormProps {
  placementId: string;
  placementFrom: string;
  onCreated: (followUp: FollowUp) => void;
  onCancel: () => void;
}

export function FollowUpForm({ placementId, placementFrom, onCreated, onCancel }: FollowUpFormProps) {
  const { t } = useI18n();
  const form = useRecordForm('followup');
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [values, setValues] = useState<Values>(initial);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);
  const notRated = { value: '', label: t('pl.followUp.notRated') };

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values, placementFrom),
      send: () => placementsApi.createFollowUp(placementId, body(values)),
      done: (followUp) => {
        setValues(initial());
        onCreated(followUp);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="followup-form-heading" data-testid="followup-form">
      <h3 id="followup-form-heading" ref={heading} tabIndex={-1}>{t('pl.followUp.new')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <TextField {...bind('heldOn')} type="date" max={todayIso()} min={placementFrom} label={t('pl.followUp.heldOn')} />
      <div className="placements-attendees">
        <CheckboxGroup
          id={form.id('attendeeRoles')}
          name="followup-attendees"
          legend={t('pl.followUp.attendees')}
          options={attendeeRoles.map((r) => ({ value: r, label: attendeeLabel(t, r) }))}
          values={values.attendeeRoles}
          onValues={(list) => set('attendeeRoles', list)}
          error={form.error('attendeeRoles')}
        />
      </div>

      <h4 className="placements-subheading">{t('pl.followUp.agenda')}</h4>
      <RadioGroup
        id={form.id('goalStillRight')}
        name="followup-goal"
        legend={t('pl.followUp.goalStillRight')}
        options={[
          { value: 'yes', label: t('rec.yes') },
          { value: 'no', label: t('rec.no') },
          { value: '', label: t('pl.followUp.notAnswered') },
        ]}
        value={values.goalStillRight}
        onValue={(v) => set('goalStillRight', v as Values['goalStillRight'])}
        error={form.error('goalStillRight')}
      />
      <TextAreaField {...bind('goalNote')} controlClassName="records-textarea" label={t('pl.followUp.goalNote')} optional />
      <TextAreaField
        {...bind('subGoalsAdjusted')}
        controlClassName="records-textarea"
        label={t('pl.followUp.subGoalsAdjusted')}
        hint={t('pl.followUp.subGoalsAdjustedHint')}
        optional
      />
      <TextAreaField {...bind('otherOffersNeeded')} controlClassName="records-textarea" label={t('pl.followUp.otherOffers')} hint={t('pl.followUp.otherOffersHint')} optional />
      <TextAreaField {...bind('equalTermsTasks')} controlClassName="records-textarea" label={t('pl.followUp.equalTerms')} hint={t('pl.followUp.equalTermsHint')} optional />

      <h4 className="placements-subheading">{t('pl.followUp.ratings')}</h4>
      <p className="form-hint">{t('pl.followUp.ratingsHint')}</p>
      <div className="placements-scales">
        {ratingKeys.map((key) => (
          <div className="placements-scale" key={key}>
            <RadioGroup
              id={form.id(`ratings.${key}`)}
              name={`followup-rating-${key}`}
              legend={ratingLabel(t, key)}
              options={[...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`pl.scale.${n}` as 'pl.scale.1') })), notRated]}
              value={values.ratings[key]}
              onValue={(v) => set('ratings', { ...values.ratings, [key]: v })}
              error={form.error(`ratings.${key}`)}
            />
          </div>
        ))}
      </div>
      <div className="placements-scale placements-scale--wide">
        <RadioGroup
          {...bind('effectiveness')}
          name="followup-effectiveness"
          legend={t('pl.followUp.effectiveness')}
          hint={t('pl.followUp.effectivenessHint')}
          options={[...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })), notRated]}
        />
      </div>
      <TextAreaField {...bind('note')} controlClassName="records-textarea" label={t('pl.followUp.note')} optional />
      <TextField {...bind('nextFollowUpOn')} type="date" min={values.heldOn} label={t('pl.followUp.next')} hint={t('pl.followUp.nextHint')} optional />
      <FormActions saving={form.saving} label={t('pl.followUp.save')} testId="followup-save" onCancel={onCancel} />
    </form>
  );
}
