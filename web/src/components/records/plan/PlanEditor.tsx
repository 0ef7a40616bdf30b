/**
 * The plan's fields: the citizen's resources, self-defined barriers (list
 * editor), and goals with sub-goals (title, status, target date, who
 * supports). Control ids follow the API's field paths (see formErrors.ts).
 */
import { goalStatuses } from '../../../api/records.ts';
import type { Barrier, PlanContent, PlanGoal, SubGoal } from '../../../api/records.ts';
import { useT } from '../../../i18n/index.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
import type { FormErrors } from '../formErrors.ts';
import { goalStatusLabel } from '../labels.ts';
import { RepeatableList } from '../RepeatableList.tsx';
import { newBarrier, newGoal, newSubGoal } from './planForm.ts';

interface GoalFieldsProps<T extends SubGoal> {
  path: string;
  goal: T;
  onGoal: (goal: T) => void;
  errors: FormErrors;
  supportersListId: string;
}

function GoalFields<T extends SubGoal>({ path, goal, onGoal, errors, supportersListId }: GoalFieldsProps<T>) {
  const t = useT();
  const id = (field: string) => errors.id(`${path}.${field}`);
  return (
    <div className="records-goal-fields">
      <TextField
        id={id('title')}
        label={t('rec.plan.goalTitle')}
        value={goal.title}
        onValue={(title) => onGoal({ ...goal, title })}
        error={errors.error(`${path}.title`)}
        groupClassName="records-goal-title-field"
      />
      <div className="records-field-row">
        <SelectField
          id={id('status')}
          label={t('rec.plan.status')}
          value={goal.status}
          onValue={(status) => onGoal({ ...goal, status: status as SubGoal['status'] })}
          options={goalStatuses.map((s) => ({ value: s, label: goalStatusLabel(t, s) }))}
          error={errors.error(`${path}.status`)}
        />
        <TextField
          id={id('targetDate')}
          type="date"
          label={t('rec.plan.targetDate')}
          optional
          value={goal.targetDate ?? ''}
          onValue={(targetDate) => onGoal({ ...goal, targetDate: targetDate || null })}
          error={errors.error(`${path}.targetDate`)}
        />
        <TextField
          id={id('supportedBy')}
          label={t('rec.plan.supportedBy')}
          optional
          list={supportersListId}
          value={goal.supportedBy ?? ''}
          onValue={(supportedBy) => onGoal({ ...goal, supportedBy })}
          error={errors.error(`${path}.supportedBy`)}
        />
      </div>
    </div>
  );
}

interface PlanEditorProps {
  content: PlanContent;
  onContent: (content: PlanContent) => void;
  errors: FormErrors;
  /** Suggestions for "who supports": the course team and the citizen. */
  supporters: string[];
}

export function PlanEditor({ content, onContent, errors, supporters }: PlanEditorProps) {
  const t = useT();
  const supportersListId = errors.id('supporters');
  return (
    <>
      <datalist id={supportersListId}>
        {supporters.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextAreaField
        id={errors.id('content.resources')}
        controlClassName="records-textarea"
        label={t('rec.plan.resources')}
        hint={t('rec.plan.resourcesHint')}
        rows={4}
        value={content.resources}
        onValue={(resources) => onContent({ ...content, resources })}
        error={errors.error('content.resources')}
      />

      <RepeatableList<Barrier>
        id={errors.id('content.barriers')}
        legend={t('rec.plan.barriers')}
        hint={t('rec.plan.barriersHint')}
        itemLegend={(i) => t('rec.plan.barrierN', { no: i + 1 })}
        items={content.barriers}
        onItems={(barriers) => onContent({ ...content, barriers })}
        make={newBarrier}
        addLabel={t('rec.plan.addBarrier')}
        emptyText={t('rec.plan.noBarriers')}
        error={errors.error('content.barriers')}
        focusId={(i) => errors.id(`content.barriers.${i}.text`)}
        render={(barrier, i, update) => (
          <>
            <TextField
              id={errors.id(`content.barriers.${i}.text`)}
              label={t('rec.plan.barrierText')}
              value={barrier.text}
              onValue={(text) => update({ ...barrier, text })}
              error={errors.error(`content.barriers.${i}.text`)}
            />
            <CheckboxField
              id={errors.id(`content.barriers.${i}.ownWords`)}
              name={errors.id(`content.barriers.${i}.ownWords`)}
              label={t('rec.plan.ownWords')}
              checked={barrier.ownWords}
              onChecked={(ownWords) => update({ ...barrier, ownWords })}
            />
          </>
        )}
      />

      <RepeatableList<PlanGoal>
        id={errors.id('content.goals')}
        legend={t('rec.plan.goals')}
        hint={t('rec.plan.goalsHint')}
        itemLegend={(i) => t('rec.plan.goalN', { no: i + 1 })}
        items={content.goals}
        onItems={(goals) => onContent({ ...content, goals })}
        make={newGoal}
        addLabel={t('rec.plan.addGoal')}
        emptyText={t('rec.plan.noGoals')}
        error={errors.error('content.goals')}
        focusId={(i) => errors.id(`content.goals.${i}.title`)}
        testId="plan-goals"
        render={(goal, i, update) => (
          <>
            <GoalFields path={`content.goals.${i}`} goal={goal} onGoal={update} errors={errors} supportersListId={supportersListId} />
            <RepeatableList<SubGoal>
              id={errors.id(`content.goals.${i}.subGoals`)}
              legend={t('rec.plan.subGoals')}
              itemLegend={(j) => t('rec.plan.subGoalN', { goal: i + 1, no: j + 1 })}
              items={goal.subGoals}
              onItems={(subGoals) => update({ ...goal, subGoals })}
              make={newSubGoal}
              addLabel={t('rec.plan.addSubGoal', { goal: i + 1 })}
              error={errors.error(`content.goals.${i}.subGoals`)}
              focusId={(j) => errors.id(`content.goals.${i}.subGoals.${j}.title`)}
              render={(sub, j, updateSub) => (
                <GoalFields
                  path={`content.goals.${i}.subGoals.${j}`}
                  goal={sub}
                  onGoal={updateSub}
                  errors={errors}
                  supportersListId={supportersListId}
                />
              )}
            />
          </>
        )}
      />
    </>
  );
}
