/**
 * Overblik for one course: what is due (the course's rule results), the
 * team, the current plan and the current job goals.
 */
import type { ReactNode } from 'react';
import { recordsApi } from '../../../api/records.ts';
import type { CourseSummary } from '../../../api/records.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../labels.ts';
import { Alert } from '../../Alert.tsx';
import { Spinner } from '../../Spinner.tsx';
import { occupationOf } from '../jobgoals/JobGoalTable.tsx';
import { courseRoleLabel, goalStatusLabel, personName, ruleStatusLabel } from '../labels.ts';
import { SummaryCard } from './SummaryCard.tsx';

export type TabOpener = (tab: 'forloeb' | 'plan' | 'jobmaal' | 'cv' | 'virksomhed') => void;

function DueCard({ courseId, onOpen }: { courseId: string; onOpen: TabOpener }) {
  const { t, locale } = useI18n();
  const detail = useLoad(() => recordsApi.course(courseId), [courseId]);
  const rules = (detail.data?.rules ?? [])
    .filter((r) => r.status === 'due' || r.status === 'overdue')
    .sort((a, b) => (a.status === b.status ? (a.dueDate ?? '').localeCompare(b.dueDate ?? '') : a.status === 'overdue' ? -1 : 1));
  const team = (detail.data?.staff ?? []).filter((s) => !s.toDate);
  return (
    <>
      <SummaryCard id="overview-due" wide heading={t('rec.overview.due')} goLabel={t('rec.overview.goCourse')} onGo={() => onOpen('forloeb')}>
        {detail.loading && !detail.data ? <Spinner /> : null}
        {detail.error ? <Alert variant="error">{errorText(t, detail.error)}</Alert> : null}
        {detail.data && !rules.length ? <p className="m-0">{t('rec.overview.nothingDue')}</p> : null}
        {rules.length ? (
          <ul className="records-plain-list records-due-list">
            {rules.map((rule) => (
              <li key={rule.ruleId} data-rule={rule.ruleId} data-status={rule.status}>
                <span className={`badge ${rule.status === 'overdue' ? 'badge-error' : 'badge-warning'} records-badge`}>
                  {ruleStatusLabel(t, rule.status)}
                  {rule.dueDate ? ` ${formatDate(locale, rule.dueDate)}` : ''}
                </span>{' '}
                {rule.explanation}
              </li>
            ))}
          </ul>
        ) : null}
      </SummaryCard>
      <SummaryCard id="overview-team" heading={t('rec.overview.team')} goLabel={t('rec.overview.goCourse')} onGo={() => onOpen('forloeb')}>
        {detail.data && !team.length ? <p className="m-0">{t('rec.overview.noTeam')}</p> : null}
        {team.length ? (
          <dl className="records-team">
            {team.map((member) => (
              <div key={member.id} className="records-team-row">
                <dt>{courseRoleLabel(t, member.role)}</dt>
                <dd>{member.name}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </SummaryCard>
    </>
  );
}

function PlanCard({ courseId, onOpen }: { courseId: string; onOpen: TabOpener }) {
  const { t, locale } = useI18n();
  const plan = useLoad(() => recordsApi.plan(courseId), [courseId]);
  const current = plan.data?.current;
  return (
    <SummaryCard id="overview-plan" heading={t('rec.overview.plan')} goLabel={t('rec.overview.goPlan')} onGo={() => onOpen('plan')}>
      {plan.loading && !plan.data ? <Spinner /> : null}
      {plan.error ? <Alert variant="error">{errorText(t, plan.error)}</Alert> : null}
      {plan.data && !current ? <p className="m-0 records-missing">{t('rec.plan.none')}</p> : null}
      {current ? (
        <>
          <p className="jobspor-muted records-card-meta">
            {t('rec.overview.planMeta', { no: current.versionNo, date: formatDateTime(locale, current.createdAt), who: personName(t, current.createdBy) })}
          </p>
          {current.content.goals.length ? (
            <ul className="records-plain-list">
              {current.content.goals.map((goal) => (
                <li key={goal.id}>
                  {goal.title} <span className="jobspor-muted">({goalStatusLabel(t, goal.status)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="m-0">{t('rec.plan.noGoals')}</p>
          )}
          {current.content.barriers.length ? (
            <p className="m-0 jobspor-muted">{t('rec.overview.barrierCount', { count: current.content.barriers.length })}</p>
          ) : null}
        </>
      ) : null}
    </SummaryCard>
  );
}

function JobGoalCard({ courseId, onOpen }: { courseId: string; onOpen: TabOpener }) {
  const { t, locale } = useI18n();
  const goals = useLoad(() => recordsApi.jobGoals(courseId), [courseId]);
  const current = (goals.data?.jobGoals ?? []).filter((g) => !g.endedOn).sort((a, b) => a.tier.localeCompare(b.tier));
  return (
    <SummaryCard id="overview-jobgoals" heading={t('rec.overview.jobGoals')} goLabel={t('rec.overview.goJobGoals')} onGo={() => onOpen('jobmaal')}>
      {goals.loading && !goals.data ? <Spinner /> : null}
      {goals.error ? <Alert variant="error">{errorText(t, goals.error)}</Alert> : null}
      {goals.data && !current.length ? <p className="m-0 records-missing">{t('rec.jobGoal.none')}</p> : null}
      {current.length ? (
        <ul className="records-plain-list">
          {current.map((goal) => (
            <li key={goal.id}>
              <span className="badge records-badge records-tier">{goal.tier}</span> {occupationOf(goal)}{' '}
              <span className="jobspor-muted">
                ({goal.concrete ? t('rec.jobGoal.concreteShort') : t('rec.jobGoal.notConcrete')}, {formatDate(locale, goal.setOn)})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </SummaryCard>
  );
}

interface CourseSummaryCardsProps {
  course: CourseSummary;
  onOpen: TabOpener;
  /** Cards that do not depend on the course (the CV, the company placements), placed in the same grid. */
  children?: ReactNode;
}

export function CourseSummaryCards({ course, onOpen, children }: CourseSummaryCardsProps) {
  return (
    <div className="records-card-grid">
      <DueCard courseId={course.id} onOpen={onOpen} />
      <PlanCard courseId={course.id} onOpen={onOpen} />
      <JobGoalCard courseId={course.id} onOpen={onOpen} />
      {children}
    </div>
  );
}
