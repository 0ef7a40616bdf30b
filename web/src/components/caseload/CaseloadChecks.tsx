import type { CaseloadCheck } from '../../api/courses.ts';
import { useT } from '../../i18n/index.tsx';
import '../../styles/caseload.css';
import { courseRoleLabel } from './labels.ts';

/**
 * The checks worth showing: a rule for a role the staff member holds on no
 * course (count 0, e.g. the company-consultant rule for a job broker) says
 * nothing, unless the limit is 0 itself.
 */
export function relevantChecks(checks: readonly CaseloadCheck[]): CaseloadCheck[] {
  return checks.filter((check) => check.count > 0 || check.status === 'exceeded');
}

/**
 * One caseload check: "FSM · Personlig jobformidler: 47 af højst 52 – Inden for".
 * Compact (in tables) shows the figures as "47/52", read out in full.
 */
export function CaseloadCheckBadge({ check, compact = false }: { check: CaseloadCheck; compact?: boolean }) {
  const t = useT();
  const exceeded = check.status === 'exceeded';
  const above = check.status === 'above_reference';
  const groups = check.groups?.length ? ` (${check.groups.join(', ')})` : '';
  const figures = t(check.reference ? 'caseload.check.countReference' : 'caseload.check.count', { count: check.count, max: check.max });
  return (
    <span className={`caseload-check${exceeded ? ' caseload-check--exceeded' : ''}`} title={check.explanation} data-testid="caseload-check" data-status={check.status}>
      <span className="caseload-check-model">{check.modelShortName}</span>
      <span className="jobspor-muted">
        {' · '}
        {courseRoleLabel(t, check.role)}
        {groups}
      </span>
      {': '}
      <span className="caseload-check-figures">
        {compact ? (
          <>
            <span className="caseload-check-count" aria-hidden="true">
              {check.count}/{check.max}
            </span>
            <span className="sr-only">{figures}</span>
          </>
        ) : (
          <span className="caseload-check-count">{figures}</span>
        )}{' '}
        <span className={`badge ${exceeded ? 'badge-error' : above ? 'badge-info' : 'badge-success'} caseload-badge`}>
          {t(exceeded ? 'caseload.check.exceeded' : above ? 'caseload.check.aboveReference' : 'caseload.check.within')}
        </span>
      </span>
    </span>
  );
}

/** The caseload check of one staff member (count vs. the maximum of each model's caseload rule). */
export function CaseloadChecks({ checks: all, headingId }: { checks: readonly CaseloadCheck[]; headingId: string }) {
  const t = useT();
  const checks = relevantChecks(all);
  const exceeded = checks.filter((check) => check.status === 'exceeded').length;
  return (
    <section className="caseload-checks" aria-labelledby={headingId} data-testid="caseload-checks">
      <h2 id={headingId} className="h4 caseload-checks-heading">
        {t('caseload.check.heading')}
      </h2>
      {checks.length ? (
        <>
          <ul className="unstyled-list no-max-width caseload-check-list">
            {checks.map((check) => (
              <li key={`${check.modelId}-${check.ruleId}-${check.role}`}>
                <CaseloadCheckBadge check={check} />
                <span className="form-hint caseload-check-explanation">{check.explanation}</span>
              </li>
            ))}
          </ul>
          {exceeded ? <p className="caseload-exceeded-note">{t('caseload.check.exceededNote', { count: exceeded })}</p> : null}
        </>
      ) : (
        <p className="caseload-none">{t('caseload.check.none')}</p>
      )}
    </section>
  );
}
