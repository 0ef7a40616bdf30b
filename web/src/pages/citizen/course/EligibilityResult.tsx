import type { Eligibility } from '../../../api/courses.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useT } from '../../../i18n/index.tsx';

const outcomeMark = { passed: '✓', failed: '✗', unknown: '?' } as const;

/** The target-group check of a model for the citizen, with the reason for each rule. */
export function EligibilityResult({ eligibility, heading }: { eligibility: Eligibility; heading: string }) {
  const t = useT();
  const variant = eligibility.status === 'eligible' ? 'success' : eligibility.status === 'not_eligible' ? 'warning' : 'info';
  return (
    <div className="course-eligibility" data-testid="eligibility" data-status={eligibility.status}>
      <Alert variant={variant} heading={`${heading}: ${t(`courses.eligibility.${eligibility.status}`)}`}>
        <ul className="unstyled-list no-max-width">
          {eligibility.rules.map((rule) => (
            <li key={rule.ruleId} data-outcome={rule.outcome}>
              <span className={`course-rule-outcome--${rule.outcome}`} aria-hidden="true">
                {outcomeMark[rule.outcome]}{' '}
              </span>
              <span className="sr-only">{t(`courses.eligibility.outcome.${rule.outcome}`)}: </span>
              <strong>{rule.explanation}</strong>
              {rule.reasonCode ? <> – {t(`courses.eligibility.reason.${rule.reasonCode}`, { area: rule.area ?? '' })}</> : rule.reason ? <> – {rule.reason}</> : null}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
