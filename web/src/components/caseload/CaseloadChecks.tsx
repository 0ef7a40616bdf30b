import type { CaseloadCheck, CaseloadSummary } from '../../api/courses.ts';
import { useT } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import '../../styles/caseload.css';
import { courseRoleLabel } from './labels.ts';

/** "55 borgere" / "1 borger". */
function citizens(t: Translate, count: number): string {
  return count === 1 ? t('caseload.total.citizenOne') : t('caseload.total.citizens', { count });
}

/** "STV · Sagsbehandler (AK)": the rule a check stands for. */
function ruleName(t: Translate, check: CaseloadCheck): string {
  return `${check.modelShortName} · ${courseRoleLabel(t, check.role)}${check.groups?.length ? ` (${check.groups.join(', ')})` : ''}`;
}

function StatusBadge({ status }: { status: CaseloadCheck['status'] }) {
  const t = useT();
  const exceeded = status === 'exceeded';
  const above = status === 'above_reference';
  return (
    <span className={`badge ${exceeded ? 'badge-error' : above ? 'badge-info' : 'badge-success'} caseload-badge`}>
      {t(exceeded ? 'caseload.check.exceeded' : above ? 'caseload.check.aboveReference' : 'caseload.check.within')}
    </span>
  );
}

/** "FSM 40 · STV 15": the total split per model (citizens). */
export function CaseloadBreakdown({ caseload }: { caseload: CaseloadSummary }) {
  const t = useT();
  if (caseload.byModel.length < 2) return null;
  return (
    <span className="jobspor-muted caseload-breakdown" data-testid="caseload-breakdown" title={t('caseload.total.breakdown')}>
      {caseload.byModel.map((m) => `${m.modelShortName} ${m.citizens}`).join(' · ')}
    </span>
  );
}

/**
 * The total caseload against the limit that applies, as the API decided it:
 * "55 af højst 45 – Overskredet". Compact (in tables) shows "55/45", read out in full.
 */
export function CaseloadTotalBadge({ caseload, compact = false }: { caseload: CaseloadSummary; compact?: boolean }) {
  const t = useT();
  const { limit } = caseload;
  const figures = limit
    ? t(limit.reference ? 'caseload.check.countReference' : 'caseload.check.count', { count: caseload.total, max: limit.max })
    : citizens(t, caseload.total);
  return (
    <span
      className={`caseload-check${caseload.status === 'exceeded' ? ' caseload-check--exceeded' : ''}`}
      data-testid="caseload-total"
      data-status={caseload.status}
      title={limit ? t('caseload.total.limitFrom', { rule: ruleName(t, limit) }) : undefined}
    >
      {compact && limit ? (
        <>
          <span className="caseload-check-count" aria-hidden="true">
            {caseload.total}/{limit.max}
          </span>
          <span className="sr-only">{figures}</span>
        </>
      ) : (
        <span className="caseload-check-count">{figures}</span>
      )}
      {limit ? (
        <>
          {' '}
          <StatusBadge status={limit.status} />
          {/* Within the limit but above a reference value (an observed average) of another rule that applies. */}
          {caseload.status !== limit.status && caseload.status !== 'no_rule' ? (
            <>
              {' '}
              <StatusBadge status={caseload.status} />
            </>
          ) : null}
        </>
      ) : (
        <span className="jobspor-muted"> {t('team.noRule')}</span>
      )}
    </span>
  );
}

/**
 * A staff member's caseload (Min sagsstamme): the total number of citizens
 * with the split per model, held against the lowest maximum of the caseload
 * rules that apply, and every rule that applies with its maximum.
 */
export function CaseloadChecks({ caseload, headingId }: { caseload: CaseloadSummary; headingId: string }) {
  const t = useT();
  return (
    <section className="caseload-checks" aria-labelledby={headingId} data-testid="caseload-checks">
      <h2 id={headingId} className="h4 caseload-checks-heading">
        {t('caseload.check.heading')}
      </h2>
      <p className="caseload-total-line">
        {t('caseload.total.lead', { citizens: citizens(t, caseload.total), courses: caseload.courses })}{' '}
        <CaseloadTotalBadge caseload={caseload} /> <CaseloadBreakdown caseload={caseload} />
      </p>
      {caseload.checks.length ? (
        <>
          <ul className="unstyled-list no-max-width caseload-check-list">
            {caseload.checks.map((check) => (
              <li
                key={`${check.modelId}-${check.ruleId}`}
                className={`caseload-check${check.status === 'exceeded' ? ' caseload-check--exceeded' : ''}`}
                data-testid="caseload-check" data-status={check.status}>
                <span className="caseload-check-model">{ruleName(t, check)}</span>
                {': '}
                <span className="caseload-check-count">{t(check.reference ? 'caseload.check.referenceMax' : 'caseload.check.max', { max: check.max })}</span> <StatusBadge status={check.status} />
                <span className="form-hint caseload-check-explanation">{t('caseload.check.applies', { count: check.courses })}</span>
              </li>
            ))}
          </ul>
          {caseload.status === 'exceeded' ? <p className="caseload-exceeded-note">{t('caseload.check.exceededNote')}</p> : null}
        </>
      ) : (
        <p className="caseload-none">{t('caseload.check.none')}</p>
      )}
    </section>
  );
}
