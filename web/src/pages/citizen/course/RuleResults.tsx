import type { CourseRuleResult, ModelDefinition, RuleStatus } from '../../../api/courses.ts';
import { plural, useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { localName } from '../../../components/caseload/labels.ts';

const order: Record<RuleStatus, number> = { overdue: 0, due: 1, warning: 2, satisfied: 3, not_applicable: 4 };
const badge: Record<RuleStatus, string> = {
  overdue: 'badge badge-error',
  due: 'badge badge-warning',
  warning: 'badge badge-info',
  satisfied: 'badge badge-success',
  not_applicable: 'badge',
};

interface RuleResultsProps {
  rules: readonly CourseRuleResult[];
  definition: ModelDefinition | null;
}

/**
 * The model's minimum requirements evaluated on the course today: overdue
 * first, then due, satisfied and (folded away) not applicable, each with the
 * engine's Danish explanation.
 */
export function RuleResults({ rules, definition }: RuleResultsProps) {
  const { t, locale, lang } = useI18n();
  const titles = new Map<string, string>();
  const elements = new Map<string, string>();
  for (const element of definition?.coreElements ?? []) {
    elements.set(element.id, localName(element.title, lang));
    for (const rule of element.rules) titles.set(rule.id, localName(rule.title, lang));
  }
  const sorted = [...rules].sort((a, b) => order[a.status] - order[b.status] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const applicable = sorted.filter((r) => r.status !== 'not_applicable');
  const notApplicable = sorted.filter((r) => r.status === 'not_applicable');
  const counts: Record<RuleStatus, number> = { overdue: 0, due: 0, warning: 0, satisfied: 0, not_applicable: 0 };
  for (const r of rules) counts[r.status] += 1;

  const table = (list: readonly CourseRuleResult[], testId: string) => (
    <div className="table--responsive-scroll">
      <table className="table table--compact course-rules jobspor-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('courses.rules.status')}</th>
            <th scope="col">{t('courses.rules.rule')}</th>
            <th scope="col">{t('courses.rules.deadline')}</th>
            <th scope="col">{t('courses.rules.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((rule) => (
            <tr key={rule.ruleId} data-testid="course-rule" data-status={rule.status}>
              <td>
                <span className={badge[rule.status]}>{t(`courses.rules.${rule.status}`)}</span>
              </td>
              <th scope="row" className="jobspor-row-head">
                {titles.get(rule.ruleId) ?? rule.title ?? rule.ruleId}
                <span className="course-rule-late">{elements.get(rule.coreElementId) ?? rule.coreElementId}</span>
              </th>
              <td className="jobspor-nowrap">{rule.dueDate ? formatDate(locale, rule.dueDate) : t('common.none')}</td>
              <td>
                {rule.explanation}
                {rule.late ? <span className="course-rule-late">{t('courses.rules.late')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section className="course-section" aria-labelledby="course-rules-heading">
      <h4 id="course-rules-heading">{t('courses.rules.heading')}</h4>
      <p className="jobspor-muted" data-testid="course-rule-counts">
        {t('courses.rules.counts', {
          overdue: plural(t, 'courses.rules.overdueCount', counts.overdue),
          due: counts.due,
          satisfied: counts.satisfied,
          na: plural(t, 'courses.rules.naCount', counts.not_applicable),
        })}
      </p>
      {applicable.length ? table(applicable, 'course-rules') : <p>{t('courses.rules.none')}</p>}
      {notApplicable.length ? (
        <details className="details">
          <summary className="details-summary">
            <span className="details-summary-text">{t('courses.rules.notApplicableHeading', { count: notApplicable.length })}</span>
          </summary>
          <div className="details-text">{table(notApplicable, 'course-rules-na')}</div>
        </details>
      ) : null}
    </section>
  );
}
