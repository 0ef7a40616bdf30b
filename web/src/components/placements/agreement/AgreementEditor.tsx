/**
 * The work agreement's fields: the agreement's date, type and planned period;
 * tasks and working hours (optionally split per weekday); sub-goals for
 * progression; ordinary hours (none yet / agreed now / a declaration of
 * intent); accommodations and aids; the fixed contact person at the company
 * (picked from the company's contact persons or typed); the follow-up plan;
 * a mentor; and the day each party agreed. Control ids follow the API's
 * field paths (see records/formErrors.ts) so server errors land on them.
 */
import { mentorKinds, ordinaryHoursKinds, placementTypes, weekdays } from '../../../api/placements.ts';
import type { ContactPerson } from '../../../api/companies.ts';
import type { MentorKind, OrdinaryHoursKind, PlacementType } from '../../../api/placements.ts';
import { useT } from '../../../i18n/index.tsx';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
import { todayIso } from '../../records/dates.ts';
import type { FormErrors } from '../../records/formErrors.ts';
import { RepeatableList } from '../../records/RepeatableList.tsx';
import { mentorKindLabel, ordinaryKindLabel, placementTypeLabel, weekdayLabel } from '../labels.ts';
import { newSubGoal } from './agreementForm.ts';
import type { AgreementDraft, SubGoalDraft } from './agreementForm.ts';

interface AgreementEditorProps {
  draft: AgreementDraft;
  onDraft: (draft: AgreementDraft) => void;
  errors: FormErrors;
  contactPersons: ContactPerson[];
}

export function AgreementEditor({ draft, onDraft, errors, contactPersons }: AgreementEditorProps) {
  const t = useT();
  const set = <K extends keyof AgreementDraft>(field: K, value: AgreementDraft[K]) => onDraft({ ...draft, [field]: value });
  const field = (path: string) => ({ id: errors.id(path), error: errors.error(path) });
  const today = todayIso();
  const active = contactPersons.filter((p) => p.active);
  const chosenPerson = active.find((p) => p.name === draft.contactName)?.id ?? '';

  return (
    <>
      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.agreement')}</legend>
        <div className="jobspor-form-row">
          <TextField {...field('madeOn')} type="date" max={today} label={t('pl.wa.madeOn')} hint={t('pl.wa.madeOnHint')} value={draft.madeOn} onValue={(v) => set('madeOn', v)} />
          <SelectField
            {...field('content.placementType')}
            label={t('pl.wa.placementType')}
            placeholder={t('rec.choose')}
            value={draft.placementType}
            onValue={(v) => set('placementType', v as PlacementType | '')}
            options={placementTypes.map((type) => ({ value: type, label: placementTypeLabel(t, type) }))}
          />
        </div>
        <div className="jobspor-form-row">
          <TextField {...field('content.plannedFrom')} type="date" label={t('pl.wa.plannedFrom')} optional value={draft.plannedFrom} onValue={(v) => set('plannedFrom', v)} />
          <TextField {...field('content.plannedTo')} type="date" label={t('pl.wa.plannedTo')} optional value={draft.plannedTo} onValue={(v) => set('plannedTo', v)} />
        </div>
      </fieldset>

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.work')}</legend>
        <TextAreaField
          {...field('content.tasks')}
          controlClassName="records-textarea"
          rows={4}
          label={t('pl.wa.tasks')}
          hint={t('pl.wa.tasksHint')}
          value={draft.tasks}
          onValue={(v) => set('tasks', v)}
        />
        <TextField
          {...field('content.hoursPerWeek')}
          inputMode="decimal"
          width="input-width-xs"
          label={t('pl.wa.hoursPerWeek')}
          hint={t('pl.wa.hoursPerWeekHint')}
          value={draft.hoursPerWeek}
          onValue={(v) => set('hoursPerWeek', v)}
        />
        <CheckboxField id={errors.id('splitByDay')} label={t('pl.wa.splitByDay')} checked={draft.splitByDay} onChecked={(v) => set('splitByDay', v)} />
        {draft.splitByDay ? (
          <fieldset className={`placements-weekdays${errors.error('content.weekdayHours') ? ' form-error' : ''}`} id={errors.id('content.weekdayHours')} tabIndex={-1}>
            <legend className="form-label">{t('pl.wa.weekdayHours')}</legend>
            {errors.error('content.weekdayHours') ? (
              <span className="form-error-message">
                <span className="sr-only">{t('common.errorPrefix')} </span>
                {errors.error('content.weekdayHours')}
              </span>
            ) : null}
            <div className="placements-weekday-row">
              {weekdays.map((day) => (
                <TextField
                  key={day}
                  {...field(`content.weekdayHours.${day}`)}
                  inputMode="decimal"
                  width="input-width-xxs"
                  label={weekdayLabel(t, day)}
                  value={draft.weekdayHours[day]}
                  onValue={(v) => set('weekdayHours', { ...draft.weekdayHours, [day]: v })}
                />
              ))}
            </div>
          </fieldset>
        ) : null}
      </fieldset>

      <RepeatableList<SubGoalDraft>
        id={errors.id('content.subGoals')}
        legend={t('pl.wa.subGoals')}
        hint={t('pl.wa.subGoalsHint')}
        itemLegend={(i) => t('pl.wa.subGoalN', { no: i + 1 })}
        items={draft.subGoals}
        onItems={(subGoals) => set('subGoals', subGoals)}
        make={newSubGoal}
        addLabel={t('pl.wa.addSubGoal')}
        error={errors.error('content.subGoals')}
        focusId={(i) => errors.id(`content.subGoals.${i}.text`)}
        testId="wa-subgoals"
        render={(goal, i, update) => (
          <div className="records-field-row">
            <TextField
              {...field(`content.subGoals.${i}.text`)}
              label={t('pl.wa.subGoalText')}
              value={goal.text}
              onValue={(text) => update({ ...goal, text })}
              groupClassName="records-goal-title-field"
            />
            <TextField
              {...field(`content.subGoals.${i}.targetDate`)}
              type="date"
              label={t('pl.wa.subGoalDate')}
              optional
              value={goal.targetDate}
              onValue={(targetDate) => update({ ...goal, targetDate })}
            />
          </div>
        )}
      />

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.ordinary')}</legend>
        <p className="form-hint">{t('pl.wa.ordinaryIntro')}</p>
        <RadioGroup
          {...field('content.ordinaryHours.kind')}
          name="wa-ordinary-kind"
          legend={t('pl.wa.ordinaryKind')}
          options={ordinaryHoursKinds.map((kind) => ({ value: kind, label: ordinaryKindLabel(t, kind) }))}
          value={draft.ordinaryKind}
          onValue={(v) => set('ordinaryKind', v as OrdinaryHoursKind)}
        />
        {draft.ordinaryKind === 'declaration_of_intent' ? (
          <TextAreaField
            {...field('content.ordinaryHours.text')}
            controlClassName="records-textarea"
            label={t('pl.wa.intentText')}
            hint={t('pl.wa.intentTextHint')}
            value={draft.ordinaryText}
            onValue={(v) => set('ordinaryText', v)}
          />
        ) : null}
        {draft.ordinaryKind !== 'none' ? (
          <div className="jobspor-form-row">
            <TextField
              {...field('content.ordinaryHours.hoursPerWeek')}
              inputMode="decimal"
              width="input-width-xs"
              label={draft.ordinaryKind === 'now' ? t('pl.wa.paidHoursNow') : t('pl.wa.paidHoursAim')}
              optional={draft.ordinaryKind !== 'now'}
              value={draft.ordinaryHours}
              onValue={(v) => set('ordinaryHours', v)}
            />
            <TextField
              {...field('content.ordinaryHours.from')}
              type="date"
              label={draft.ordinaryKind === 'now' ? t('pl.wa.paidFrom') : t('pl.wa.paidFromExpected')}
              optional
              value={draft.ordinaryFrom}
              onValue={(v) => set('ordinaryFrom', v)}
            />
          </div>
        ) : null}
        {draft.ordinaryKind === 'now' ? (
          <TextAreaField
            {...field('content.ordinaryHours.text')}
            controlClassName="records-textarea"
            label={t('pl.wa.paidConditions')}
            optional
            value={draft.ordinaryText}
            onValue={(v) => set('ordinaryText', v)}
          />
        ) : null}
      </fieldset>

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.considerations')}</legend>
        <TextAreaField
          {...field('content.accommodations')}
          controlClassName="records-textarea"
          label={t('pl.wa.accommodations')}
          hint={t('pl.wa.accommodationsHint')}
          optional
          value={draft.accommodations}
          onValue={(v) => set('accommodations', v)}
        />
        <TextAreaField {...field('content.aids')} controlClassName="records-textarea" label={t('pl.wa.aids')} optional value={draft.aids} onValue={(v) => set('aids', v)} />
      </fieldset>

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.contact')}</legend>
        {active.length ? (
          <SelectField
            id={errors.id('contactPerson')}
            label={t('pl.wa.contactPick')}
            placeholder={t('pl.wa.contactOther')}
            value={chosenPerson}
            onValue={(personId) => {
              const person = active.find((p) => p.id === personId);
              if (person) onDraft({ ...draft, contactName: person.name, contactPhone: person.phone ?? '', contactEmail: person.email ?? '' });
            }}
            options={active.map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }))}
          />
        ) : null}
        <TextField {...field('content.companyContact.name')} label={t('pl.wa.contactName')} value={draft.contactName} onValue={(v) => set('contactName', v)} autoComplete="off" />
        <div className="jobspor-form-row">
          <TextField {...field('content.companyContact.phone')} type="tel" label={t('pl.wa.contactPhone')} optional value={draft.contactPhone} onValue={(v) => set('contactPhone', v)} />
          <TextField {...field('content.companyContact.email')} type="email" label={t('pl.wa.contactEmail')} optional value={draft.contactEmail} onValue={(v) => set('contactEmail', v)} />
        </div>
      </fieldset>

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.followUp')}</legend>
        <div className="jobspor-form-row">
          <TextField
            {...field('content.followUpPlan.cadenceDays')}
            inputMode="numeric"
            width="input-width-xs"
            label={t('pl.wa.cadenceDays')}
            hint={t('pl.wa.cadenceDaysHint')}
            value={draft.cadenceDays}
            onValue={(v) => set('cadenceDays', v)}
          />
          <TextField {...field('content.followUpPlan.firstDate')} type="date" label={t('pl.wa.firstFollowUp')} value={draft.firstFollowUp} onValue={(v) => set('firstFollowUp', v)} />
        </div>
        <CheckboxField id={errors.id('hasMentor')} label={t('pl.wa.hasMentor')} checked={draft.hasMentor} onChecked={(v) => set('hasMentor', v)} />
        {draft.hasMentor ? (
          <div className="jobspor-form-row">
            <TextField {...field('content.mentor.name')} label={t('pl.wa.mentorName')} value={draft.mentorName} onValue={(v) => set('mentorName', v)} />
            <SelectField
              {...field('content.mentor.kind')}
              label={t('pl.wa.mentorKind')}
              value={draft.mentorKind}
              onValue={(v) => set('mentorKind', v as MentorKind)}
              options={mentorKinds.map((k) => ({ value: k, label: mentorKindLabel(t, k) }))}
            />
          </div>
        ) : null}
      </fieldset>

      <fieldset className="placements-fieldset">
        <legend className="h4">{t('pl.wa.section.parties')}</legend>
        <p className="form-hint">{t('pl.wa.partiesHint')}</p>
        <div className="jobspor-form-row">
          <TextField {...field('citizenAgreedOn')} type="date" max={today} label={t('pl.wa.citizenAgreedOn')} optional value={draft.citizenAgreedOn} onValue={(v) => set('citizenAgreedOn', v)} />
          <TextField {...field('companyAgreedOn')} type="date" max={today} label={t('pl.wa.companyAgreedOn')} optional value={draft.companyAgreedOn} onValue={(v) => set('companyAgreedOn', v)} />
          <TextField {...field('jobcentreAgreedOn')} type="date" max={today} label={t('pl.wa.jobcentreAgreedOn')} optional value={draft.jobcentreAgreedOn} onValue={(v) => set('jobcentreAgreedOn', v)} />
        </div>
      </fieldset>
    </>
  );
}
