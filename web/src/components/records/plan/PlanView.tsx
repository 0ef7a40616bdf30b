/** A plan version shown read only: resources, self-defined barriers, goals and sub-goals. */
import type { PlanContent, SubGoal } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { goalStatusLabel } from '../labels.ts';

const statusVariant: Record<string, string> = {
  not_started: 'badge',
  in_progress: 'badge badge-info',
  achieved: 'badge badge-success',
  dropped: 'badge badge-warning',
};

function GoalLine({ goal }: { goal: SubGoal }) {
  const { t, locale } = useI18n();
  return (
    <>
      <span className="records-goal-title">{goal.title}</span>{' '}
      <span className={`${statusVariant[goal.status] ?? 'badge'} records-badge`}>{goalStatusLabel(t, goal.status)}</span>
      <span className="records-goal-meta">
        {goal.targetDate ? <span>{t('rec.plan.targetDateShort', { date: formatDate(locale, goal.targetDate) })}</span> : null}
        {goal.supportedBy ? <span>{t('rec.plan.supportedByShort', { who: goal.supportedBy })}</span> : null}
      </span>
    </>
  );
}

export function PlanView({ content, testId }: { content: PlanContent; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="records-plan-view" data-testid={testId}>
      <h4>{t('rec.plan.resources')}</h4>
      <p className="records-prewrap">{content.resources.trim() ? content.resources : t('rec.plan.noResources')}</p>

      <h4>{t('rec.plan.barriers')}</h4>
      {content.barriers.length ? (
        <ul className="records-plain-list">
          {content.barriers.map((barrier, index) => (
            <li key={index}>
              {barrier.text}
              {barrier.ownWords ? <span className="jobspor-muted"> ({t('rec.plan.ownWordsShort')})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.plan.noBarriers')}</p>
      )}

      <h4>{t('rec.plan.goals')}</h4>
      {content.goals.length ? (
        <ol className="records-goal-list">
          {content.goals.map((goal) => (
            <li key={goal.id}>
              <GoalLine goal={goal} />
              {goal.subGoals.length ? (
                <ul className="records-subgoal-list" aria-label={t('rec.plan.subGoalsOf', { goal: goal.title })}>
                  {goal.subGoals.map((sub) => (
                    <li key={sub.id}>
                      <GoalLine goal={sub} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="jobspor-muted">{t('rec.plan.noGoals')}</p>
      )}
    </div>
  );
}
